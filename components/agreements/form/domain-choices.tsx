"use client";
// Cooperation domains: a checkbox each, with the sentence of a source that puts the agreement in it (shown
// under a ticked box, by CSS alone, so it works without JavaScript). Editors can add a domain on the spot.
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useFieldErrors, useFieldValues, useFormValue } from "@/components/forms/form-fields-context";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { createDomainInline } from "@/lib/domains/actions";
import { localName } from "@/lib/i18n/localize";
import { toLocale } from "@/lib/i18n/locales";
import { FieldError } from "@/components/forms/field-error";

interface DomainChoicesProps {
  domains: { slug: string; name: string }[];
  idPrefix: string;
}

export function DomainChoices({ domains: initialDomains, idPrefix }: DomainChoicesProps) {
  const t = useTranslations("agreementForm");
  const [domains, setDomains] = useState(initialDomains);
  const [added, setAdded] = useState<string[]>([]);
  const chosen = useFieldValues("domains");
  const errors = useFieldErrors("domains");
  const evidenceOf = useFormValue();
  return (
    <fieldset className="space-y-3" aria-describedby={errors?.length ? `${idPrefix}-domains-error` : undefined}>
      {/* The section's heading says it on screen; the legend names the group for screen readers. */}
      <legend className="sr-only">{t("domains")}</legend>
      <p className="text-sm text-muted-foreground">{t("domainsHint")}</p>
      <FieldError id={`${idPrefix}-domains-error`} errors={errors} />
      <div id={`${idPrefix}-domains`} tabIndex={-1} className="grid gap-2 sm:grid-cols-2">
        {domains.map((domain) => (
          <div key={domain.slug} className="rounded-md border p-2">
            <label className="flex items-center gap-2 text-sm font-medium">
              <input
                type="checkbox"
                name="domains"
                value={domain.slug}
                defaultChecked={chosen.includes(domain.slug) || added.includes(domain.slug)}
                className="peer"
              />
              {domain.name}
            </label>
            <EvidenceField slug={domain.slug} name={domain.name} idPrefix={idPrefix} initial={evidenceOf(`evidence.${domain.slug}`)} />
          </div>
        ))}
      </div>
      <AddDomain
        onAdded={(domain) => {
          setDomains((current) => [...current, domain]);
          setAdded((current) => [...current, domain.slug]);
        }}
      />
    </fieldset>
  );
}

function EvidenceField({ slug, name, idPrefix, initial }: { slug: string; name: string; idPrefix: string; initial: string }) {
  const t = useTranslations("agreementForm");
  const errors = useFieldErrors(`evidence.${slug}`);
  const id = `${idPrefix}-evidence.${slug}`;
  return (
    <div className="mt-2 space-y-1 [:has(>label>input:not(:checked))>&]:hidden">
      <label htmlFor={id} className="block text-xs text-muted-foreground">
        {t("evidenceFor", { name })}
      </label>
      <textarea
        id={id}
        name={`evidence.${slug}`}
        rows={2}
        defaultValue={initial}
        className="w-full rounded-md border bg-background px-2 py-1 text-sm"
        aria-invalid={errors?.length ? true : undefined}
      />
    </div>
  );
}

function AddDomain({ onAdded }: { onAdded: (domain: { slug: string; name: string }) => void }) {
  const t = useTranslations("agreementForm");
  const messages = useTranslations("forms");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [nameEn, setNameEn] = useState("");
  const [nameFr, setNameFr] = useState("");
  const [nameAr, setNameAr] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (!open) {
    return (
      <Button type="button" variant="outline" size="sm" onClick={() => setOpen(true)}>
        {t("addDomain")}
      </Button>
    );
  }
  async function add() {
    setPending(true);
    const result = await createDomainInline({ nameEn, nameFr, nameAr });
    setPending(false);
    if (!result.ok) {
      const [field, keys] = Object.entries(result.fieldErrors)[0] ?? [];
      const labels: Record<string, string> = { nameEn: t("newDomainEn"), nameFr: t("newDomainFr"), nameAr: t("newDomainAr") };
      const label = labels[field ?? "nameEn"] ?? labels.nameEn;
      setProblem(`${label}: ${messages(`errors.${keys?.[0] ?? "required"}` as never)}`);
      return;
    }
    onAdded({ slug: result.slug, name: localName(toLocale(locale), result) });
    setOpen(false);
    setNameEn("");
    setNameFr("");
    setNameAr("");
    setProblem(null);
  }
  return (
    <div role="group" aria-labelledby="new-domain-title" className="space-y-2 rounded-md border border-dashed p-3">
      <p id="new-domain-title" className="text-sm font-medium">
        {t("addDomain")}
      </p>
      <div className="grid gap-2 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="new-domain-en" className="block text-sm">
            {t("newDomainEn")}
          </label>
          <Input id="new-domain-en" lang="en" value={nameEn} onChange={(event) => setNameEn(event.target.value)} />
        </div>
        <div className="space-y-1">
          <label htmlFor="new-domain-fr" className="block text-sm">
            {t("newDomainFr")}
          </label>
          <Input id="new-domain-fr" lang="fr" value={nameFr} onChange={(event) => setNameFr(event.target.value)} />
        </div>
        <div className="space-y-1">
          <label htmlFor="new-domain-ar" className="block text-sm">
            {t("newDomainAr")}
          </label>
          <Input id="new-domain-ar" lang="ar" dir="rtl" value={nameAr} onChange={(event) => setNameAr(event.target.value)} />
        </div>
      </div>
      <p role="status" className="text-sm text-red-800">
        {problem}
      </p>
      <div className="flex gap-2">
        <Button type="button" size="sm" onClick={add} disabled={pending}>
          {t("addThisDomain")}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}

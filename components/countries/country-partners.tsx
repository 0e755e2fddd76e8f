// A state's partners, most agreements first, each linking to the pair's page.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CountryPartner } from "@/lib/countries/queries";
import { pairPath } from "@/lib/pairs/pair-address";

export interface CountryPartnersProps {
  code: string;
  partners: CountryPartner[];
  shown?: number;
}

export async function CountryPartners({ code, partners, shown = 20 }: CountryPartnersProps) {
  const t = await getTranslations("country");
  if (partners.length === 0) return <p className="text-muted-foreground">{t("noPartners")}</p>;
  const hidden = partners.length - shown;
  return (
    <>
      <ol className="flex list-decimal flex-col gap-1 ps-6" data-testid="partners">
        {partners.slice(0, shown).map((partner) => (
          <li key={partner.code}>
            <Link href={pairPath(code, partner.code)} className="text-primary underline underline-offset-2">
              {partner.name}
            </Link>{" "}
            <span className="text-sm text-muted-foreground">({t("partnerCount", { count: partner.count })})</span>
          </li>
        ))}
      </ol>
      {hidden > 0 && <p className="mt-2 text-sm text-muted-foreground">{t("morePartners", { count: hidden })}</p>}
    </>
  );
}

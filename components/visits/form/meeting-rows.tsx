"use client";
// Meetings held during a visit: the counterpart (by name, or by title when the name is not known), their
// country, and what was discussed.
import { useTranslations } from "next-intl";
import { BoundTextAreaField, BoundTextField } from "@/components/forms/bound-fields";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { useRows } from "@/components/agreements/form/use-rows";

export function MeetingRows({
  initialCount,
  countries,
  people,
}: {
  initialCount: number;
  countries: { code: string; name: string }[];
  people: string[];
}) {
  const t = useTranslations("visitForm");
  const rows = useRows(initialCount);
  return (
    <fieldset className="space-y-3">
      {/* The section's heading says it on screen; the legend names the group for screen readers. */}
      <legend className="sr-only">{t("meetings")}</legend>
      <datalist id="known-counterparts">
        {people.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {rows.keys.map((key, index) => (
        <div
          key={key}
          role="group"
          aria-label={t("meetingNumber", { number: index + 1 })}
          className="grid gap-3 rounded-md border p-3 sm:grid-cols-2"
        >
          <BoundTextField
            name={`meetings.${index}.counterpartName`}
            label={t("counterpartName")}
            list="known-counterparts"
            autoComplete="off"
          />
          <SelectField
            name={`meetings.${index}.counterpartCountryCode`}
            label={t("counterpartCountry")}
            emptyLabel={t("notRecorded")}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
          />
          <BoundTextField name={`meetings.${index}.counterpartTitleEn`} label={t("counterpartTitleEn")} lang="en" />
          <BoundTextField name={`meetings.${index}.counterpartTitleFr`} label={t("counterpartTitleFr")} lang="fr" />
          <BoundTextAreaField name={`meetings.${index}.summaryEn`} label={t("meetingSummaryEn")} lang="en" rows={2} />
          <BoundTextAreaField name={`meetings.${index}.summaryFr`} label={t("meetingSummaryFr")} lang="fr" rows={2} />
          <div className="sm:col-span-2">
            <Button type="button" variant="outline" size="sm" onClick={() => rows.remove(key)}>
              {t("removeMeeting", { number: index + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <Button type="button" variant="outline" size="sm" onClick={rows.add}>
        {t("addMeeting")}
      </Button>
    </fieldset>
  );
}

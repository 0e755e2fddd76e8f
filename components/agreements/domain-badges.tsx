// An agreement's cooperation domains as badges, in the interface language.
import { Badge } from "@/components/ui/badge";
import { localName } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils";

export interface DomainBadgesProps {
  domains: { domain: { id: number; nameEn: string; nameFr: string; nameAr: string | null } }[];
  locale: Locale;
  label?: string;
  className?: string;
}

export function DomainBadges({ domains, locale, label, className }: DomainBadgesProps) {
  return (
    <ul className={cn("flex flex-wrap gap-1", className)} aria-label={label}>
      {domains.map(({ domain }) => (
        <li key={domain.id}>
          <Badge>{localName(locale, domain)}</Badge>
        </li>
      ))}
    </ul>
  );
}

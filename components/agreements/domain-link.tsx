// A cooperation domain as a badge that opens the agreements table filtered by it.
import Link from "next/link";
import { badgeVariants } from "@/components/ui/badge";
import { agreementsHref } from "@/lib/agreements/search-href";
import { localName } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";

export function DomainLink({
  domain,
  locale,
  title,
}: {
  domain: { slug: string; nameEn: string; nameFr: string; nameAr: string | null };
  locale: Locale;
  title: string;
}) {
  return (
    <Link href={agreementsHref({ domain: [domain.slug] })} title={title} className={`${badgeVariants()} min-h-6 hover:underline`}>
      {localName(locale, domain)}
    </Link>
  );
}

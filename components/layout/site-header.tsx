import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "./locale-switch";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const t = await getTranslations("site");
  return (
    <header className="border-b bg-background">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Link href="/" className="text-lg font-bold tracking-tight text-primary">
            {t("name")}
          </Link>
          <nav aria-label={t("mainNav")}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <li>
                <Link href="/agreements" className="hover:underline">
                  {t("agreements")}
                </Link>
              </li>
              <li>
                <Link href="/visits" className="hover:underline">
                  {t("visits")}
                </Link>
              </li>
              <li>
                <Link href="/countries" className="hover:underline">
                  {t("countries")}
                </Link>
              </li>
              <li>
                <Link href="/domains" className="hover:underline">
                  {t("domains")}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <UserMenu />
          <LocaleSwitch />
        </div>
      </div>
    </header>
  );
}

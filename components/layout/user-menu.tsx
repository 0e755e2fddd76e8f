// Who is signed in, and what they may reach from anywhere: their account, the accounts page for admins,
// signing out. Nobody signed in: a link to sign in, or, on a new installation, to make the first account.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOut } from "@/lib/auth/actions";
import { hasRole, Role } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { hasAnyUser } from "@/lib/users/queries";

export async function UserMenu() {
  const [t, roles, user] = await Promise.all([getTranslations("auth"), getTranslations("roles"), getCurrentUser()]);
  if (!user) {
    const setUp = !(await hasAnyUser());
    return (
      <Link href={setUp ? "/setup" : "/sign-in"} className="text-sm font-medium text-primary hover:underline">
        {setUp ? t("setupLink") : t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p>
        <span className="sr-only">{t("signedInAs")} </span>
        <Link href="/account" className="font-medium hover:underline">
          {user.name}
        </Link>{" "}
        <span className="rounded bg-muted px-1.5 py-0.5 text-xs text-muted-foreground">{roles(user.role)}</span>
      </p>
      {hasRole(user, Role.ADMIN) && (
        <Link href="/admin/users" className="hover:underline">
          {t("usersLink")}
        </Link>
      )}
      <form action={signOut}>
        <button type="submit" className="rounded-md px-2 py-1 hover:bg-accent hover:text-accent-foreground">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}

import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateUserForm } from "@/components/users/create-user-form";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { UserRoleForm } from "@/components/users/user-role-form";
import { Role } from "@/lib/auth/roles";
import { accountNamespaces } from "@/lib/i18n/client-namespaces";
import { requireRole } from "@/lib/auth/session";
import { getUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const me = await requireRole(Role.ADMIN);
  const [t, format, users] = await Promise.all([getTranslations("users"), getFormatter(), getUsers()]);
  return (
    <ClientMessages namespaces={accountNamespaces}>
      <div className="flex flex-col gap-8">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <section aria-labelledby="accounts" className="flex flex-col gap-3">
          <h2 id="accounts" className="text-lg font-semibold">
            {t("accounts", { count: users.length })}
          </h2>
          <div className="relative overflow-x-auto rounded-md border">
            <table className="w-full text-start text-sm">
              <thead className="bg-muted/50">
                <tr>
                  <th scope="col" className="p-2 text-start">
                    {t("name")}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t("email")}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t("role")}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t("since")}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t("password")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <tr key={user.id} className="border-t align-top">
                    <th scope="row" className="p-2 font-medium text-start">
                      {user.name} {user.id === me.id && <span className="text-muted-foreground">({t("you")})</span>}
                    </th>
                    <td className="p-2">{user.email}</td>
                    <td className="p-2">
                      <UserRoleForm userId={user.id} userName={user.name} role={user.role} />
                    </td>
                    <td className="p-2">{format.dateTime(user.createdAt, { dateStyle: "medium" })}</td>
                    <td className="p-2">
                      <ResetPasswordForm userId={user.id} userName={user.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="new-account" className="flex max-w-2xl flex-col gap-3">
          <h2 id="new-account" className="text-lg font-semibold">
            {t("newAccount")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("newAccountIntro")}</p>
          <CreateUserForm />
        </section>
      </div>
    </ClientMessages>
  );
}

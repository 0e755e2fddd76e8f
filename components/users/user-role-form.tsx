"use client";
import { useTranslations } from "next-intl";
import { roles, type Role } from "@/lib/auth/roles";
import { setUserRole } from "@/lib/users/actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { NativeSelect } from "@/components/ui/native-select";

interface UserRoleFormProps {
  userId: string;
  userName: string;
  role: Role;
}

export function UserRoleForm({ userId, userName, role }: UserRoleFormProps) {
  const t = useTranslations("users");
  const roleLabel = useTranslations("roles");
  const form = useFormFeedback(setUserRole, null, {});
  const id = `role-${userId}`;
  const problem = form.summary[0]?.message;
  return (
    <form action={form.formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">
        {t("roleOf", { name: userName })}
      </label>
      <NativeSelect key={form.answerKey} id={id} name="role" defaultValue={role} aria-describedby={`${id}-status`}>
        {roles.map((value) => (
          <option key={value} value={value}>
            {roleLabel(value)}
          </option>
        ))}
      </NativeSelect>
      <SubmitButton size="sm" variant="outline" pendingLabel={t("saving")} aria-label={t("changeRoleOf", { name: userName })}>
        {t("changeRole")}
      </SubmitButton>
      <span id={`${id}-status`} role="status" className={problem ? "text-sm text-red-800" : "text-sm text-green-800"}>
        {problem ?? (form.state.status === "success" ? t("roleSaved") : null)}
      </span>
    </form>
  );
}

import type { Metadata } from "next";
import { changeOwnPassword, setNewPassword } from "@/app/account/actions";
import { requireUser } from "@/app/lib/auth/session";
import { PASSWORD_MIN } from "@/app/lib/schemas/auth";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Password" };

/** The new password, typed twice (both forms on this page ask for it). */
function NewPasswordFields() {
  return (
    <>
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
        required
      />
      <Field
        label="New password again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
      />
    </>
  );
}

export default async function PasswordPage() {
  const user = await requireUser(undefined, { allowPendingPassword: true });
  if (user.mustChangePassword) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold">Choose your own password</h1>
        <p className="text-muted mt-2">
          You signed in with a one-time password from your teacher. Choose a new one that only you
          know.
        </p>
        <ActionForm action={setNewPassword} className="mt-6 space-y-4">
          <NewPasswordFields />
          <SubmitButton pendingLabel="Saving…">Save my password</SubmitButton>
        </ActionForm>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Change password</h1>
      <p className="text-muted mt-2">Changing it signs you out on every other device.</p>
      <ActionForm action={changeOwnPassword} className="mt-6 space-y-4">
        <Field
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
        <NewPasswordFields />
        <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
      </ActionForm>
    </div>
  );
}

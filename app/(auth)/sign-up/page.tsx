import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signUpTeacher } from "@/app/(auth)/actions";
import { getCurrentUser, homeFor } from "@/app/lib/auth/session";
import { PASSWORD_MIN } from "@/app/lib/schemas/auth";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Create a teacher account" };

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Create a teacher account</h1>
      <p className="text-muted mt-2">
        Students do not sign up here: they <Link href="/join">join with a class code</Link>, or you
        create their accounts.
      </p>
      <ActionForm action={signUpTeacher} className="mt-6 space-y-4">
        <Field
          label="Your name, as students see it"
          name="displayName"
          autoComplete="name"
          required
        />
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
          required
        />
        <SubmitButton pendingLabel="Creating account…">Create account</SubmitButton>
      </ActionForm>
      <p className="mt-6">
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}

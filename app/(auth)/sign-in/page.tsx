import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signIn } from "@/app/(auth)/actions";
import { getCurrentUser, homeFor } from "@/app/lib/auth/session";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p className="text-muted mt-2">
        Teachers use their email; students use the username they were given or chose.
      </p>
      <ActionForm action={signIn} className="mt-6 space-y-4">
        <Field label="Email or username" name="identifier" autoComplete="username" required />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      </ActionForm>
      <p className="mt-6">
        New student? <Link href="/join">Join a class with a code</Link>. Teacher?{" "}
        <Link href="/sign-up">Create a teacher account</Link>.
      </p>
    </div>
  );
}

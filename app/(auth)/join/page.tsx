import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { joinAndSignUp } from "@/app/(auth)/actions";
import { getCurrentUser, homeFor } from "@/app/lib/auth/session";
import { PASSWORD_MIN } from "@/app/lib/schemas/auth";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string }>;
}) {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user));
  const { code } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Join a class</h1>
      <p className="text-muted mt-2">
        Your teacher gives you a join code. You do not need an email: choose a username and a
        password.
      </p>
      <ActionForm action={joinAndSignUp} className="mt-6 space-y-4">
        <Field
          label="Join code"
          name="joinCode"
          autoComplete="off"
          autoCapitalize="characters"
          defaultValue={typeof code === "string" ? code : undefined}
          hint="6 letters and numbers, like DEMO42"
          required
        />
        <Field
          label="Your name, as your teacher knows you"
          name="displayName"
          autoComplete="name"
          required
        />
        <Field
          label="Username"
          name="username"
          autoComplete="username"
          hint="3–30 letters, numbers, dots, dashes or underscores. Don't use your full name."
          required
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN} characters.`}
          required
        />
        <SubmitButton pendingLabel="Joining…">Join the class</SubmitButton>
      </ActionForm>
      <p className="mt-6">
        Already have an account? <Link href="/sign-in">Sign in</Link>, then join from My classes.
      </p>
    </div>
  );
}

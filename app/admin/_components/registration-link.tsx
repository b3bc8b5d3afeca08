"use client";

import { useActionState } from "react";
import { registrationLinkAction } from "@/app/admin/actions";
import { FormStateProvider } from "@/components/ui/action-form";
import { CopyLink } from "@/components/ui/copy-link";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** Makes a single-use Dynamic Registration URL and shows it once, to copy into the LMS. */
export function RegistrationLink() {
  const [state, formAction] = useActionState(registrationLinkAction, undefined);
  return (
    <FormStateProvider value={state}>
      <form action={formAction} aria-label="Dynamic Registration" className="space-y-3">
        <FormMessage state={state} />
        {state?.data && <CopyLink path={state.data.path} label="Registration URL" />}
        <SubmitButton variant="secondary">Make a registration URL</SubmitButton>
      </form>
    </FormStateProvider>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { currentToolKey } from "@/app/lib/data/lti-keys";
import { listPlatforms } from "@/app/lib/data/lti-platforms";
import { toolOrigin, toolUrls } from "@/app/lib/lti/tool-urls";
import { formatInZone } from "@/app/lib/time";
import { addPlatformAction, removePlatformAction } from "@/app/admin/actions";
import { ActionButton, ActionForm } from "@/components/ui/action-form";
import { Field, TextAreaField } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { RegistrationLink } from "./_components/registration-link";

export const metadata: Metadata = { title: "LMS connections" };

/** The admin's page: what an LMS needs to know of Debrief, and the LMSs that may launch it. */
export default async function AdminPage() {
  const user = await requireUser("ADMIN");
  const [platforms, key, timeZone] = await Promise.all([
    listPlatforms(user),
    currentToolKey(),
    viewerTimeZone(),
  ]);
  const urls = toolUrls(toolOrigin(await headers()));
  const facts = [
    ["Login initiation URL", urls.login],
    ["Redirect (launch) URL", urls.launch],
    ["Deep linking URL", urls.deepLinking],
    ["Public keyset (JWKS) URL", urls.jwks],
    ["Dynamic Registration URL", `${urls.registration}?token=… (make one below)`],
  ];
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">LMS connections</h1>
      <p className="mt-2">
        Debrief launches from an LMS with LTI 1.3: students sign in through the course, teachers add
        quizzes with Deep Linking, and grades go back to the LMS&apos;s gradebook. Classes can also
        be filled from the school system&apos;s roster files:{" "}
        <Link href="/admin/rosters">Rosters</Link>.
      </p>

      <Section id="tool" title="Debrief's details for the LMS" className="mt-8">
        <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-semibold">{term}</dt>
              <dd className="font-mono text-sm break-all">{value}</dd>
            </div>
          ))}
          <dt className="font-semibold">Signing key</dt>
          <dd>
            {key
              ? `${key.kid.slice(0, 8)}…, made ${formatInZone(key.createdAt, timeZone)}. Rotate it with npm run lti:keys.`
              : "None yet: run npm run lti:keys on the server before the first launch."}
          </dd>
        </dl>
      </Section>

      <Section id="dynamic" title="Register by Dynamic Registration" className="mt-8">
        <p className="mt-2">
          Canvas, Moodle 3.10 or later and Sakai register a tool from one URL: make one here and
          paste it into the LMS&apos;s tool registration.
        </p>
        <div className="mt-3">
          <RegistrationLink />
        </div>
      </Section>

      <Section id="platforms" title="Registered LMSs" className="mt-8">
        {platforms.length === 0 ? (
          <p className="mt-2">None yet.</p>
        ) : (
          <Table className="mt-3">
            <caption className="sr-only">Registered LMSs</caption>
            <thead>
              <Tr>
                <Th>LMS</Th>
                <Th>Issuer and client id</Th>
                <Th>Deployments</Th>
                <Th>Remove</Th>
              </Tr>
            </thead>
            <tbody>
              {platforms.map((platform) => (
                <Tr key={platform.id} className="align-top">
                  <Th scope="row">{platform.name}</Th>
                  <Td className="break-all">
                    {platform.issuer}
                    <br />
                    {platform.clientId}
                  </Td>
                  <Td>{platform.deploymentIds.join(", ") || "None: launches are refused"}</Td>
                  <Td>
                    <ActionButton
                      action={removePlatformAction}
                      fields={{ platformId: platform.id }}
                    >
                      <span aria-label={`Remove ${platform.name}`}>Remove</span>
                    </ActionButton>
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>

      <Section id="add" title="Add an LMS by hand" className="mt-8">
        <p className="mt-2">
          From the LMS&apos;s developer key or tool registration: what it gives Debrief.
        </p>
        <ActionForm action={addPlatformAction} className="mt-3 space-y-3" label="Add an LMS">
          <Field label="Name" name="name" required hint="As teachers know it: “District Canvas”." />
          <Field
            label="Issuer"
            name="issuer"
            required
            hint="https://canvas.instructure.com for Canvas cloud."
          />
          <Field label="Client id" name="clientId" required />
          <Field label="Authorization (OIDC auth) URL" name="authUrl" required />
          <Field label="Access token URL" name="tokenUrl" required />
          <Field label="Public keyset (JWKS) URL" name="jwksUrl" required />
          <TextAreaField
            label="Deployment ids"
            name="deploymentIds"
            rows={2}
            required
            hint="One per line."
          />
          <TextAreaField
            label="Web addresses that show Debrief in a frame (optional)"
            name="frameOrigins"
            rows={2}
            hint="The LMS's own address, such as https://school.instructure.com. Empty: the authorization URL's and issuer's."
          />
          <SubmitButton>Add the LMS</SubmitButton>
        </ActionForm>
      </Section>
    </div>
  );
}

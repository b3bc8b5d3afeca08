import { z } from "zod";

// Forms and messages of the LTI admin page (issue 33).

const ZHttpUrlSchema = z
  .url({ protocol: /^https?$/, error: "Give a full web address (https://…)." })
  .max(500);

const listOf = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);

/** A web origin (scheme, host, port) as CSP frame-ancestors takes it. */
export const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

export const ZPlatformFormSchema = z.object({
  name: z.string().trim().min(1, "Name the LMS (as teachers know it).").max(80),
  issuer: ZHttpUrlSchema,
  clientId: z.string().trim().min(1, "Give the client id the LMS gave Debrief.").max(255),
  authUrl: ZHttpUrlSchema,
  tokenUrl: ZHttpUrlSchema,
  jwksUrl: ZHttpUrlSchema,
  deploymentIds: z
    .string()
    .transform(listOf)
    .pipe(
      z
        .array(z.string().max(255))
        .min(1, "Give at least one deployment id (one per line).")
        .max(50),
    ),
  frameOrigins: z
    .string()
    .default("")
    .transform(listOf)
    .pipe(
      z
        .array(z.string().regex(ORIGIN, "Give web origins such as https://school.instructure.com."))
        .max(20),
    ),
});
export type TPlatformForm = z.output<typeof ZPlatformFormSchema>;

export const ZPlatformIdSchema = z.object({ platformId: z.string().min(1).max(64) });

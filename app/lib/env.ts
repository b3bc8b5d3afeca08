import { z } from "zod";
import { DEFAULT_TEST_POSTGRES_URL, providerOf, type TProvider } from "./database-url";

// The one place environment variables are read and validated.
const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/debrief.db")
    .refine((url) => providerOf(url) !== null, {
      message:
        "must be a SQLite file URL such as file:./data/debrief.db or a PostgreSQL URL such as postgresql://user:password@host:5432/debrief",
    }),
  // Connections each app instance may hold open to PostgreSQL; instances × this must stay under
  // the server's max_connections (managed plans often allow 25–100 in all).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // A PostgreSQL server on which the test runs and `npm run db:migration` may create (and drop)
  // databases of their own. Never the production server.
  TEST_POSTGRES_URL: z
    .string()
    .default(DEFAULT_TEST_POSTGRES_URL)
    .refine((url) => providerOf(url) === "postgresql", {
      message: "must be a postgresql:// URL of a server where databases may be created",
    }),
  // Read by `next build`: every instance built with the same key gets the same Server Action IDs
  // and can decrypt the others' action payloads. Without it each build makes up its own.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine((key) => [16, 24, 32].includes(Buffer.from(key, "base64").length), {
      message: "must be base64 of a 16, 24 or 32 byte key (openssl rand -base64 32)",
    })
    .optional(),
  // Folders of article packs, separated by ":" (relative to the checkout). The Playwright suite adds
  // e2e/fixtures/content, a second pack with a debate of its own.
  CONTENT_DIRS: z
    .string()
    .default("content/articles")
    .transform((value) => value.split(":").filter((dir) => dir.trim() !== "")),
  // Set to 1 only behind a reverse proxy that sets X-Forwarded-For; scripts/server.mjs then takes
  // its last entry as the client's address. Otherwise the socket's address is used.
  TRUST_PROXY: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
  // Set by scripts/server.mjs (never by hand): its x-debrief-client-address header can be believed.
  DEBRIEF_ADDRESS_HEADER: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
  // The address schools reach Debrief at (https://debrief.school.example), for the URLs an LMS is
  // given (LTI). Without it they are taken from each request's Host header.
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "must be the web address Debrief is reached at" })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  // Production cookies are Secure and __Host- prefixed, and HSTS is sent. A school serving Debrief
  // over plain HTTP on its own network (no TLS) sets ALLOW_HTTP=1 to turn those off.
  ALLOW_HTTP: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

function parseEnv(source: NodeJS.ProcessEnv): TEnv {
  const result = ZEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);

/** Whether cookies must be Secure (and may use the __Host- prefix) and HSTS is sent. */
export const httpsOnly = env.NODE_ENV === "production" && !env.ALLOW_HTTP;

/** The database DATABASE_URL names. */
export const databaseProvider: TProvider = providerOf(env.DATABASE_URL) ?? "sqlite";

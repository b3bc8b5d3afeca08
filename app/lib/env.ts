import { z } from "zod";

// The one place environment variables are read and validated.
const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/debrief.db")
    .refine((url) => url.startsWith("file:"), {
      message: "must be a SQLite file URL such as file:./data/debrief.db",
    }),
  // Set to 1 only behind a reverse proxy that overwrites X-Forwarded-For; otherwise a client could
  // choose its own address and dodge per-address login throttling.
  TRUST_PROXY: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
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

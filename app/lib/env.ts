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

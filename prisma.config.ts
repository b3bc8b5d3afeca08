import { defineConfig } from "prisma/config";
import { PROVIDER_FILES } from "./app/lib/database-url";
import { databaseProvider, env } from "./app/lib/env";

// DATABASE_URL picks the schema and migration history, so `prisma migrate deploy` (where the native
// engine exists) applies the same history as `npm run db:migrate`.
const files = PROVIDER_FILES[databaseProvider];

export default defineConfig({
  schema: files.schema,
  migrations: { path: files.migrations, seed: "tsx scripts/seed.ts" },
  datasource: { url: env.DATABASE_URL },
});

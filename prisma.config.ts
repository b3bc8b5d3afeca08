import { defineConfig } from "prisma/config";
import { env } from "./app/lib/env";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx app/lib/cli/seed.ts" },
  datasource: { url: env.DATABASE_URL },
});

// Vitest setup: each test file gets its own freshly migrated database — a SQLite file, or on
// PostgreSQL a copy of the run's migrated template (test-support/databases.ts).
import { migrate } from "@/app/lib/db/migrations";
import { scratchDatabase, testProvider } from "@/test-support/databases";

process.env.DATABASE_URL = await scratchDatabase({ fromTemplate: true });
if (testProvider === "sqlite") await migrate(process.env.DATABASE_URL);

// Vitest setup: each test file gets its own freshly migrated SQLite database.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/app/lib/db/migrations";

const dir = mkdtempSync(path.join(os.tmpdir(), "debrief-unit-"));
process.env.DATABASE_URL = `file:${path.join(dir, "unit.db")}`;
await migrate(process.env.DATABASE_URL);

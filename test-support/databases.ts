// Which database the tests run on, and fresh databases for them. `npm run test:unit` runs them on
// SQLite; `npm run test:postgres` sets TEST_DATABASE_PROVIDER=postgresql, TEST_POSTGRES_URL and a
// TEST_POSTGRES_PREFIX under which every database of the run is created (and afterwards dropped).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase, uniqueDatabaseName } from "@/app/lib/db/postgres-admin";
import { DEFAULT_TEST_POSTGRES_URL, type TProvider } from "@/app/lib/database-url";

export const testProvider: TProvider =
  process.env.TEST_DATABASE_PROVIDER === "postgresql" ? "postgresql" : "sqlite";

export const testServerUrl = process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;

const prefix = process.env.TEST_POSTGRES_PREFIX ?? "debrief_test";

/** The migrated database every PostgreSQL test database of a run is copied from. */
const templateName = () => `${prefix}_tpl`;

/**
 * A new, empty database (or, with fromTemplate, a copy of the run's migrated template): a file in
 * a temporary folder on SQLite, a database of its own on PostgreSQL.
 */
export async function scratchDatabase(
  options: { fromTemplate?: boolean; provider?: TProvider } = {},
): Promise<string> {
  if ((options.provider ?? testProvider) === "postgresql") {
    return createDatabase(
      testServerUrl,
      uniqueDatabaseName(prefix),
      options.fromTemplate ? templateName() : undefined,
    );
  }
  // Inside the run's folder (global-setup.ts), which goes when the run ends.
  const dir = mkdtempSync(path.join(process.env.DEBRIEF_TEST_TMP ?? os.tmpdir(), "debrief-test-"));
  return `file:${path.join(dir, "test.db")}`;
}

// Migrations without the native Prisma schema engine (which cannot be downloaded offline): the
// official engine's WebAssembly build talks to the database through the same driver adapter the
// app uses. Migration folders stay in Prisma's standard format, so `prisma migrate deploy` remains
// valid wherever the native engine exists, and `_prisma_migrations` is written by the engine itself.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PROVIDER_FILES, requireProvider, type TProvider, redactUrl } from "@/app/lib/database-url";
import { createDatabase, dropDatabases, uniqueDatabaseName } from "@/app/lib/db/postgres-admin";
import type {
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";
import {
  MigrationError,
  withAdapter,
  hasMigrationsTable,
  withEngine,
  engineMessage,
} from "@/app/lib/db/schema-engine";

export const migrationsDir = (provider: TProvider) =>
  path.resolve(PROVIDER_FILES[provider].migrations);

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
const EMPTY_MIGRATION = /^\s*(--\s*This is an empty migration\.\s*)?$/;

async function loadMigrationList(dir: string): Promise<MigrationList> {
  await mkdir(dir, { recursive: true });
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories: MigrationDirectory[] = await Promise.all(
    folders.map(async (folder) => {
      const file = path.join(dir, folder, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        () => ({ tag: "error" as const, value: `Could not read ${file}` }),
      );
      return { path: folder, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(dir, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function applyPending(
  engine: SchemaEngine,
  migrationsList: MigrationList,
  migratedBefore: boolean,
): Promise<string[]> {
  if (migratedBefore) {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    if (diagnosis.editedMigrationNames.length > 0) {
      throw new MigrationError(
        `These applied migrations were changed after they ran (checksum mismatch): ${diagnosis.editedMigrationNames.join(", ")}. ` +
          "Restore the original files and add a new migration for the change instead.",
      );
    }
    if (diagnosis.failedMigrationNames.length > 0) {
      throw new MigrationError(
        `These migrations failed earlier and must be resolved first: ${diagnosis.failedMigrationNames.join(", ")}.`,
      );
    }
  }
  const { appliedMigrationNames } = await engine.applyMigrations({
    migrationsList,
    filters: NO_FILTER,
  });
  return appliedMigrationNames;
}

/** Applies pending migrations. Refuses when an applied migration was edited or had failed. */
export async function migrate(
  url: string,
  dir = migrationsDir(requireProvider(url)),
): Promise<string[]> {
  const migrationsList = await loadMigrationList(dir);
  const migratedBefore = await hasMigrationsTable(url);
  return withEngine(url, (engine) => applyPending(engine, migrationsList, migratedBefore));
}

const quote = (name: unknown) => `"${String(name).replaceAll('"', '""')}"`;

// What a reset drops: every table, view and trigger (SQLite), or every table, view and enum type
// in the connection's schema (PostgreSQL), whatever created them.
const DROP_QUERIES: Record<TProvider, { sql: string; toStatement: (row: unknown[]) => string }> = {
  sqlite: {
    sql: "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite_%'",
    toStatement: ([type, name]) => `DROP ${String(type).toUpperCase()} IF EXISTS ${quote(name)};`,
  },
  postgresql: {
    sql: `SELECT 'TABLE', tablename FROM pg_tables WHERE schemaname = current_schema()
        UNION ALL SELECT 'VIEW', viewname FROM pg_views WHERE schemaname = current_schema()
        UNION ALL SELECT 'TYPE', t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = current_schema() AND t.typtype = 'e'`,
    // CASCADE (with IF EXISTS) makes the order irrelevant: a type takes its columns along.
    toStatement: ([kind, name]) => `DROP ${String(kind)} IF EXISTS ${quote(name)} CASCADE;`,
  },
};

/**
 * Drops every table (and view, trigger or enum type), then applies all migrations. (The
 * WebAssembly engine's own reset leaves a SQLite database as it was, so the drop is done here,
 * through the same adapter.)
 */
export async function reset(
  url: string,
  dir = migrationsDir(requireProvider(url)),
): Promise<string[]> {
  const provider = requireProvider(url);
  await withAdapter(url, async (adapter) => {
    const { sql, toStatement } = DROP_QUERIES[provider];
    const objects = await adapter.queryRaw({ sql, args: [], argTypes: [] });
    const drops = objects.rows.map(toStatement);
    if (drops.length === 0) return;
    await adapter.executeScript(
      provider === "sqlite"
        ? ["PRAGMA foreign_keys = OFF;", ...drops, "PRAGMA foreign_keys = ON;"].join("\n")
        : drops.join("\n"),
    );
  });
  return migrate(url, dir);
}

/**
 * The SQL that takes a migration history to its provider's schema. The history is replayed on a
 * throwaway database (a shadow database: a temporary SQLite file, or a scratch database on the
 * PostgreSQL server at serverUrl), so nobody's data is touched. Empty when nothing differs.
 */
export async function schemaChange(
  provider: TProvider,
  dir = migrationsDir(provider),
  serverUrl?: string,
): Promise<string> {
  const migrationsList = await loadMigrationList(dir);
  return withScratchDatabase(provider, serverUrl, async (url) => {
    const script = await withEngine(url, async (engine, schema) => {
      await applyPending(engine, migrationsList, false);
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files: [schema], configDir: process.cwd() },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true,
        exitCode: null,
        filters: NO_FILTER,
      });
      return result.stdout ?? "";
    });
    return EMPTY_MIGRATION.test(script) ? "" : script;
  });
}

async function withScratchDatabase<T>(
  provider: TProvider,
  serverUrl: string | undefined,
  run: (url: string) => Promise<T>,
): Promise<T> {
  if (provider === "postgresql") {
    if (!serverUrl)
      throw new MigrationError("A PostgreSQL server URL is needed for a shadow database.");
    const name = uniqueDatabaseName("debrief_shadow");
    let url: string;
    try {
      url = await createDatabase(serverUrl, name);
    } catch (error) {
      throw new MigrationError(
        `Could not create a shadow database on ${redactUrl(serverUrl)}: ${engineMessage(error)}`,
      );
    }
    try {
      return await run(url);
    } finally {
      await dropDatabases(serverUrl, name);
    }
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), "debrief-shadow-"));
  try {
    return await run(`file:${path.join(scratch, "shadow.db")}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export type TMigrationTarget = { provider: TProvider; dir?: string; serverUrl?: string };

/**
 * Writes a migration folder, named alike in every target's history, holding the SQL that takes
 * that history to the schema. Every difference is computed before anything is written, so a
 * failure leaves the histories as they were. Returns the folders written; none when no schema
 * changed.
 */
export async function createMigration(
  name: string,
  targets: TMigrationTarget[],
  now = new Date(),
): Promise<string[]> {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug)
    throw new MigrationError(
      "Give the migration a name, e.g. npm run db:migration -- add_review_cards",
    );
  const planned = [];
  for (const target of targets) {
    const dir = target.dir ?? migrationsDir(target.provider);
    const script = await schemaChange(target.provider, dir, target.serverUrl);
    if (script) planned.push({ provider: target.provider, dir, script });
  }
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const written: string[] = [];
  for (const { provider, dir, script } of planned) {
    const folder = path.join(dir, `${stamp}_${slug}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "migration.sql"), script);
    await writeFile(
      path.join(dir, "migration_lock.toml"),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    );
    written.push(folder);
  }
  return written;
}

// Migrations without the native Prisma schema engine (which cannot be downloaded offline): the
// official engine's WebAssembly build talks to the database through the same driver adapter the
// app uses. Migration folders stay in Prisma's standard format, so `prisma migrate deploy` remains
// valid wherever the native engine exists, and `_prisma_migrations` is written by the engine itself.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { sqliteFilePath } from "@/app/lib/db/url";
import type * as SchemaEngineWasm from "@prisma/schema-engine-wasm";
import type {
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
const EMPTY_MIGRATION = /^\s*(--\s*This is an empty migration\.\s*)?$/;

export class MigrationError extends Error {
  override name = "MigrationError";
}

type TEngineModule = typeof SchemaEngineWasm;
let engineModule: Promise<TEngineModule> | undefined;

// The package's entry point imports the .wasm file as an ES module, which Node cannot do; load
// the JS glue and instantiate the WebAssembly ourselves, as Prisma's CLI does.
function loadEngineModule(): Promise<TEngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(gluePath)) as TEngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start as (() => void) | undefined;
    start?.();
    return glue;
  })();
  return engineModule;
}

async function adapterFactory(url: string) {
  const file = sqliteFilePath(url);
  await mkdir(path.dirname(file), { recursive: true });
  return new PrismaBetterSqlite3({ url: `file:${file}` });
}

// The engine's history check fails outright on a database that was never migrated, so look first.
async function hasMigrationsTable(url: string): Promise<boolean> {
  const adapter = await (await adapterFactory(url)).connect();
  try {
    await adapter.queryRaw({
      sql: "SELECT 1 FROM _prisma_migrations LIMIT 1",
      args: [],
      argTypes: [],
    });
    return true;
  } catch (error) {
    if (error instanceof DriverAdapterError && error.cause.kind === "TableDoesNotExist")
      return false;
    throw error;
  } finally {
    await adapter.dispose();
  }
}

/**
 * Opens the engine on a factory that remembers the connections it hands out: the engine's free()
 * does not close them, and an open SQLite connection would keep the file locked in this process.
 */
async function openEngine(url: string, schema: string) {
  const { SchemaEngine } = await loadEngineModule();
  const factory = await adapterFactory(url);
  const opened: SqlDriverAdapter[] = [];
  const track = async (connect: Promise<SqlDriverAdapter>) => {
    const adapter = await connect;
    opened.push(adapter);
    return adapter;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  const close = async () => {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  };
  return { engine, close };
}

async function withEngine<T>(
  url: string,
  run: (engine: SchemaEngine, schema: string) => Promise<T>,
) {
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const { engine, close } = await openEngine(url, schema);
  try {
    return await run(engine, schema);
  } catch (error) {
    throw error instanceof MigrationError ? error : new MigrationError(engineMessage(error));
  } finally {
    await close();
  }
}

// Engine errors arrive as objects or JSON strings; keep only the human-readable part.
function engineMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") {
    try {
      const parsed = JSON.parse(error) as { message?: string };
      return parsed.message ?? error;
    } catch {
      return error;
    }
  }
  return JSON.stringify(error);
}

export async function loadMigrationList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
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
export async function migrate(url: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrationsList = await loadMigrationList(dir);
  const migratedBefore = await hasMigrationsTable(url);
  return withEngine(url, (engine) => applyPending(engine, migrationsList, migratedBefore));
}

/**
 * Drops every table, view and trigger, then applies all migrations. (The WebAssembly engine's own
 * reset leaves a SQLite database as it was, so the drop is done here, through the same adapter.)
 */
export async function reset(url: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const adapter = await (await adapterFactory(url)).connect();
  try {
    const objects = await adapter.queryRaw({
      sql: "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite_%'",
      args: [],
      argTypes: [],
    });
    const drops = objects.rows.map(
      ([type, name]) => `DROP ${String(type).toUpperCase()} IF EXISTS "${String(name)}";`,
    );
    await adapter.executeScript(
      ["PRAGMA foreign_keys = OFF;", ...drops, "PRAGMA foreign_keys = ON;"].join("\n"),
    );
  } finally {
    await adapter.dispose();
  }
  return migrate(url, dir);
}

/**
 * Writes a new migration folder holding the SQL that takes the committed history to the schema.
 * The history is replayed on a throwaway database (a shadow database), so the developer's own data
 * is never touched. Returns null, and writes nothing, when there is no difference.
 */
export async function createMigration(
  name: string,
  dir = MIGRATIONS_DIR,
  now = new Date(),
): Promise<string | null> {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug)
    throw new MigrationError(
      "Give the migration a name, e.g. npm run db:migration -- add_review_cards",
    );

  const scratch = await mkdtemp(path.join(os.tmpdir(), "debrief-shadow-"));
  try {
    const shadowUrl = `file:${path.join(scratch, "shadow.db")}`;
    const migrationsList = await loadMigrationList(dir);
    const script = await withEngine(shadowUrl, async (engine, schema) => {
      await applyPending(engine, migrationsList, false);
      const result = await engine.diff({
        from: {
          tag: "schemaDatasource",
          files: [{ path: SCHEMA_PATH, content: schema }],
          configDir: process.cwd(),
        },
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
        script: true,
        exitCode: null,
        filters: NO_FILTER,
      });
      return result.stdout ?? "";
    });
    if (EMPTY_MIGRATION.test(script)) return null;

    const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const folder = path.join(dir, `${stamp}_${slug}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "migration.sql"), script);
    const lockPath = path.join(dir, "migration_lock.toml");
    await writeFile(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n',
    );
    return folder;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

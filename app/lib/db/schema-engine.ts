// The Prisma schema engine's WebAssembly build, opened on the app's own driver adapter (the
// native engine cannot be downloaded offline): loading it, connecting it, closing what it opened,
// and turning its errors into MigrationError. Used by migrations.ts.
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import {
  PROVIDER_FILES,
  requireProvider,
  sqliteFilePath,
  type TProvider,
} from "@/app/lib/database-url";
import type * as SchemaEngineWasm from "@prisma/schema-engine-wasm";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const schemaPath = (provider: TProvider) => path.resolve(PROVIDER_FILES[provider].schema);

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

async function adapterFactory(url: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (requireProvider(url) === "postgresql") {
    const first = new PrismaPg(catalogPool(url), { disposeExternalPool: true });
    // Each connection gets its own pool: the factory forgets an external pool once disposed.
    return {
      provider: first.provider,
      adapterName: first.adapterName,
      connect: () => new PrismaPg(catalogPool(url), { disposeExternalPool: true }).connect(),
      // adapter-pg's own shadow database would be reached through the same connection string,
      // i.e. the real database; scratch databases are made by withScratchDatabase instead.
      connectToShadowDb: () =>
        Promise.reject(new MigrationError("Shadow databases are made by withScratchDatabase.")),
    };
  }
  const file = sqliteFilePath(url);
  await mkdir(path.dirname(file), { recursive: true });
  return new PrismaBetterSqlite3({ url: `file:${file}` });
}

export async function withAdapter<T>(url: string, run: (adapter: SqlDriverAdapter) => Promise<T>) {
  const adapter = await (await adapterFactory(url)).connect();
  try {
    return await run(adapter);
  } finally {
    await adapter.dispose();
  }
}

/**
 * A pool whose results report PostgreSQL's internal one-byte "char" type (pg_constraint.contype in
 * the engine's catalog queries) as text: @prisma/adapter-pg 7.10 cannot map it and refuses the
 * whole query. Its values already arrive as one-character strings.
 */
function catalogPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  const patched = async (config: pg.QueryConfig) => {
    const result = await query(config);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  };
  pool.query = patched as typeof pool.query;
  return pool;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// The engine's history check fails outright on a database that was never migrated, so look first.
export async function hasMigrationsTable(url: string): Promise<boolean> {
  return withAdapter(url, async (adapter) => {
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
    }
  });
}

/**
 * Opens the engine on a factory that remembers the connections it hands out: the engine's free()
 * does not close them, and an open SQLite connection would keep the file locked in this process.
 */
async function openEngine(url: string, schemaFile: string, schema: string) {
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
    { datamodels: [[schemaFile, schema]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  const close = async () => {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  };
  return { engine, close };
}

export async function withEngine<T>(
  url: string,
  run: (engine: SchemaEngine, schema: { path: string; content: string }) => Promise<T>,
) {
  const file = schemaPath(requireProvider(url));
  const content = await readFile(file, "utf8");
  const { engine, close } = await openEngine(url, file, content);
  try {
    return await run(engine, { path: file, content });
  } catch (error) {
    throw error instanceof MigrationError ? error : new MigrationError(engineMessage(error));
  } finally {
    await close();
  }
}

// Engine errors arrive as objects or JSON strings; keep only the human-readable part.
export function engineMessage(error: unknown): string {
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

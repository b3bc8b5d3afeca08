import "server-only";
import { PrismaClient } from "@/app/generated/prisma/client";
import { databaseProvider, env } from "@/app/lib/env";
import { sqliteFilePath } from "@/app/lib/database-url";

// Settings every connection needs: WAL lets readers run beside the writer, busy_timeout makes a
// writer wait for the lock instead of failing, and foreign keys make cascades and references real.
export const SQLITE_PRAGMAS = ["journal_mode = WAL", "busy_timeout = 5000", "foreign_keys = ON"];

async function createSqliteClient(): Promise<PrismaClient> {
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const adapter = new PrismaBetterSqlite3({
    url: `file:${sqliteFilePath(env.DATABASE_URL)}`,
    timeout: 5000,
  });
  const client = new PrismaClient({ adapter });
  for (const pragma of SQLITE_PRAGMAS) {
    await client.$queryRawUnsafe(`PRAGMA ${pragma}`);
  }
  return client;
}

async function createPostgresqlClient(): Promise<PrismaClient> {
  const [{ PrismaPg }, generated] = await Promise.all([
    import("@prisma/adapter-pg"),
    import("@/app/generated/prisma-postgresql/client"),
  ]);
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    // A request waits this long for a free connection before failing, rather than forever.
    connectionTimeoutMillis: 10_000,
  });
  // Both clients are generated from one schema, so their model API is the same; the data layer is
  // written (and type-checked) against the SQLite one, which is the narrower of the two.
  return new generated.PrismaClient({ adapter }) as unknown as PrismaClient;
}

const globalForDb = globalThis as unknown as { debriefDb?: Promise<PrismaClient> };

/** The one Prisma client, ready for queries; kept on globalThis so dev hot reloads reuse it. */
export function db(): Promise<PrismaClient> {
  globalForDb.debriefDb ??=
    databaseProvider === "postgresql" ? createPostgresqlClient() : createSqliteClient();
  return globalForDb.debriefDb;
}

import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/app/generated/prisma/client";
import { env } from "@/app/lib/env";
import { sqliteFilePath } from "@/app/lib/db/url";

// Settings every connection needs: WAL lets readers run beside the writer, busy_timeout makes a
// writer wait for the lock instead of failing, and foreign keys make cascades and references real.
export const SQLITE_PRAGMAS = ["journal_mode = WAL", "busy_timeout = 5000", "foreign_keys = ON"];

async function createClient(): Promise<PrismaClient> {
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

const globalForDb = globalThis as unknown as { debriefDb?: Promise<PrismaClient> };

/** The one Prisma client, ready for queries; kept on globalThis so dev hot reloads reuse it. */
export function db(): Promise<PrismaClient> {
  globalForDb.debriefDb ??= createClient();
  return globalForDb.debriefDb;
}

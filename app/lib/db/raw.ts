import "server-only";
import type Database from "better-sqlite3";
import type { Prisma } from "@/app/generated/prisma/client";
import { db, SQLITE_PRAGMAS } from "@/app/lib/db/client";
import { sqliteFilePath } from "@/app/lib/database-url";
import { databaseProvider, env } from "@/app/lib/env";

// The two statements every answer save runs — the session lookup and the answer upsert — were a
// third of a save's CPU in Prisma's pipeline on SQLite, most of it compiling the same SQL again
// per call (the adapter prepares every statement anew). On SQLite these go through a connection of
// their own whose prepared statements are kept; on PostgreSQL through Prisma as everything else.
// Single statements only: no transaction ever spans the two connections (decision 0002), and
// SQLite's locks order their writes as they order any two processes' (decision 0013).

type TStatements = { database: Database.Database; prepared: Map<string, Database.Statement> };

const globalForRaw = globalThis as unknown as { debriefRaw?: Promise<TStatements> };

async function openStatements(): Promise<TStatements> {
  const { default: BetterSqlite3 } = await import("better-sqlite3");
  const database = new BetterSqlite3(sqliteFilePath(env.DATABASE_URL), { timeout: 5000 });
  for (const pragma of SQLITE_PRAGMAS) database.pragma(pragma);
  return { database, prepared: new Map() };
}

async function statement(sql: string): Promise<Database.Statement> {
  const statements = await (globalForRaw.debriefRaw ??= openStatements());
  let prepared = statements.prepared.get(sql);
  if (!prepared) {
    prepared = statements.database.prepare(sql);
    statements.prepared.set(sql, prepared);
  }
  return prepared;
}

// Stored as Prisma stores them on SQLite: instants as ISO text, booleans as 0/1.
const sqliteValue = (value: unknown) =>
  value instanceof Date ? value.toISOString() : typeof value === "boolean" ? Number(value) : value;

/** Rows of one SELECT; dates come back as text on SQLite, as Dates on PostgreSQL. */
export async function rawRows(query: Prisma.Sql): Promise<unknown[]> {
  if (databaseProvider === "postgresql") return (await db()).$queryRaw<unknown[]>(query);
  return (await statement(query.sql)).all(...query.values.map(sqliteValue));
}

/** Rows changed by one INSERT, UPDATE or DELETE. */
export async function rawExecute(query: Prisma.Sql): Promise<number> {
  if (databaseProvider === "postgresql") return (await db()).$executeRaw(query);
  return (await statement(query.sql)).run(...query.values.map(sqliteValue)).changes;
}

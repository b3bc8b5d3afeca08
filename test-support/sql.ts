// Plain SQL against a test database, SQLite or PostgreSQL, for tests that set up rows or look
// underneath the app (factories, the torture harness, migration checks). Write `?` placeholders
// and quoted identifiers; dates are stored as Prisma stores them (UTC).
import Database from "better-sqlite3";
import pg from "pg";
import { requireProvider, sqliteFilePath } from "@/app/lib/database-url";

export type TSqlValue = string | number | boolean | Date | null;

export type TSql = {
  run(sql: string, params?: TSqlValue[]): Promise<number>;
  all<T>(sql: string, params?: TSqlValue[]): Promise<T[]>;
  close(): Promise<void>;
};

// An ISO string keeps the instant: SQLite rows hold it as Prisma writes them, and PostgreSQL's
// timestamp(3) columns take its UTC wall-clock time.
const iso = (value: TSqlValue) => (value instanceof Date ? value.toISOString() : value);

async function openSql(url: string): Promise<TSql> {
  if (requireProvider(url) === "postgresql") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const numbered = (sql: string) => {
      let n = 0;
      return sql.replace(/\?/g, () => `$${(n += 1)}`);
    };
    return {
      run: async (sql, params = []) =>
        (await client.query(numbered(sql), params.map(iso))).rowCount ?? 0,
      all: async <T>(sql: string, params: TSqlValue[] = []) =>
        (await client.query(numbered(sql), params.map(iso))).rows as T[],
      close: () => client.end(),
    };
  }
  const database = new Database(sqliteFilePath(url));
  database.pragma("busy_timeout = 5000");
  const values = (params: TSqlValue[]) =>
    params.map((value) => (typeof value === "boolean" ? Number(value) : iso(value)));
  return {
    run: (sql, params = []) =>
      Promise.resolve(database.prepare(sql).run(...values(params)).changes),
    all: <T>(sql: string, params: TSqlValue[] = []) =>
      Promise.resolve(database.prepare(sql).all(...values(params)) as T[]),
    close: () => Promise.resolve(void database.close()),
  };
}

/** Opens, runs, closes. */
export async function withSql<T>(url: string, run: (sql: TSql) => Promise<T>): Promise<T> {
  const sql = await openSql(url);
  try {
    return await run(sql);
  } finally {
    await sql.close();
  }
}

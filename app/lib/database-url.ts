import path from "node:path";

// DATABASE_URL decides the database: a `file:` URL is the embedded SQLite default, a
// `postgres://` or `postgresql://` URL is PostgreSQL for several app instances on one database.
export type TProvider = "sqlite" | "postgresql";

/** The provider a database URL names, or null when it names neither. */
export function providerOf(url: string): TProvider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

export function requireProvider(url: string): TProvider {
  const provider = providerOf(url);
  if (!provider) {
    throw new Error(
      `DATABASE_URL must be a SQLite file: URL or a postgres:// / postgresql:// URL, not ${redactUrl(url)}`,
    );
  }
  return provider;
}

/**
 * Where each provider's schema and migration history live. prisma/schema.prisma is the one the
 * team edits; the PostgreSQL copy is generated from it (npm run db:schemas).
 */
export const PROVIDER_FILES: Record<TProvider, { schema: string; migrations: string }> = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: {
    schema: "prisma/postgresql/schema.prisma",
    migrations: "prisma/postgresql/migrations",
  },
};

/** The absolute file path of a SQLite `file:` URL (relative paths resolve from the working folder). */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite URL: ${redactUrl(url)}`);
  return path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length));
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@/]*@/, "$1***@");
}

/** The PostgreSQL server test runs use unless TEST_POSTGRES_URL names another. */
export const DEFAULT_TEST_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

// Creating and dropping whole PostgreSQL databases: scratch (shadow) databases for writing
// migrations, and the fresh databases the test runs use. Not used by the running app.
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The same server and credentials, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

const SAFE_NAME = /^[a-z_][a-z0-9_]*$/;

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates a database (optionally a copy of a template) and returns its URL. */
export async function createDatabase(
  serverUrl: string,
  name: string,
  template?: string,
): Promise<string> {
  for (const value of [name, template ?? "x"]) {
    if (!SAFE_NAME.test(value)) throw new Error(`Not a safe database name: ${value}`);
  }
  await onServer(serverUrl, (client) =>
    client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`),
  );
  return databaseUrl(serverUrl, name);
}

/** Drops databases whose names start with a prefix, closing anyone still connected. */
export async function dropDatabases(serverUrl: string, prefix: string): Promise<string[]> {
  if (!SAFE_NAME.test(prefix)) throw new Error(`Not a safe database name prefix: ${prefix}`);
  return onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    return rows.map((row) => row.datname);
  });
}

import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scratchDatabase, testProvider, testServerUrl } from "@/test-support/databases";
import { withSql } from "@/test-support/sql";
import { createMigration, migrate, migrationsDir, reset, schemaChange } from "./migrations";
import { MigrationError } from "./schema-engine";

// Runs on the provider of the test run: SQLite in `npm run test:unit`, PostgreSQL in
// `npm run test:postgres`, each against its own committed history.
const MIGRATIONS_DIR = migrationsDir(testProvider);
let scratch: string;
let url: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "debrief-migrations-test-"));
  url = await scratchDatabase();
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const CATALOG = {
  sqlite: {
    tables: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    shape: "SELECT name, sql FROM sqlite_master ORDER BY name",
  },
  postgresql: {
    tables:
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1",
    shape: `SELECT table_name, column_name, data_type, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY 1, 2`,
  },
}[testProvider];

const tables = async () =>
  (await withSql(url, (sql) => sql.all<{ name: string }>(CATALOG.tables))).map((row) => row.name);
const shape = async () => JSON.stringify(await withSql(url, (sql) => sql.all(CATALOG.shape)));

describe(`migrate (${testProvider})`, () => {
  it("creates every table of the schema on a fresh database and records the migration", async () => {
    const applied = await migrate(url);
    const committed = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) =>
      e.isDirectory(),
    );
    expect(applied).toEqual(committed.map((e) => e.name).sort());
    expect(await tables()).toEqual(
      expect.arrayContaining([
        "_prisma_migrations",
        "User",
        "Session",
        "LoginThrottle",
        "Class",
        "Enrolment",
        "Assignment",
        "Accommodation",
        "Attempt",
        "Response",
        "WrittenGrade",
        "ReviewCard",
        "ContentSnapshot",
      ]),
    );
    const rows = await withSql(url, (sql) =>
      sql.all<{ migration_name: string; checksum: string; finished_at: unknown }>(
        "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
      ),
    );
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("is idempotent: a second run applies nothing and changes nothing", async () => {
    await migrate(url);
    const before = await shape();
    expect(await migrate(url)).toEqual([]);
    expect(await shape()).toBe(before);
  });

  it("refuses a database whose applied migration was edited afterwards", async () => {
    const dir = path.join(scratch, "migrations");
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(url, dir);
    const [first] = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory());
    const file = path.join(dir, first!.name, "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited by hand\n`);

    await expect(migrate(url, dir)).rejects.toThrow(MigrationError);
    await expect(migrate(url, dir)).rejects.toThrow(/checksum mismatch.*_init/);
  });

  it("reset drops data and re-applies every migration", async () => {
    await migrate(url);
    await withSql(url, (sql) =>
      sql.run(
        `INSERT INTO "User" ("id", "role", "displayName", "passwordHash", "updatedAt") VALUES ('u1', 'TEACHER', 'T', 'x', ?)`,
        [new Date()],
      ),
    );
    const applied = await reset(url);
    expect(applied.length).toBeGreaterThan(0);
    const [row] = await withSql(url, (sql) =>
      sql.all<{ n: number | string }>('SELECT count(*) AS n FROM "User"'),
    );
    expect(Number(row?.n)).toBe(0);
  });

  it("the committed history builds exactly the schema in prisma/ (no pending change)", async () => {
    expect(await schemaChange(testProvider, MIGRATIONS_DIR, testServerUrl)).toBe("");
  });
});

describe(`createMigration (${testProvider})`, () => {
  const target = (dir: string) => [{ provider: testProvider, dir, serverUrl: testServerUrl }];

  it("refuses to write an empty migration when the schema matches the history", async () => {
    const dir = path.join(scratch, "migrations");
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const before = await readdir(dir);
    expect(await createMigration("nothing_changed", target(dir))).toEqual([]);
    expect(await readdir(dir)).toEqual(before);
  });

  it("writes a Prisma-format folder holding the SQL that takes the history to the schema", async () => {
    const dir = path.join(scratch, "migrations");
    const folders = await createMigration(
      "First Steps!",
      target(dir),
      new Date("2026-01-02T03:04:05Z"),
    );
    expect(folders).toEqual([path.join(dir, "20260102030405_first_steps")]);
    const sql = await readFile(path.join(folders[0]!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "User"');
    expect(await readFile(path.join(dir, "migration_lock.toml"), "utf8")).toContain(
      `provider = "${testProvider}"`,
    );
    // The new history now matches the schema, so a second request writes nothing.
    expect(await createMigration("again", target(dir))).toEqual([]);
  });

  it("asks for a name", async () => {
    await expect(createMigration("  ", target(path.join(scratch, "m")))).rejects.toThrow(
      /Give the migration a name/,
    );
  });
});

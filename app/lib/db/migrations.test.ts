import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMigration, migrate, MIGRATIONS_DIR, MigrationError, reset } from "./migrations";

let scratch: string;
let url: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "debrief-migrations-test-"));
  url = `file:${path.join(scratch, "test.db")}`;
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function tables(): string[] {
  const database = new Database(path.join(scratch, "test.db"), { readonly: true });
  try {
    const rows = database
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string }[];
    return rows.map((row) => row.name);
  } finally {
    database.close();
  }
}

function schemaSql(): string {
  const database = new Database(path.join(scratch, "test.db"), { readonly: true });
  try {
    const rows = database.prepare("SELECT sql FROM sqlite_master ORDER BY name").all() as {
      sql: string;
    }[];
    return rows.map((row) => row.sql).join("\n");
  } finally {
    database.close();
  }
}

describe("migrate", () => {
  it("creates every table of the schema on a fresh database and records the migration", async () => {
    const applied = await migrate(url);
    const committed = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) =>
      e.isDirectory(),
    );
    expect(applied).toEqual(committed.map((e) => e.name).sort());
    expect(tables()).toEqual(
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
      ]),
    );
    const database = new Database(path.join(scratch, "test.db"), { readonly: true });
    const rows = database
      .prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations")
      .all() as { migration_name: string; checksum: string; finished_at: string | null }[];
    database.close();
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("is idempotent: a second run applies nothing and changes nothing", async () => {
    await migrate(url);
    const before = schemaSql();
    expect(await migrate(url)).toEqual([]);
    expect(schemaSql()).toBe(before);
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
    const database = new Database(path.join(scratch, "test.db"));
    database
      .prepare(
        "INSERT INTO User (id, role, displayName, passwordHash, updatedAt) VALUES ('u1', 'TEACHER', 'T', 'x', 0)",
      )
      .run();
    database.close();
    const applied = await reset(url);
    expect(applied.length).toBeGreaterThan(0);
    const check = new Database(path.join(scratch, "test.db"), { readonly: true });
    expect(check.prepare("SELECT count(*) AS n FROM User").get()).toEqual({ n: 0 });
    check.close();
  });
});

describe("createMigration", () => {
  it("refuses to write an empty migration when the schema matches the history", async () => {
    const dir = path.join(scratch, "migrations");
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const before = await readdir(dir);
    expect(await createMigration("nothing_changed", dir)).toBeNull();
    expect(await readdir(dir)).toEqual(before);
  });

  it("writes a Prisma-format folder holding the SQL that takes the history to the schema", async () => {
    const dir = path.join(scratch, "migrations");
    const folder = await createMigration("First Steps!", dir, new Date("2026-01-02T03:04:05Z"));
    expect(folder).toBe(path.join(dir, "20260102030405_first_steps"));
    const sql = await readFile(path.join(folder!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "User"');
    expect(await readFile(path.join(dir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "sqlite"',
    );
    // The new history now matches the schema, so a second request writes nothing.
    expect(await createMigration("again", dir)).toBeNull();
  });

  it("asks for a name", async () => {
    await expect(createMigration("  ", path.join(scratch, "m"))).rejects.toThrow(
      /Give the migration a name/,
    );
  });
});

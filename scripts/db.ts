// npm run db:migrate | db:migration -- <name> | db:reset [--force] | db:schemas
// Each works on the database DATABASE_URL names, SQLite or PostgreSQL.
import { readFile, writeFile } from "node:fs/promises";
import { databaseProvider, env } from "@/app/lib/env";
import { createMigration, migrate, reset } from "@/app/lib/db/migrations";
import { MigrationError } from "@/app/lib/db/schema-engine";
import { PROVIDER_FILES, redactUrl } from "@/app/lib/database-url";
import { postgresqlSchema } from "@/app/lib/db/schemas";

async function main(command: string | undefined, args: string[]): Promise<void> {
  switch (command) {
    case "migrate": {
      const applied = await migrate(env.DATABASE_URL);
      console.log(
        applied.length > 0
          ? `Applied ${applied.length} migration(s) to ${redactUrl(env.DATABASE_URL)}: ${applied.join(", ")}`
          : "Database is up to date; no migration to apply.",
      );
      return;
    }
    case "migration": {
      // Both histories move together; the PostgreSQL one is worked out on a scratch database.
      const name = args.filter((arg) => !arg.startsWith("-")).join(" ");
      const serverUrl =
        databaseProvider === "postgresql" ? env.DATABASE_URL : env.TEST_POSTGRES_URL;
      await writePostgresqlSchema();
      const folders = await createMigration(name, [
        { provider: "sqlite" },
        { provider: "postgresql", serverUrl },
      ]);
      if (folders.length === 0) {
        console.error("The schema matches the migration histories: no migration written.");
        process.exitCode = 1;
        return;
      }
      for (const folder of folders) console.log(`Wrote ${folder}/migration.sql`);
      console.log("Review them, then run npm run db:migrate.");
      return;
    }
    case "reset": {
      if (!args.includes("--force") && env.NODE_ENV !== "test") {
        console.error(
          `This deletes every row in ${redactUrl(env.DATABASE_URL)}. Run again with --force: npm run db:reset -- --force`,
        );
        process.exitCode = 1;
        return;
      }
      const applied = await reset(env.DATABASE_URL);
      console.log(`Database reset; applied ${applied.length} migration(s).`);
      return;
    }
    case "schemas": {
      await writePostgresqlSchema();
      console.log(
        `Wrote ${PROVIDER_FILES.postgresql.schema} from ${PROVIDER_FILES.sqlite.schema}.`,
      );
      return;
    }
    default:
      console.error("Usage: db.ts migrate | migration <name> | reset [--force] | schemas");
      process.exitCode = 1;
  }
}

async function writePostgresqlSchema(): Promise<void> {
  const source = await readFile(PROVIDER_FILES.sqlite.schema, "utf8");
  await writeFile(PROVIDER_FILES.postgresql.schema, postgresqlSchema(source));
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  console.error(error instanceof MigrationError ? `Migration error: ${error.message}` : error);
  process.exitCode = 1;
});

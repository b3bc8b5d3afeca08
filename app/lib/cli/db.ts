// npm run db:migrate | db:migration -- <name> | db:reset [--force]
import { env } from "@/app/lib/env";
import { createMigration, migrate, MigrationError, reset } from "@/app/lib/db/migrations";

async function main(command: string | undefined, args: string[]): Promise<void> {
  switch (command) {
    case "migrate": {
      const applied = await migrate(env.DATABASE_URL);
      console.log(
        applied.length > 0
          ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
          : "Database is up to date; no migration to apply.",
      );
      return;
    }
    case "migration": {
      const name = args.filter((arg) => !arg.startsWith("-")).join(" ");
      const folder = await createMigration(name);
      if (!folder) {
        console.error("The schema matches the migration history: no migration written.");
        process.exitCode = 1;
        return;
      }
      console.log(`Wrote ${folder}/migration.sql — review it, then run npm run db:migrate.`);
      return;
    }
    case "reset": {
      if (!args.includes("--force") && env.NODE_ENV !== "test") {
        console.error(
          `This deletes every row in ${env.DATABASE_URL}. Run again with --force: npm run db:reset -- --force`,
        );
        process.exitCode = 1;
        return;
      }
      const applied = await reset(env.DATABASE_URL);
      console.log(`Database reset; applied ${applied.length} migration(s).`);
      return;
    }
    default:
      console.error("Usage: db.ts migrate | migration <name> | reset [--force]");
      process.exitCode = 1;
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  console.error(error instanceof MigrationError ? `Migration error: ${error.message}` : error);
  process.exitCode = 1;
});

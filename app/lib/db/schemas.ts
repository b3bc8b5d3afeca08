// prisma/schema.prisma is the one data model the team edits. Prisma needs a schema file per
// provider, so the PostgreSQL copy is generated from it; schemas.test.ts fails when it is stale.
import { PROVIDER_FILES } from "@/app/lib/database-url";

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:schemas` — do not edit; edit that file.\n\n";

/** The PostgreSQL schema for a given source schema: same models, its own provider and client. */
export function postgresqlSchema(source: string): string {
  const datasource = /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/;
  const output = /(generator client \{[^}]*output\s*=\s*)"\.\.\/app\/generated\/prisma"/;
  if (!datasource.test(source) || !output.test(source)) {
    throw new Error(
      `${PROVIDER_FILES.sqlite.schema}: expected datasource db with provider "sqlite" and generator client with output "../app/generated/prisma"`,
    );
  }
  return (
    HEADER +
    source
      .replace(datasource, '$1"postgresql"')
      .replace(output, '$1"../../app/generated/prisma-postgresql"')
  );
}

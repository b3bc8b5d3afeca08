import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { PROVIDER_FILES } from "@/app/lib/database-url";
import { postgresqlSchema } from "./schemas";

it("the committed PostgreSQL schema is generated from prisma/schema.prisma and up to date", async () => {
  const source = await readFile(PROVIDER_FILES.sqlite.schema, "utf8");
  const committed = await readFile(PROVIDER_FILES.postgresql.schema, "utf8");
  // If this fails, run `npm run db:schemas` (and `npm run db:migration -- <name>` for both histories).
  expect(committed).toBe(postgresqlSchema(source));
});

it("changes only the provider and the generated client's folder", () => {
  const source = `generator client {\n  provider = "prisma-client"\n  output   = "../app/generated/prisma"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id String @id\n}\n`;
  const generated = postgresqlSchema(source);
  expect(generated).toContain('provider = "postgresql"');
  expect(generated).toContain('output   = "../../app/generated/prisma-postgresql"');
  expect(generated).toContain("model A {\n  id String @id\n}");
  expect(() => postgresqlSchema(source.replace('"sqlite"', '"mysql"'))).toThrow(
    /provider "sqlite"/,
  );
});

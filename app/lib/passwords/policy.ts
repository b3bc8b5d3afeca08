import { readFileSync } from "node:fs";
import path from "node:path";

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(
      /*turbopackIgnore: true*/ path.join(process.cwd(), "app/lib/passwords/common-passwords.txt"),
      "utf8",
    )
      .split("\n")
      .filter((line) => line && !line.startsWith("#"))
      .map((line) => line.trim().toLowerCase()),
  );
  return common;
}

/** True for passwords in the shipped list of the 20,000 most common ones (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}

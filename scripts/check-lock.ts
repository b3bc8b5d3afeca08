// npm test's first phase: package.json and package-lock.json agree, and every version is pinned,
// so `npm ci` on a fresh clone installs exactly what was tested (it refuses a lock out of step).
import { readFileSync } from "node:fs";

type TManifest = Record<"dependencies" | "devDependencies", Record<string, string>>;
type TLock = { packages: Record<string, Partial<TManifest> & { version?: string }> };

const manifest = JSON.parse(readFileSync("package.json", "utf8")) as TManifest;
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as TLock;
const root = lock.packages[""] ?? {};
const problems: string[] = [];
for (const group of ["dependencies", "devDependencies"] as const) {
  for (const [name, version] of Object.entries(manifest[group])) {
    if (!/^\d+\.\d+\.\d+(-[\w.-]+)?$/.test(version))
      problems.push(`package.json: ${group}.${name}: "${version}" is a range; pin one version`);
    if (root[group]?.[name] !== version)
      problems.push(`package-lock.json: ${name}: not in step with package.json; run npm install`);
    else if (lock.packages[`node_modules/${name}`]?.version !== version)
      problems.push(
        `package-lock.json: node_modules/${name}: locked at another version than ${version}`,
      );
  }
  const extra = Object.keys(root[group] ?? {}).filter((name) => !(name in manifest[group]));
  for (const name of extra)
    problems.push(`package-lock.json: ${name}: locked but not in package.json; run npm install`);
}
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log("lock: package.json and package-lock.json agree; every version pinned");

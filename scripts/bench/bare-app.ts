// The bare app: one page and one route handler, built with the same Next.js and served by the
// same scripts/server.mjs — the ceiling each figure is measured beside.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "@/test-support/harness";
import { run } from "./report";

/**
 * A bare Next.js app built with the same Next version: one page and one route handler that parses
 * a JSON body and answers as a save does. Served by scripts/server.mjs like Debrief. It lives in
 * the gitignored bench-results folder so it resolves this checkout's node_modules.
 */
export async function startBareApp(): Promise<{ origin: string; stop: () => void }> {
  const dir = path.resolve("bench-results/bare-app");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app/api/echo"), { recursive: true });
  writeFileSync(
    path.join(dir, "app/layout.js"),
    'export default function L({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(
    path.join(dir, "app/page.js"),
    "export default function P() { return <main>Hello</main>; }\n",
  );
  writeFileSync(
    path.join(dir, "app/api/echo/route.js"),
    "export async function POST(request) { const body = await request.json(); return Response.json({ status: 'saved', seq: body.seq }); }\n",
  );
  run(path.resolve("node_modules/.bin/next"), ["build"], {}, dir);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.resolve("scripts/server.mjs"), "--hostname", "localhost", "--port", String(port)],
    { cwd: dir, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
  );
  const origin = `http://localhost:${port}`;
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { origin, stop: () => child.kill() };
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildKey } from "./build-key";

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "debrief-build-key-"));
  write("app/page.tsx", "page");
  write("app/lib/data/x.test.ts", "test");
  write("app/generated/prisma/client.ts", "client");
  write("proxy.ts", "proxy");
  write("content/articles/a/article.yaml", "title: A");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the build key covers exactly what next build reads", () => {
  it("changes with the proxy, the generated client, a page or the actions key", () => {
    const before = buildKey(root, "k");
    for (const [file, text] of [
      ["proxy.ts", "proxy 2"],
      ["app/generated/prisma/client.ts", "client 2"],
      ["app/page.tsx", "page 2"],
    ] as const) {
      write(file, text);
      expect(buildKey(root, "k"), file).not.toBe(before);
    }
    expect(buildKey(root, "other")).not.toBe(buildKey(root, "k"));
  });

  it("does not change with a test, a content pack, or a file touched but not changed", () => {
    const before = buildKey(root, "k");
    write("app/lib/data/x.test.ts", "test 2");
    write("content/articles/a/article.yaml", "title: B");
    write("app/page.tsx", "page");
    expect(buildKey(root, "k")).toBe(before);
  });
});

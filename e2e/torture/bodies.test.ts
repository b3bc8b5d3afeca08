// Request bodies: limited before they are read, on every route, and zips that lie.
import { connect } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { makeStudents, makeTeacher, serverActionId } from "../../test-support/harness";
import { deflatedZeros, lyingZip } from "../../test-support/zips";
import { chunked, loadQuiz, rawRequest, serverPerBlock } from "./support";

beforeAll(loadQuiz);

/** The health check's limit while a zip bomb is read (the parse of its 1 MB body included). */
const HEALTH_DURING_ZIP_MS = 500;

describe("oversized uploads", () => {
  const block = serverPerBlock();

  it("a body declared larger than the limit is refused before it arrives, not buffered", async () => {
    const [who] = await makeStudents(block.url, 1);
    const { port, hostname } = new URL(block.server.origin);
    // Declares 64 KB, sends 1 KB, then waits: the answer must come while the upload is unfinished.
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname);
      let received = "";
      socket.on("data", (chunk) => {
        received += chunk.toString();
        if (received.includes("\r\n\r\n")) {
          socket.destroy();
          resolve(received);
        }
      });
      socket.on("error", reject);
      socket.write(
        [
          "POST /api/attempts HTTP/1.1",
          `Host: ${hostname}:${port}`,
          `Origin: ${block.server.origin}`,
          `Cookie: ${who!.cookie}`,
          "Content-Type: application/json",
          "Content-Length: 65536",
          "",
          "",
        ].join("\r\n") + "x".repeat(1024),
      );
    });
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
  });
});

describe("request bodies are limited before they are read, on every route", () => {
  const block = serverPerBlock();
  const health = async () => {
    const started = performance.now();
    const response = await fetch(`${block.server.origin}/api/health`);
    expect(response.status).toBe(200);
    return performance.now() - started;
  };

  it("an anonymous POST declaring 50 MB is refused with 413 before its body is read", async () => {
    await health(); // warm
    const reply = await rawRequest(
      block.server.origin,
      [
        "POST /sign-in HTTP/1.1",
        "Content-Type: multipart/form-data; boundary=x",
        "Content-Length: 52428800",
      ],
      Array<Buffer>(384).fill(Buffer.alloc(64 * 1024, "a")), // 24 MB, as the review sent
    );
    expect(reply.status).toBe(413);
    expect(reply.sentBytes).toBeLessThan(24 * 1024 * 1024);
  });

  it("a client still sending when refused reads the 413, not a reset connection", async () => {
    const reply = await rawRequest(
      block.server.origin,
      [
        "POST /sign-in HTTP/1.1",
        "Content-Type: multipart/form-data; boundary=x",
        "Content-Length: 52428800",
      ],
      Array<Buffer>(384).fill(Buffer.alloc(64 * 1024, "a")),
      { readAfterMs: 300 },
    );
    expect(reply.status).toBe(413);
  });

  it("a chunked body is counted as it arrives: 413 once past the limit, and the health check answers within 200 ms meanwhile", async () => {
    await health();
    const attack = rawRequest(
      block.server.origin,
      ["POST /sign-in HTTP/1.1", "Content-Type: text/plain", "Transfer-Encoding: chunked"],
      chunked(24 * 1024 * 1024),
    );
    const during = await health();
    const reply = await attack;
    expect(reply.status).toBe(413);
    // Far less than the 24 MB offered: what loopback buffers took before the refusal arrived.
    expect(reply.sentBytes).toBeLessThan(8 * 1024 * 1024);
    expect(during).toBeLessThan(200);
  });

  it("a body that stops arriving is cut off with 408, not held open", async () => {
    const reply = await rawRequest(
      block.server.origin,
      ["POST /sign-in HTTP/1.1", "Content-Type: text/plain", "Content-Length: 1000"],
      [Buffer.alloc(10, "a")],
    );
    expect(reply.status).toBe(408);
    // The idle limit is 10 s (scripts/server.mjs): well before the 30 s cap on a whole request.
    expect(reply.ms).toBeLessThan(20_000);
  });

  it("the studio still takes a 2.5 MB body (a 2 MB saved page with its form)", async () => {
    const reply = await rawRequest(
      block.server.origin,
      [
        "POST /teacher/articles/new HTTP/1.1",
        "Content-Type: text/plain",
        `Content-Length: ${2.5 * 1024 * 1024}`,
      ],
      Array<Buffer>(40).fill(Buffer.alloc(64 * 1024, "a")),
    );
    expect(reply.status).not.toBe(413);
    expect(reply.status).toBeGreaterThan(0);
  });
});

describe("a pack zip whose headers lie", () => {
  const block = serverPerBlock();

  it("1 MB that inflates to 1 GB is refused at the cap with a message, and the health check answers within 500 ms meanwhile", async () => {
    const teacher = await makeTeacher(block.url);
    const zip = lyingZip("x/article.yaml", await deflatedZeros(1024), 1000);
    expect(zip.length).toBeLessThan(2 * 1024 * 1024);
    // The new-article form's action, called as its JavaScript calls it, (previous state, form),
    // encoded as React's encodeReply encodes a FormData argument.
    const form = new FormData();
    form.set("_1_text", "");
    form.set("_1_file", new Blob([Buffer.from(zip)], { type: "application/zip" }), "bomb.zip");
    // The root last: the server reads the arguments when it arrives.
    form.set("0", JSON.stringify(["$undefined", "$K1"]));
    const id = await serverActionId("app/teacher/articles/actions.ts", "createArticleAction");
    const origin = block.server.origin;
    const health = async () => {
      const started = performance.now();
      expect((await fetch(`${origin}/api/health`)).status).toBe(200);
      return performance.now() - started;
    };
    const send = () =>
      fetch(`${origin}/teacher/articles/new`, {
        method: "POST",
        headers: {
          "Next-Action": id,
          Origin: origin,
          cookie: teacher.cookie,
          Accept: "text/x-component",
        },
        body: form,
      });
    // Warm: the health route, and the upload path once — its first use loads the action's modules
    // on the main thread (about 200 ms, once per process), which is not the zip's doing.
    await health();
    expect(await (await send()).text()).toContain("That zip holds more than an article pack");
    let done = false;
    const upload = send().then(async (response) => {
      done = true;
      return { status: response.status, text: await response.text() };
    });
    const during: number[] = [];
    while (!done) during.push(await health());
    const reply = await upload;
    expect(reply.text).toContain("That zip holds more than an article pack");
    expect(during.length).toBeGreaterThan(0);
    // Warm, the slowest answer meanwhile measured 63–148 ms on a quiet machine; inflating the
    // whole gigabyte would hold the server for seconds.
    expect(Math.max(...during)).toBeLessThan(HEALTH_DURING_ZIP_MS);
    expect(await health()).toBeLessThan(HEALTH_DURING_ZIP_MS);
  });
});

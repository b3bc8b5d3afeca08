// What the torture test files share: the quiz the simulated students take, a student's run of
// saves and a submit, a production server per describe block, and raw HTTP requests.
import { connect } from "node:net";
import { afterAll, beforeAll, expect } from "vitest";
import type { TArticlePack } from "../../app/lib/content/pack";
import { kindOf, type TAnswer } from "../../app/lib/quiz/kinds";
import {
  ARTICLE,
  asSent,
  attemptOrder,
  freshDatabase,
  loadArticle,
  post,
  readDatabase,
  startServer,
  type TReply,
  type TServer,
  type TStudent,
} from "../../test-support/harness";

export const QUIZ = "who-wants-what";
/** The article and the quiz the students take; filled by each file's `beforeAll(loadQuiz)`. */
export const taken = { pack: undefined as unknown as TArticlePack, questionIds: [] as string[] };

export async function loadQuiz() {
  taken.pack = await loadArticle();
  taken.questionIds = taken.pack.quizzes.find((q) => q.id === QUIZ)!.questions;
}

export const attemptIdOf = (reply: TReply) =>
  typeof reply.body.attemptId === "string" ? reply.body.attemptId : "";

export type TAck = { attemptId: string; questionId: string; seq: number; answer: TAnswer };
export type TRun = {
  acks: TAck[];
  attempts: Map<string, string>;
  submitted: Set<string>;
  serverErrors: string[];
  failures: number;
};

export const newRun = (): TRun => ({
  acks: [],
  attempts: new Map(),
  submitted: new Set(),
  serverErrors: [],
  failures: 0,
});

/**
 * One student: start, answer every question twice (a first thought, then a change of mind) as
 * fast as the page would send them, then submit. Stops quietly if the server goes away.
 */
export async function student(
  origin: string,
  who: TStudent,
  run: TRun,
  options: { submit: boolean; url: string; startSeq?: number },
) {
  try {
    const started = await post(
      origin,
      "/api/attempts",
      { kind: "practice", articleSlug: ARTICLE, quizId: QUIZ },
      { cookie: who.cookie },
    );
    if (started.status >= 500) run.serverErrors.push(`start ${started.status}`);
    const attemptId = attemptIdOf(started);
    if (!attemptId) return;
    run.attempts.set(who.id, attemptId);
    const order = await attemptOrder(options.url, attemptId);
    let seq = options.startSeq ?? 0;
    for (const [index, questionId] of taken.questionIds.entries()) {
      const question = taken.pack.questions.get(questionId)!;
      for (const right of [index % 2 === 0, true]) {
        seq += 1;
        const answer = kindOf(question).sample(question, right, [...taken.pack.sentences.keys()]);
        const saved = await post(
          origin,
          `/api/attempts/${attemptId}/answers`,
          { questionId, seq, answer: asSent(taken.pack, order, questionId, answer) },
          { cookie: who.cookie },
        );
        if (saved.status >= 500) run.serverErrors.push(`save ${saved.status}`);
        if (saved.status === 200) run.acks.push({ attemptId, questionId, seq, answer });
      }
    }
    if (options.submit) {
      const submitted = await post(
        origin,
        `/api/attempts/${attemptId}/submit`,
        {},
        { cookie: who.cookie },
      );
      if (submitted.status >= 500) run.serverErrors.push(`submit ${submitted.status}`);
      if (submitted.status === 200) run.submitted.add(attemptId);
    }
  } catch {
    run.failures += 1; // the connection dropped (the kill test does that on purpose)
  }
}

/** A production server on a fresh database, shared by the tests of one describe block. */
export function serverPerBlock(): { server: TServer; url: string } {
  const block = {} as { server: TServer; url: string };
  beforeAll(async () => {
    block.url = (await freshDatabase()).url;
    block.server = await startServer(block.url);
  });
  afterAll(() => block.server?.stop());
  return block;
}

/** Every acknowledged save is in the database, and the newest acknowledged one is what is stored. */
export function expectAcknowledgedSavesStored(file: string, acks: TAck[]) {
  const newest = new Map<string, TAck>();
  for (const ack of acks) {
    const key = `${ack.attemptId}:${ack.questionId}`;
    if ((newest.get(key)?.seq ?? 0) < ack.seq) newest.set(key, ack);
  }
  readDatabase(file, (database) => {
    const find = database.prepare(
      'SELECT seq, answer FROM "Response" WHERE "attemptId" = ? AND "questionId" = ?',
    );
    for (const ack of newest.values()) {
      const row = find.get(ack.attemptId, ack.questionId) as
        { seq: number; answer: string } | undefined;
      expect(row, `${ack.attemptId}/${ack.questionId}`).toBeDefined();
      expect(row!.seq).toBeGreaterThanOrEqual(ack.seq);
      // Stored with its question's type (app/lib/quiz/answers.ts), otherwise as sent.
      if (row!.seq === ack.seq)
        expect(JSON.parse(row!.answer)).toEqual({
          type: taken.pack.questions.get(ack.questionId)?.type,
          ...ack.answer,
        });
    }
  });
}

export type TRawReply = { status: number; sentBytes: number; ms: number };

/**
 * Sends a request over a raw connection: the head, then `body` chunk by chunk (each written once
 * the last left), stopping as soon as the server answers or closes. Says how much of the body left.
 * With `readAfterMs` the answer is not read until then, as a busy client (or one whose upload
 * fills the line) would see it late.
 */
export function rawRequest(
  origin: string,
  head: string[],
  body: Buffer[],
  { readAfterMs = 0 } = {},
): Promise<TRawReply> {
  const { port, hostname } = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    if (readAfterMs > 0) {
      socket.pause();
      setTimeout(() => socket.resume(), readAfterMs);
    }
    let received = "";
    let sentBytes = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      resolve({ status, sentBytes, ms: performance.now() - started });
    };
    socket.on("data", (chunk) => {
      received += chunk.toString();
      if (received.includes("\r\n\r\n")) finish();
    });
    socket.on("close", finish);
    socket.on("error", finish);
    socket.write([...head, `Host: ${hostname}:${port}`, "", ""].join("\r\n"));
    void (async () => {
      for (const chunk of body) {
        if (done) return;
        await new Promise<void>((sent) => socket.write(chunk, () => sent()));
        sentBytes += chunk.length;
      }
    })();
  });
}

/** Chunked transfer encoding of `total` bytes in 64 KB chunks, with the closing chunk. */
export function chunked(total: number): Buffer[] {
  const size = 64 * 1024;
  const chunk = Buffer.concat([
    Buffer.from(`${size.toString(16)}\r\n`),
    Buffer.alloc(size, "a"),
    Buffer.from("\r\n"),
  ]);
  return [...Array<Buffer>(Math.ceil(total / size)).fill(chunk), Buffer.from("0\r\n\r\n")];
}

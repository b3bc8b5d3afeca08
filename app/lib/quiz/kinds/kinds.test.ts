import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAllPacks } from "@/app/lib/content/load";
import type { TArticlePack } from "@/app/lib/content/pack";
import { parseAnswer, readAnswer, storedAnswer } from "@/app/lib/quiz/answers";
import { QUESTION_KINDS, kindOf } from "@/app/lib/quiz/kinds";
import { QUESTION_TYPES } from "@/app/lib/quiz/kinds/kind";
import { scoreQuestion } from "@/app/lib/quiz/scoring";

let packs: TArticlePack[];
beforeAll(async () => {
  ({ packs } = await loadAllPacks([
    path.join(process.cwd(), "content", "articles"),
    path.join(process.cwd(), "e2e", "fixtures", "content"),
  ]));
});
const everyQuestion = () =>
  packs.flatMap((pack) => [...pack.questions.values()].map((question) => ({ pack, question })));

describe("the question-type registry", () => {
  it("has one module per type, each answering to its own name", () => {
    expect(Object.keys(QUESTION_KINDS).sort()).toEqual([...QUESTION_TYPES].sort());
    for (const type of QUESTION_TYPES) {
      expect(QUESTION_KINDS[type].schema.shape.type.value).toBe(type);
    }
  });

  it("a right sample answer of every question passes its checks and earns full marks", () => {
    for (const { pack, question } of everyQuestion()) {
      const sentences = [...pack.sentences.keys()];
      const right = kindOf(question).sample(question, true, sentences);
      const parsed = parseAnswer(question, right, new Set(sentences));
      expect(parsed, question.id).toEqual({ ok: true, answer: right });
      expect(scoreQuestion(question, right).outcome, question.id).toBe(
        question.type === "cer" ? "pending" : "correct",
      );
    }
  });

  it("stored answers carry their type and are read back only as their own question's", () => {
    for (const { pack, question } of everyQuestion()) {
      const answer = kindOf(question).sample(question, false, [...pack.sentences.keys()]);
      const stored = storedAnswer(question, answer);
      expect(JSON.parse(stored)).toMatchObject({ type: question.type });
      expect(readAnswer(question, stored), question.id).toEqual(answer);
      // Written before the tag: still read.
      expect(readAnswer(question, JSON.stringify(answer)), question.id).toEqual(answer);
      // Tagged as another type, or not JSON: never read as this question's.
      const other = QUESTION_TYPES.find((type) => type !== question.type)!;
      expect(readAnswer(question, JSON.stringify({ ...answer, type: other }))).toBeUndefined();
      expect(readAnswer(question, "not json")).toBeUndefined();
    }
  });
});

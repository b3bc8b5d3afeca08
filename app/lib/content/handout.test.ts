import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_ROOT, loadPack } from "@/app/lib/content/load";
import { keyEntry, sentenceNumbers } from "@/app/lib/content/handout";

describe("a handout's numbering and key", () => {
  it("numbers every sentence through the article, and keys a question with its answer and its sentences by number", async () => {
    const { pack } = await loadPack(path.join(CONTENT_ROOT, "kim-putin-arms-talks"));
    const numbers = sentenceNumbers(pack!);
    const all = pack!.article.paragraphs.flatMap((paragraph) => paragraph.sentences);
    expect([...numbers.values()]).toEqual(all.map((_, index) => index + 1));
    expect(numbers.get(all[0]!.id)).toBe(1);

    const find = pack!.questions.get("q24")!;
    const entry = keyEntry(find, pack!, numbers);
    expect(entry.answer).toBe(`“${pack!.sentences.get("p4.s1")!.text}”`);
    expect(entry.sentences).toEqual([numbers.get("p4.s1")]);
    expect(entry.explanation).toBe(find.explanation);
    // Sentences in reading order, whatever order the question cites them in.
    const many = [...pack!.questions.values()].find((q) => q.cites.length > 2)!;
    const sorted = keyEntry(many, pack!, numbers).sentences;
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    expect(sorted).toHaveLength(many.cites.length);
  });
});

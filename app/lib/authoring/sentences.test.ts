import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ZArticleSchema } from "@/app/lib/article/schema";
import { levelParagraphs, splitSentences } from "@/app/lib/authoring/sentences";

describe("splitSentences", () => {
  it("keeps abbreviations, dates and decimals inside their sentence", () => {
    expect(
      splitSentences(
        "The U.S. said Mr. Kim would arrive on Sept. 5 with a $1.5 billion offer. Dr. Lee agreed.",
      ),
    ).toEqual([
      "The U.S. said Mr. Kim would arrive on Sept. 5 with a $1.5 billion offer.",
      "Dr. Lee agreed.",
    ]);
  });

  it("ends a sentence after its closing quote, straight or curly", () => {
    expect(splitSentences('"He will come." Then he left. “Is it over?” she asked.')).toEqual([
      '"He will come."',
      "Then he left.",
      "“Is it over?” she asked.",
    ]);
  });

  it("gives back the paragraph word for word when joined with spaces", () => {
    const paragraph = "  One   line\nbroken  here.  Another one!  ";
    const sentences = splitSentences(paragraph);
    expect(sentences).toEqual(["One line broken here.", "Another one!"]);
    expect(sentences.join(" ")).toBe("One line broken here. Another one!");
  });

  it("keeps initials and titles with the name that follows", () => {
    expect(
      splitSentences("J. K. Rowling met Gen. Park. Washington, D.C. officials declined."),
    ).toEqual(["J. K. Rowling met Gen. Park.", "Washington, D.C. officials declined."]);
  });

  it("splits every paragraph of the built-in and test packs exactly as their authors did", async () => {
    for (const file of [
      "content/articles/kim-putin-arms-talks/article.yaml",
      "e2e/fixtures/content/four-day-school-week/article.yaml",
    ]) {
      const article = ZArticleSchema.parse(parse(await readFile(file, "utf8")));
      for (const paragraph of article.paragraphs) {
        const sentences = paragraph.sentences.map((sentence) => sentence.text);
        expect(splitSentences(sentences.join(" "))).toEqual(sentences);
      }
    }
  });

  it("leaves an abbreviation before a capital as a break, for the teacher to judge", () => {
    expect(splitSentences("Officials said so. The U.S. Steel agreed.")).toEqual([
      "Officials said so.",
      "The U.S.",
      "Steel agreed.",
    ]);
  });

  it("has nothing to split in an empty paragraph", () => {
    expect(splitSentences(" \n ")).toEqual([]);
  });
});

describe("levelParagraphs", () => {
  it("starts a paragraph at each blank line, spaces on it or not, and joins the lines between", () => {
    expect(levelParagraphs("One line\nand its next.\n\nTwo.\n \t \nThree.")).toEqual([
      "One line and its next.",
      "Two.",
      "Three.",
    ]);
  });

  it("drops empty paragraphs", () => {
    expect(levelParagraphs("\n\nOne.\n\n\n\n  \n\n")).toEqual(["One."]);
    expect(levelParagraphs("  ")).toEqual([]);
  });
});

describe("splitSentences on real pages' sentences", () => {
  it("keeps initials inside a name and place initials before a noun of theirs", () => {
    expect(
      splitSentences(
        "Analysts at the D.A. Davidson brokerage agreed. Protesters assaulted the U.S. Embassy in the capital. The U.N. Security Council met.",
      ),
    ).toEqual([
      "Analysts at the D.A. Davidson brokerage agreed.",
      "Protesters assaulted the U.S. Embassy in the capital.",
      "The U.N. Security Council met.",
    ]);
  });

  it("still ends a sentence on U.S. when the next one is its own", () => {
    expect(splitSentences("She moved to the U.S. She found work there.")).toEqual([
      "She moved to the U.S.",
      "She found work there.",
    ]);
  });

  it("keeps a speech tag with the quoted question or exclamation it follows", () => {
    expect(
      splitSentences(
        "“Why are prices up in grocery?” Forte said. “Enough!” Mr. Kim told reporters. Then he left.",
      ),
    ).toEqual([
      "“Why are prices up in grocery?” Forte said.",
      "“Enough!” Mr. Kim told reporters.",
      "Then he left.",
    ]);
  });

  it("keeps an inline numbered list in one sentence, and numbers at a sentence's end as they are", () => {
    expect(
      splitSentences(
        "The happiest countries were 1. Finland 2. Norway 3. Denmark 4. Iceland. The list is yearly.",
      ),
    ).toEqual([
      "The happiest countries were 1. Finland 2. Norway 3. Denmark 4. Iceland.",
      "The list is yearly.",
    ]);
    expect(splitSentences("The score was 2. Nobody expected it.")).toEqual([
      "The score was 2.",
      "Nobody expected it.",
    ]);
  });
});

describe("splitSentences: where each repair stops", () => {
  it("initials at a paragraph's start, and initials after a place's", () => {
    expect(splitSentences("J.R. Smith scored twice. The crowd cheered.")).toEqual([
      "J.R. Smith scored twice.",
      "The crowd cheered.",
    ]);
    expect(splitSentences("The U.S. broker D.A. Davidson agreed. Others did not.")).toEqual([
      "The U.S. broker D.A. Davidson agreed.",
      "Others did not.",
    ]);
  });

  it("a place's noun only right after its initials, each entry of the lexicon whole", () => {
    expect(splitSentences("She moved to the U.S. She found the Embassy closed.")).toEqual([
      "She moved to the U.S.",
      "She found the Embassy closed.",
    ]);
    expect(splitSentences("He joined the U.S. Marine Corps at eighteen.")).toEqual([
      "He joined the U.S. Marine Corps at eighteen.",
    ]);
  });

  it("a speech tag only at the start of the next sentence, after a question that ends the last", () => {
    expect(splitSentences("“Is it over?” The answer came when Kim said so.")).toEqual([
      "“Is it over?”",
      "The answer came when Kim said so.",
    ]);
    expect(splitSentences("He asked “why?” and left. Forte said nothing.")).toEqual([
      "He asked “why?” and left.",
      "Forte said nothing.",
    ]);
  });

  it("a numbered list starting the paragraph, running past 9, and only its own numbers", () => {
    const items = ["Finland", "Norway", "Denmark", "Iceland", "Sweden", "Israel", "Austria"];
    const ranking = [...items, "Mexico", "Ireland", "Spain", "Chile"]
      .map((country, index) => `${index + 1}. ${country}`)
      .join(" ");
    expect(splitSentences(`${ranking} lead the table.`)).toEqual([`${ranking} lead the table.`]);
    expect(
      splitSentences(
        "It was 9. The ranking: 1. Finland 2. Norway 3. Denmark. The score was 7. Nobody knew.",
      ),
    ).toEqual([
      "It was 9.",
      "The ranking: 1. Finland 2. Norway 3. Denmark.",
      "The score was 7.",
      "Nobody knew.",
    ]);
    // Numbers that end sentences are not a list unless they run 1, 2, 3.
    for (const scores of [
      ["Home scored 1.", "Away scored 5.", "The replay ended 3."],
      ["Home scored 5.", "Away scored 2.", "The replay ended 3."],
      ["Home scored 7.", "Away scored 9.", "The replay ended 3."],
    ]) {
      expect(splitSentences(`${scores.join(" ")} Fans left.`)).toEqual([...scores, "Fans left."]);
    }
    expect(splitSentences("Chapter 1. The start. Chapter 2. The end.")).toEqual([
      "Chapter 1.",
      "The start.",
      "Chapter 2.",
      "The end.",
    ]);
  });
});

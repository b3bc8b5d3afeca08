import type { TQuestion } from "@/app/lib/quiz/kinds";

// What a careful item writer looks for in a set of questions, beyond the rules a pack must pass:
// each is a warning with the question it is about, never a refusal.

export type TItemWarning = { questionId: string; message: string };

const NEGATIVE = /\b(not|never|except|least|false)\b/i;
const STOP_WORDS = new Set(
  "that this with from have were they their them what when which while would could should about into than then there these those been being also only does will said says".split(
    " ",
  ),
);

/** The words that carry meaning: four letters or more, not the commonest function words. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w));
}

function rightText(question: TQuestion): string | undefined {
  if (question.type === "single" || question.type === "multiple")
    return question.options
      .filter((option) => option.correct)
      .map((option) => option.text)
      .join(" ");
  return undefined;
}

export function itemWarnings(
  questions: readonly TQuestion[],
  sentences: ReadonlyMap<string, string>,
): TItemWarning[] {
  const warnings: TItemWarning[] = [];
  for (const question of questions) {
    const negative = NEGATIVE.exec(question.prompt);
    if (negative && question.type !== "truefalse") {
      warnings.push({
        questionId: question.id,
        message: `${question.id} is worded negatively (“${negative[0]}”): students often misread such questions. Ask it positively if you can.`,
      });
    }
    const key = rightText(question);
    if (key !== undefined && question.cites.length > 0) {
      const cited = new Set(question.cites.flatMap((id) => contentWords(sentences.get(id) ?? "")));
      const words = contentWords(key);
      if (words.length > 0 && !words.some((word) => cited.has(word))) {
        warnings.push({
          questionId: question.id,
          message: `The right answer of ${question.id} shares no word with the sentences it cites: check that the citation supports it.`,
        });
      }
    }
  }
  // When the right option is always the longest, students learn to pick the longest.
  const single = questions.filter(
    (q): q is Extract<TQuestion, { type: "single" }> => q.type === "single",
  );
  const choice = single.filter((q) => q.options.length >= 3);
  const longestRight = choice.filter((q) => {
    const lengths = q.options.map((o) => o.text.length);
    const right = q.options.find((o) => o.correct);
    return right !== undefined && lengths.filter((l) => l >= right.text.length).length === 1;
  });
  if (choice.length >= 2 && longestRight.length === choice.length) {
    warnings.push({
      questionId: choice[0]!.id,
      message: `In every single-choice question (${choice.map((q) => q.id).join(", ")}) the right option is the longest: students learn to pick the longest. Lengthen a wrong option or shorten the right one.`,
    });
  }
  // Options are shuffled in every attempt unless pinned (fixedOrder); pinned ones show where the
  // writer put the right answer, and a habit there is a cue students pick up.
  const pinned = single.filter((q) => q.fixedOrder === true);
  const positions = new Set(pinned.map((q) => q.options.findIndex((o) => o.correct)));
  if (pinned.length >= 2 && positions.size === 1) {
    const letter = String.fromCharCode(65 + [...positions][0]!);
    warnings.push({
      questionId: pinned[0]!.id,
      message: `In every single-choice question whose options keep their order (${pinned.map((q) => q.id).join(", ")}) the right option is ${letter}: students learn the position. Move it in some of them.`,
    });
  }
  return warnings;
}

import { wholeWords } from "@/app/lib/reading/annotations";

export type TTarget = { sentenceId: string; start: number | null; end: number | null };

/** The most sentences one selection marks at once (a slip of the finger should not mark a page). */
const MAX_SENTENCES = 12;

/** Text of a range of a sentence, without the icons and labels of highlights already there. */
function textLength(range: Range): number {
  const fragment = range.cloneContents();
  for (const skipped of fragment.querySelectorAll("[data-skip-offset]")) skipped.remove();
  return fragment.textContent.length;
}

/** Where a boundary point falls in a sentence's text, clamped to the sentence. */
function offsetIn(sentence: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(sentence);
  const whole = textLength(range);
  if (range.comparePoint(node, offset) < 0) return 0;
  if (range.comparePoint(node, offset) > 0) return whole;
  range.setEnd(node, offset);
  return textLength(range);
}

/**
 * What the reader's text selection inside the article would mark: words inside one sentence, or
 * the whole sentences it runs across. Null when nothing in the article is selected.
 */
export function selectionTargets(root: HTMLElement, text: (id: string) => string): TTarget[] {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return [];
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return [];
  const sentences = [...root.querySelectorAll<HTMLElement>("[data-sentence]")].filter((element) =>
    range.intersectsNode(element),
  );
  const ids = sentences.map((element) => element.dataset.sentence ?? "");
  if (sentences.length === 1 && sentences[0]) {
    const id = ids[0] ?? "";
    const sentenceText = text(id);
    const from = offsetIn(sentences[0], range.startContainer, range.startOffset);
    const to = offsetIn(sentences[0], range.endContainer, range.endOffset);
    const words = wholeWords(sentenceText, from, to);
    if (!words) return [];
    const whole = words[0] === 0 && words[1] === sentenceText.length;
    return [{ sentenceId: id, start: whole ? null : words[0], end: whole ? null : words[1] }];
  }
  // Across sentences: each one the selection really reaches into (not just its edge).
  return sentences
    .filter((element) => {
      const sentenceText = text(element.dataset.sentence ?? "");
      const from = offsetIn(element, range.startContainer, range.startOffset);
      const to = offsetIn(element, range.endContainer, range.endOffset);
      return wholeWords(sentenceText, from, to) !== null;
    })
    .slice(0, MAX_SENTENCES)
    .map((element) => ({ sentenceId: element.dataset.sentence ?? "", start: null, end: null }));
}

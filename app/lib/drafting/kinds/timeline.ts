import { escapeRegExp } from "@/app/lib/words";
import lexicon from "../lexicon.json";
import type { TSentenceFacts } from "../analyse";
import { DRAFT_ID, quoteOf, type TDraftKindModule } from "./kind";

// Timeline: each sentence that says when something happened, with its time as the article words
// it ("last month", "late August", "Sept. 30, 2019"). Events are ordered only where the article's
// own dates fix the order: "last week" and "late August" are kept as written and never ordered by
// guess, and an ordering question is drafted only from events whose dates do not overlap.

const MONTH = lexicon.months.map((m) => m.replace(/\./g, "\\.")).join("|");
const YEAR = String.raw`(?:1[89]|20)\d\d`;
const WHEN = new RegExp(
  [
    // "late August", "Sept. 30", "November 18, 2019", "May 2016" (May only with a number after it).
    String.raw`(?:(?:early|mid|late)[- ])?(?:${MONTH})(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+${YEAR})?`,
    String.raw`(?:last|this|next|earlier this|later this|early this|late last)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)`,
    String.raw`(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
    String.raw`(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil)\s+${YEAR}`,
    String.raw`yesterday|today|tomorrow`,
  ]
    .map((pattern) => `(?:${pattern})`)
    .join("|"),
);
const MAX_EVENTS = 8;
const TITLE_WORDS = 12;

/** The span of time a date names, where it names one a calendar can place. */
function spanOf(when: string): { start: number; end: number } | undefined {
  const year = new RegExp(`\\b(${YEAR})\\b`).exec(when)?.[1];
  if (!year) return undefined;
  const monthIndex = lexicon.months.findIndex((m) => when.includes(m)) % 12;
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(when.replace(year, ""))?.[1];
  const y = Number(year);
  if (monthIndex < 0) return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  // "late August 2019" is still only somewhere in August.
  if (!day || /early|mid|late/.test(when))
    return { start: Date.UTC(y, monthIndex, 1), end: Date.UTC(y, monthIndex + 1, 1) };
  const start = Date.UTC(y, monthIndex, Number(day));
  return { start, end: start + 86_400_000 };
}

/** "North Korean leader Kim Jong Un is likely to be in Russia this month…": a short name for it. */
function titleOf(text: string): string {
  const words = text
    .replace(/\s*[.!?]["”’]?$/, "")
    .trim()
    .split(" ");
  return words.length <= TITLE_WORDS
    ? words.join(" ")
    : `${words.slice(0, TITLE_WORDS).join(" ")}…`;
}

/** An event without its date, for an ordering: the dates would give the order away. */
function undated(text: string, when: string): string {
  const escaped = escapeRegExp(when);
  const rest = text
    .replace(
      new RegExp(String.raw`(?:\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil)\s+)?${escaped},?\s*`),
      "",
    )
    .trim();
  return titleOf(rest.charAt(0).toUpperCase() + rest.slice(1));
}

type TEvent = { sentence: TSentenceFacts; when: string; title: string };

export const timeline: TDraftKindModule = {
  title: "Timeline",
  intro:
    "What happened when, in the article's own words for the time; ordered only where its dates fix the order.",
  draft(sentences) {
    const events: TEvent[] = sentences
      .flatMap((sentence) => {
        const match = WHEN.exec(sentence.text);
        // "May" alone is the verb more often than the month.
        if (!match || /^May$/.test(match[0])) return [];
        return [{ sentence, when: match[0].replace(/^on\s+/, ""), title: titleOf(sentence.text) }];
      })
      .slice(0, MAX_EVENTS);
    const parts = events.map(({ sentence, when, title }) => ({
      part: "timeline" as const,
      cites: [sentence.id],
      event: {
        when,
        title,
        about: { standard: `“${sentence.text}”`, simpler: `“${sentence.text}”` },
        cites: [sentence.id],
      },
    }));
    // Only events the article's dates order: each wholly after the one before.
    const dated = events
      .flatMap((event) => {
        const span = spanOf(event.when);
        return span ? [{ ...event, span }] : [];
      })
      .sort((a, b) => a.span.start - b.span.start);
    // Of two events whose dates overlap ("in 2019", "September 30, 2019"), the vaguer is left
    // out; of two as precise as each other, both.
    const length = (e: (typeof dated)[number]) => e.span.end - e.span.start;
    const chain = dated.filter(
      (event) =>
        !dated.some(
          (other) =>
            other !== event &&
            other.span.start < event.span.end &&
            event.span.start < other.span.end &&
            length(other) <= length(event),
        ),
    );
    if (chain.length < 3) return parts;
    const cites = chain.map((e) => e.sentence.id);
    return [
      ...parts,
      {
        part: "questions" as const,
        cites,
        question: {
          id: DRAFT_ID,
          type: "ordering" as const,
          prompt: "Put these events in the order the article's dates give them, earliest first.",
          skill: "recall" as const,
          difficulty: 2,
          points: chain.length,
          explanation: chain.map((e) => `${e.when}: ${quoteOf(e.sentence)}`).join(" "),
          cites,
          items: chain.map((e, index) => ({
            id: `e${index + 1}`,
            text: undated(e.sentence.text, e.when),
          })),
        },
      },
    ];
  },
};

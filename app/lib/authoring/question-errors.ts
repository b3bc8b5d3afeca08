import type { z } from "zod";

// A question's schema speaks to whoever writes questions.yaml ("options.1.misconception: must be
// lower-case letters, digits and dashes"). The studio's editor shows each message beside its
// field, so it says it as one plain sentence, once, and never about an id's format: the editor
// makes ids itself, so such a message only ever means the field is empty.

const ID_FORMAT = /lower-case letters, digits and dashes/;

function sentence(message: string): string {
  const text = message.trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Each field's messages, by its path ("options.1.feedback"), as the editor shows them. */
export function questionFieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const field = issue.path.join(".");
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    const message =
      missing || ID_FORMAT.test(issue.message) ? "This is required." : sentence(issue.message);
    byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of byField) {
    // "Required" says less than a rule naming what is missing ("must name the misconception").
    const specific = messages.filter((message) => message !== "This is required.");
    errors[field] = [...new Set(specific.length > 0 ? specific : messages)];
  }
  return errors;
}

/** The form's one line above the fields. */
export function questionErrorsSummary(errors: Record<string, string[]>): string {
  const count = Object.keys(errors).length;
  return `Not saved: ${count === 1 ? "1 field needs" : `${count} fields need`} fixing, marked below. What you typed is kept.`;
}

// Structured log lines: one JSON object per line, UTC timestamps. Secrets never reach here; any
// field whose name suggests one is dropped, so a careless call cannot leak it.
const SECRET_FIELD = /pass|token|secret|answer|cookie|hash/i;

export type TLogEvent =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.throttled"
  | "auth.sign_out"
  | "auth.password_changed"
  | "auth.denied"
  | "account.created"
  | "student.deleted"
  | "lti.launch"
  | "lti.refused"
  | "lti.score_failed"
  | "lti.registered";

export function logEvent(
  event: TLogEvent,
  fields: Record<string, string | number | boolean | null | undefined> = {},
) {
  const safe = Object.fromEntries(
    Object.entries(fields).filter(([key]) => !SECRET_FIELD.test(key)),
  );
  console.log(JSON.stringify({ ts: new Date().toISOString(), event, ...safe }));
}

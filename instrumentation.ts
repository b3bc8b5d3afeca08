// Runs once while the server starts, before it answers a request.

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The drafting's tagger (compromise, an external package, so this is the instance the app
  // uses): its first import takes a third of a second, which on first use would hold up every
  // request in flight — a health check during a zip upload waited 423 ms on a busy core.
  await import("compromise");

  // Grades an LMS has not taken yet are tried again, however long nobody visits (issue 33).
  const { sendDueScores } = await import("@/app/lib/data/lti-scores");
  setInterval(() => void sendDueScores().catch(() => undefined), 30_000).unref();
}

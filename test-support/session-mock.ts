// The one thing the authorization suites mock: who is asking. \`session.user\` is the caller;
// \`session.started\` records sign-ins. Used as \`vi.mock("@/app/lib/auth/session", …)\`.
import type { TSessionUser } from "@/app/lib/data/sessions";

export const session = { user: null as TSessionUser | null, started: [] as string[] };

export const sessionModule = () => ({
  getCurrentUser: () => Promise.resolve(session.user),
  startSession: (userId: string) => Promise.resolve(void session.started.push(userId)),
  endSession: () => Promise.resolve(),
  restartAllSessions: () => Promise.resolve(),
  clientAddress: () => Promise.resolve("192.0.2.77"),
  homeFor: (user: TSessionUser) => (user.role === "TEACHER" ? "/teacher" : "/student"),
});

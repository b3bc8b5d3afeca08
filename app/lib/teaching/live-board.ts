import type { TOutcome } from "@/app/lib/quiz/scoring";

// The live board of an open assignment: where each student is (not started, working with n of m
// answered, handed in, late) and, for work handed in, each question right or wrong. Pure: the
// data layer reads the attempts, this shapes them, the page and its polling route show them.

/** What a question's answer came to: a quiz outcome, as reviews show it. */
export type TBoardMark = TOutcome;

export type TBoardStage = "not started" | "working" | "handed in" | "late" | "missing";

export type TBoardAttempt = {
  status: "IN_PROGRESS" | "SUBMITTED";
  late: boolean;
  startedAt: Date;
  responses: { questionId: string; outcome: string | null }[];
};

export type TBoardRow = {
  studentId: string;
  displayName: string;
  stage: TBoardStage;
  /** Questions answered in the open attempt (working), or in the one handed in. */
  answered: number;
  /** Per question of the latest attempt handed in; null before one is. */
  marks: Record<string, TBoardMark> | null;
};

export type TBoard = {
  title: string;
  questionIds: string[];
  rows: TBoardRow[];
  /** Per question, of the students who handed in: how many got it right, partly, wrong, pending. */
  columns: Record<string, Record<TBoardMark, number>>;
  /** When it was read, so the page can say how fresh it is. */
  at: string;
};

const MARKS: readonly TBoardMark[] = ["correct", "partial", "incorrect", "pending", "unanswered"];

function markOf(outcome: string | null | undefined): TBoardMark {
  return MARKS.includes(outcome as TBoardMark) ? (outcome as TBoardMark) : "unanswered";
}

/** One student's row, from their attempts (any order) and their own due date. */
export function boardRow(
  student: { id: string; displayName: string },
  attempts: readonly TBoardAttempt[],
  questionIds: readonly string[],
  dueAt: Date,
  now: Date,
): TBoardRow {
  const byStart = [...attempts].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const open = byStart.findLast((a) => a.status === "IN_PROGRESS");
  const handedIn = byStart.findLast((a) => a.status === "SUBMITTED");
  const stage: TBoardStage = open
    ? "working"
    : handedIn
      ? byStart.some((a) => a.status === "SUBMITTED" && !a.late)
        ? "handed in"
        : "late"
      : now > dueAt
        ? "missing"
        : "not started";
  const marks = handedIn
    ? Object.fromEntries(
        questionIds.map((id) => [
          id,
          markOf(handedIn.responses.find((r) => r.questionId === id)?.outcome),
        ]),
      )
    : null;
  const counted = open ?? handedIn;
  return {
    studentId: student.id,
    displayName: student.displayName,
    stage,
    answered: counted
      ? new Set(counted.responses.map((r) => r.questionId).filter((id) => questionIds.includes(id)))
          .size
      : 0,
    marks,
  };
}

/** The board from its rows: the heat map's column counts over those who handed in. */
export function board(title: string, questionIds: string[], rows: TBoardRow[], now: Date): TBoard {
  const columns = Object.fromEntries(
    questionIds.map((id) => {
      const counts = Object.fromEntries(MARKS.map((mark) => [mark, 0])) as Record<
        TBoardMark,
        number
      >;
      for (const row of rows) {
        const mark = row.marks?.[id];
        if (mark) counts[mark] += 1;
      }
      return [id, counts];
    }),
  );
  return { title, questionIds, rows, columns, at: now.toISOString() };
}

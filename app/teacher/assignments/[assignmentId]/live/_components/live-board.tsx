"use client";

import { useEffect, useState } from "react";
import type { TBoard, TBoardMark, TBoardRow } from "@/app/lib/teaching/live-board";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { OUTCOME_LOOK } from "@/components/quiz/review-item";

/** How often the board asks again: often enough to watch a class work, cheap for the server. */
const REFRESH_MS = 4000;

// The heat map's fill per outcome; the symbol and its words are the reviews' (OUTCOME_LOOK).
const MARK_FILL: Record<TBoardMark, string> = {
  correct: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
  partial: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  incorrect: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  pending: "text-muted",
  unanswered: "text-muted",
};

function whereText(row: TBoardRow, questions: number): string {
  return row.stage === "working" ? `working: ${row.answered} of ${questions} answered` : row.stage;
}

/**
 * The live board: who has not started, who is working (and how far), who handed in, and each
 * question right or wrong for work handed in — asked again every few seconds while the page is
 * in view, so it moves without a reload.
 */
export function LiveBoard({
  assignmentId,
  initial,
  timeZone,
}: {
  assignmentId: string;
  initial: TBoard;
  timeZone: string;
}) {
  const [shown, setShown] = useState(initial);
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      if (document.visibilityState === "hidden") return;
      try {
        const response = await fetch(`/teacher/assignments/${assignmentId}/board`, {
          cache: "no-store",
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const next = (await response.json()) as TBoard;
        if (stopped) return;
        setShown(next);
        setOffline(false);
      } catch {
        if (!stopped) setOffline(true);
      }
    };
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [assignmentId]);

  const count = (stage: TBoardRow["stage"]) => shown.rows.filter((r) => r.stage === stage).length;
  const handedIn = shown.rows.filter((r) => r.marks).length;
  const updated = new Date(shown.at).toLocaleTimeString("en-GB", { timeZone });
  return (
    <div>
      <p className="mt-2 text-lg">
        {count("not started") + count("missing")} not started · {count("working")} working ·{" "}
        {count("handed in")} handed in · {count("late")} late
      </p>
      <p
        className={cn(
          "text-sm",
          offline ? "font-semibold text-red-800 dark:text-red-300" : "text-muted",
        )}
      >
        {offline
          ? `Not updating: no connection since ${updated}. Trying again.`
          : `Updated ${updated}; refreshes by itself every ${REFRESH_MS / 1000} seconds.`}
      </p>
      <Table className="mt-4" caption="Each student's progress, and each question's marks">
        <thead>
          <Tr>
            <Th>Student</Th>
            <Th>Where they are</Th>
            {shown.questionIds.map((id, index) => (
              <Th key={id} className="text-center">
                <abbr title={`Question ${index + 1} (${id})`}>Q{index + 1}</abbr>
              </Th>
            ))}
          </Tr>
        </thead>
        <tbody>
          {shown.rows.map((row) => (
            <Tr key={row.studentId}>
              <Th scope="row">{row.displayName}</Th>
              <Td>{whereText(row, shown.questionIds.length)}</Td>
              {shown.questionIds.map((id, index) => {
                const mark = row.marks?.[id];
                if (!mark) return <Td key={id} />;
                const look = OUTCOME_LOOK[mark];
                return (
                  <Td key={id} className={cn("text-center", MARK_FILL[mark])}>
                    <span aria-hidden="true">{look.symbol}</span>
                    <span className="sr-only">
                      Question {index + 1}: {look.label}
                    </span>
                  </Td>
                );
              })}
            </Tr>
          ))}
        </tbody>
        <tfoot>
          <Tr>
            <Th scope="row">Right</Th>
            <Td className="text-muted text-sm">of {handedIn} handed in</Td>
            {shown.questionIds.map((id) => (
              <Td key={id} className="text-center">
                {shown.columns[id]?.correct ?? 0}
              </Td>
            ))}
          </Tr>
        </tfoot>
      </Table>
    </div>
  );
}

import { Table, Td, Th, Tr } from "@/components/ui/table";
import Link from "next/link";
import { percentOf } from "@/app/lib/numbers";
import {
  finalPercent,
  percentText,
  pointsText,
  resultText,
  type TResultFacts,
} from "@/app/lib/score-words";
import { ScoreChart } from "./score-chart";

export type TScoreRow = {
  id: string;
  title: string;
  href: string;
  when: string;
  result: TResultFacts;
};

/**
 * Scores over time as a chart, and the same data as a table for anyone who cannot see it. Work
 * awaiting grading is in the table, said so, and not on the chart: it has no score yet.
 */
export function ScoreHistory({ rows, chartTitle }: { rows: TScoreRow[]; chartTitle: string }) {
  const points = rows.flatMap((row, index) => {
    const percent = finalPercent(row.result);
    return percent === null ? [] : [{ label: String(index + 1), percent }];
  });
  return (
    <>
      <ScoreChart points={points} title={chartTitle} left={rows.length - points.length} />
      <Table tableClassName="w-auto">
        <caption className="text-muted text-left text-sm">Scores over time, oldest first</caption>
        <thead>
          <Tr>
            <Th>#</Th>
            <Th>Quiz</Th>
            <Th>Submitted</Th>
            <Th>Score</Th>
          </Tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <Tr key={row.id}>
              <Td>{index + 1}</Td>
              <Td>
                <Link href={row.href}>{row.title}</Link>
              </Td>
              <Td>{row.when}</Td>
              <Td>{resultText(row.result, { withPoints: true })}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

/** Points earned per skill, with the share. */
export function SkillTable({
  skills,
}: {
  skills: { skill: string; points: number; maxPoints: number }[];
}) {
  return (
    <Table tableClassName="w-auto">
      <caption className="sr-only">Points earned per skill</caption>
      <thead>
        <Tr>
          <Th>Skill</Th>
          <Th>Points</Th>
          <Th>Share</Th>
        </Tr>
      </thead>
      <tbody>
        {skills.map((row) => (
          <Tr key={row.skill}>
            <Th scope="row" className="capitalize">
              {row.skill}
            </Th>
            <Td>
              {pointsText(row.points)} / {pointsText(row.maxPoints)}
            </Td>
            <Td>{percentText(percentOf(row.points, row.maxPoints))}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}

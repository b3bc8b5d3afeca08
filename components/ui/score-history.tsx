import { Table, Td, Th, Tr } from "@/components/ui/table";
import Link from "next/link";
import { percentOf, roundTo } from "@/app/lib/numbers";
import { ScoreChart } from "./score-chart";

export type TScoreRow = {
  id: string;
  title: string;
  href: string;
  when: string;
  percent: number;
  note?: string;
};

/** Scores over time as a chart, and the same data as a table for anyone who cannot see it. */
export function ScoreHistory({ rows, chartTitle }: { rows: TScoreRow[]; chartTitle: string }) {
  return (
    <>
      <ScoreChart
        points={rows.map((row, index) => ({ label: String(index + 1), percent: row.percent }))}
        title={chartTitle}
      />
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
              <Td>
                {row.percent}%{row.note && ` (${row.note})`}
              </Td>
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
              {roundTo(row.points, 2)} / {row.maxPoints}
            </Td>
            <Td>{Math.round(percentOf(row.points, row.maxPoints) ?? 0)}%</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}

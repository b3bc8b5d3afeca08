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
      <table className="mt-3 border-collapse text-left">
        <caption className="text-muted text-left text-sm">Scores over time, oldest first</caption>
        <thead>
          <tr className="border-line border-b">
            <th scope="col" className="p-2">
              #
            </th>
            <th scope="col" className="p-2">
              Quiz
            </th>
            <th scope="col" className="p-2">
              Submitted
            </th>
            <th scope="col" className="p-2">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id} className="border-line border-b">
              <td className="p-2">{index + 1}</td>
              <td className="p-2">
                <Link href={row.href}>{row.title}</Link>
              </td>
              <td className="p-2">{row.when}</td>
              <td className="p-2">
                {row.percent}%{row.note && ` (${row.note})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
    <table className="mt-3 border-collapse text-left">
      <caption className="sr-only">Points earned per skill</caption>
      <thead>
        <tr className="border-line border-b">
          <th scope="col" className="p-2">
            Skill
          </th>
          <th scope="col" className="p-2">
            Points
          </th>
          <th scope="col" className="p-2">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {skills.map((row) => (
          <tr key={row.skill} className="border-line border-b">
            <th scope="row" className="p-2 font-normal capitalize">
              {row.skill}
            </th>
            <td className="p-2">
              {roundTo(row.points, 2)} / {row.maxPoints}
            </td>
            <td className="p-2">{Math.round(percentOf(row.points, row.maxPoints) ?? 0)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

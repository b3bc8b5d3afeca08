import { percentText } from "@/app/lib/score-words";

// Drawn at about the size it is shown (a phone's 350 px to a desk's 448 px), so its 13-unit labels
// read at 11 to 15 px: a 600-unit chart squeezed onto a phone had 6 px labels.
const WIDTH = 400;
const HEIGHT = 220;
const PAD = 34;
const FONT = 13;

/**
 * Final scores over time as a small SVG line chart, each point numbered as its row in the table
 * beside it (which has every value). `left` counts the rows not charted: awaiting grading.
 */
export function ScoreChart({
  points,
  title = "Your quiz scores over time",
  left = 0,
}: {
  points: { label: string; percent: number }[];
  title?: string;
  left?: number;
}) {
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const xy = points.map((p, index) => ({
    x: PAD + (points.length > 1 ? index * step : (WIDTH - 2 * PAD) / 2),
    y: HEIGHT - PAD - (p.percent / 100) * (HEIGHT - 2 * PAD),
    ...p,
  }));
  // Numbers under at most a dozen points, so they never run together.
  const every = Math.ceil(points.length / 12);
  const notCharted =
    left > 0 ? ` ${left} more ${left === 1 ? "is" : "are"} awaiting grading and not charted.` : "";
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="chart-title chart-desc"
      className="text-ink h-auto w-full max-w-md"
    >
      <title id="chart-title">{title}</title>
      <desc id="chart-desc">
        {points.length === 0
          ? `No graded scores yet.${notCharted}`
          : `${points.length} graded ${points.length === 1 ? "score" : "scores"}, from ${percentText(points[0]?.percent)} to ${percentText(points.at(-1)?.percent)}.${notCharted} The table below has every value.`}
      </desc>
      {[0, 50, 100].map((tick) => {
        const y = HEIGHT - PAD - (tick / 100) * (HEIGHT - 2 * PAD);
        return (
          <g key={tick}>
            <line
              x1={PAD}
              x2={WIDTH - PAD / 2}
              y1={y}
              y2={y}
              stroke="currentColor"
              strokeOpacity="0.2"
            />
            <text x={2} y={y + FONT / 3} fontSize={FONT} fill="currentColor">
              {percentText(tick)}
            </text>
          </g>
        );
      })}
      <polyline
        points={xy.map((p) => `${p.x},${p.y}`).join(" ")}
        fill="none"
        stroke="var(--accent)"
        strokeWidth="3"
      />
      {xy.map((p, index) => (
        <g key={p.label}>
          <circle cx={p.x} cy={p.y} r="5" fill="var(--accent)" />
          {index % every === 0 && (
            <text
              x={p.x}
              y={HEIGHT - PAD / 3}
              fontSize={FONT}
              textAnchor="middle"
              fill="currentColor"
            >
              {p.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

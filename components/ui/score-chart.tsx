/** Scores over time as a small SVG line chart; the same data is in the table beside it. */
export function ScoreChart({
  points,
  title = "Your quiz scores over time",
}: {
  points: { label: string; percent: number }[];
  title?: string;
}) {
  const width = 600;
  const height = 200;
  const pad = 30;
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const xy = points.map((p, index) => ({
    x: pad + index * step,
    y: height - pad - (p.percent / 100) * (height - 2 * pad),
    ...p,
  }));
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="chart-title chart-desc"
      className="text-ink h-auto w-full max-w-2xl"
    >
      <title id="chart-title">{title}</title>
      <desc id="chart-desc">
        {points.length} submitted attempts, from {points[0]?.percent ?? 0}% to{" "}
        {points.at(-1)?.percent ?? 0}%. The table below has every value.
      </desc>
      {[0, 50, 100].map((tick) => {
        const y = height - pad - (tick / 100) * (height - 2 * pad);
        return (
          <g key={tick}>
            <line
              x1={pad}
              x2={width - pad}
              y1={y}
              y2={y}
              stroke="currentColor"
              strokeOpacity="0.2"
            />
            <text x={4} y={y + 4} fontSize="11" fill="currentColor">
              {tick}%
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
      {xy.map((p) => (
        <circle key={p.label} cx={p.x} cy={p.y} r="5" fill="var(--accent)" />
      ))}
    </svg>
  );
}

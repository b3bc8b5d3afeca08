// 4. Server time of the gradebook and an analysis at 10,000 and 100,000 attempts vs. a trivial page.
import { readDatabase, sessionFor } from "@/test-support/harness";
import {
  budgets,
  check,
  results,
  run,
  table,
  percentile,
  type TBench,
  type TSignedIn,
} from "./report";

async function serverTime(origin: string, pathname: string, cookie: string, runs = 15) {
  // The warm-up may meet a keep-alive socket the server closed while the database was seeded.
  await fetch(`${origin}${pathname}`, { headers: { cookie } }).catch(() =>
    fetch(`${origin}${pathname}`, { headers: { cookie } }),
  );
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const response = await fetch(`${origin}${pathname}`, { headers: { cookie } });
    await response.text();
    if (!response.ok) throw new Error(`${pathname} answered ${response.status}`);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export async function benchScale({ server, url, file }: TBench, { teacher }: TSignedIn) {
  const trivial = await serverTime(server.origin, "/sign-in", teacher.cookie);
  const rows: (string | number)[][] = [];
  const points = [];
  for (const [classes, budget] of [
    [1, budgets.scale.maxTimesTrivial10k],
    [10, budgets.scale.maxTimesTrivial100k],
  ] as const) {
    run(
      "tsx",
      ["--conditions=react-server", "scripts/seed-scale.ts", "--classes", String(classes)],
      {
        DATABASE_URL: url,
      },
    );
    const { scaleClass, scaleAssignment, attempts } = readDatabase(file, (database) => ({
      scaleClass: database
        .prepare("SELECT id, teacherId FROM Class WHERE joinCode = 'SCALE1'")
        .get() as { id: string; teacherId: string },
      scaleAssignment: database
        .prepare(
          "SELECT a.id FROM Assignment a JOIN Class c ON c.id = a.classId WHERE c.joinCode = 'SCALE1' LIMIT 1",
        )
        .get() as { id: string },
      attempts: (database.prepare("SELECT count(*) AS n FROM Attempt").get() as { n: number }).n,
    }));
    const scaleCookie = await sessionFor(url, scaleClass.teacherId);
    const reference = await serverTime(server.origin, "/sign-in", scaleCookie);
    const gradebook = await serverTime(
      server.origin,
      `/teacher/classes/${scaleClass.id}/gradebook`,
      scaleCookie,
    );
    const analysis = await serverTime(
      server.origin,
      `/teacher/assignments/${scaleAssignment.id}`,
      scaleCookie,
    );
    points.push({ attempts, gradebook, analysis, reference });
    for (const [name, timing] of [
      ["gradebook", gradebook],
      ["assignment analysis", analysis],
    ] as const) {
      const times = timing.p50 / reference.p50;
      rows.push([
        attempts,
        name,
        timing.p50.toFixed(1),
        timing.p95.toFixed(1),
        `${times.toFixed(1)}x`,
      ]);
      check(
        times <= budget,
        `scale: ${name} at ${attempts} attempts takes ${times.toFixed(1)}x the trivial page (> ${budget}x)`,
      );
    }
    rows.push([
      attempts,
      "reference: sign-in page",
      reference.p50.toFixed(1),
      reference.p95.toFixed(1),
      "1.0x",
    ]);
  }
  results.scale = { trivialBeforeSeeding: trivial, points };
  table(
    "4. Server time of a class of 40 students (10,000 attempts on 25 assignments; the gradebook page shows the latest 10) as the database grows",
    ["attempts in database", "page", "p50 ms", "p95 ms", "vs trivial page"],
    rows,
  );
}

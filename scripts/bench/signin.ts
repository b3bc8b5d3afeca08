// 0. Sign-in at the start of a lesson: 30 students in the same second vs. one alone.
import { readdirSync, readFileSync } from "node:fs";
import { hashPassword } from "@/app/lib/passwords/hashing";
import { legacyScryptHash } from "@/test-support/passwords";
import { postSignIn, signInFormFields } from "@/test-support/sign-in-form";
import { studentsWithPassword, type TServer } from "@/test-support/harness";
import { budgets, check, results, table, percentile, type TBench } from "./report";

/** Resident memory of a process and all its descendants (Linux /proc), in bytes. */
function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean =>
    pid === rootPid || (pid > 1 && parents.has(pid) && inTree(parents.get(pid) ?? 0));
  let bytes = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      bytes += Number(rss ?? 0) * 1024;
    } catch {
      // gone
    }
  }
  return bytes;
}

/** One sign-in alone, then `count` at once; latencies of the form post and the server's peak RSS. */
async function signInBurst(server: TServer, url: string, passwordHash: string, count: number) {
  const password = "the bench's shared passphrase";
  const [alone, ...crowd] = await studentsWithPassword(url, count + 1, passwordHash);
  const fields = await signInFormFields(server.origin);
  const single = await postSignIn(server.origin, fields, alone ?? "", password);
  const pid = server.child.pid ?? 0;
  let peak = treeRss(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 50);
  const replies = await Promise.all(
    crowd.map((username) => postSignIn(server.origin, fields, username, password)),
  );
  clearInterval(sampler);
  peak = Math.max(peak, treeRss(pid));
  const failed = [single, ...replies].filter((r) => r.status !== 303).length;
  const latencies = replies.map((r) => r.ms).sort((a, b) => a - b);
  return {
    aloneMs: single.ms,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    peakMb: peak / 1024 / 1024,
    failed,
  };
}

export async function benchSignIn({ server, url }: TBench) {
  const lessonPassword = "the bench's shared passphrase";
  const signIns = [
    {
      scheme: "Argon2id (m=19 MiB, t=2)",
      ...(await signInBurst(server, url, await hashPassword(lessonPassword), 30)),
    },
    {
      scheme: "scrypt N=2^17 (earlier hashes; rehashed at this sign-in)",
      ...(await signInBurst(server, url, await legacyScryptHash(lessonPassword), 30)),
    },
  ];
  results.signIn = signIns;
  table(
    "0. 30 students signing in within the same second (real sign-in form, production server)",
    ["stored hash", "one alone ms", "30 at once p50 ms", "p95 ms", "server peak RSS MB", "failed"],
    signIns.map((r) => [
      r.scheme,
      r.aloneMs.toFixed(0),
      r.p50.toFixed(0),
      r.p95.toFixed(0),
      r.peakMb.toFixed(0),
      r.failed,
    ]),
  );
  check(
    signIns.every((r) => r.failed === 0),
    "sign-in: some sign-ins failed",
  );
  check(
    signIns[0]!.p95 <= budgets.signIn.maxP95Ms30Students,
    `sign-in: p95 ${signIns[0]!.p95.toFixed(0)} ms > ${budgets.signIn.maxP95Ms30Students} ms with 30 students at once`,
  );
}

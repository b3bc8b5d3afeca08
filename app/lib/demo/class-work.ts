// The demo class in full swing, so a newcomer sees the gradebook, the analysis, the grading queue
// and score histories on first run: three assignments of the first article over the past weeks
// (one closed and graded, one with written answers awaiting grading, one open), answered by
// students of differing ability who improve over time, with one common misconception and one
// question that does not tell strong students from weak. Everything goes through the data layer
// (the rules, scoring and review cards of real work); only the dates are moved into the past.
// Deterministic, and done once: a demo class that has assignments is left as it is.
import type { PrismaClient } from "@/app/generated/prisma/client";
import { getPack } from "@/app/lib/content";
import { closeAssignment, createAssignment } from "@/app/lib/data/assignments";
import { saveAnswer, submitAttempt } from "@/app/lib/data/attempts";
import { startAssignmentAttempt } from "@/app/lib/data/attempt-start";
import { decodeAttemptOrder } from "@/app/lib/data/columns";
import { gradeWrittenAnswer, listGradingQueue } from "@/app/lib/data/grading";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { kindOf, type TAnswer, type TQuestion } from "@/app/lib/quiz/kinds";
import { encodeAnswer } from "@/app/lib/quiz/public";
import { seededRandom } from "@/app/lib/quiz/shuffle";
import { DEFAULT_ASSIGNMENT_RULES } from "@/app/lib/schemas/assignments";

const ARTICLE = "kim-putin-arms-talks";
const DAY = 24 * 3600 * 1000;

type TPlan = {
  quizId: string;
  /** Days from now: opened, due (negative is past), closed. */
  opened: number;
  due: number;
  closed?: number;
  /** Share of the class that hands in, and of those still working (open assignment). */
  handedIn: number;
  working?: number;
  /** How many written answers the teacher has graded so far. */
  graded?: number;
};

const PLANS: TPlan[] = [
  { quizId: "key-facts", opened: -21, due: -14, closed: -13, handedIn: 0.96 },
  { quizId: "transactional-or-strategic", opened: -10, due: -5, handedIn: 0.9, graded: 5 },
  { quizId: "who-wants-what", opened: -3, due: 4, handedIn: 0.6, working: 0.15 },
];

// A question whose answers do not follow ability (everyone half guesses it) and the wrong
// option most students pick on another, so the analysis has something to show.
const COIN_FLIP = "q16";
const REASONS = [
  "Russia needs weapons now and North Korea needs food, so it is a swap.",
  "The technology for submarines would last for years, which is more than a trade.",
  "The experts say it is more transactional, and the article gives no long plan.",
  "South Korea is worried about cooperation in Asia, so it could become strategic.",
];

function studentAnswer(
  question: TQuestion,
  right: boolean,
  sentenceIds: string[],
  random: () => number,
): TAnswer {
  const kind = kindOf(question);
  if (question.type === "cer") {
    const side = question.sides[random() < 0.6 ? 0 : 1]!;
    return {
      claim: side.id,
      evidence: question.cites.slice(0, right ? 2 : 1),
      reasoning: REASONS[Math.floor(random() * REASONS.length)]!,
    };
  }
  if (!right && question.type === "single") {
    // Most wrong answers share one misconception: the first wrong option.
    const wrong = question.options.filter((o) => !o.correct);
    const pick = random() < 0.7 ? wrong[0] : wrong[Math.floor(random() * wrong.length)];
    return { optionId: (pick ?? question.options[0]!).id };
  }
  return kind.sample(question, right, sentenceIds);
}

/** Adds the demo class's work, once. Returns what it made, for the seed's report. */
export async function seedDemoClassWork(
  prisma: PrismaClient,
  teacher: TSessionUser,
  classId: string,
  students: TSessionUser[],
): Promise<string[]> {
  if ((await prisma.assignment.count({ where: { classId } })) > 0) return [];
  const pack = await getPack(ARTICLE);
  if (!pack) return [];
  const sentenceIds = [...pack.sentences.keys()];
  const random = seededRandom(2026);
  const now = Date.now();
  // Midnight UTC today: the demo's dates are whole days back from it, its times of day plausible.
  const today = now - (now % DAY);
  const made: string[] = [];

  for (const [round, plan] of PLANS.entries()) {
    const quiz = pack.quizzes.find((q) => q.id === plan.quizId);
    if (!quiz) continue;
    // Created open now, so the work goes through every rule; moved into the past afterwards.
    const { id } = await createAssignment(teacher, classId, {
      title: quiz.title,
      articleSlug: ARTICLE,
      quizId: quiz.id,
      questionIds: [],
      availableFrom: new Date(now - DAY),
      dueAt: new Date(now + DAY),
      ...DEFAULT_ASSIGNMENT_RULES,
    });
    const handedIn = Math.round(students.length * plan.handedIn);
    const working = Math.round(students.length * (plan.working ?? 0));
    // Students in a spread order (every 7th, round the class), so those who have not handed in
    // are not all of one ability.
    const spread = students.map((_, i) => (i * 7) % students.length);
    for (const [index, place] of spread.entries()) {
      if (index >= handedIn + working) break;
      const student = students[place]!;
      // Ability from -1.2 to 1.2 across the class, and everyone a little better each time.
      const ability = -1.2 + (2.4 * place) / Math.max(1, students.length - 1) + 0.4 * round;
      const attempt = await startAssignmentAttempt(student, id);
      const row = await prisma.attempt.findUniqueOrThrow({
        where: { id: attempt.id },
        select: { questionOrder: true },
      });
      const order = decodeAttemptOrder(row.questionOrder);
      for (const [position, questionId] of order.questions.entries()) {
        const question = pack.questions.get(questionId);
        if (!question) continue;
        // Ability decides, sharply: with 24 students a flat curve would make some good
        // questions look as if they mislead, and the demo would teach the wrong lesson.
        const chance =
          questionId === COIN_FLIP
            ? 0.5
            : 1 / (1 + Math.exp(-2.5 * (ability + 0.9 - 0.45 * question.difficulty)));
        if (index >= handedIn && random() < 0.5) continue; // still working: half answered
        // A low-discrepancy draw (not a random one) keeps each question's results close to its
        // chance, so only the question meant to mislead does.
        const draw = ((place + 1) * 0.618034 + (position + 1) * 0.754878) % 1;
        const answer = studentAnswer(question, draw < chance, sentenceIds, random);
        await saveAnswer(student, attempt.id, {
          questionId,
          seq: 1,
          answer: encodeAnswer(question, answer, order),
        });
      }
      if (index < handedIn) await submitAttempt(student, attempt.id);
    }
    if (plan.graded) {
      const queue = await listGradingQueue(teacher, id);
      for (const item of queue.slice(0, plan.graded)) {
        const criteria = Object.fromEntries(
          item.rubric.map((c) => [c.id, Math.min(c.points, 1 + Math.floor(random() * c.points))]),
        );
        await gradeWrittenAnswer(teacher, item.responseId, {
          criteria,
          comment: "Good start: say why the other side's evidence is weaker.",
        });
      }
    }
    if (plan.closed !== undefined) await closeAssignment(teacher, id);

    // Into the past, at times a class keeps: due at 23:59 on its day, each attempt started on
    // one of the three afternoons or evenings before (never later than yesterday), its answers
    // saved while it was open, handed in after 8 to 24 minutes, graded the day after the due date.
    const dayOf = (days: number) => today + days * DAY;
    const dueAt = new Date(dayOf(plan.due) + (23 * 60 + 59) * 60 * 1000);
    await prisma.assignment.update({
      where: { id },
      data: {
        availableFrom: new Date(dayOf(plan.opened) + 8 * 3600 * 1000),
        dueAt,
        ...(plan.closed !== undefined
          ? { closedAt: new Date(dayOf(plan.closed) + 7 * 3600 * 1000) }
          : {}),
      },
    });
    const attempts = await prisma.attempt.findMany({
      where: { assignmentId: id },
      orderBy: { id: "asc" },
      select: { id: true, submittedAt: true },
    });
    const lastDay = Math.min(plan.due, -1);
    for (const [index, attempt] of attempts.entries()) {
      const minuteOfDay = 15 * 60 + ((index * 37) % 300);
      const startedAt = new Date(dayOf(lastDay - (index % 3)) + minuteOfDay * 60 * 1000);
      const submittedAt = new Date(startedAt.getTime() + (8 + ((index * 5) % 17)) * 60 * 1000);
      await prisma.$transaction([
        prisma.attempt.update({
          where: { id: attempt.id },
          data: { startedAt, ...(attempt.submittedAt ? { submittedAt } : {}) },
          select: { id: true },
        }),
        prisma.response.updateMany({
          where: { attemptId: attempt.id },
          data: {
            savedAt: attempt.submittedAt
              ? new Date(submittedAt.getTime() - 60_000)
              : new Date(startedAt.getTime() + 3 * 60_000),
          },
        }),
        prisma.writtenGrade.updateMany({
          where: { response: { attemptId: attempt.id } },
          data: {
            gradedAt: new Date(Math.min(now, dueAt.getTime() + 17 * 3600 * 1000 + index * 60_000)),
          },
        }),
      ]);
    }
    made.push(`assignment "${quiz.title}" (${handedIn} handed in)`);
  }
  return made;
}

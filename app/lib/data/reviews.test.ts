import { describe, expect, it } from "vitest";
import { db } from "@/app/lib/db/client";
import { makeStudent } from "@/test-support/factories";
import { listReviewQueue, REVIEW_SET_SIZE } from "./reviews";

const SLUG = "kim-putin-arms-talks";
const HOUR = 3600 * 1000;

describe("the review queue", () => {
  it("counts every question due, not the set a review takes, and the set is the longest due", async () => {
    const student = await makeStudent();
    const now = new Date();
    const prisma = await db();
    // Seven due (q01 longest), two not yet.
    const dueHoursAgo = [7, 6, 5, 4, 3, 2, 1, -1, -2];
    await prisma.reviewCard.createMany({
      data: dueHoursAgo.map((hours, index) => ({
        studentId: student.id,
        articleSlug: SLUG,
        questionId: `q0${index + 1}`,
        due: new Date(now.getTime() - hours * HOUR),
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 1,
        lapses: 1,
        state: 1,
      })),
    });
    const [entry] = await listReviewQueue(student, now);
    expect(entry).toMatchObject({ articleSlug: SLUG, due: 7, total: 9 });
    expect(entry?.set).toEqual(["q01", "q02", "q03", "q04", "q05"].slice(0, REVIEW_SET_SIZE));
    expect(entry?.nextDue).toEqual(new Date(now.getTime() + HOUR));
  });
});

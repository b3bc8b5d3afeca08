import { Prisma } from "@/app/generated/prisma/client";

// Domain errors: the data layer speaks these, never Prisma's. Each maps to an HTTP-like status
// that actions and route handlers pass on (401 no session, 403 wrong role, 404 not yours or absent).

export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 429,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Please sign in to continue.") {
    super(message, 401);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do that.") {
    super(message, 403);
  }
}

/** Also used for things that exist but belong to someone else, so their existence is not revealed. */
export class NotFoundError extends DomainError {
  constructor(message = "We could not find that.") {
    super(message, 404);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, 409);
  }
}

export class InvalidInputError extends DomainError {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message, 400);
  }
}

export class ThrottledError extends DomainError {
  constructor(
    readonly waitMs: number,
    what = "failed sign-in attempts",
  ) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    const minutes = Math.ceil(seconds / 60);
    const wait =
      seconds < 90
        ? `${seconds} second${seconds === 1 ? "" : "s"}`
        : `${minutes} minute${minutes === 1 ? "" : "s"}`;
    super(`Too many ${what}. Try again in ${wait}.`, 429);
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export function isRecordMissing(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}

const WRONG_JOIN_CODE = "That join code is not valid or is turned off. Check it with your teacher.";

export const wrongJoinCode = () => new InvalidInputError(WRONG_JOIN_CODE, "joinCode");

/** Whether an error is a wrong join code (a guess the throttle counts), not another problem. */
export const isWrongJoinCode = (error: unknown) =>
  error instanceof InvalidInputError && error.message === WRONG_JOIN_CODE;

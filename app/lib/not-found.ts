import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/app/lib/data/errors";

/**
 * What the data layer returns, or Next's 404 page when it says there is nothing this user may
 * see (missing and not-yours look the same, so nothing leaks which ids exist).
 */
export async function orNotFound<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

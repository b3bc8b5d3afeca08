// Debrief inside an LMS's frame (LTI, issue 33): the launch leaves a partitioned cookie naming the
// origins the LMS shows Debrief from; pages then allow those origins as frame-ancestors instead of
// refusing every frame. The cookie exists only in that LMS's partition, so Debrief opened on its
// own is never framable.

export const FRAME_COOKIE = "debrief-frame";

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/** The CSP frame-ancestors for a request: its frame cookie's origins, or none. */
export function frameAncestors(cookie: string | undefined): string {
  const origins = (cookie ?? "").split(" ").filter((origin) => ORIGIN.test(origin));
  return origins.length > 0 ? origins.join(" ") : "'none'";
}

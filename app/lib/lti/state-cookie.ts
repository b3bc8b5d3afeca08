// The cookie that ties a login's state to the browser that began it (when the LMS offers no
// postMessage storage). SameSite=None so it comes back with the LMS's cross-site form post;
// partitioned so a browser that blocks third-party cookies still keeps it inside the LMS's frame.

const PREFIX = "debrief-lti-state-";
const LOGIN_SECONDS = 10 * 60;

/** One cookie per login (named by part of its state), so two launches in two tabs do not clash. */
export function stateCookieName(state: string): string {
  return `${PREFIX}${state.slice(0, 12)}`;
}

export function stateCookie(state: string) {
  return {
    name: stateCookieName(state),
    value: state,
    httpOnly: true,
    secure: true,
    sameSite: "none",
    partitioned: true,
    path: "/lti/",
    maxAge: LOGIN_SECONDS,
  } as const;
}

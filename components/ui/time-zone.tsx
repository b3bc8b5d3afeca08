"use client";

import { useEffect, useSyncExternalStore } from "react";
import { TZ_COOKIE } from "@/app/lib/time";

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Tells the server the browser's time zone, so dates are shown in the viewer's own time. */
export function TimeZoneCookie() {
  useEffect(() => {
    const zone = browserZone();
    if (!document.cookie.split("; ").includes(`${TZ_COOKIE}=${encodeURIComponent(zone)}`)) {
      document.cookie = `${TZ_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    }
  }, []);
  return null;
}

/** A hidden form field with the zone the form's local date-times are in, and a visible note. */
export function TimeZoneField({ fallback }: { fallback: string }) {
  // The server renders the cookie's zone; the browser then reports its own.
  const zone = useSyncExternalStore(
    () => () => undefined,
    browserZone,
    () => fallback,
  );
  return (
    <>
      <input type="hidden" name="tz" value={zone} />
      <p className="text-muted text-sm">Times are in your time zone ({zone}).</p>
    </>
  );
}

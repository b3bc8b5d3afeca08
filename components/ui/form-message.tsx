/** The form-level outcome: an alert for problems, a polite status for success. */
export function FormMessage({ state }: { state: { ok?: boolean; message?: string } | undefined }) {
  if (!state?.message) return <div role="status" aria-live="polite" className="sr-only" />;
  return state.ok ? (
    <p
      role="status"
      className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100"
    >
      {state.message}
    </p>
  ) : (
    <p
      role="alert"
      className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      {state.message}
    </p>
  );
}

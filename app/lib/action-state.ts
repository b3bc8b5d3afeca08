/** What every server action returns to its form. `status` mirrors HTTP (401, 403, 404, …). */
export type TActionState<TData = undefined> = {
  ok?: boolean;
  status?: number;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  /** What was submitted (never passwords), so a form shown again with errors keeps the typing. */
  values?: Record<string, string>;
  data?: TData;
};

export type TAction<TData = undefined> = (
  previous: TActionState<TData> | undefined,
  formData: FormData,
) => Promise<TActionState<TData>>;

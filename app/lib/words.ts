/** "1 attempt", "2 attempts": a count with its noun, singular or plural as English wants. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

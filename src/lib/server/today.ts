/** The calendar date in France, the default filing date when a situation has none. */
export function todayInFrance(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** A due date as messages write it: "31 Mar 2027" (a calendar date, no time zone involved). */
export function formatReviewDate(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

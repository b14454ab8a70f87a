// In-app addresses of the outcome dashboards, so links, the navigation and tests agree.
const id = encodeURIComponent;

export const outcomesHref = '/outcomes';
export const programOutcomesHref = (programId: string) => `/programs/${id(programId)}/outcomes`;

/** /outcomes?programIds=a,b — or /outcomes for every program. */
export function crossOutcomesHref(programIds: readonly string[] | null): string {
  return programIds === null ? outcomesHref : `${outcomesHref}?programIds=${programIds.map(id).join(',')}`;
}

/** The programme filter from the address: null = every program, [] = none chosen. */
export function readProgramIds(search: string): string[] | null {
  const raw = new URLSearchParams(search).get('programIds');
  if (raw === null) return null;
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

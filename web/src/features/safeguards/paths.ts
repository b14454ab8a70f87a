// In-app addresses of the safeguard pages, so links, notifications and tests agree.
const id = encodeURIComponent;

export const myPulseHref = (pulseId: string) => `/my/pulse/${id(pulseId)}`;
export const myConcernsHref = '/my/concerns';
export const myConcernHref = (concernId: string) => `/my/concerns/${id(concernId)}`;
export const programConcernsHref = (programId: string) => `/programs/${id(programId)}/concerns`;
export const programPulseHref = (programId: string) => `/programs/${id(programId)}/pulse`;
export const concernHref = (concernId: string) => `/concerns/${id(concernId)}`;

export const SIDE_LABELS: Record<'mentor' | 'mentee', string> = { mentor: 'junior mentor', mentee: 'senior mentee' };

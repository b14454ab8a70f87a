// In-app addresses and API paths of the program pages, so the pages and the tests agree.
const id = encodeURIComponent;

export const programHref = (programId: string) => `/programs/${id(programId)}`;
export const programRoundsHref = (programId: string) => `/programs/${id(programId)}?tab=rounds`;
export const programEnrollmentHref = (programId: string) => `/programs/${id(programId)}/enrollment`;
export const programTrainingHref = (programId: string) => `/programs/${id(programId)}/training`;
export const programPairsHref = (programId: string) => `/programs/${id(programId)}/pairs`;
export const roundHref = (programId: string, roundId: string) => `/programs/${id(programId)}/rounds/${id(roundId)}`;

export const programApi = (programId: string) => `/api/programs/${id(programId)}`;
export const roundApi = (roundId: string) => `/api/rounds/${id(roundId)}`;

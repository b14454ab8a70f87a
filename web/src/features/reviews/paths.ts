// In-app addresses of the review pages, so links, the router and tests agree.
const id = encodeURIComponent;

export const programReviewsHref = (programId: string) => `/programs/${id(programId)}/reviews`;
export const reviewCycleHref = (cycleId: string) => `/reviews/${id(cycleId)}`;

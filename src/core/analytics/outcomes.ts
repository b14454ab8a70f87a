// One import for the outcome computations (issue 6); the shapes are in figures.ts, the k ≥ 5 rule in privacy.ts.
export * from './figures.js';
export * from './privacy.js';
export * from './funnel.js';
export * from './engagement.js';
export * from './learning.js';
export * from './nps.js';
export * from './satisfaction.js';
export * from './retention.js';
export * from './leaders.js';
export * from './reach.js';

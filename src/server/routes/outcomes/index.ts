import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/deps.js';
import { crossOutcomeRoutes } from './cross-outcomes.js';
import { leaderRoutes } from './leaders.js';
import { leaderSignalRoutes } from './leader-signals.js';
import { programOutcomeRoutes } from './program-outcomes.js';
import { sponsorRoutes } from './sponsors.js';

/** The outcomes dashboards, their CSV exports, sponsors and the leader-signal opt-in. */
export function outcomeRoutes(app: FastifyInstance, deps: Deps): void {
  leaderRoutes(app, deps);
  programOutcomeRoutes(app, deps);
  crossOutcomeRoutes(app, deps);
  sponsorRoutes(app, deps);
  leaderSignalRoutes(app, deps);
}

import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/deps.js';
import { listAuditRoute } from './audit/list-audit.js';
import { loginRoute } from './auth/login.js';
import { sessionRoutes } from './auth/session.js';
import { healthRoutes } from './health/health.js';
import { acceptInvitationRoutes } from './invitations/accept-invitation.js';
import { manageInvitationsRoutes } from './invitations/manage-invitations.js';
import { listOutboxRoute } from './outbox/list-outbox.js';
import { importPeopleRoute } from './people/import-people.js';
import { readPeopleRoutes } from './people/read-people.js';
import { usersRoutes } from './users/users.js';
import { approvalRoutes } from './approvals/approvals.js';
import { participationRoutes } from './me/participation.js';
import { notificationRoutes } from './notifications/notifications.js';
import { enrollmentRoutes } from './programs/enrollment.js';
import { programPairRoutes } from './programs/pairs.js';
import { programRoutes } from './programs/programs.js';
import { trainingRoutes } from './programs/training.js';
import { roundRoutes } from './rounds/rounds.js';
import { agreementRoutes } from './workspace/agreement.js';
import { notesRoutes } from './workspace/notes.js';
import { goalRoutes } from './workspace/goals.js';
// workspace route imports
import { meetingRoutes } from './workspace/meetings.js';
import { checkinRoutes } from './workspace/checkins.js';
import { concernRoutes } from './safeguards/concerns.js';
import { pulseRoutes } from './safeguards/pulses.js';

/** Every route of the API, one module per operation or small group. */
export async function registerRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  healthRoutes(app, deps);
  loginRoute(app, deps);
  sessionRoutes(app, deps);
  readPeopleRoutes(app, deps);
  importPeopleRoute(app, deps);
  usersRoutes(app, deps);
  manageInvitationsRoutes(app, deps);
  acceptInvitationRoutes(app, deps);
  listOutboxRoute(app, deps);
  listAuditRoute(app, deps);
  programRoutes(app, deps);
  enrollmentRoutes(app, deps);
  trainingRoutes(app, deps);
  roundRoutes(app, deps);
  programPairRoutes(app, deps);
  participationRoutes(app, deps);
  approvalRoutes(app, deps);
  notificationRoutes(app, deps);
  agreementRoutes(app, deps);
  goalRoutes(app, deps);
  // workspace: goals
  // workspace: meetings
  meetingRoutes(app, deps);
  // workspace: notes
  notesRoutes(app, deps);
  // workspace: checkins and safeguards
  checkinRoutes(app, deps);
  pulseRoutes(app, deps);
  concernRoutes(app, deps);
}

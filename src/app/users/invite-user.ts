import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Actor, Role } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { invitationExpiry } from '../../core/users/invitation-status.js';
import type { Tx } from '../../db/client.js';
import { invitations, organizations, people, users } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Deps, RequestMeta } from '../deps.js';
import { queueEmail } from '../email/queue-email.js';
import { toInvitationView, type InvitationView } from './invitation-view.js';

export interface InviteUserInput {
  actor: Actor;
  email: string;
  roles: readonly Role[];
  personId?: string | null;
  meta: RequestMeta;
}

// The same words whichever organization holds the account: the answer must not reveal it.
const EMAIL_TAKEN = 'A user with this email address already exists.';

/** Invites someone by email; the link in the email is the only copy of the token. */
export async function inviteUser(deps: Deps, input: InviteUserInput): Promise<InvitationView> {
  const { actor } = input;
  const email = input.email.trim().toLowerCase();
  const roles = [...new Set(input.roles)].sort();
  if (!roles.length) {
    throw new AppError('validation_failed', 'Choose at least one role.', { fields: [{ path: 'roles', message: 'must not be empty' }] });
  }
  // Emails are one login across all organizations, and RLS hides other tenants' users.
  if (await emailTakenAnywhere(deps, email)) throw new AppError('conflict', EMAIL_TAKEN);
  const now = deps.now();
  return deps.db.tenant(actor.orgId, async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.orgId, actor.orgId), eq(users.email, email)));
    if (taken) throw new AppError('conflict', EMAIL_TAKEN);
    const personId = input.personId ?? null;
    if (personId) await requirePerson(tx, actor.orgId, personId);
    await revokePending(tx, actor.orgId, email, now);
    const token = newToken();
    const [row] = await tx
      .insert(invitations)
      .values({ orgId: actor.orgId, email, roles, personId, tokenHash: hashToken(token), invitedBy: actor.userId, createdAt: now, expiresAt: invitationExpiry(now) })
      .returning();
    if (!row) throw new AppError('internal', 'The invitation was not created.');
    await sendInvitation(deps, tx, { actor, email, roles, expiresAt: row.expiresAt, token });
    const by = { userId: actor.userId, email: actor.email };
    await recordAudit(tx, { orgId: actor.orgId, actor: by, action: 'user_invited', target: email, details: { roles } }, input.meta);
    return toInvitationView(row, now);
  });
}

async function emailTakenAnywhere(deps: Deps, email: string): Promise<boolean> {
  const [user] = await deps.db.system((tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, email)));
  return Boolean(user);
}

async function requirePerson(tx: Tx, orgId: string, personId: string): Promise<void> {
  const [person] = await tx.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  if (!person) throw notFound('Person');
}

// Only the newest link works, so an older email cannot be used after roles were reconsidered.
async function revokePending(tx: Tx, orgId: string, email: string, now: Date): Promise<void> {
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.orgId, orgId),
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    );
}

interface InvitationEmail {
  actor: Actor;
  email: string;
  roles: readonly Role[];
  expiresAt: Date;
  token: string;
}

async function sendInvitation(deps: Deps, tx: Tx, m: InvitationEmail): Promise<void> {
  const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, m.actor.orgId));
  const [inviter] = await tx.select({ name: users.name }).from(users).where(and(eq(users.orgId, m.actor.orgId), eq(users.id, m.actor.userId)));
  const orgName = org?.name ?? 'your organization';
  const who = inviter ? `${inviter.name} (${m.actor.email})` : m.actor.email;
  const base = (deps.config.publicUrl ?? `http://localhost:${deps.config.port}`).replace(/\/+$/, '');
  // A fragment is never sent to the server, so the token stays out of access logs and proxies.
  const link = `${base}/invite#${m.token}`;
  const text = [
    `${who} has invited you to join ${orgName} on Tandem, the mentoring program platform.`,
    '',
    `Your role${m.roles.length > 1 ? 's' : ''}: ${m.roles.map(roleLabel).join(', ')}`,
    '',
    'To accept, open this link and choose a password:',
    link,
    '',
    `The link works once and expires on ${m.expiresAt.toUTCString()}.`,
    'If you did not expect this invitation, you can ignore this email.',
  ].join('\n');
  await queueEmail(tx, { orgId: m.actor.orgId, to: m.email, subject: `You're invited to Tandem — ${orgName}`, text });
}

const roleLabel = (role: Role): string => role.replace(/_/g, ' ');

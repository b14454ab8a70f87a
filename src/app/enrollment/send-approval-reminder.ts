// The 3- and 7-day reminders to a manager who has not decided. Idempotent: reminder N is sent
// only while the request is pending, was made at `requestedAt`, and fewer than N went out.
import { eq } from 'drizzle-orm';
import { enrollments, people, programs } from '../../db/schema.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import { appUrl, notifyMany } from '../notifications/notify.js';
import { programManagerPeople } from './apply-to-program.js';

export async function sendApprovalReminder(deps: Deps, job: { orgId: string; enrollmentId: string; reminder: number; requestedAt: string }): Promise<boolean> {
  return deps.db.tenant(job.orgId, async (tx) => {
    const [row] = await tx.select().from(enrollments).where(eq(enrollments.id, job.enrollmentId)).for('update');
    if (!row || row.approvalStatus !== 'pending' || row.approvalRequestedAt?.toISOString() !== job.requestedAt) return false;
    if (row.approvalRemindersSent >= job.reminder) return false;
    const [program] = await tx.select().from(programs).where(eq(programs.id, row.programId));
    const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.id, row.personId));
    if (!program || !person || program.status === 'closed') return false;
    // Only a hash of the link is stored, so the reminder carries a fresh link; the old one stops working.
    const token = row.approverPersonId ? newToken() : null;
    await tx.update(enrollments).set({ approvalRemindersSent: job.reminder, ...(token ? { approvalTokenHash: hashToken(token) } : {}) }).where(eq(enrollments.id, row.id));
    const deciders = row.approverPersonId ? [row.approverPersonId] : await programManagerPeople(tx, program.id);
    const daysWaiting = Math.round((deps.now().getTime() - (row.approvalRequestedAt?.getTime() ?? 0)) / 86_400_000);
    const approveUrl = token ? `${appUrl(deps)}/approve#${token}` : null;
    await notifyMany(deps, tx, job.orgId, deciders.map((id) => ({ personId: id, message: { kind: 'approval_reminder', participantName: person.name, programName: program.name, approveUrl, daysWaiting } })));
    return true;
  });
}

// An enrollment as its participant sees it (also used for the program manager's list).
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { enrollments, pairs, people, programs, users } from '../../db/schema.js';
import { trainedSql } from '../programs/trained.js';

export type EnrollmentRow = typeof enrollments.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;

export interface ApprovalView {
  status: 'pending' | 'approved' | 'declined';
  approver: { id: string; name: string } | null;
  decidedBy: { id: string; name: string; email: string } | null;
  decidedAt: Date | null;
  reason: string | null;
  override: boolean;
}

export interface MyEnrollmentView {
  enrollment: EnrollmentRow;
  program: ProgramRow;
  approval: ApprovalView | null;
  training: { required: boolean; completed: number; total: number };
  pairStatus: string | null;
}

export async function approvalViews(tx: Tx, rows: readonly EnrollmentRow[]): Promise<Map<string, ApprovalView | null>> {
  const approverIds = [...new Set(rows.flatMap((r) => (r.approverPersonId ? [r.approverPersonId] : [])))];
  const deciderIds = [...new Set(rows.flatMap((r) => (r.decidedByUserId ? [r.decidedByUserId] : [])))];
  const approvers = approverIds.length ? await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, approverIds)) : [];
  const deciders = deciderIds.length ? await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, deciderIds)) : [];
  return new Map(
    rows.map((r) => [
      r.id,
      r.approvalStatus
        ? {
            status: r.approvalStatus,
            approver: approvers.find((a) => a.id === r.approverPersonId) ?? null,
            decidedBy: deciders.find((d) => d.id === r.decidedByUserId) ?? null,
            decidedAt: r.decidedAt,
            reason: r.decisionReason,
            override: r.approvalOverride,
          }
        : null,
    ]),
  );
}

/** Per enrollment: modules of its side, modules passed, and its newest pair's status. */
export async function progressOf(tx: Tx, ids: readonly string[]): Promise<Map<string, { completed: number; total: number; trained: boolean; pairStatus: string | null }>> {
  const out = new Map<string, { completed: number; total: number; trained: boolean; pairStatus: string | null }>();
  if (!ids.length) return out;
  const list = sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await tx.execute<{ id: string; total: number; completed: number; trained: boolean }>(sql`
    SELECT e.id,
      (SELECT count(*) FROM training_modules m WHERE m.program_id = e.program_id AND m.role = e.side)::int AS total,
      (SELECT count(*) FROM training_completions c JOIN training_modules m ON m.id = c.module_id
        WHERE m.program_id = e.program_id AND m.role = e.side AND c.person_id = e.person_id)::int AS completed,
      ${trainedSql()} AS trained
    FROM enrollments e WHERE e.id IN (${list})`);
  for (const r of rows.rows) out.set(r.id, { total: Number(r.total), completed: Number(r.completed), trained: Boolean(r.trained), pairStatus: null });
  const pairRows = await tx
    .select({ mentor: pairs.mentorEnrollmentId, mentee: pairs.menteeEnrollmentId, status: pairs.status, createdAt: pairs.createdAt })
    .from(pairs)
    .where(sql`(${pairs.mentorEnrollmentId} IN (${list}) OR ${pairs.menteeEnrollmentId} IN (${list})) AND ${pairs.status} <> 'proposed'`)
    .orderBy(desc(pairs.createdAt));
  // Newest pair first; a live pair outranks older ones, and a mentor's live pair outranks their ended ones.
  const rank = (s: string) => (s === 'active' || s === 'offered' ? 1 : 0);
  for (const p of pairRows) {
    for (const id of [p.mentor, p.mentee]) {
      const entry = out.get(id);
      if (entry && (entry.pairStatus === null || rank(p.status) > rank(entry.pairStatus))) entry.pairStatus = p.status;
    }
  }
  return out;
}

export async function myEnrollment(tx: Tx, enrollmentId: string): Promise<MyEnrollmentView> {
  const [row] = await tx.select().from(enrollments).where(eq(enrollments.id, enrollmentId));
  if (!row) throw new Error('enrollment vanished');
  return (await myEnrollments(tx, [row]))[0] as MyEnrollmentView;
}

export async function myEnrollments(tx: Tx, rows: readonly EnrollmentRow[]): Promise<MyEnrollmentView[]> {
  if (!rows.length) return [];
  const programRows = await tx.select().from(programs).where(inArray(programs.id, [...new Set(rows.map((r) => r.programId))]));
  const approvals = await approvalViews(tx, rows);
  const progress = await progressOf(tx, rows.map((r) => r.id));
  return rows.flatMap((r) => {
    const program = programRows.find((p) => p.id === r.programId);
    const p = progress.get(r.id);
    if (!program) return [];
    return [{ enrollment: r, program, approval: approvals.get(r.id) ?? null, training: { required: program.requireTraining, completed: p?.completed ?? 0, total: p?.total ?? 0 }, pairStatus: p?.pairStatus ?? null }];
  });
}


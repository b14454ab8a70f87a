import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { enrollments, people } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { Page, PageRequest } from '../page.js';
import { programForManager } from '../programs/program-access.js';
import { approvalViews, progressOf, type ApprovalView, type EnrollmentRow } from './my-enrollment.js';
import { personBrief, type PersonBrief } from './profile-store.js';
import { containsPattern } from '../contains-pattern.js';

export interface EnrollmentView {
  enrollment: EnrollmentRow;
  person: PersonBrief;
  approval: ApprovalView | null;
  trained: boolean;
  pairStatus: string | null;
}

export async function listEnrollments(
  deps: Deps,
  input: { actor: Actor; programId: string; query: PageRequest & { status?: EnrollmentRow['status'] | undefined; q?: string | undefined } },
): Promise<Page<EnrollmentView>> {
  const { actor, query } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId);
    const conditions: SQL[] = [eq(enrollments.orgId, actor.orgId), eq(enrollments.programId, program.id)];
    if (query.status) conditions.push(eq(enrollments.status, query.status));
    if (query.q?.trim()) {
      const pattern = containsPattern(query.q.trim());
      conditions.push(or(ilike(people.name, pattern), ilike(people.email, pattern), ilike(people.employeeId, pattern)) as SQL);
    }
    const where = and(...conditions);
    const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(enrollments).innerJoin(people, eq(people.id, enrollments.personId)).where(where);
    const rows = await tx
      .select({ enrollment: enrollments, person: personBrief })
      .from(enrollments)
      .innerJoin(people, eq(people.id, enrollments.personId))
      .where(where)
      .orderBy(asc(people.name), asc(enrollments.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const approvals = await approvalViews(tx, rows.map((r) => r.enrollment));
    const progress = await progressOf(tx, rows.map((r) => r.enrollment.id));
    return {
      items: rows.map((r) => ({ ...r, approval: approvals.get(r.enrollment.id) ?? null, trained: progress.get(r.enrollment.id)?.trained ?? false, pairStatus: progress.get(r.enrollment.id)?.pairStatus ?? null })),
      page: query.page,
      pageSize: query.pageSize,
      total: Number(total?.n ?? 0),
    };
  });
}

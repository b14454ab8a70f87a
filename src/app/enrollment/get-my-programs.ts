import { and, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { inProgramScope } from '../../core/programs/program-rules.js';
import { enrollments, people, programs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { personIdOf } from '../programs/program-access.js';
import { myEnrollments, type MyEnrollmentView, type ProgramRow } from './my-enrollment.js';

export interface MyPrograms {
  enrollments: MyEnrollmentView[];
  open: ProgramRow[];
  hasPerson: boolean;
}

/** The actor's enrollments, and the programs open for self-enrollment in their scope. */
export async function getMyPrograms(deps: Deps, input: { actor: Actor }): Promise<MyPrograms> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const personId = await personIdOf(tx, input.actor);
    if (!personId) return { enrollments: [], open: [], hasPerson: false };
    const rows = await tx
      .select()
      .from(enrollments)
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .where(and(eq(enrollments.orgId, orgId), eq(enrollments.personId, personId), notInArray(programs.status, ['draft'])))
      .orderBy(desc(enrollments.createdAt));
    const [person] = await tx.select({ department: people.department }).from(people).where(eq(people.id, personId));
    const joined = new Set(rows.map((r) => r.programs.id));
    const candidates = await tx
      .select()
      .from(programs)
      .where(and(eq(programs.orgId, orgId), eq(programs.selfEnrollment, true), inArray(programs.status, ['enrolling', 'matching', 'active'])))
      .orderBy(desc(programs.createdAt));
    const open = candidates.filter((p) => !joined.has(p.id) && person && inProgramScope({ kind: p.scopeKind, department: p.scopeDepartment }, person.department));
    return { enrollments: await myEnrollments(tx, rows.map((r) => r.enrollments)), open, hasPerson: true };
  });
}

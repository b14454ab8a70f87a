// Reading a pair's goals with the names of who learns and who helps, for the goal use cases.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { goalSummary, goalWindow, missingDirections, otherSide, type GoalFields, type GoalSummary, type GoalWindow, type Side } from '../../core/pairs/goals.js';
import type { Tx } from '../../db/client.js';
import { goals, people } from '../../db/schema.js';
import type { Membership } from './pair-membership.js';

export type GoalRow = typeof goals.$inferSelect;

export interface PersonRef {
  personId: string;
  name: string;
}

export interface GoalItem {
  row: GoalRow;
  learner: PersonRef;
  helper: PersonRef;
  /** The viewer is the one who learns. */
  mine: boolean;
}

export interface GoalsView {
  mode: 'reverse' | 'mutual';
  mySide: Side;
  me: PersonRef;
  partner: PersonRef;
  /** Goals can be written only while the pair is active; an ended pair's goals are history. */
  canWrite: boolean;
  /** The dates a target date may fall on. */
  targetDates: GoalWindow;
  goals: GoalItem[];
  /** The sides that still need a goal (reverse: the senior; mutual: both). */
  missing: Side[];
  summary: GoalSummary;
}

export function fieldsOf(row: GoalRow): GoalFields {
  return { title: row.title, why: row.why, success: row.success, targetDate: row.targetDate, milestones: row.milestones, progress: row.progress, status: row.status, sharedWithProgram: row.sharedWithProgram };
}

export function windowOf(m: Membership): GoalWindow {
  return goalWindow(m.pair.activatedAt ?? m.pair.createdAt, m.program.endDate);
}

async function sidesOf(tx: Tx, m: Membership): Promise<Record<Side, PersonRef>> {
  const rows = await tx
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, m.pair.orgId), inArray(people.id, [m.pair.mentorPersonId, m.pair.menteePersonId])));
  const ref = (personId: string): PersonRef => ({ personId, name: rows.find((r) => r.id === personId)?.name ?? 'Former participant' });
  return { mentor: ref(m.pair.mentorPersonId), mentee: ref(m.pair.menteePersonId) };
}

/** One goal of the pair, or undefined; `lock` for an update. */
export async function goalOfPair(tx: Tx, m: Membership, goalId: string, options: { lock?: boolean } = {}): Promise<GoalRow | undefined> {
  const query = tx.select().from(goals).where(and(eq(goals.orgId, m.pair.orgId), eq(goals.pairId, m.pair.id), eq(goals.id, goalId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function itemOf(tx: Tx, m: Membership, row: GoalRow): Promise<GoalItem> {
  const sides = await sidesOf(tx, m);
  return item(sides, m.side, row);
}

function item(sides: Record<Side, PersonRef>, mySide: Side, row: GoalRow): GoalItem {
  return { row, learner: sides[row.learnerSide], helper: sides[otherSide(row.learnerSide)], mine: row.learnerSide === mySide };
}

/** Every goal of the pair, oldest first, as its member `m` sees them. */
export async function goalsView(tx: Tx, m: Membership): Promise<GoalsView> {
  const sides = await sidesOf(tx, m);
  const rows = await tx
    .select()
    .from(goals)
    .where(and(eq(goals.orgId, m.pair.orgId), eq(goals.pairId, m.pair.id)))
    .orderBy(asc(goals.createdAt), asc(goals.id));
  return {
    mode: m.program.mode,
    mySide: m.side,
    me: sides[m.side],
    partner: sides[otherSide(m.side)],
    canWrite: m.pair.status === 'active',
    targetDates: windowOf(m),
    goals: rows.map((row) => item(sides, m.side, row)),
    missing: missingDirections(m.program.mode, rows),
    summary: goalSummary(rows),
  };
}

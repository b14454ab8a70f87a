// What the two members of a pair see of their skill check-ins, built in the caller's
// transaction after the membership check: their learning skills, both members' ratings per
// phase with the partner's observations, and the phase windows.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { learningSkills, openPhase, phaseWindows, utcDate, type CheckinPhase, type PhaseWindows } from '../../core/pairs/checkins.js';
import type { Tx } from '../../db/client.js';
import { pairs, people, programSkills, programs, skillCheckins, skills } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { profileOf } from '../enrollment/profile-store.js';
import type { Membership } from './pair-membership.js';

export type CheckinRow = typeof skillCheckins.$inferSelect;

export interface CheckinMember {
  personId: string;
  name: string;
  side: 'mentor' | 'mentee';
  /** Skill keys this member rates. */
  learning: string[];
  ratings: CheckinRow[];
}

export interface CheckinView {
  mySide: 'mentor' | 'mentee';
  today: string;
  windows: PhaseWindows;
  openPhase: CheckinPhase | null;
  /** Ratings and observations are written while the pair is active. */
  pairActive: boolean;
  /** Whether I can rate now: the pair is active, a phase is open and I have skills to rate. */
  canRate: boolean;
  skills: Array<{ key: string; label: string; category: string }>;
  me: CheckinMember;
  partner: CheckinMember;
}

/** The windows of a pair: from the day it became active to the program's last day. */
export function windowsOf(pair: typeof pairs.$inferSelect, program: Pick<typeof programs.$inferSelect, 'endDate'>): PhaseWindows {
  return phaseWindows({ activatedOn: utcDate(pair.activatedAt ?? pair.createdAt), programEndDate: program.endDate });
}

export async function programSkillRows(tx: Tx, programId: string): Promise<Array<{ key: string; label: string; category: string }>> {
  return tx
    .select({ key: skills.key, label: skills.label, category: skills.category })
    .from(programSkills)
    .innerJoin(skills, eq(skills.id, programSkills.skillId))
    .where(eq(programSkills.programId, programId))
    .orderBy(asc(skills.label));
}

/** The skills a member of the pair is learning (profile wants × program skills, plus what they rated). */
export async function learningOf(tx: Tx, orgId: string, personId: string, programKeys: readonly string[], rated: readonly CheckinRow[]): Promise<string[]> {
  const profile = await profileOf(tx, orgId, personId);
  return learningSkills(profile?.wants ?? [], programKeys, rated.filter((r) => r.personId === personId).map((r) => r.skillKey));
}

export async function checkinView(deps: Deps, tx: Tx, m: Membership): Promise<CheckinView> {
  const { pair, program } = m;
  const partnerId = m.side === 'mentor' ? pair.menteePersonId : pair.mentorPersonId;
  const rows = await tx.select().from(skillCheckins).where(and(eq(skillCheckins.orgId, pair.orgId), eq(skillCheckins.pairId, pair.id))).orderBy(asc(skillCheckins.createdAt));
  const offered = await programSkillRows(tx, program.id);
  const keys = offered.map((s) => s.key);
  const names = await tx.select({ id: people.id, name: people.name }).from(people).where(and(eq(people.orgId, pair.orgId), inArray(people.id, [pair.mentorPersonId, pair.menteePersonId])));
  const nameOf = (id: string) => names.find((p) => p.id === id)?.name ?? '';
  const member = async (personId: string, side: 'mentor' | 'mentee'): Promise<CheckinMember> => ({
    personId,
    name: nameOf(personId),
    side,
    learning: await learningOf(tx, pair.orgId, personId, keys, rows),
    ratings: rows.filter((r) => r.personId === personId),
  });
  const me = await member(m.personId, m.side);
  const partner = await member(partnerId, m.side === 'mentor' ? 'mentee' : 'mentor');
  const today = utcDate(deps.now());
  const windows = windowsOf(pair, program);
  const open = openPhase(windows, today);
  // Labels for every key shown, including a rated skill the program no longer lists.
  const known = new Map(offered.map((s) => [s.key, s]));
  const extra = [...new Set([...me.learning, ...partner.learning])].filter((k) => !known.has(k));
  if (extra.length) {
    for (const s of await tx.select({ key: skills.key, label: skills.label, category: skills.category }).from(skills).where(and(eq(skills.orgId, pair.orgId), inArray(skills.key, extra)))) known.set(s.key, s);
  }
  const shown = [...new Set([...me.learning, ...partner.learning])].map((k) => known.get(k) ?? { key: k, label: k, category: 'other' });
  return { mySide: m.side, today, windows, openPhase: open, pairActive: pair.status === 'active', canRate: pair.status === 'active' && open !== null && me.learning.length > 0, skills: shown, me, partner };
}

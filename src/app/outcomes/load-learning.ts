import { sql } from 'drizzle-orm';
import type { WhoLearns, LearningPhase } from '../../core/analytics/figures.js';
import type { AllSkillsCell, LearningCell } from '../../core/analytics/learning.js';
import type { Tx } from '../../db/client.js';
import { JUNIOR_PERSON, programIdList, type OutcomeScope, rowsOf } from './outcome-scope.js';

/**
 * Skill check-in levels summed in the database by direction × category × phase, and by direction
 * × phase over every category (its people counted distinct across categories, not added up),
 * for core/analytics/learning.ts. The rater is the learner; the direction is junior_learns when
 * the rater is the pair's junior member (JUNIOR_PERSON = juniorSide), else senior_learns. A
 * check-in on a skill no longer in the catalogue counts under "Other".
 */
export async function loadLearning(tx: Tx, scope: OutcomeScope): Promise<{ cells: LearningCell[]; allSkills: AllSkillsCell[] }> {
  const rows = await rowsOf<{ direction: WhoLearns; category: string | null; phase: LearningPhase; sum: number; ratings: number; people: number; all_skills: number }>(tx, sql`
    WITH pp AS (
      SELECT p.id, ${JUNIOR_PERSON} AS junior_id
      FROM pairs p
      JOIN programs pr ON pr.id = p.program_id
      JOIN people mp ON mp.id = p.mentor_person_id
      JOIN people tp ON tp.id = p.mentee_person_id
      WHERE p.program_id IN (${programIdList(scope)})
    ), r AS (
      SELECT CASE WHEN c.person_id = pp.junior_id THEN 'junior_learns' ELSE 'senior_learns' END AS direction,
        COALESCE(s.category, 'Other') AS category, c.phase, c.person_id, c.level
      FROM skill_checkins c
      JOIN pp ON pp.id = c.pair_id
      LEFT JOIN skills s ON s.org_id = c.org_id AND s.key = c.skill_key
    ), per AS (
      -- Per learner first, so that the people of a cell are its rows, without a DISTINCT sort.
      SELECT direction, category, phase, person_id, sum(level) AS sum, count(*) AS ratings, GROUPING(category) AS all_skills
      FROM r GROUP BY GROUPING SETS ((direction, category, phase, person_id), (direction, phase, person_id))
    )
    SELECT direction, category, phase, sum(sum)::int AS sum, sum(ratings)::int AS ratings, count(*)::int AS people, all_skills::int AS all_skills
    FROM per GROUP BY direction, category, phase, all_skills`);
  const cells: LearningCell[] = [];
  const allSkills: AllSkillsCell[] = [];
  for (const r of rows) {
    const cell = { direction: r.direction, phase: r.phase, sum: Number(r.sum), ratings: Number(r.ratings), people: Number(r.people) };
    if (Number(r.all_skills) === 1) allSkills.push(cell);
    else cells.push({ ...cell, category: r.category ?? 'Other' });
  }
  return { cells, allSkills };
}

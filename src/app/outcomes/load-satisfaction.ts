import { sql, type SQL } from 'drizzle-orm';
import { npsCounts } from '../../core/analytics/nps.js';
import { distinct } from '../../core/analytics/privacy.js';
import { END_SCALE_KEYS, END_SIDES, PULSE_SCALE_KEYS, type EndOfCycleCells, type NpsCell, type PulsePeriodCells, type SatisfactionInput, type ScaleCell } from '../../core/analytics/satisfaction.js';
import type { Tx } from '../../db/client.js';
import { programIdList, type OutcomeScope, rowsOf } from './outcome-scope.js';

/** At most this many free-text answers (the latest) go into one dashboard. */
const COMMENT_LIMIT = 500;

type Num = number | string;
type Grouped<T> = T & { grp: string | null };
interface Sets {
  /** The group column: the side (end of cycle). */
  grp: SQL;
  /** GROUP BY for (side, x) cells and for side totals, with "both sides" (grp null). */
  byX: (x: string) => SQL;
  total: SQL;
}
const END: Sets = {
  grp: sql.raw('r.side'),
  byX: (x) => sql.raw(`GROUPING SETS ((r.side, ${x}), (${x}))`),
  total: sql.raw('GROUPING SETS ((r.side), ())'),
};

/**
 * Answered surveys summed in the database, for core/analytics/satisfaction.ts: the pulse by
 * month of answer, the end-of-cycle survey by side and for both sides together (people counted
 * distinct, never added up). Only the standard keys of the brief are read; a scale answer must be
 * a number; NPS answers are counted per score here and bucketed by core (npsCounts).
 */
export async function loadSatisfaction(tx: Tx, scope: OutcomeScope): Promise<SatisfactionInput> {
  const ids = programIdList(scope);
  const answered = (kind: string) => sql`survey_responses r WHERE r.program_id IN (${ids}) AND r.kind = ${kind} AND r.answered_at IS NOT NULL`;
  const scales = (kind: string, keys: readonly string[], s: Sets) =>
    rowsOf<Grouped<{ key: string; sum: Num; n: Num; people: Num }>>(tx, sql`
      SELECT ${s.grp} AS grp, k.key, sum((r.answers->>k.key)::numeric) AS sum, count(*) AS n, count(DISTINCT r.person_id) AS people
      FROM unnest(${sql.raw(`ARRAY[${keys.map((k) => `'${k}'`).join(', ')}]`)}::text[]) AS k(key), ${answered(kind)}
        AND jsonb_typeof(r.answers->k.key) = 'number'
      GROUP BY ${s.byX('k.key')}`);
  const npsScores = (kind: string, s: Sets) =>
    rowsOf<Grouped<{ score: Num; answers: Num }>>(tx, sql`
      SELECT ${s.grp} AS grp, (r.answers->>'nps')::numeric AS score, count(*) AS answers
      FROM ${answered(kind)} AND jsonb_typeof(r.answers->'nps') = 'number'
      GROUP BY ${s.byX(`(r.answers->>'nps')::numeric`)}`);
  const npsPeople = (kind: string, s: Sets) =>
    rowsOf<Grouped<{ people: Num }>>(tx, sql`
      SELECT ${s.grp} AS grp, count(DISTINCT r.person_id) AS people
      FROM ${answered(kind)} AND jsonb_typeof(r.answers->'nps') = 'number'
      GROUP BY ${s.total}`);
  const { pScales, pNps, pPeople } = await pulseCells(tx, ids);
  const eScales = await scales('end_of_cycle', END_SCALE_KEYS, END);
  const eNps = await npsScores('end_of_cycle', END);
  const ePeople = await npsPeople('end_of_cycle', END);
  const again = await rowsOf<Grouped<{ yes: Num; total: Num; people: Num }>>(tx, sql`
    SELECT r.side AS grp, count(*) FILTER (WHERE (r.answers->>'again')::boolean) AS yes, count(*) AS total, count(DISTINCT r.person_id) AS people
    FROM ${answered('end_of_cycle')} AND jsonb_typeof(r.answers->'again') = 'boolean'
    GROUP BY ${END.total}`);

  const cell = (r: { key: string; sum: Num; n: Num; people: Num }): ScaleCell => ({ key: r.key, sum: Number(r.sum), n: Number(r.n), people: Number(r.people) });
  const npsCell = (grp: string | null, scores: ReadonlyArray<Grouped<{ score: Num; answers: Num }>>, people: ReadonlyArray<Grouped<{ people: Num }>>): NpsCell | null => {
    const mine = scores.filter((s) => s.grp === grp);
    if (!mine.length) return null;
    const counts = npsCounts(mine.flatMap((s) => Array<number>(Number(s.answers)).fill(Number(s.score))));
    return { ...counts, people: Number(people.find((p) => p.grp === grp)?.people ?? 0) };
  };
  const months = [...new Set([...pScales, ...pNps].map((r) => r.grp ?? ''))].filter(Boolean);
  const pulse: PulsePeriodCells[] = months.map((period) => ({ period, scales: pScales.filter((r) => r.grp === period).map(cell), nps: npsCell(period, pNps, pPeople) }));
  const endOfCycle: EndOfCycleCells[] = END_SIDES.map((side) => {
    const grp = side === 'all' ? null : side;
    const a = again.find((r) => r.grp === grp);
    return {
      side,
      scales: eScales.filter((r) => r.grp === grp).map(cell),
      nps: npsCell(grp, eNps, ePeople),
      wouldAgain: a ? { yes: Number(a.yes), total: Number(a.total), people: Number(a.people) } : null,
    };
  });
  return { pulse, endOfCycle, comments: await loadComments(tx, scope) };
}

const NPS_SCORES = Array.from({ length: 11 }, (_, i) => i);
const isNumber = (key: string) => `jsonb_typeof(r.answers->'${key}') = 'number'`;

/**
 * The pulse, the big one (a year of monthly answers from every member), in one scan: first per
 * month × person (sums, counts and NPS answers per score), then per month, where the people of
 * each key are the persons with at least one such answer — distinct without a DISTINCT sort.
 */
async function pulseCells(tx: Tx, ids: SQL) {
  const keys = PULSE_SCALE_KEYS as readonly string[];
  const inner = [
    ...keys.flatMap((k) => [`sum((r.answers->>'${k}')::numeric) FILTER (WHERE ${isNumber(k)}) AS ${k}_sum`, `count(*) FILTER (WHERE ${isNumber(k)}) AS ${k}_n`]),
    ...NPS_SCORES.map((s) => `count(*) FILTER (WHERE r.answers->'nps' = '${s}'::jsonb) AS nps_${s}`),
    `count(*) FILTER (WHERE ${isNumber('nps')}) AS nps_n`,
  ].join(', ');
  const outer = [
    ...keys.flatMap((k) => [`sum(${k}_sum) AS ${k}_sum`, `sum(${k}_n) AS ${k}_n`, `count(*) FILTER (WHERE ${k}_n > 0) AS ${k}_people`]),
    ...NPS_SCORES.map((s) => `sum(nps_${s}) AS nps_${s}`),
    `count(*) FILTER (WHERE nps_n > 0) AS nps_people`,
  ].join(', ');
  const rows = await rowsOf<Record<string, Num | null> & { grp: string }>(tx, sql`
    SELECT grp, ${sql.raw(outer)} FROM (
      SELECT to_char(r.answered_at AT TIME ZONE 'UTC', 'YYYY-MM') AS grp, r.person_id, ${sql.raw(inner)}
      FROM survey_responses r
      WHERE r.program_id IN (${ids}) AND r.kind = 'pulse' AND r.answered_at IS NOT NULL
      GROUP BY 1, 2) per
    GROUP BY grp`);
  const n = (v: Num | null | undefined) => Number(v ?? 0);
  return {
    pScales: rows.flatMap((r) => keys.filter((k) => n(r[`${k}_n`]) > 0).map((key) => ({ grp: r.grp, key, sum: n(r[`${key}_sum`]), n: n(r[`${key}_n`]), people: n(r[`${key}_people`]) }))),
    pNps: rows.flatMap((r) => NPS_SCORES.filter((s) => n(r[`nps_${s}`]) > 0).map((score) => ({ grp: r.grp, score, answers: n(r[`nps_${score}`]) }))),
    pPeople: rows.map((r) => ({ grp: r.grp, people: n(r.nps_people) })),
  };
}

/** The end-of-cycle free text (what I learned, comments), the latest first; never with who wrote it. */
async function loadComments(tx: Tx, scope: OutcomeScope): Promise<SatisfactionInput['comments']> {
  const rows = await rowsOf<{ text: string; person_id: string }>(tx, sql`
    SELECT t.text, r.person_id
    FROM survey_responses r
    CROSS JOIN LATERAL (VALUES (r.answers->'learned_text'), (r.answers->'comment')) AS a(v)
    CROSS JOIN LATERAL (SELECT a.v #>> '{}' AS text) t
    WHERE r.program_id IN (${programIdList(scope)}) AND r.kind = 'end_of_cycle' AND r.answered_at IS NOT NULL
      AND jsonb_typeof(a.v) = 'string' AND length(trim(t.text)) > 0
    ORDER BY r.answered_at DESC, r.id, t.text LIMIT ${COMMENT_LIMIT}`);
  return { texts: rows.map((r) => r.text), respondents: distinct(rows.map((r) => r.person_id)) };
}

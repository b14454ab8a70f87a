import { AppError, type RowProblem } from '../../core/errors.js';
import { readCapacitiesCsv, readEdgesCsv } from '../../core/matching/read-edges-csv.js';
import { solve } from '../../core/matching/solver/solve.js';
import type { Objective } from '../../core/matching/types.js';
import { csvCell } from './csv-out.js';
import type { MatchSummary } from './match-summary.js';

export interface SolveScoredEdgesInput {
  edgesCsv: string;
  capacitiesCsv?: string;
  defaultCapacity: number;
  objective: Objective;
  fair?: boolean;
}

/** `tandem solve`: the exact solver alone, on scored edges anyone can produce and check. */
export function solveScoredEdges(input: SolveScoredEdgesInput): { pairsCsv: string; summary: MatchSummary } {
  const started = performance.now();
  const file = readEdgesCsv(input.edgesCsv);
  fail('edges file', file.errors);
  const caps = input.capacitiesCsv
    ? readCapacitiesCsv(input.capacitiesCsv, file.mentorIds, input.defaultCapacity)
    : { errors: [], capacities: file.mentorIds.map(() => input.defaultCapacity) };
  fail('capacities file', caps.errors);
  const result = solve({
    mentorCount: file.mentorIds.length,
    menteeCount: file.menteeIds.length,
    capacities: caps.capacities,
    edges: file.edges,
    objective: input.objective,
    fair: input.fair ?? false,
  });
  const scoreOf = new Map(file.edges.map((e) => [`${e.mentor}:${e.mentee}`, e.score]));
  const lines = result.pairs.map(([m, t]) => [file.mentorIds[m], file.menteeIds[t], (scoreOf.get(`${m}:${t}`) ?? 0) / file.scale].map((v) => csvCell(String(v))).join(','));
  const matchedMentors = new Set(result.pairs.map(([m]) => m)).size;
  return {
    pairsCsv: ['mentor,mentee,score', ...lines].join('\n') + '\n',
    summary: {
      pairs: result.pairs.length,
      unmatched_mentees: file.menteeIds.length - result.pairs.length,
      unmatched_mentors: file.mentorIds.length - matchedMentors,
      total: result.total / file.scale,
      min_pair: result.minPair === null ? null : result.minPair / file.scale,
      optimal: result.optimal,
      gap: Number.isFinite(result.gap) ? result.gap : null,
      seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
    },
  };
}

function fail(what: string, rows: RowProblem[]): void {
  if (rows.length) throw new AppError('validation_failed', `The ${what} has ${rows.length} problem${rows.length === 1 ? '' : 's'}; nothing was written.`, { rows });
}

// `tandem match`: the people file (and optional pairs files) in, the pairs file, the explanations
// and the summary line out. All files are read and written by the caller; this is the logic.
import { AppError, type RowProblem } from '../../core/errors.js';
import { readPairsCsv } from '../../core/matching/read-pairs-csv.js';
import { readParticipantsCsv } from '../../core/matching/read-participants-csv.js';
import { rowScratch, scoreRow } from '../../core/matching/scoring-table.js';
import type { MatchMode, MatchRules, MatchScope, Objective, Side } from '../../core/matching/types.js';
import { csvCell } from './csv-out.js';
import { matchParticipants, type MatchOutcome } from './match-participants.js';
import type { MatchSummary } from './match-summary.js';

export interface MatchPeopleCsvInput {
  peopleCsv: string;
  lockedCsv?: string;
  previousCsv?: string;
  forbiddenCsv?: string;
  mode: MatchMode;
  minLevelGap: number;
  scope: MatchScope;
  /** Mentors without a capacity in the file take this many mentees. */
  capacity: number;
  objective: Objective;
  fair: boolean;
  timeLimitSeconds: number | null;
  onProgress?: (message: string) => void;
  workers?: number;
}

export interface MatchPeopleCsvResult {
  pairsCsv: string;
  summary: MatchSummary;
  outcome: MatchOutcome;
  rules: MatchRules;
}

export async function matchPeopleCsv(input: MatchPeopleCsvInput): Promise<MatchPeopleCsvResult> {
  const started = performance.now();
  const people = readParticipantsCsv(input.peopleCsv);
  fail('people file', people.errors);
  const sideOf = new Map<string, Side>(people.participants.map((p) => [p.id, p.side]));
  const pairsOf = (what: string, text: string | undefined) => {
    if (text === undefined) return [];
    const file = readPairsCsv(text, sideOf);
    fail(what, file.errors);
    return file.pairs;
  };
  const rules: MatchRules = {
    mode: input.mode,
    minLevelGap: input.minLevelGap,
    scope: input.scope,
    defaultCapacity: input.capacity,
    managerOf: people.managerOf,
    lockedPairs: pairsOf('locked pairs file', input.lockedCsv),
    previousPairs: pairsOf('previous pairs file', input.previousCsv),
    forbiddenPairs: pairsOf('forbidden pairs file', input.forbiddenCsv),
  };
  const outcome = await matchParticipants({
    participants: people.participants,
    rules,
    objective: input.objective,
    fair: input.fair,
    timeLimitSeconds: input.timeLimitSeconds,
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    ...(input.workers !== undefined ? { workers: input.workers } : {}),
  });
  const lines = outcome.pairs.map((p) => [p.mentorId, p.menteeId, String(p.score)].map(csvCell).join(','));
  return {
    pairsCsv: ['mentor,mentee,score', ...lines].join('\n') + '\n',
    summary: {
      pairs: outcome.pairs.length,
      unmatched_mentees: outcome.unmatchedMentees.length,
      unmatched_mentors: outcome.unmatchedMentors.length,
      total: outcome.total,
      min_pair: outcome.minPair,
      optimal: outcome.optimal,
      gap: Number.isFinite(outcome.gap) ? outcome.gap : null,
      seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
    },
    outcome,
    rules,
  };
}

/** The explanations file: every pair part by part, everyone unmatched with the reason, the figures. */
export function explanationsJson(result: MatchPeopleCsvResult): string {
  const { outcome, rules, summary } = result;
  const pairs = outcome.pairs.map((p) => {
    const e = outcome.explain(p);
    return { mentor: p.mentorId, mentee: p.menteeId, score: p.score, locked: p.locked, teach: e.teach, give_back: e.giveBack, parts: e.parts };
  });
  return JSON.stringify(
    {
      summary,
      rules: { mode: rules.mode, min_level_gap: rules.minLevelGap, scope: rules.scope, capacity: rules.defaultCapacity },
      distribution: outcome.distribution,
      blocking_pairs: outcome.blockingPairs,
      rounds: outcome.rounds,
      candidate_pairs: outcome.candidatePairs,
      warnings: outcome.warnings,
      pairs,
      unmatched_mentees: outcome.unmatchedMentees,
      unmatched_mentors: outcome.unmatchedMentors,
    },
    null,
    2,
  );
}

/**
 * Every eligible pair with its score (`mentor,mentee,score`), mentee by mentee, in chunks: at
 * 10,000 per side that is about 95 million lines, never held in memory at once. Mentors with no
 * places are left out, and so are pairs a lock rules out.
 */
export function* eligibleEdgeLines(outcome: MatchOutcome): Generator<string> {
  const { table, mentors, mentees } = outcome;
  yield 'mentor,mentee,score\n';
  const out = new Int32Array(table.mentorCount);
  const scratch = rowScratch(table);
  const mentorIds = mentors.map((m) => csvCell(m.id));
  const open = mentors.map((m) => (m.capacity ?? outcome.defaultCapacity) > 0);
  for (let j = 0; j < table.menteeCount; j++) {
    scoreRow(table, j, out, scratch);
    const menteeId = csvCell((mentees[j] as { id: string }).id);
    let chunk = '';
    for (let m = 0; m < table.mentorCount; m++) if ((out[m] as number) >= 0 && open[m]) chunk += `${mentorIds[m]},${menteeId},${out[m]}\n`;
    yield chunk;
  }
}

/** Each mentor's capacity (`mentor,capacity`), to check an --edges-out file with its places. */
export function capacitiesCsv(outcome: MatchOutcome, defaultCapacity: number): string {
  return ['mentor,capacity', ...outcome.mentors.map((m) => `${csvCell(m.id)},${m.capacity ?? defaultCapacity}`)].join('\n') + '\n';
}

function fail(what: string, rows: RowProblem[]): void {
  if (rows.length) throw new AppError('validation_failed', `The ${what} has ${rows.length} problem${rows.length === 1 ? '' : 's'}; nothing was written.`, { rows });
}

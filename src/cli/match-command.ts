import { Command, InvalidArgumentError, Option } from 'commander';
import { capacitiesCsv, eligibleEdgeLines, explanationsJson, matchPeopleCsv } from '../app/matching/match-people-csv.js';
import { AppError } from '../core/errors.js';
import { printError } from './print-problems.js';
import { readInput } from './read-input.js';
import { writeAtomically, writeStreaming } from './write-atomically.js';

const integer = (what: string, min: number) => (value: string): number => {
  if (!/^-?\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`${what} must be a whole number${min > -Infinity ? ` ≥ ${min}` : ''}`);
  return Number(value);
};
const seconds = (value: string): number => {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0)) throw new InvalidArgumentError('must be a number of seconds > 0');
  return n;
};

interface MatchOptions {
  people: string;
  out: string;
  mode: 'reverse' | 'mutual';
  minLevelGap: number;
  scope: 'any' | 'same-department' | 'cross-department';
  capacity: number;
  locked?: string;
  previous?: string;
  forbidden?: string;
  objective: 'coverage' | 'score';
  fair: boolean;
  explain?: string;
  edgesOut?: string;
  timeLimit?: number;
  workers?: number;
}

/** `tandem match`: the optimal pairing of a people file; the JSON summary is stdout's last line. */
export function matchCommand(): Command {
  return new Command('match')
    .description('optimal pairing of mentors and mentees by two-way skill complementarity, under the hard rules')
    .requiredOption('--people <file>', 'people CSV: id,name,side,department,level,manager_id,knows,wants,capacity,timezone,prefer,avoid')
    .requiredOption('--out <file>', 'pairs CSV to write: mentor,mentee,score')
    .addOption(new Option('--mode <mode>', 'reverse: juniors teach; mutual: both teach').choices(['reverse', 'mutual']).default('reverse'))
    .option('--min-level-gap <n>', 'mentee level − mentor level must be at least this', integer('--min-level-gap', -1_000_000), 1)
    .addOption(new Option('--scope <scope>', 'any, a pilot inside each department, or across departments only').choices(['any', 'same-department', 'cross-department']).default('any'))
    .option('--capacity <n>', 'mentees per mentor when the file gives none', integer('--capacity', 0), 1)
    .option('--locked <file>', 'pairs to keep as they are (mentor,mentee[,score], e.g. an earlier pairs file)')
    .option('--previous <file>', 'earlier partners, never paired again (mentor,mentee)')
    .option('--forbidden <file>', 'pairs an admin forbade (mentor,mentee)')
    .addOption(new Option('--objective <objective>', 'coverage: most pairs, then score; score: highest total').choices(['coverage', 'score']).default('coverage'))
    .option('--fair', 'first raise the weakest pair as high as possible, then the objective', false)
    .option('--explain <file>', 'JSON: every pair part by part, the unmatched with reasons, the figures')
    .option('--edges-out <file>', 'every eligible pair with its score (mentor,mentee,score), to check optimality independently; the mentors’ capacities go to <file>.capacities.csv')
    .option('--time-limit <seconds>', 'stop improving after this long and report the proven gap', seconds)
    .addOption(new Option('--workers <n>', 'worker threads for scoring (default: the machine’s cores)').argParser(integer('--workers', 1)).hideHelp())
    .action(async (opts: MatchOptions) => {
      const progress = progressPrinter();
      try {
        const result = await matchPeopleCsv({
          peopleCsv: readInput(opts.people),
          ...(opts.locked ? { lockedCsv: readInput(opts.locked) } : {}),
          ...(opts.previous ? { previousCsv: readInput(opts.previous) } : {}),
          ...(opts.forbidden ? { forbiddenCsv: readInput(opts.forbidden) } : {}),
          mode: opts.mode,
          minLevelGap: opts.minLevelGap,
          scope: opts.scope,
          capacity: opts.capacity,
          objective: opts.objective,
          fair: opts.fair,
          timeLimitSeconds: opts.timeLimit ?? null,
          onProgress: progress,
          ...(opts.workers ? { workers: opts.workers } : {}),
        });
        progress('writing files');
        writeAtomically(opts.out, result.pairsCsv);
        if (opts.explain) writeAtomically(opts.explain, explanationsJson(result));
        if (opts.edgesOut) {
          writeStreaming(opts.edgesOut, eligibleEdgeLines(result.outcome));
          writeAtomically(capacitiesPath(opts.edgesOut), capacitiesCsv(result.outcome, opts.capacity));
        }
        for (const w of result.outcome.warnings) process.stderr.write(`Warning: ${w}\n`);
        process.stdout.write(`${JSON.stringify(result.summary)}\n`);
      } catch (err) {
        printError(err);
        // Bad input is exit code 2, as for `tandem solve`; anything else is 1.
        process.exitCode = err instanceof AppError && err.code === 'validation_failed' ? 2 : 1;
      }
    });
}

/** edges.csv → edges.capacities.csv */
export function capacitiesPath(edgesPath: string): string {
  return `${edgesPath.replace(/\.csv$/i, '')}.capacities.csv`;
}

/** Progress lines on stderr, once the run has taken more than 2 seconds. */
function progressPrinter(): (message: string) => void {
  const started = performance.now();
  return (message) => {
    const elapsed = (performance.now() - started) / 1000;
    if (elapsed > 2) process.stderr.write(`[${elapsed.toFixed(1).padStart(6)} s] ${message}\n`);
  };
}

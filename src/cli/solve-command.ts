import { Command, InvalidArgumentError, Option } from 'commander';
import { solveScoredEdges } from '../app/matching/solve-scored-edges.js';
import { AppError } from '../core/errors.js';
import { printError } from './print-problems.js';
import { readInput } from './read-input.js';
import { writeAtomically } from './write-atomically.js';

const wholeNumber = (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number ≥ 0');
  return Number(value);
};

/** `tandem solve`: the exact solver on a scored edges file; the summary is stdout's last line. */
export function solveCommand(): Command {
  return new Command('solve')
    .description('optimal pairing of scored edges (mentor,mentee,score); unlisted pairs are forbidden')
    .requiredOption('--edges <file>', 'edges CSV: mentor,mentee,score')
    .requiredOption('--out <file>', 'pairs CSV to write: mentor,mentee,score')
    .option('--capacities <file>', 'capacities CSV: mentor,capacity')
    .option('--capacity <n>', 'capacity of mentors not in --capacities', wholeNumber, 1)
    .addOption(new Option('--objective <objective>', 'coverage: most pairs, then score; score: highest total').choices(['coverage', 'score']).default('coverage'))
    .option('--fair', 'first maximize the smallest pair score', false)
    .action((opts: { edges: string; out: string; capacities?: string; capacity: number; objective: 'coverage' | 'score'; fair: boolean }) => {
      try {
        const { pairsCsv, summary } = solveScoredEdges({
          edgesCsv: readInput(opts.edges),
          ...(opts.capacities ? { capacitiesCsv: readInput(opts.capacities) } : {}),
          defaultCapacity: opts.capacity,
          objective: opts.objective,
          fair: opts.fair,
        });
        writeAtomically(opts.out, pairsCsv);
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      } catch (err) {
        printError(err);
        // Bad input is exit code 2, as for the other matching commands; anything else is 1.
        process.exitCode = err instanceof AppError && err.code === 'validation_failed' ? 2 : 1;
      }
    });
}

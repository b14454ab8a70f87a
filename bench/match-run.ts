// One `tandem match` run for bench/matching.bench.ts, in a process of its own so that its peak
// memory is its own: people CSV in, pairs CSV out, through the same use case as the command,
// with the time of each phase. Prints one JSON line.
//   npx tsx bench/match-run.ts PEOPLE.csv OUT.csv [--locked FILE] [--previous FILE] [--forbidden FILE] [--mode mutual] [--workers N]
import { readFileSync, writeFileSync } from 'node:fs';
import { matchPeopleCsv } from '../src/app/matching/match-people-csv.js';

const [peoplePath, outPath, ...rest] = process.argv.slice(2);
if (!peoplePath || !outPath) throw new Error('usage: match-run.ts PEOPLE.csv OUT.csv [options]');
const option = (name: string) => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : undefined;
};
const file = (name: string) => {
  const path = option(name);
  return path ? readFileSync(path, 'utf8') : undefined;
};

const started = performance.now();
const phases: Array<{ at: number; message: string }> = [];
const lockedCsv = file('--locked');
const previousCsv = file('--previous');
const forbiddenCsv = file('--forbidden');
const result = await matchPeopleCsv({
  peopleCsv: readFileSync(peoplePath, 'utf8'),
  ...(lockedCsv ? { lockedCsv } : {}),
  ...(previousCsv ? { previousCsv } : {}),
  ...(forbiddenCsv ? { forbiddenCsv } : {}),
  mode: option('--mode') === 'mutual' ? 'mutual' : 'reverse',
  minLevelGap: 2,
  scope: 'any',
  capacity: 1,
  objective: 'coverage',
  fair: false,
  timeLimitSeconds: option('--time-limit') ? Number(option('--time-limit')) : null,
  onProgress: (message) => phases.push({ at: performance.now(), message }),
  ...(option('--workers') ? { workers: Number(option('--workers')) } : {}),
});
writeFileSync(outPath, result.pairsCsv);
const ended = performance.now();

// Scoring = everything before the first solve, plus every pricing scan; solving = the solves.
let solving = 0;
let scoring = (phases[1]?.at ?? ended) - started;
for (let i = 1; i < phases.length; i++) {
  const next = phases[i + 1]?.at ?? ended;
  const span = next - (phases[i] as { at: number }).at;
  if ((phases[i] as { message: string }).message.includes('solving')) solving += span;
  else if (!(phases[i] as { message: string }).message.startsWith('writing')) scoring += span;
}
process.stdout.write(
  `${JSON.stringify({
    summary: result.summary,
    seconds: Number(((ended - started) / 1000).toFixed(3)),
    scoring: Number((scoring / 1000).toFixed(3)),
    solving: Number((solving / 1000).toFixed(3)),
    rounds: result.outcome.rounds,
    candidates: result.outcome.candidatePairs,
    blocking: result.outcome.blockingPairs,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);

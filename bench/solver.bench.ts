// Micro benchmark of the exact solver alone on random sparse instances (not a timed test).
//   npx tsx bench/solver.bench.ts              (1k, 10k and 100k per side)
//   npx tsx bench/solver.bench.ts 1000 10000   (chosen sizes)
// Each mentee gets ~30 distinct random candidate mentors with integer scores 0..300; mentors
// have capacity 1 (the hardest, assignment-like case); objective coverage. Each size runs in a
// worker thread so the main thread can sample the process's RSS every 20 ms while the
// (synchronous) solver works; the figure is the sampled peak, including the instance itself.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { mulberry32 } from '../src/core/demo/prng.js';
import { solve } from '../src/core/matching/solver/solve.js';
import type { Edge, SolveInput } from '../src/core/matching/types.js';

const PER_MENTEE = 30;

function instance(n: number, seed: number): SolveInput {
  const rand = mulberry32(seed);
  const edges: Edge[] = [];
  const picked = new Set<number>();
  for (let j = 0; j < n; j++) {
    picked.clear();
    const want = Math.min(PER_MENTEE, n);
    while (picked.size < want) picked.add(Math.floor(rand() * n));
    for (const m of picked) edges.push({ mentor: m, mentee: j, score: Math.floor(rand() * 301) });
  }
  return { mentorCount: n, menteeCount: n, capacities: new Array<number>(n).fill(1), edges, objective: 'coverage' };
}

interface Report {
  n: number;
  edges: number;
  seconds: number;
  pairs: number;
  total: number;
  minPair: number | null;
  optimal: boolean;
}

/** Worker side: build the instance, solve it, report (generation is not timed). */
function work(n: number): Report {
  const input = instance(n, 20240601 + n);
  const start = performance.now();
  const result = solve(input);
  const seconds = (performance.now() - start) / 1000;
  return { n, edges: input.edges.length, seconds, pairs: result.pairs.length, total: result.total, minPair: result.minPair, optimal: result.optimal };
}

async function measure(n: number): Promise<void> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  // The worker needs tsx's loader too, to run this TypeScript file.
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: n });
  const report = await new Promise<Report>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  clearInterval(sampler);
  await worker.terminate();
  const r = report;
  console.log(
    `${String(r.n).padStart(7)} per side  ${String(r.edges).padStart(9)} edges  solve ${r.seconds.toFixed(2).padStart(7)} s  ` +
      `pairs ${r.pairs}  total ${r.total}  min ${r.minPair}  optimal ${r.optimal}  peak RSS ${Math.round(peak / 2 ** 20)} MB`,
  );
}

if (isMainThread) {
  const sizes = process.argv.slice(2).map(Number);
  for (const n of sizes.length ? sizes : [1_000, 10_000, 100_000]) await measure(n);
} else {
  parentPort?.postMessage(work(workerData as number));
}

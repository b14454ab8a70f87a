// Row scans spread over worker threads (both cores at 10,000 people and more). Each worker gets
// a contiguous range of rows; results are put back together in row order, so they do not depend
// on how many workers there are. Small programs scan in the calling thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EdgeArrays } from '../../core/matching/candidate-scan.js';
import type { OpenMasks, RowScans } from '../../core/matching/column-generation.js';
import { LocalScans } from '../../core/matching/local-scans.js';
import type { BlockingRequest, PricingRequest, PricingShare } from '../../core/matching/pricing-scan.js';
import type { RowSide } from '../../core/matching/row-engine.js';
import type { ScoringTable } from '../../core/matching/scoring-table.js';

export type ScanRequest =
  | { type: 'init'; table: ScoringTable }
  | { type: 'best'; side: RowSide; k: number; masks: OpenMasks; from: number; to: number }
  | { type: 'price'; request: Omit<PricingRequest, 'from' | 'to'>; from: number; to: number }
  | { type: 'blocking'; request: Omit<BlockingRequest, 'from' | 'to'>; from: number; to: number };

type Reply = { ok: true; edges?: EdgeArrays; share?: PricingShare; count?: number } | { ok: false; message: string };

/** Below this many pairs, one thread is quicker than starting workers. */
const POOL_FROM_PAIRS = 20_000_000;

export interface ClosableScans extends RowScans {
  close(): Promise<void>;
}

export interface ScanOptions {
  workers?: number;
  poolFromPairs?: number;
  /** The pairs a scan pass looks at (default: every pair). Incremental runs, where most people
   * are locked, scan only the open rows: a pool would cost more to start than it saves. */
  scannedPairs?: number;
}

/** Scans for this table: worker threads for large programs, this thread for small ones. */
export async function openScans(table: ScoringTable, options: ScanOptions = {}): Promise<ClosableScans> {
  const workers = options.workers ?? Math.min(8, availableParallelism());
  const scanned = options.scannedPairs ?? table.mentorCount * table.menteeCount;
  if (workers < 2 || scanned < (options.poolFromPairs ?? POOL_FROM_PAIRS)) {
    const local = new LocalScans(table);
    return Object.assign(local, { close: async () => {} });
  }
  return WorkerScans.start(table, workers);
}

class WorkerScans implements ClosableScans {
  private constructor(private readonly workers: Worker[]) {}

  static async start(table: ScoringTable, count: number): Promise<WorkerScans> {
    const url = new URL('./scan-worker.ts', import.meta.url).href;
    // The worker runs TypeScript through tsx, as this process does.
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
    const workers = Array.from({ length: count }, () => new Worker(boot, { eval: true }));
    const pool = new WorkerScans(workers);
    try {
      await Promise.all(workers.map((w) => pool.ask(w, { type: 'init', table })));
    } catch (err) {
      await pool.close();
      throw err;
    }
    return pool;
  }

  async bestPartners(side: RowSide, k: number, masks: OpenMasks): Promise<EdgeArrays> {
    const rows = side === 'mentee' ? masks.menteeOpen.length : masks.mentorOpen.length;
    const parts = await Promise.all(
      this.ranges(rows).map(([from, to], i) =>
        this.ask(this.workers[i] as Worker, { type: 'best', side, k, masks, from, to }),
      ),
    );
    return concat(parts.map((r) => r.edges as EdgeArrays));
  }

  async price(request: Omit<PricingRequest, 'from' | 'to'>): Promise<PricingShare> {
    const rows = request.menteeOpen.length;
    const ranges = this.ranges(rows);
    const parts = await Promise.all(
      ranges.map(([from, to], i) => this.ask(this.workers[i] as Worker, { type: 'price', request, from, to })),
    );
    const raise = new Float64Array(rows);
    let violations = 0;
    parts.forEach((r, i) => {
      const share = r.share as PricingShare;
      raise.set(share.raise, (ranges[i] as [number, number])[0]);
      violations += share.violations;
    });
    return { added: concat(parts.map((r) => (r.share as PricingShare).added)), violations, raise };
  }

  async blocking(request: Omit<BlockingRequest, 'from' | 'to'>): Promise<number> {
    const ranges = this.ranges(request.menteeOpen.length);
    const parts = await Promise.all(
      ranges.map(([from, to], i) => this.ask(this.workers[i] as Worker, { type: 'blocking', request, from, to })),
    );
    return parts.reduce((sum, r) => sum + (r.count as number), 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private ranges(rows: number): Array<[number, number]> {
    const n = this.workers.length;
    return Array.from({ length: n }, (_, i) => [Math.floor((rows * i) / n), Math.floor((rows * (i + 1)) / n)]);
  }

  private ask(worker: Worker, request: ScanRequest): Promise<Reply & { ok: true }> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => {
        worker.off('message', onMessage);
        reject(err);
      };
      const onMessage = (reply: Reply) => {
        worker.off('error', onError);
        if (reply.ok) resolve(reply);
        else reject(new Error(`scan worker: ${reply.message}`));
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(request);
    });
  }
}

function concat(parts: readonly EdgeArrays[]): EdgeArrays {
  const total = parts.reduce((n, p) => n + p.mentor.length, 0);
  const out: EdgeArrays = {
    mentor: new Int32Array(total),
    mentee: new Int32Array(total),
    score: new Int32Array(total),
  };
  let at = 0;
  for (const p of parts) {
    out.mentor.set(p.mentor, at);
    out.mentee.set(p.mentee, at);
    out.score.set(p.score, at);
    at += p.mentor.length;
  }
  return out;
}

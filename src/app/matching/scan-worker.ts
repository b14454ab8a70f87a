// A worker thread's share of the row scans: it holds its own copy of the scoring table (and its
// own WebAssembly memory) and answers range requests from scan-pool.ts.
import { parentPort } from 'node:worker_threads';
import { LocalScans } from '../../core/matching/local-scans.js';
import type { ScanRequest } from './scan-pool.js';

let scans: LocalScans | null = null;

parentPort?.on('message', (message: ScanRequest) => {
  try {
    if (message.type === 'init') {
      scans = new LocalScans(message.table);
      parentPort?.postMessage({ ok: true });
      return;
    }
    if (!scans) throw new Error('scan worker used before init');
    if (message.type === 'best') {
      const edges = scans.bestPartnersOf(message.side, message.k, message.masks, message.from, message.to);
      parentPort?.postMessage({ ok: true, edges }, buffers(edges.mentor, edges.mentee, edges.score));
    } else if (message.type === 'blocking') {
      parentPort?.postMessage({ ok: true, count: scans.blockingRange(message.request, message.from, message.to) });
    } else {
      const share = scans.priceRange(message.request, message.from, message.to);
      const a = share.added;
      parentPort?.postMessage({ ok: true, share }, buffers(a.mentor, a.mentee, a.score, share.raise));
    }
  } catch (err) {
    parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});

/** The results' own buffers, moved to the main thread rather than copied. */
function buffers(...arrays: Array<Int32Array | Float64Array>): ArrayBuffer[] {
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { startEmbeddedMaintenance } from '../../src/db/maintenance.js';

describe('embedded database maintenance', () => {
  it('gives the planner statistics PGlite would never collect by itself', async () => {
    const db = await openDatabase({ memory: true });
    try {
      await db.session((c) =>
        c.exec('CREATE TABLE counted (n int); INSERT INTO counted SELECT generate_series(1, 1000)'),
      );
      const reltuples = async () =>
        Number(
          (await db.session((c) => c.exec(`SELECT reltuples FROM pg_class WHERE relname = 'counted'`)))[0]?.reltuples,
        );
      // Never analyzed: -1, so the planner guesses.
      expect(await reltuples()).toBe(-1);
      const warnings: string[] = [];
      const maintenance = startEmbeddedMaintenance(db, { warn: (_o, msg) => warnings.push(msg) });
      await new Promise((r) => setTimeout(r, 50));
      await maintenance.stop();
      expect(warnings).toEqual([]);
      expect(await reltuples()).toBe(1000);
    } finally {
      await db.close();
    }
  });
});

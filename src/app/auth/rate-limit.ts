import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';

export interface Limit {
  max: number;
  windowSeconds: number;
}

// Counted in the database so that every app server shares the same counters.
export const LOGIN_LIMITS = {
  perIp: { max: 30, windowSeconds: 15 * 60 },
  perAccount: { max: 10, windowSeconds: 15 * 60 },
} as const satisfies Record<string, Limit>;

/** Counts one hit against `key` and says whether it is still within the limit. */
export async function hitRateLimit(tx: Tx, key: string, limit: Limit, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - limit.windowSeconds * 1000).toISOString();
  const result = await tx.execute<{ count: number }>(sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, ${at}::timestamptz, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start < ${windowStart}::timestamptz THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.window_start < ${windowStart}::timestamptz THEN ${at}::timestamptz ELSE rate_limits.window_start END
    RETURNING count`);
  return Number(result.rows[0]?.count ?? 0) <= limit.max;
}

export async function resetRateLimit(tx: Tx, key: string): Promise<void> {
  await tx.execute(sql`DELETE FROM rate_limits WHERE key = ${key}`);
}

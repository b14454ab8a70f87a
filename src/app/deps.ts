import type { Config } from '../config/env.js';
import type { Database } from '../db/client.js';

/** What every use case may use. Passed in, never imported, so tests can substitute any part. */
export interface Deps {
  db: Database;
  config: Config;
  /** The clock, so expiry rules can be tested without waiting. */
  now: () => Date;
}

/** Where an action came from, for the audit log. */
export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
  userAgent?: string | null;
}

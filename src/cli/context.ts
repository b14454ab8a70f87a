import type { Deps } from '../app/deps.js';
import { withAppSecret } from '../config/app-secret.js';
import { parseConfig } from '../config/env.js';
import { openConfiguredDatabase } from '../db/open-configured.js';

/** Opens the configured database (migrated) for one command and always closes it. */
export async function withDeps<T>(work: (deps: Deps) => Promise<T>): Promise<T> {
  const config = parseConfig(process.env);
  const db = await openConfiguredDatabase(config);
  try {
    // After the database opened: its data-directory lock guards the generated secret too.
    return await work({ db, config: withAppSecret(config), now: () => new Date() });
  } finally {
    await db.close();
  }
}

import pino from 'pino';
import type { Deps } from './app/deps.js';
import { ensureDemoOnFirstStart } from './app/org/seed-demo.js';
import { withAppSecret } from './config/app-secret.js';
import { ConfigError, parseConfig } from './config/env.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { startEmbeddedMaintenance } from './db/maintenance.js';
import { openConfiguredDatabase } from './db/open-configured.js';
import { createMailer } from './jobs/mailer.js';
import { startJobRunner } from './jobs/runner.js';
import { buildApp } from './server/app.js';

async function main(): Promise<void> {
  const config = withAppSecret(parseConfig(process.env));
  const log = pino({ level: config.logLevel });
  const db = await openConfiguredDatabase(config);
  const deps: Deps = { db, config, now: () => new Date() };
  // The demo organization (with known passwords) is only ever loaded into a new embedded
  // database, never into a PostgreSQL server that might be production.
  const demoLogins = !config.databaseUrl && config.seedDemo === 'auto' ? await ensureDemoOnFirstStart(deps) : null;
  if (!config.publicUrl && !['127.0.0.1', 'localhost', '::1'].includes(config.host)) {
    log.warn(`PUBLIC_URL is not set: links in emails will point to http://localhost:${config.port}`);
  }
  const app = await buildApp(deps, { logLevel: config.logLevel });
  await app.listen({ port: config.port, host: config.host });
  const jobs = startJobRunner({ ...deps, mailer: createMailer(config.smtpUrl) }, log);
  const maintenance = startEmbeddedMaintenance(db, log);
  printBanner(config.port, config.host, demoLogins, config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`);

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await app.close();
    await jobs.stop();
    await maintenance.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

function printBanner(port: number, host: string, logins: Array<{ email: string; password: string; label: string }> | null, engine: string): void {
  const shown = host === '0.0.0.0' || host === '127.0.0.1' || host === '::' ? 'localhost' : host;
  const lines = [``, `Tandem is running at http://${shown}:${port}  (database: ${engine})`, `API docs: http://${shown}:${port}/api/docs`];
  if (logins) {
    lines.push('', 'Demo organization loaded. Sign in as:');
    for (const l of logins) lines.push(`  ${l.label.padEnd(34)} ${l.email.padEnd(42)} ${l.password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Tandem could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './env.js';

/**
 * The key material for encryption at rest. Embedded installs generate it into the data
 * directory on first start; with DATABASE_URL it must be configured, so that every app server
 * shares it and it never lives in the database.
 */
export function resolveAppSecret(config: Config): string {
  if (config.appSecret) return config.appSecret;
  if (config.databaseUrl) throw new Error('APP_SECRET is required with DATABASE_URL');
  mkdirSync(config.dataDir, { recursive: true });
  const path = join(config.dataDir, 'app-secret');
  if (!existsSync(path)) writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  return readFileSync(path, 'utf8').trim();
}

/** The configuration with its secret resolved, so every use case can derive keys from it. */
export function withAppSecret(config: Config): Config {
  return Object.freeze({ ...config, appSecret: resolveAppSecret(config) });
}

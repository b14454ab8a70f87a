import { spawnSync } from 'node:child_process';

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/**
 * The real `tandem` command in a child process, as an operator runs it. With `dataDir`, on an
 * embedded database there (DATABASE_URL cleared, so a test run against PostgreSQL never points
 * a CLI test at it).
 */
export function runTandem(args: readonly string[], options: { dataDir?: string; env?: Record<string, string>; timeoutMs?: number } = {}): CliResult {
  const env = options.dataDir ? { ...process.env, DATA_DIR: options.dataDir, DATABASE_URL: '', ...options.env } : { ...process.env, ...options.env };
  const res = spawnSync(process.execPath, ['bin/tandem.js', ...args], { encoding: 'utf8', env, timeout: options.timeoutMs ?? 60_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

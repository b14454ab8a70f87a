import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../../src/db/data-dir-lock.js';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function tryLockInAnotherProcess(dir: string) {
  const script = `import { lockDataDir } from ${JSON.stringify(join(process.cwd(), 'src/db/data-dir-lock.ts'))};
try { lockDataDir(${JSON.stringify(dir)}); console.log('locked'); } catch (e) { console.log(e.message); process.exit(3); }`;
  return spawnSync(tsx, ['--eval', script], { encoding: 'utf8' });
}

describe('embedded data directory lock', () => {
  it('refuses a second process with a clear message while the first holds it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-lock-'));
    const lock = lockDataDir(dir);
    try {
      const second = tryLockInAnotherProcess(dir);
      expect(second.status).toBe(3);
      expect(second.stdout).toContain('is in use by another Tandem process');
    } finally {
      lock.release();
    }
    expect(tryLockInAnotherProcess(dir).stdout).toContain('locked');
  });

  it('refuses a second lock in the same process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-lock-'));
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    lock.release();
  });

  it('takes over a lock left by a process that died (kill -9)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(join(dir, 'tandem.lock'), JSON.stringify({ pid: Number(dead.stdout.trim()), host: hostname() }));
    const lock = lockDataDir(dir);
    lock.release();
  });
});

import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

// PGlite has no lock of its own: two processes on one directory would corrupt it. We hold a
// lock file with our pid for the life of the process; a lock left by a dead process is stale.
export class DataDirLockedError extends Error {}

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'tandem.lock');
  if (!tryCreate(path)) {
    const holder = readHolder(path);
    if (holder && isAlive(holder)) {
      throw new DataDirLockedError(
        `The data directory ${dataDir} is in use by another Tandem process (pid ${holder.pid} on ${holder.host}). ` +
          'Stop that process first, or set DATA_DIR to another directory.',
      );
    }
    unlinkSync(path);
    // If another process removed the stale lock at the same moment, only one create wins.
    if (!tryCreate(path)) throw new DataDirLockedError(`Could not lock the data directory ${dataDir}.`);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      if (readHolder(path)?.pid === process.pid) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once('exit', release);
  return { release };
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function readHolder(path: string): { pid: number; host: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; host?: unknown };
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, host: typeof parsed.host === 'string' ? parsed.host : '' };
  } catch {
    return null;
  }
}

function isAlive(holder: { pid: number; host: string }): boolean {
  // A lock taken on another host (a shared volume) cannot be checked: treat it as live.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

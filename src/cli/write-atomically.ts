import { renameSync, writeFileSync } from 'node:fs';

/** Writes via a temporary file and a rename, so a failed run never leaves a half-written file. */
export function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

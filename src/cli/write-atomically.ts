import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';

/** Writes via a temporary file and a rename, so a failed run never leaves a half-written file. */
export function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Writes chunks to a temporary file, then renames it: never a half-written file. */
export function writeStreaming(path: string, chunks: Iterable<string>): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } catch (err) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(temporary, path);
}

import { AppError } from '../core/errors.js';

/** Prints an error for a person at a terminal; returns the exit code. */
export function printError(err: unknown): number {
  if (!(err instanceof AppError)) {
    process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  process.stderr.write(`Error: ${err.message}\n`);
  for (const f of err.extra.fields ?? []) process.stderr.write(`  ${f.path}: ${f.message}\n`);
  const rows = err.extra.rows ?? [];
  for (const r of rows) {
    const where = r.row > 0 ? `row ${r.row}` : 'file';
    process.stderr.write(`  ${where}${r.column ? `, ${r.column}` : ''}: ${r.message}\n`);
  }
  return 1;
}

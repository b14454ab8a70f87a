import { readFileSync } from 'node:fs';
import { AppError } from '../core/errors.js';

/** An input file's text; a file that cannot be read is bad input (exit code 2), named with its path. */
export function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new AppError('validation_failed', `Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

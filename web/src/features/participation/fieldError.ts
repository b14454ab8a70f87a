import type { ApiError } from '../../api/client';

/**
 * The server's message for a body field or anything inside it: `knows` also finds `knows.2.level`
 * or `knows[2]`, so a list of rows can show one message above itself.
 */
export function fieldError(error: ApiError | undefined, path: string): string | undefined {
  if (error === undefined) return undefined;
  const exact = error.fieldMessage(path);
  if (exact !== undefined) return exact;
  return error.fields.find((field) => field.path.startsWith(`${path}.`) || field.path.startsWith(`${path}[`))?.message;
}

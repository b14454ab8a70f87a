import type { ApiError } from '../../api/client';

/**
 * The server's message for a body field, or for anything inside it: validation paths are dotted
 * (`scope.department`, `questions.0.options.1`), and a form often shows one message for a group.
 */
export function fieldError(error: ApiError | undefined, path: string): string | undefined {
  if (error === undefined) return undefined;
  return error.fieldMessage(path) ?? error.fields.find((field) => field.path.startsWith(`${path}.`))?.message;
}

// An organization's slug names it in the CLI (`--org acme`): lower-case letters, digits, hyphens.
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

export function slugProblem(slug: string): string | null {
  return SLUG_PATTERN.test(slug)
    ? null
    : 'must be 1–48 lower-case letters, digits or hyphens, not starting or ending with a hyphen';
}

/**
 * An ILIKE pattern matching `text` anywhere, with LIKE's wildcards escaped so that a search for
 * "50%" means the text, not a pattern.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

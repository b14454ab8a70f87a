// A participant's profile rules (issue 4). Pure.
import type { FieldError } from '../errors.js';
import { parseTimeZone } from '../people/import-columns.js';

export interface ProfileInput {
  knows: Array<{ skillKey: string; level: number }>;
  wants: Array<{ skillKey: string; priority: number }>;
  timeZone: string | null;
  availability: string | null;
  motivation: string | null;
  preferPersonIds: string[];
  avoidPersonIds: string[];
}

export interface ProfileContext {
  skillKeys: ReadonlySet<string>;
  selfPersonId: string;
  /** Which of the prefer/avoid ids are people of the organization. */
  knownPersonIds: ReadonlySet<string>;
}

/** Problems with the profile, by field; also returns the canonical time-zone name. */
export function profileProblems(p: ProfileInput, ctx: ProfileContext): { problems: FieldError[]; timeZone: string | null } {
  const problems: FieldError[] = [];
  const dup = (list: string[]) => list.filter((k, i) => list.indexOf(k) !== i);
  for (const [field, keys] of [['knows', p.knows.map((k) => k.skillKey)], ['wants', p.wants.map((w) => w.skillKey)]] as const) {
    const unknown = keys.filter((k) => !ctx.skillKeys.has(k));
    if (unknown.length) problems.push({ path: field, message: `not in the skill catalogue: ${unknown.slice(0, 5).join(', ')}` });
    if (dup(keys).length) problems.push({ path: field, message: `listed twice: ${dup(keys).join(', ')}` });
  }
  for (const [path, ids] of [['preferPersonIds', p.preferPersonIds], ['avoidPersonIds', p.avoidPersonIds]] as const) {
    if (ids.includes(ctx.selfPersonId)) problems.push({ path, message: 'you cannot list yourself' });
    if (ids.some((id) => !ctx.knownPersonIds.has(id))) problems.push({ path, message: 'every person must be in the directory' });
  }
  if (p.preferPersonIds.some((id) => p.avoidPersonIds.includes(id))) problems.push({ path: 'avoidPersonIds', message: 'a person cannot be both preferred and avoided' });
  let timeZone: string | null = null;
  if (p.timeZone) {
    const parsed = parseTimeZone(p.timeZone.trim());
    if (parsed.ok) timeZone = parsed.value;
    else problems.push({ path: 'timeZone', message: parsed.message });
  }
  return { problems, timeZone };
}

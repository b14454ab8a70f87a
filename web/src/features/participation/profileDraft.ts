// The profile form's working copy, and the PUT body made from it.
import type { PersonBrief, Profile, ProfileBody } from '../../api/programs';

export interface ProfileDraft {
  /** skillKey → level 1..5, in the order they were picked. */
  knows: Record<string, number>;
  /** skillKey → priority 1..3. */
  wants: Record<string, number>;
  timeZone: string;
  availability: string;
  motivation: string;
  prefer: PersonBrief[];
  avoid: PersonBrief[];
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    return '';
  }
}

export function draftFromProfile(profile: Profile, defaultTimeZone = browserTimeZone()): ProfileDraft {
  return {
    knows: Object.fromEntries(profile.knows.map((item) => [item.skillKey, item.level])),
    wants: Object.fromEntries(profile.wants.map((item) => [item.skillKey, item.priority])),
    timeZone: profile.timeZone ?? defaultTimeZone,
    availability: profile.availability ?? '',
    motivation: profile.motivation ?? '',
    prefer: profile.prefer,
    avoid: profile.avoid,
  };
}

/** Empty text becomes null, so clearing a field clears it on the server too. */
export function bodyFromDraft(draft: ProfileDraft): ProfileBody {
  return {
    knows: Object.entries(draft.knows).map(([skillKey, level]) => ({ skillKey, level })),
    wants: Object.entries(draft.wants).map(([skillKey, priority]) => ({ skillKey, priority })),
    timeZone: orNull(draft.timeZone),
    availability: orNull(draft.availability),
    motivation: orNull(draft.motivation),
    preferPersonIds: draft.prefer.map((person) => person.id),
    avoidPersonIds: draft.avoid.map((person) => person.id),
  };
}

function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

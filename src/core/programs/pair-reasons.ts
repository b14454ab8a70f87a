// A pair's explanation in plain sentences, for the two people and the program manager.
import type { PairExplanation } from '../matching/score.js';
import type { Participant } from '../matching/types.js';

export interface StoredExplanation {
  /** `skill`: the skill's label, for the parts about one skill (the agreement suggests them as topics). */
  parts: Array<{ kind: string; label: string; points: number; skill?: string }>;
  reasons: string[];
}

// The words of the profile form's levels (web/src/features/participation/labels.ts), so that a
// reason says the level the teacher chose: "level 4 — Advanced" reads "(advanced)".
const LEVEL_WORDS = ['', 'some experience', 'working knowledge', 'confident', 'advanced', 'expert'];

/**
 * Parts keep the engine's arithmetic (for the program manager); reasons say what each person
 * teaches the other. Preferences are left out of the reasons: who asked for whom stays private.
 */
export function storedExplanation(
  explanation: PairExplanation,
  mentor: Participant,
  mentee: Participant,
  skillLabel: (key: string) => string,
): StoredExplanation {
  const parts = explanation.parts.map((p) => ({ kind: p.kind, label: p.detail, points: p.points, ...(p.skill ? { skill: skillLabel(p.skill) } : {}) }));
  const reasons: string[] = [];
  const name = (p: Participant) => p.name ?? 'Your partner';
  for (const part of explanation.parts) {
    if (part.points <= 0 || !part.skill) continue;
    const [teacher, learner] = part.kind === 'teaches' ? [mentor, mentee] : [mentee, mentor];
    const level = teacher.knows.get(part.skill) ?? 0;
    reasons.push(`${name(teacher)} can teach ${name(learner)} ${skillLabel(part.skill)} (${LEVEL_WORDS[level] ?? `level ${level}`}).`);
  }
  if (explanation.parts.some((p) => p.kind === 'cross_department')) {
    reasons.push(`You work in different departments (${mentor.department} and ${mentee.department}).`);
  }
  if (explanation.parts.some((p) => p.kind === 'time_zone')) reasons.push('Your time zones are close, so meetings are easy to fit in.');
  if (reasons.length === 0) reasons.push('No strong skill match: paired so that nobody is left out. Agree together what to work on.');
  return { parts, reasons };
}

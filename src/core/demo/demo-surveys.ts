// The demo program's surveys are the product's default templates, and the demo answers use their
// standard keys, so the dashboards read demo rows exactly as they read real ones.
import { SURVEY_TEMPLATES, type SurveyTemplate } from '../surveys/templates.js';
import type { Rng } from './prng.js';

export type DemoSurvey = SurveyTemplate;
export const DEMO_SURVEYS: readonly DemoSurvey[] = SURVEY_TEMPLATES;

type Answers = Record<string, number | string | boolean | null>;

const PULSE_COMMENTS = ['Sessions are the highlight of my fortnight.', 'Hard to find time this month.', 'We tried something new and it worked.', 'Would like more structure.'];
const END_COMMENTS = ['Please run it again next year.', 'A longer first session would help.', 'Pair us earlier in the year.'];
const LEARNED = {
  mentee: ['How my team actually uses AI tools day to day.', 'To post on LinkedIn without overthinking it.', 'Building a simple dashboard myself.'],
  mentor: ['How budget decisions are made.', 'How to pitch an idea to senior leaders.', 'A clearer plan for my next two years.'],
} as const;

/** A 1–5 answer around the respondent's mood (0..1), with some noise. */
const scale = (mood: number, rng: Rng) => Math.min(5, Math.max(1, Math.round(1.8 + mood * 3 + rng.between(-0.8, 0.8))));
/** A 0–10 recommendation score: happy people promote, unhappy ones detract. */
const npsScore = (mood: number, rng: Rng) => Math.min(10, Math.max(0, Math.round(3 + mood * 7.5 + rng.between(-1.5, 1.5))));
const maybe = <T>(rng: Rng, share: number, items: readonly T[]): T | null => (rng.chance(share) ? rng.pick(items) : null);

/** One respondent's answers to a survey of `kind`, keyed by the standard question keys. */
export function demoAnswers(kind: SurveyTemplate['kind'], side: 'mentor' | 'mentee', mood: number, rng: Rng): Answers {
  if (kind === 'fit_check') {
    const fit = mood > 0.5 ? (rng.chance(0.88) ? 'good_fit' : 'too_early') : rng.pick(['too_early', 'too_early', 'not_a_fit']);
    return { fit, comment: maybe(rng, 0.2, ['Easy first conversation.', 'We agreed on clear goals.']) };
  }
  if (kind === 'pulse') {
    return { morale: scale(mood, rng), useful: scale(mood, rng), nps: npsScore(mood, rng), comment: maybe(rng, 0.25, PULSE_COMMENTS) };
  }
  return {
    satisfaction: scale(mood, rng),
    learned: scale(mood + 0.05, rng),
    learned_text: maybe(rng, 0.7, LEARNED[side]),
    again: rng.chance(0.35 + mood * 0.6),
    nps: npsScore(mood, rng),
    comment: maybe(rng, 0.3, END_COMMENTS),
  };
}

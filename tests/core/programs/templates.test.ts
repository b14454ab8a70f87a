import { describe, expect, it } from 'vitest';
import {
  catalogueSkill,
  DEFAULT_SKILLS,
  SKILL_CATEGORIES,
  SKILL_CATEGORY_LABELS,
  SKILL_KEY_MAX_LENGTH,
  SKILL_KEY_PATTERN,
} from '../../../src/core/programs/catalogue.js';
import {
  DEFAULT_TRAINING,
  defaultTrainingFor,
  type TrainingModuleDraft,
} from '../../../src/core/programs/default-training.js';
import { PROGRAM_TEMPLATES, programTemplate } from '../../../src/core/programs/templates.js';

const REQUIRED_MENTOR_MODULES = [
  'teaching-upward',
  'confidentiality',
  'work-appropriate',
  'not-seeking-favour',
  'learner-drives',
  'strategy-stays-with-senior',
];
const REQUIRED_MENTEE_MODULES = ['status-at-the-door', 'be-the-driver', 'listen-more', 'giving-back', 'skills-not-age'];

const paragraphCount = (body: string) => body.split(/\n\s*\n/).filter((part) => part.trim() !== '').length;

function checkModule(module: TrainingModuleDraft) {
  expect(module.title.trim(), module.key).not.toBe('');
  expect(module.summary, module.key).toMatch(/^[A-Z].*[.!?]$/);
  expect(module.summary.includes('\n'), module.key).toBe(false);
  expect(paragraphCount(module.body), module.key).toBeGreaterThanOrEqual(3);
  expect(paragraphCount(module.body), module.key).toBeLessThanOrEqual(6);
  expect(module.questions.length, module.key).toBeGreaterThanOrEqual(2);
  expect(module.questions.length, module.key).toBeLessThanOrEqual(4);
  for (const question of module.questions) {
    const where = `${module.key}: ${question.prompt}`;
    expect(question.options.length, where).toBeGreaterThanOrEqual(3);
    expect(question.options.length, where).toBeLessThanOrEqual(4);
    expect(new Set(question.options.map((option) => option.trim().toLowerCase())).size, where).toBe(
      question.options.length,
    );
    expect(Number.isInteger(question.correct), where).toBe(true);
    expect(question.correct, where).toBeGreaterThanOrEqual(0);
    expect(question.correct, where).toBeLessThan(question.options.length);
    expect(question.prompt.trim(), where).not.toBe('');
    expect(question.explanation.trim(), where).not.toBe('');
  }
}

describe('skill catalogue', () => {
  it('has well-formed, unique keys', () => {
    const keys = DEFAULT_SKILLS.map((skill) => skill.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).toMatch(SKILL_KEY_PATTERN);
      expect(key.length).toBeLessThanOrEqual(SKILL_KEY_MAX_LENGTH);
    }
    expect(SKILL_KEY_PATTERN.test('Not-Kebab')).toBe(false);
    expect(SKILL_KEY_PATTERN.test('double--hyphen')).toBe(false);
    expect(SKILL_KEY_PATTERN.test('-leading')).toBe(false);
  });

  it('has unique, non-empty labels', () => {
    const labels = DEFAULT_SKILLS.map((skill) => skill.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label.trim()).not.toBe('');
  });

  it('represents every category: at least 4 skills each, 1–2 in "other"', () => {
    expect(DEFAULT_SKILLS.length).toBeGreaterThanOrEqual(40);
    expect(DEFAULT_SKILLS.length).toBeLessThanOrEqual(50);
    for (const category of SKILL_CATEGORIES) {
      const count = DEFAULT_SKILLS.filter((skill) => skill.category === category).length;
      if (category === 'other') {
        expect(count, category).toBeGreaterThanOrEqual(1);
        expect(count, category).toBeLessThanOrEqual(2);
      } else {
        expect(count, category).toBeGreaterThanOrEqual(4);
      }
      expect(SKILL_CATEGORY_LABELS[category].trim()).not.toBe('');
    }
  });

  it('looks skills up by key', () => {
    expect(catalogueSkill('linkedin-presence')?.category).toBe('social_media');
    expect(catalogueSkill('no-such-skill')).toBeUndefined();
  });
});

describe('default training', () => {
  it('has unique module keys', () => {
    const keys = DEFAULT_TRAINING.map((module) => module.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has well-formed modules and questions', () => {
    for (const module of DEFAULT_TRAINING) checkModule(module);
  });

  it('covers every required topic for the right role', () => {
    const roleOf = new Map(DEFAULT_TRAINING.map((module) => [module.key, module.role]));
    for (const key of REQUIRED_MENTOR_MODULES) expect(roleOf.get(key), key).toBe('mentor');
    for (const key of REQUIRED_MENTEE_MODULES) expect(roleOf.get(key), key).toBe('mentee');
  });

  it('does not always put the correct answer in the same place', () => {
    const positions = new Set(DEFAULT_TRAINING.flatMap((module) => module.questions.map((q) => q.correct)));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it('gives every module in both modes, with a two-way note in mutual mode', () => {
    const reverse = defaultTrainingFor('reverse');
    const mutual = defaultTrainingFor('mutual');
    expect(reverse.map((module) => module.key)).toEqual(DEFAULT_TRAINING.map((module) => module.key));
    expect(mutual.map((module) => module.key)).toEqual(DEFAULT_TRAINING.map((module) => module.key));
    for (const module of [...reverse, ...mutual]) checkModule(module);

    const body = (modules: TrainingModuleDraft[], key: string) => modules.find((module) => module.key === key)?.body;
    expect(body(reverse, 'giving-back')).toBe(body([...DEFAULT_TRAINING], 'giving-back'));
    expect(body(mutual, 'giving-back')).toMatch(/mutual program/);
    expect(body(mutual, 'teaching-upward')).toMatch(/mutual program/);
    expect(body(mutual, 'listen-more')).toBe(body([...DEFAULT_TRAINING], 'listen-more'));
  });

  it('returns copies that callers may change without touching the defaults', () => {
    const modules = defaultTrainingFor('mutual');
    const first = modules[0];
    if (!first) throw new Error('expected at least one module');
    first.title = 'Changed';
    modules.pop();
    expect(DEFAULT_TRAINING[0]?.title).not.toBe('Changed');
    expect(defaultTrainingFor('mutual')).toHaveLength(DEFAULT_TRAINING.length);
  });
});

describe('program templates', () => {
  it('offers one reverse and one mutual template, found by key', () => {
    expect(PROGRAM_TEMPLATES.map((template) => template.key)).toEqual(['reverse', 'mutual']);
    for (const template of PROGRAM_TEMPLATES) {
      expect(template.mode).toBe(template.key);
      expect(programTemplate(template.key)).toBe(template);
    }
    expect(programTemplate('traditional')).toBeUndefined();
  });

  it('references only existing skill keys, without repeats', () => {
    const known = new Set(DEFAULT_SKILLS.map((skill) => skill.key));
    for (const template of PROGRAM_TEMPLATES) {
      expect(template.skillKeys.length, template.key).toBeGreaterThan(0);
      expect(new Set(template.skillKeys).size, template.key).toBe(template.skillKeys.length);
      for (const key of template.skillKeys) expect(known.has(key), `${template.key}: ${key}`).toBe(true);
    }
  });

  it('has training for both roles, with every required topic', () => {
    for (const template of PROGRAM_TEMPLATES) {
      const roles = new Set(template.training.map((module) => module.role));
      expect(roles, template.key).toEqual(new Set(['mentor', 'mentee']));
      const keys = new Set(template.training.map((module) => module.key));
      for (const key of [...REQUIRED_MENTOR_MODULES, ...REQUIRED_MENTEE_MODULES]) {
        expect(keys.has(key), `${template.key}: ${key}`).toBe(true);
      }
      for (const module of template.training) checkModule(module);
    }
  });

  it('states 3–5 objectives and sensible numbers', () => {
    for (const template of PROGRAM_TEMPLATES) {
      const lines = template.objectives.split('\n').filter((line) => line.trim() !== '');
      expect(lines.length, template.key).toBeGreaterThanOrEqual(3);
      expect(lines.length, template.key).toBeLessThanOrEqual(5);
      for (const value of [
        template.hoursPerMonth,
        template.cadenceDays,
        template.meetingMinutes,
        template.mentorCapacity,
        template.minLevelGap,
        template.responseDays,
      ]) {
        expect(Number.isInteger(value) && value > 0, template.key).toBe(true);
      }
      // Meetings at the stated cadence fit within the stated monthly commitment.
      const meetingsPerMonth = 30 / template.cadenceDays;
      expect((meetingsPerMonth * template.meetingMinutes) / 60, template.key).toBeLessThanOrEqual(
        template.hoursPerMonth,
      );
    }
  });

  it('leans reverse towards what juniors teach and mutual across every category', () => {
    const categories = (keys: readonly string[]) => keys.map((key) => catalogueSkill(key)?.category);
    const reverse = programTemplate('reverse');
    const mutual = programTemplate('mutual');
    if (!reverse || !mutual) throw new Error('missing template');
    const juniorTaught = new Set(['technology', 'social_media', 'consumer_culture', 'ways_of_working']);
    const reverseCategories = categories(reverse.skillKeys);
    const share = reverseCategories.filter((category) => category && juniorTaught.has(category)).length;
    expect(share / reverseCategories.length).toBeGreaterThan(0.8);
    const mutualCategories = new Set(categories(mutual.skillKeys));
    for (const category of SKILL_CATEGORIES) expect(mutualCategories.has(category), category).toBe(true);
  });
});

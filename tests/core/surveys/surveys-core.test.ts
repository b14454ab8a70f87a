import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_GROUP } from '../../../src/core/analytics/privacy.js';
import { checkAnswers } from '../../../src/core/surveys/answers.js';
import { MAX_QUESTIONS, surveyEditProblems, type SurveyEdit, type SurveyQuestion } from '../../../src/core/surveys/questions.js';
import { surveyResults, type ResultRow } from '../../../src/core/surveys/results.js';
import { answerRefusal, closesAt, endOfCycleDue, needsReminder, programEndsAt, pulseDue, pulseDueDates, reminderAt, scheduleUntil } from '../../../src/core/surveys/schedule.js';
import { STANDARD_KEYS, SURVEY_TEMPLATES, standardQuestions, templateOf } from '../../../src/core/surveys/templates.js';

const DAY = 86_400_000;
const pulse = templateOf('pulse', 'both')!;
const fit = templateOf('fit_check', 'both')!;
const editOf = (t = pulse, over: Partial<SurveyEdit> = {}): SurveyEdit => ({ title: t.title, intro: t.intro, questions: t.questions.map((q) => ({ ...q })), enabled: true, everyDays: t.everyDays, daysBeforeEnd: t.daysBeforeEnd, openDays: t.openDays, ...over });
const paths = (edit: SurveyEdit, t = pulse) => surveyEditProblems(t.kind, edit, standardQuestions(t.kind, t.audience)).map((p) => p.path);

describe('templates', () => {
  it('carry the standard keys analytics read, and are valid edits of themselves', () => {
    expect(SURVEY_TEMPLATES.map((t) => `${t.kind}/${t.audience}`)).toEqual(['fit_check/both', 'pulse/both', 'end_of_cycle/mentor', 'end_of_cycle/mentee']);
    for (const t of SURVEY_TEMPLATES) {
      expect(t.questions.map((q) => q.key)).toEqual(STANDARD_KEYS[t.kind]);
      expect(paths(editOf(t), t)).toEqual([]);
    }
    expect(fit.questions[0]!.options!.map((o) => o.value)).toEqual(['good_fit', 'too_early', 'not_a_fit']);
    expect(pulse.questions.map((q) => q.kind)).toEqual(['scale', 'scale', 'nps', 'text']);
    expect(templateOf('end_of_cycle', 'mentee')!.questions.map((q) => q.kind)).toEqual(['scale', 'scale', 'text', 'yes_no', 'nps', 'text']);
  });
});

describe('editing a survey', () => {
  it('rewording a standard prompt and adding a custom question is fine', () => {
    const e = editOf();
    e.questions[0]!.prompt = 'How are you feeling?';
    e.questions.push({ key: 'team_support', kind: 'yes_no', prompt: 'Does your team support it?', required: false });
    expect(paths(e)).toEqual([]);
  });

  it('a standard key cannot be removed or change kind; a choice keeps its option values', () => {
    expect(paths(editOf(pulse, { questions: pulse.questions.filter((q) => q.key !== 'nps') }))).toEqual(['questions']);
    const e = editOf();
    e.questions[0]!.kind = 'text';
    expect(paths(e)).toEqual(['questions.0.kind']);
    const f = editOf(fit);
    f.questions[0]!.options = [{ value: 'good_fit', label: 'Yes' }, { value: 'bad', label: 'No' }];
    expect(paths(f, fit)).toEqual(['questions.0.options']);
    const g = editOf(fit);
    g.questions[0]!.options![2]!.label = 'We do not click';
    expect(paths(g, fit)).toEqual([]);
  });

  it('custom keys are slug-like and unique; at most 20 questions; choices need options', () => {
    const e = editOf();
    e.questions.push({ key: 'Bad Key', kind: 'text', prompt: 'x', required: false });
    e.questions.push({ key: 'morale', kind: 'scale', prompt: 'again', required: false });
    e.questions.push({ key: 'pick', kind: 'choice', prompt: 'Pick', required: false, options: [{ value: 'a1', label: 'A' }] });
    e.questions.push({ key: 'blank', kind: 'scale', prompt: '   ', required: false });
    expect(paths(e)).toEqual(['questions.4.key', 'questions.5.key', 'questions.6.options', 'questions.7.prompt']);
    const many = editOf();
    for (let i = many.questions.length; i <= MAX_QUESTIONS; i += 1) many.questions.push({ key: `extra_${i}`, kind: 'text', prompt: 'More?', required: false });
    expect(paths(many)).toEqual(['questions']);
  });

  it('schedule fields belong to their kind and stay in range', () => {
    expect(paths(editOf(pulse, { everyDays: 3 }))).toEqual(['everyDays']);
    expect(paths(editOf(pulse, { daysBeforeEnd: 10, openDays: 0 }))).toEqual(['daysBeforeEnd', 'openDays']);
    const end = templateOf('end_of_cycle', 'mentor')!;
    expect(paths(editOf(end, { daysBeforeEnd: null, everyDays: 30 }), end)).toEqual(['everyDays', 'daysBeforeEnd']);
  });
});

describe('answers', () => {
  const questions: SurveyQuestion[] = [...pulse.questions, { key: 'again', kind: 'yes_no', prompt: 'Again?', required: false }, ...fit.questions.slice(0, 1)];

  it('are stored for every key, skipped ones as null, text trimmed', () => {
    expect(checkAnswers(questions, { morale: 4, useful: 5, nps: 10, comment: '  fine  ', fit: 'good_fit' })).toEqual({ ok: true, answers: { morale: 4, useful: 5, nps: 10, comment: 'fine', again: null, fit: 'good_fit' } });
  });

  it('name each wrong field as answers.<key>', () => {
    const r = checkAnswers(questions, { morale: 6, useful: 2.5, nps: -1, comment: 'x'.repeat(2001), again: 'yes', fit: 'maybe', extra: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(['answers.morale', 'answers.useful', 'answers.nps', 'answers.comment', 'answers.again', 'answers.fit', 'answers.extra']);
    const missing = checkAnswers(questions, { comment: '' });
    if (!missing.ok) expect(missing.problems.map((p) => p.path)).toEqual(['answers.morale', 'answers.useful', 'answers.nps', 'answers.fit']);
  });

  it('property: accepted answers always fit their question, refused ones always name a key', () => {
    const value = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null), fc.constantFrom('good_fit', 'not_a_fit'));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('morale', 'useful', 'nps', 'comment', 'again', 'fit', 'other'), value), (raw) => {
        const r = checkAnswers(questions, raw);
        if (r.ok) {
          expect(Object.keys(r.answers).sort()).toEqual(questions.map((q) => q.key).sort());
          const m = r.answers.morale as number;
          expect(m >= 1 && m <= 5).toBe(true);
          expect(['good_fit', 'too_early', 'not_a_fit']).toContain(r.answers.fit);
        } else {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(p.path).toMatch(/^answers\.[a-z_]+$/);
        }
      }),
    );
  });
});

describe('schedule', () => {
  const activated = new Date('2027-01-10T09:30:00Z');

  it('the pulse repeats every everyDays from activation up to the program or pair end', () => {
    const until = scheduleUntil('2027-04-30', null);
    expect(until.toISOString()).toBe('2027-04-30T23:59:59.999Z');
    expect(pulseDueDates(activated, 30, until).map((d) => d.toISOString().slice(0, 10))).toEqual(['2027-02-09', '2027-03-11', '2027-04-10']);
    expect(pulseDue(activated, 30, 4, until)).toBeNull();
    expect(scheduleUntil('2027-04-30', new Date('2027-03-01T00:00:00Z')).toISOString()).toBe('2027-03-01T00:00:00.000Z');
  });

  it('property: no pulse is due after the pair or the program ends, and they are everyDays apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 7, max: 180 }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }), (endOffset, every, endedOffset) => {
        const end = new Date(activated.getTime() + endOffset * DAY).toISOString().slice(0, 10);
        const endedAt = endedOffset === null ? null : new Date(activated.getTime() + endedOffset * DAY);
        const until = scheduleUntil(end, endedAt);
        const dates = pulseDueDates(activated, every, until);
        for (const [i, d] of dates.entries()) {
          expect(d.getTime()).toBeLessThanOrEqual(programEndsAt(end).getTime());
          if (endedAt) expect(d.getTime()).toBeLessThanOrEqual(endedAt.getTime());
          expect(d.getTime() - activated.getTime()).toBe((i + 1) * every * DAY);
        }
        expect(new Date(activated.getTime() + (dates.length + 1) * every * DAY).getTime()).toBeGreaterThan(until.getTime());
      }),
    );
  });

  it('the end-of-cycle survey is due daysBeforeEnd before the end, or at activation when that is past', () => {
    expect(endOfCycleDue('2027-12-31', 14, activated)!.toISOString()).toBe('2027-12-17T00:00:00.000Z');
    expect(endOfCycleDue('2027-01-20', 14, activated)).toEqual(activated);
    expect(endOfCycleDue('2027-01-01', 14, activated)).toBeNull();
  });

  it('one reminder three days before closing; answers refused when answered or closed', () => {
    const due = new Date('2027-02-01T00:00:00Z');
    const closes = closesAt(due, 14);
    expect(closes.toISOString()).toBe('2027-02-15T00:00:00.000Z');
    expect(reminderAt(due, closes)!.toISOString()).toBe('2027-02-12T00:00:00.000Z');
    expect(reminderAt(due, closesAt(due, 2))).toBeNull();
    expect(answerRefusal({ answeredAt: null, closesAt: closes }, due)).toBeNull();
    expect(answerRefusal({ answeredAt: due, closesAt: closes }, due)).toMatch(/already/);
    expect(answerRefusal({ answeredAt: null, closesAt: closes }, closes)).toMatch(/closed/);
    expect(needsReminder({ answeredAt: null, closesAt: closes, remindedAt: null }, due)).toBe(true);
    expect(needsReminder({ answeredAt: null, closesAt: closes, remindedAt: due }, due)).toBe(false);
  });
});

describe('results', () => {
  const row = (i: number, answers: Record<string, number | string | boolean | null> | null): ResultRow => ({ personId: `p${i}`, side: i % 2 ? 'mentor' : 'mentee', answers });

  it('under five respondents everything is suppressed, the texts included', () => {
    const r = surveyResults(pulse.questions, [1, 2, 3, 4].map((i) => row(i, { morale: 4, useful: 3, nps: 9, comment: `secret ${i}` })));
    expect(r.sent).toEqual({ suppressed: true, people: null, value: null });
    for (const q of r.questions) {
      for (const f of [q.respondents, q.mean, q.nps, q.counts, q.texts]) if (f) expect(f).toEqual({ suppressed: true, people: null, value: null });
    }
    expect(JSON.stringify(r)).not.toContain('secret');
  });

  it('at five: means, counts, NPS and the texts sorted, without names or ids', () => {
    const rows = [5, 4, 3, 4, 4].map((m, i) => row(i, { morale: m, useful: 5, nps: [10, 9, 6, 8, 10][i]!, comment: ['zebra', '', 'apple', null, 'mango'][i] ?? null }));
    rows.push(row(9, null));
    const r = surveyResults(pulse.questions, rows);
    expect(r.sent).toEqual({ suppressed: false, people: 6, value: 6 });
    expect(r.respondents).toEqual({ suppressed: false, people: 5, value: 5 });
    const [morale, , nps, comment] = r.questions;
    expect(morale!.mean).toEqual({ suppressed: false, people: 5, value: 4 });
    expect(morale!.counts!.value!.map((c) => c.count)).toEqual([0, 0, 1, 3, 1]);
    expect(nps!.nps!.value).toEqual({ nps: 40, promoters: 3, passives: 1, detractors: 1 });
    // Only three people wrote something: not shown.
    expect(comment!.texts).toEqual({ suppressed: true, people: null, value: null });
    const more = surveyResults(pulse.questions, [...rows, row(7, { morale: 3, useful: 3, nps: 5, comment: 'kiwi' }), row(8, { morale: 3, useful: 3, nps: 5, comment: 'banana' })]);
    expect(more.questions[3]!.texts).toEqual({ suppressed: false, people: 5, value: ['apple', 'banana', 'kiwi', 'mango', 'zebra'] });
    expect(JSON.stringify(more)).not.toMatch(/p\d/);
  });

  it('property: no figure is ever shown for fewer than five distinct people', () => {
    const answers = fc.record({ morale: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), useful: fc.integer({ min: 1, max: 5 }), nps: fc.integer({ min: 0, max: 10 }), comment: fc.option(fc.string({ maxLength: 4 }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.option(answers, { nil: null })), { maxLength: 20 }), (list) => {
        const rows = list.map(([p, a]) => row(p, a));
        const r = surveyResults(pulse.questions, rows);
        const figures = [r.sent, r.respondents, ...r.questions.flatMap((q) => [q.respondents, q.mean, q.nps, q.counts, q.texts])];
        for (const f of figures) {
          if (!f || f.suppressed) continue;
          expect(f.people).toBeGreaterThanOrEqual(MIN_GROUP);
        }
        for (const q of r.questions) {
          const people = new Set(rows.filter((x) => x.answers && x.answers[q.key] !== null && !(q.kind === 'text' && String(x.answers[q.key]).trim() === '')).map((x) => x.personId)).size;
          expect(q.respondents.suppressed).toBe(people < MIN_GROUP);
        }
      }),
    );
  });
});

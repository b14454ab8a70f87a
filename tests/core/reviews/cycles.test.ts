import { describe, expect, it } from 'vitest';
import { checkComment, commentRefusal } from '../../../src/core/reviews/comments.js';
import { checkCycle, closeRefusal, closedRefusal, openRefusal, reviewReminderAt } from '../../../src/core/reviews/cycles.js';

const NOW = new Date('2027-03-01T23:30:00Z');

describe('review cycles', () => {
  it('needs a title and a real due date from today (UTC) on', () => {
    expect(checkCycle({ title: '  Q1 review ', dueDate: '2027-03-01' }, NOW)).toEqual({
      ok: true,
      value: { title: 'Q1 review', dueDate: '2027-03-01' },
    });
    const paths = (r: ReturnType<typeof checkCycle>) => (r.ok ? [] : r.problems.map((p) => p.path));
    expect(paths(checkCycle({ title: ' ', dueDate: '2027-02-28' }, NOW))).toEqual(['title', 'dueDate']);
    expect(paths(checkCycle({ title: 'x'.repeat(201), dueDate: '2027-02-30' }, NOW))).toEqual(['title', 'dueDate']);
  });

  it('one open cycle per program; a closed one takes no changes and cannot close again', () => {
    expect(openRefusal(0)).toBeNull();
    expect(openRefusal(1)).toMatch(/already has an open review/);
    expect(closedRefusal('open')).toBeNull();
    expect(closedRefusal('closed')).toMatch(/closed/);
    expect(closeRefusal('closed')).toMatch(/already closed/);
  });
});

describe('reviewers’ comments', () => {
  it('are 1–2000 characters, trimmed', () => {
    expect(checkComment('  Well done. ')).toEqual({ ok: true, body: 'Well done.' });
    expect(checkComment('   ')).toMatchObject({ ok: false, problems: [{ path: 'body' }] });
    expect(checkComment('x'.repeat(2001))).toMatchObject({ ok: false, problems: [{ path: 'body' }] });
    expect(checkComment('a\u0000b')).toMatchObject({ ok: false, problems: [{ path: 'body' }] });
    expect(checkCycle({ title: 'Q\u00001', dueDate: '2027-03-02' }, NOW)).toMatchObject({
      ok: false,
      problems: [{ path: 'title' }],
    });
  });

  it('come from admins and managers only, on submitted summaries of open cycles', () => {
    expect(commentRefusal('manager', 'open', 'submitted')).toBeNull();
    expect(commentRefusal('admin', 'open', 'submitted')).toBeNull();
    expect(commentRefusal('sponsor', 'open', 'submitted')?.[0]).toBe('forbidden');
    expect(commentRefusal('manager', 'closed', 'submitted')?.[0]).toBe('conflict');
    expect(commentRefusal('manager', 'open', 'draft')?.[0]).toBe('not_found');
  });
});

describe('reviewReminderAt', () => {
  it('is 09:00 UTC three days before the due date', () => {
    expect(reviewReminderAt('2027-03-31', new Date('2027-03-01T12:00:00Z'))?.toISOString()).toBe('2027-03-28T09:00:00.000Z');
  });
  it('is none once that moment has passed: a cycle due within three days was just asked for', () => {
    expect(reviewReminderAt('2027-03-31', new Date('2027-03-28T09:00:00Z'))).toBeNull();
    expect(reviewReminderAt('2027-03-31', new Date('2027-03-30T12:00:00Z'))).toBeNull();
    expect(reviewReminderAt('2027-03-31', new Date('2027-03-28T08:59:59Z'))?.toISOString()).toBe('2027-03-28T09:00:00.000Z');
  });
});

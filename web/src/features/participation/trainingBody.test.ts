import { describe, expect, it } from 'vitest';
import { parseBody } from './trainingBody';

describe('training module body', () => {
  it('splits paragraphs on blank lines and turns "- " lines into lists', () => {
    const body = 'First paragraph\nstill first.\n\nHabits that help:\n- Listen.\n- Ask.\n\n  \nLast.';
    expect(parseBody(body)).toEqual([
      { kind: 'paragraph', text: 'First paragraph still first.' },
      { kind: 'paragraph', text: 'Habits that help:' },
      { kind: 'list', items: ['Listen.', 'Ask.'] },
      { kind: 'paragraph', text: 'Last.' },
    ]);
  });

  it('treats markup as text', () => {
    expect(parseBody('<b>hi</b>')).toEqual([{ kind: 'paragraph', text: '<b>hi</b>' }]);
  });
});

// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../api/types';
import { ImportDetails } from './ImportSummary';

afterEach(cleanup);

const BASE: ImportResult = {
  dryRun: false,
  created: 0,
  updated: 0,
  unchanged: 3,
  markedDeparted: 0,
  missing: [],
  missingTotal: 0,
  warnings: [],
};

describe('ImportDetails', () => {
  it('counts the missing people with missingTotal, not the capped list', () => {
    // The server lists at most 1,000; three stand in for a capped list here.
    const missing = Array.from({ length: 3 }, (_, i) => ({ employeeId: `E${i}`, name: `Person ${i}` }));
    render(<ImportDetails result={{ ...BASE, missing, missingTotal: 2345 }} markMissing={false} />);
    expect(
      screen.getByRole('heading', { name: '2,345 people in the directory are missing from this file' }),
    ).toBeTruthy();
    expect(screen.getByText('The first 3 are listed below.')).toBeTruthy();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
  });

  it('uses the singular and does not mention a cap when everyone is listed', () => {
    render(
      <ImportDetails
        result={{ ...BASE, missing: [{ employeeId: 'E9', name: 'Old Timer' }], missingTotal: 1 }}
        markMissing
      />,
    );
    expect(screen.getByRole('heading', { name: '1 person in the directory is missing from this file' })).toBeTruthy();
    expect(screen.getByText('They have been marked departed.')).toBeTruthy();
    expect(screen.queryByText(/are listed below/)).toBeNull();
  });

  it('shows nothing about missing people when there are none', () => {
    const { container } = render(<ImportDetails result={BASE} markMissing={false} />);
    expect(container.textContent).toBe('');
  });

  it('labels whole-file warnings (row 0) as the file', () => {
    render(
      <ImportDetails
        result={{
          ...BASE,
          warnings: [
            { row: 0, column: null, message: 'the file had a byte-order mark' },
            { row: 4, column: 'level', message: 'odd' },
          ],
        }}
        markMissing={false}
      />,
    );
    const items = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['File: the file had a byte-order mark', 'Row 4 (level): odd']);
  });
});

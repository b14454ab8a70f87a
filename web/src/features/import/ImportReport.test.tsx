// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportReport } from './ImportReport';

afterEach(cleanup);

describe('ImportReport', () => {
  it('announces the count and lists every problem as Row / Column / Problem', () => {
    render(
      <ImportReport
        message="The file has 3 problems"
        rows={[
          { row: 0, column: null, message: 'the file is empty after the header' },
          { row: 1, column: 'email', message: 'required column "email" is missing' },
          { row: 7, column: 'level', message: 'level "senior" is not a whole number' },
        ]}
      />,
    );

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('3 problems found — nothing was imported');

    const heading = screen.getByRole('heading', { name: /nothing was imported/ });
    const table = screen.getByRole('table', { name: heading.textContent ?? '' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[0]!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Row', 'Column', 'Problem']);
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['File', '—', 'the file is empty after the header']);
    expect(within(rows[3]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['7', 'level', 'level "senior" is not a whole number']);
  });

  it('uses the singular for one problem', () => {
    render(<ImportReport rows={[{ row: 2, column: 'name', message: 'name is required' }]} />);
    expect(screen.getByRole('heading').textContent).toBe('1 problem found — nothing was imported');
  });
});

/** Splits a text table into trimmed cells: data reads better as a table than as nested literals. */
export const tableRows = (table: string): string[][] =>
  table
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()));

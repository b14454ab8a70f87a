// A CSV cell, quoted when needed. Cells that a spreadsheet would run as a formula are prefixed
// with an apostrophe (OWASP CSV injection), since ids and names come from user input.
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Every cycle in a reporting tree reachable from `starts`, walking each person's manager.
 * Iterative and linear in the number of people, so a 50,000-long chain cannot overflow the stack.
 */
export function findReportingCycles(starts: Iterable<string>, managerOf: (id: string) => string | null): string[][] {
  const ON_PATH = 1;
  const DONE = 2;
  const state = new Map<string, number>();
  const cycles: string[][] = [];
  for (const start of starts) {
    const path: string[] = [];
    let node: string | null = start;
    while (node !== null && !state.has(node)) {
      state.set(node, ON_PATH);
      path.push(node);
      node = managerOf(node);
    }
    if (node !== null && state.get(node) === ON_PATH) cycles.push(path.slice(path.indexOf(node)));
    for (const visited of path) state.set(visited, DONE);
  }
  return cycles;
}

const CYCLE_HEAD = 6;

/** The cycle starting at `start`; long cycles are elided so messages stay short. */
export function formatCycle(cycle: readonly string[], start: number): string {
  const at = (offset: number) => cycle[(start + offset) % cycle.length] ?? '';
  const n = cycle.length;
  if (n <= CYCLE_HEAD + 2) {
    return [...Array.from({ length: n }, (_, i) => at(i)), at(0)].join(' → ');
  }
  const head = Array.from({ length: CYCLE_HEAD }, (_, i) => at(i));
  return [...head, `… ${n - CYCLE_HEAD - 1} more …`, at(n - 1), at(0)].join(' → ') + ` (${n} people)`;
}

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatCycle } from '../../../src/core/org/reporting-cycles.js';
import { validatePeopleRows } from '../../../src/core/people/validate-people.js';
import type { ExistingDirectory } from '../../../src/core/people/validate-people.js';
import { chainRows, directoryOf, rawRow } from './fixtures.js';

const noDirectory = new Map();
const cycleErrors = (rows: Parameters<typeof validatePeopleRows>[0], directory: ExistingDirectory = noDirectory) =>
  validatePeopleRows(rows, directory).errors.filter((e) => e.message.startsWith('reporting line forms a cycle'));

describe('validatePeopleRows: reporting cycles', () => {
  it('reports every row on a cycle, each message starting from that row', () => {
    const rows = chainRows([
      ['E1', 'E2'],
      ['E2', 'E3'],
      ['E3', 'E1'],
      ['E4', 'E1'],
    ]);
    expect(validatePeopleRows(rows, noDirectory).errors).toEqual([
      { row: 2, column: 'manager_id', message: 'reporting line forms a cycle: E1 → E2 → E3 → E1' },
      { row: 3, column: 'manager_id', message: 'reporting line forms a cycle: E2 → E3 → E1 → E2' },
      { row: 4, column: 'manager_id', message: 'reporting line forms a cycle: E3 → E1 → E2 → E3' },
    ]);
  });

  it('finds a two-person cycle and separate cycles independently', () => {
    const rows = chainRows([
      ['A', 'B'],
      ['B', 'A'],
      ['C', 'D'],
      ['D', 'C'],
      ['E', null],
    ]);
    expect(cycleErrors(rows).map((e) => e.row)).toEqual([2, 3, 4, 5]);
  });

  it('follows the directory for people not in the file', () => {
    const directory = directoryOf({ D1: { manager: 'D2' }, D2: { manager: 'E1' } });
    expect(cycleErrors(chainRows([['E1', 'D1']]), directory)).toEqual([
      { row: 2, column: 'manager_id', message: 'reporting line forms a cycle: E1 → D1 → D2 → E1' },
    ]);
  });

  it('lets the file override the directory’s manager', () => {
    const cyclicDirectory = directoryOf({ E1: { manager: 'E2' }, E2: { manager: 'E1' } });
    expect(cycleErrors(chainRows([['E2', null]]), cyclicDirectory)).toEqual([]);
    const treeDirectory = directoryOf({ E1: { manager: null }, E2: { manager: 'E1' } });
    expect(cycleErrors(chainRows([['E1', 'E2']]), treeDirectory).map((e) => e.message)).toEqual([
      'reporting line forms a cycle: E1 → E2 → E1',
    ]);
  });

  it('uses the first row for an id that appears twice', () => {
    const rows = [
      rawRow(2, 'E1', { manager_id: 'E2' }),
      rawRow(3, 'E2', { manager_id: 'E1' }),
      rawRow(4, 'E2', { email: 'x@y.io' }),
    ];
    expect(cycleErrors(rows).map((e) => e.row)).toEqual([2, 3]);
  });

  it('shortens the path of a long cycle', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `E${i}`);
    expect(formatCycle(ids, 18)).toBe('E18 → E19 → E0 → E1 → E2 → E3 → … 13 more … → E17 → E18 (20 people)');
    expect(formatCycle(ids.slice(0, 8), 0)).toBe('E0 → E1 → E2 → E3 → E4 → E5 → E6 → E7 → E0');
  });
});

// A reporting structure over `size` people: parent[i] is an index or null.
const forestArb = fc.integer({ min: 1, max: 60 }).chain((size) =>
  fc.tuple(
    fc.tuple(...Array.from({ length: size }, (_, i) => fc.option(fc.nat({ max: Math.max(i - 1, 0) }), { nil: null }))),
    fc.shuffledSubarray(
      Array.from({ length: size }, (_, i) => i),
      { minLength: size, maxLength: size },
    ),
  ),
);

function forestRows(
  parents: readonly (number | null)[],
  order: readonly number[],
  extraEdges = new Map<number, number>(),
) {
  const id = (i: number) => `P${i}`;
  // Index 0 has no earlier node to report to, so its parent is always null.
  const managerOf = (i: number) => extraEdges.get(i) ?? (i === 0 ? null : parents[i]) ?? null;
  return order.map((i, position) => {
    const manager = managerOf(i);
    return rawRow(position + 2, id(i), { manager_id: manager === null ? '' : id(manager) });
  });
}

describe('validatePeopleRows: cycle properties', () => {
  it('never reports anything for a forest, in any row order', () => {
    fc.assert(
      fc.property(forestArb, ([parents, order]) => {
        expect(validatePeopleRows(forestRows(parents, order), noDirectory).errors).toEqual([]);
      }),
    );
  });

  it('always reports exactly the rows of an injected cycle', () => {
    const arb = forestArb
      .filter(([parents]) => parents.length >= 2)
      .chain(([parents, order]) =>
        fc.tuple(
          fc.constant(parents),
          fc.constant(order),
          fc.shuffledSubarray(order, { minLength: 2, maxLength: parents.length }),
        ),
      );
    fc.assert(
      fc.property(arb, ([parents, order, cycle]) => {
        const edges = new Map(cycle.map((node, k) => [node, cycle[(k + 1) % cycle.length] ?? node]));
        const rows = forestRows(parents, order, edges);
        const reported = new Set(cycleErrors(rows).map((e) => e.row));
        const expected = new Set(cycle.map((node) => order.indexOf(node) + 2));
        expect(reported).toEqual(expected);
      }),
    );
  });

  it('agrees with a brute-force walk on random graphs spanning file and directory', () => {
    const arb = fc
      .integer({ min: 1, max: 30 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.option(fc.nat({ max: n - 1 }), { nil: null }), { minLength: n, maxLength: n }),
          fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(arb, ([n, managers, inFile]) => {
        const id = (i: number) => `N${i}`;
        const manager = (i: number) => (managers[i] === i ? null : (managers[i] ?? null));
        const onCycle = (start: number) => {
          let node = manager(start);
          for (let step = 0; step < n && node !== null; step++, node = manager(node)) if (node === start) return true;
          return false;
        };
        const fileNodes = [...Array(n).keys()].filter((i) => inFile[i]);
        const rows = fileNodes.map((i, k) =>
          rawRow(k + 2, id(i), { manager_id: manager(i) === null ? '' : id(manager(i) ?? 0) }),
        );
        const directory: ExistingDirectory = new Map(
          [...Array(n).keys()]
            .filter((i) => !inFile[i])
            .map((i) => [
              id(i),
              { managerEmployeeId: manager(i) === null ? null : id(manager(i) ?? 0), email: `d${i}@x.io` },
            ]),
        );
        const expected = fileNodes.flatMap((i, k) => (onCycle(i) ? [k + 2] : []));
        expect(cycleErrors(rows, directory).map((e) => e.row)).toEqual(expected);
      }),
    );
  });
});

describe('validatePeopleRows: 50,000 people', () => {
  const size = 50_000;
  const chain = (closed: boolean) =>
    Array.from({ length: size }, (_, i) =>
      rawRow(i + 2, `E${i}`, { manager_id: i === 0 ? (closed ? `E${size - 1}` : '') : `E${i - 1}` }),
    );

  it('validates a 50,000-long reporting chain without overflowing the stack', () => {
    const { errors, records } = validatePeopleRows(chain(false), noDirectory);
    expect(errors).toEqual([]);
    expect(records).toHaveLength(size);
  });

  it('reports a 50,000-person cycle, capped, with a short message', () => {
    const { errors } = validatePeopleRows(chain(true), noDirectory);
    expect(errors).toHaveLength(1000);
    expect(errors[0]?.message).toBe(
      `reporting line forms a cycle: E0 → E${size - 1} → E${size - 2} → E${size - 3} → E${size - 4} → E${size - 5} → … ${size - 7} more … → E1 → E0 (${size} people)`,
    );
    expect(errors.at(-1)?.message).toBe(`${size - 999} more errors were omitted`);
  });

  it('follows a 50,000-long chain through the directory', () => {
    const directory: ExistingDirectory = new Map(
      Array.from({ length: size }, (_, i) => [
        `D${i}`,
        { managerEmployeeId: i === 0 ? null : `D${i - 1}`, email: `d${i}@x.io` },
      ]),
    );
    expect(validatePeopleRows(chainRows([['E1', `D${size - 1}`]]), directory).errors).toEqual([]);
  });
});

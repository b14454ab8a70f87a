// Rows — one person against everyone on the other side — without scoring every pair (issue 3).
// Pure: no I/O.
//
// The kernel (kernel/row-kernel.ts) accumulates a row's units for everyone at once and keeps
// only the people whose score bound, base(units) + the largest plain bonus, can matter. Here, in
// TypeScript, those few are evaluated exactly: the rules (reporting chain, level gap, scope, and
// the lists: previous partner, forbidden, avoid) and the bonuses. People with a `prefer` relation
// to the row's owner are always evaluated exactly, since their bonus is not in the bound. Bounds,
// never guesses: every result is exact, and property tests compare each with scoring every pair.
import { BIT_PREFER, SCOPE_CROSS, SCOPE_SAME } from './eligibility.js';
import { RowKernel, type RowSide } from './kernel/row-kernel.js';
import { listExclusion, maxPlainBonus, pairRelation, type ScoringTable, type SideAttributes } from './scoring-table.js';

export type { RowSide };

export class RowEngine {
  readonly kernel: RowKernel;
  readonly bonusBound: number;
  readonly otherCount: number;
  /** People already evaluated in the current row (= row number). */
  private readonly seen: Int32Array;
  private row = 0;
  private owner = -1;
  private readonly me: SideAttributes;
  private readonly them: SideAttributes;
  // The owner's attributes for the current row, and the other side's arrays, as plain fields:
  // `exact` runs for every survivor and must not chase properties.
  private oNode = 0;
  private oTin = 0;
  private oTout = 0;
  private oLevel = 0;
  private oDept = 0;
  private oTz = 0;
  private oBits = 0;
  private readonly tNode: Int32Array;
  private readonly tTin: Int32Array;
  private readonly tTout: Int32Array;
  private readonly tLevel: Float64Array;
  private readonly tDept: Int32Array;
  private readonly tTz: Float64Array;
  private readonly tBits: Uint8Array;
  private readonly levelSign: number;
  private readonly teach: Uint16Array;
  private readonly give: Uint16Array;

  constructor(
    readonly table: ScoringTable,
    readonly side: RowSide = 'mentee',
  ) {
    this.kernel = new RowKernel(table, side);
    this.bonusBound = maxPlainBonus(table);
    this.otherCount = this.kernel.otherCount;
    this.seen = new Int32Array(this.otherCount);
    this.me = side === 'mentee' ? table.mentee : table.mentor;
    this.them = side === 'mentee' ? table.mentor : table.mentee;
    const them = this.them;
    this.tNode = them.node;
    this.tTin = them.tin;
    this.tTout = them.tout;
    this.tLevel = them.level;
    this.tDept = them.dept;
    this.tTz = them.tz;
    this.tBits = them.bits;
    this.levelSign = side === 'mentee' ? 1 : -1;
    this.teach = this.kernel.teach;
    this.give = this.kernel.give;
  }

  /** Starts `owner`'s row: accumulates its units towards everyone on the other side. */
  begin(owner: number): void {
    this.row++;
    this.owner = owner;
    const me = this.me;
    this.oNode = me.node[owner] as number;
    this.oTin = me.tin[owner] as number;
    this.oTout = me.tout[owner] as number;
    this.oLevel = me.level[owner] as number;
    this.oDept = me.dept[owner] as number;
    this.oTz = me.tz[owner] as number;
    this.oBits = me.bits[owner] as number;
    this.kernel.accumulate(owner);
  }

  /** Marks x as evaluated in this row; false when it already was. */
  markSeen(x: number): boolean {
    if (this.seen[x] === this.row) return false;
    this.seen[x] = this.row;
    return true;
  }

  /** The pair's score before bonuses, from the row's units. */
  base(x: number): number {
    const t = this.teach[x] as number;
    if (!this.table.mutual) return 100 * t;
    const g = this.give[x] as number;
    const w = this.table.weights;
    return 100 * t + w.giveBackPercent * g + w.balancePercent * (t < g ? t : g);
  }

  /** base + the cross-department and time-zone bonuses: ≥ the exact score unless a prefer bonus applies. */
  plainScore(x: number): number {
    const w = this.table.weights;
    let score = this.base(x);
    if (this.oDept !== this.tDept[x]) score += w.crossDepartment;
    if (Math.abs(this.oTz - (this.tTz[x] as number)) <= w.timeZoneWindowMinutes) score += w.timeZone;
    return score;
  }

  /** The exact score of (owner, x) checking every rule; −1 when one excludes the pair. */
  exact(x: number): number {
    if (this.oNode === this.tNode[x]) return -1;
    const a = this.oTin;
    const b = this.tTin[x] as number;
    if ((a <= b && b <= this.oTout) || (b <= a && a <= (this.tTout[x] as number))) return -1;
    const t = this.table;
    if (this.levelSign * (this.oLevel - (this.tLevel[x] as number)) < t.minGap) return -1;
    const same = this.oDept === this.tDept[x];
    if (t.scope === SCOPE_SAME ? !same : t.scope === SCOPE_CROSS && same) return -1;
    const both = this.oBits & (this.tBits[x] as number);
    const m = this.side === 'mentee' ? x : this.owner;
    const j = this.side === 'mentee' ? this.owner : x;
    if (both !== 0 && listExclusion(t, m, j) !== 0) return -1;
    const w = t.weights;
    let score = this.base(x);
    if (!same) score += w.crossDepartment;
    if (Math.abs(this.oTz - (this.tTz[x] as number)) <= w.timeZoneWindowMinutes) score += w.timeZone;
    if ((both & BIT_PREFER) !== 0 && (pairRelation(t, this.oNode, this.tNode[x] as number) & BIT_PREFER) !== 0) score += w.prefer;
    return score;
  }

  /** The people of the other side with a `prefer` relation to the owner. */
  preferred(): Int32Array {
    return this.me.prefer.subarray(this.me.preferStart[this.owner] as number, this.me.preferStart[this.owner + 1] as number);
  }
}

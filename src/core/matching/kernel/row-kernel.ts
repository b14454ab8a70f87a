// Rows in WebAssembly memory: the other side's skills as byte columns and per-row teach /
// give-back units (see scan.wat). Pure: WebAssembly is part of the language, not I/O. One
// instance per thread and side (it owns its memory and scratch).
import type { PersonSkills, ScoringTable, SideAttributes } from '../scoring-table.js';
import { SCAN_WASM_BASE64 } from './scan-wasm.js';

interface Exports {
  memory: WebAssembly.Memory;
  addColumn(units: number, col: number, n: number, lo: bigint, hi: bigint): void;
  addColumn32(units: number, col: number, n: number, lo1: bigint, hi1: bigint, lo2: bigint, hi2: bigint): void;
  survivors16(n: number, teach: number, q: number, w: number, off: number, a: number, p: number, out: number): number;
  survivors32(n: number, teach: number, give: number, wGive: number, wBalance: number, x: number, y: number, cx: number, cy: number, out: number): number;
  refine(...args: number[]): number;
}

let compiled: WebAssembly.Module | null = null;

function kernelModule(): WebAssembly.Module {
  if (!compiled) {
    const text = atob(SCAN_WASM_BASE64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    compiled = new WebAssembly.Module(bytes);
  }
  return compiled;
}

/** i32 values the kernel compares; anything beyond is clamped (conservatively, by the callers). */
export const KERNEL_LIMIT = 2 ** 30 - 1;
export const clampKernel = (x: number): number => (x > KERNEL_LIMIT ? KERNEL_LIMIT : x < -KERNEL_LIMIT ? -KERNEL_LIMIT : Math.floor(x));

/** A gain table for 16 (or 32) codes as the two (four) little-endian i64 halves the kernel takes. */
function tableHalves(gains: readonly number[]): bigint[] {
  const bytes = new Uint8Array(gains.length <= 16 ? 16 : 32);
  gains.forEach((g, i) => (bytes[i] = g));
  const view = new DataView(bytes.buffer);
  const out: bigint[] = [];
  for (let at = 0; at < bytes.length; at += 8) out.push(view.getBigInt64(at, true));
  return out;
}

/** A want code: 0 = the mentor does not want the skill, else 1 + (priority − 1)·6 + own level. */
export const wantCode = (priority: number, own: number): number => 1 + (priority - 1) * 6 + own;

export type RowSide = 'mentee' | 'mentor';

/** A UTC offset as the kernel compares it: an unknown one is far from every other (two sides apart). */
function tzLane(minutes: number, row = false): number {
  return Number.isNaN(minutes) ? (row ? -100_000_000 : 100_000_000) : minutes;
}

/**
 * Rows of one side against everyone on the other ("others"): a mentee against every mentor, or
 * a mentor against every mentee. The survivors of a row are the others with
 * plain > X[x] + cx  or  plain > max(Y[x], cy), where plain = the pair's score without the
 * prefer bonus, and X ≥ 0, Y are per-person thresholds set with setX / setY. A first stage
 * compares base (the score before bonuses) plus the largest bonus: in reverse mode base = 100·teach
 * in 16-bit lanes (each threshold rounded down, so it may keep a few more, never fewer), in mutual
 * mode in 32-bit lanes; a second stage checks those survivors exactly. Survivors are candidates:
 * the caller checks the rules and adds the prefer bonus.
 */
export class RowKernel {
  readonly padded: number;
  readonly otherCount: number;
  private readonly k: Exports;
  private readonly teachOff: number;
  private readonly giveOff: number;
  private readonly outOff: number;
  private readonly xOff: number;
  private readonly yOff: number;
  private readonly exactXOff: number;
  private readonly exactYOff: number;
  private readonly deptOff: number;
  private readonly tzOff: number;
  private readonly bonusBound: number;
  private readonly ownerAttributes: SideAttributes;
  /** Per skill, the column offset (−1: none) of the others' levels, and of their want codes. */
  private readonly levelColumn: Int32Array;
  private readonly wantColumn: Int32Array;
  /** Gain tables: what the owner learns, by (priority, own level); what it teaches, by its level. */
  private readonly learnTables: bigint[][];
  private readonly teachTables: bigint[][];
  private readonly mutual: boolean;
  private readonly owner: { wants: PersonSkills; knows: PersonSkills };
  private readonly others: { wants: PersonSkills; knows: PersonSkills };
  /** Per row, in kernel memory: the pair's teach and give-back units for every other person. */
  teach!: Uint16Array;
  give!: Uint16Array;
  out!: Int32Array;
  /** First stage, on base: reverse mode q = ⌊X/100⌋ and w = ⌊(Y − bound)/100⌋ + 1 in u16;
   * mutual mode X and Y − bound in i32. Second stage: X and Y exactly (i32). */
  private x16!: Uint16Array;
  private y16!: Uint16Array;
  private x32!: Int32Array;
  private y32!: Int32Array;

  constructor(
    readonly table: ScoringTable,
    readonly side: RowSide = 'mentee',
  ) {
    this.mutual = table.mutual;
    const mentee = side === 'mentee';
    this.owner = mentee ? { wants: table.menteeWants, knows: table.menteeKnows } : { wants: table.mentorWants, knows: table.mentorKnows };
    this.others = mentee ? { wants: table.mentorWants, knows: table.mentorKnows } : { wants: table.menteeWants, knows: table.menteeKnows };
    this.otherCount = mentee ? table.mentorCount : table.menteeCount;
    this.padded = Math.ceil(this.otherCount / 16) * 16 || 16;
    const p = this.padded;
    this.levelColumn = new Int32Array(table.skillCount).fill(-1);
    this.wantColumn = new Int32Array(table.skillCount).fill(-1);
    let at = 0;
    const block = (bytes: number) => {
      const off = at;
      at += bytes;
      return off;
    };
    // What the owner learns (mentee rows: teach; mentor rows: give-back, mutual only).
    if (mentee || this.mutual) {
      for (const s of this.owner.wants.skill) if (this.levelColumn[s] === -1) this.levelColumn[s] = block(p);
    }
    // What the owner teaches (mentor rows: teach; mentee rows: give-back, mutual only).
    if (!mentee || this.mutual) {
      const wanted = new Uint8Array(table.skillCount);
      for (const s of this.others.wants.skill) wanted[s] = 1;
      for (const s of this.owner.knows.skill) if (wanted[s] && this.wantColumn[s] === -1) this.wantColumn[s] = block(p);
    }
    this.teachOff = block(2 * p);
    this.giveOff = block(2 * p);
    this.xOff = block(4 * p);
    this.yOff = block(4 * p);
    this.exactXOff = block(4 * p);
    this.exactYOff = block(4 * p);
    this.deptOff = block(4 * p);
    this.tzOff = block(4 * p);
    this.outOff = block(4 * p);
    this.bonusBound = table.weights.crossDepartment + table.weights.timeZone;
    this.ownerAttributes = mentee ? table.mentee : table.mentor;
    this.k = new WebAssembly.Instance(kernelModule(), {}).exports as unknown as Exports;
    this.k.memory.grow(Math.ceil(at / 65536) + 1 - this.k.memory.buffer.byteLength / 65536);
    this.views();
    this.fillColumns();
    this.fillBonusAttributes(mentee ? table.mentor : table.mentee);
    this.learnTables = [];
    for (let priority = 1; priority <= 3; priority++)
      for (let own = 0; own <= 5; own++) this.learnTables.push(tableHalves([0, 1, 2, 3, 4, 5].map((lv) => priority * Math.max(0, lv - own))));
    this.teachTables = [];
    for (let level = 0; level <= 5; level++) {
      const gains = new Array<number>(32).fill(0);
      for (let priority = 1; priority <= 3; priority++) for (let own = 0; own <= 5; own++) gains[wantCode(priority, own)] = priority * Math.max(0, level - own);
      this.teachTables.push(tableHalves(gains));
    }
  }

  private views(): void {
    const buf = this.k.memory.buffer;
    const p = this.padded;
    this.teach = new Uint16Array(buf, this.teachOff, p);
    this.give = new Uint16Array(buf, this.giveOff, p);
    this.out = new Int32Array(buf, this.outOff, p);
    this.x16 = new Uint16Array(buf, this.xOff, p);
    this.y16 = new Uint16Array(buf, this.yOff, p);
    this.x32 = new Int32Array(buf, this.xOff, p);
    this.y32 = new Int32Array(buf, this.yOff, p);
    this.exactX = new Int32Array(buf, this.exactXOff, p);
    this.exactY = new Int32Array(buf, this.exactYOff, p);
  }

  private exactX!: Int32Array;
  private exactY!: Int32Array;

  /** Departments and UTC offsets (unknown: far from every offset, so never within the window). */
  private fillBonusAttributes(others: SideAttributes): void {
    const buf = this.k.memory.buffer;
    new Int32Array(buf, this.deptOff, this.padded).set(others.dept);
    new Int32Array(buf, this.tzOff, this.padded).set(Array.from(others.tz, (t) => tzLane(t)));
  }

  /** Copies the others' skills into the kernel's memory, one byte column per skill. */
  private fillColumns(): void {
    const bytes = new Uint8Array(this.k.memory.buffer);
    const { knows, wants } = this.others;
    for (let x = 0; x < this.otherCount; x++) {
      for (let at = knows.start[x] as number; at < (knows.start[x + 1] as number); at++) {
        const col = this.levelColumn[knows.skill[at] as number] as number;
        if (col >= 0) bytes[col + x] = knows.value[at] as number;
      }
      for (let at = wants.start[x] as number; at < (wants.start[x + 1] as number); at++) {
        const col = this.wantColumn[wants.skill[at] as number] as number;
        if (col >= 0) bytes[col + x] = wantCode(wants.value[at] as number, wants.own[at] as number);
      }
    }
  }

  /** X[x] (≥ 0): keep when the plain score > X[x] + cx. */
  setX(x: number, value: number): void {
    this.exactX[x] = clampKernel(value);
    if (this.mutual) this.x32[x] = clampKernel(value);
    else this.x16[x] = Math.min(65535, Math.max(0, Math.floor(value / 100)));
  }

  /** Y[x]: keep when the plain score > max(Y[x], cy). */
  setY(x: number, value: number): void {
    this.exactY[x] = clampKernel(value);
    const coarse = value - this.bonusBound; // the first stage compares base, without bonuses
    if (this.mutual) this.y32[x] = clampKernel(coarse);
    else this.y16[x] = Math.min(65535, Math.max(0, Math.floor(coarse / 100) + 1));
  }

  /** Sets X and Y for everyone (padding lanes get thresholds nothing reaches). */
  fillThresholds(x: number, y: number): void {
    for (let o = 0; o < this.padded; o++) {
      const real = o < this.otherCount;
      this.setX(o, real ? x : KERNEL_LIMIT);
      this.setY(o, real ? y : KERNEL_LIMIT);
    }
  }

  /** Accumulates the owner's row: teach and give-back units towards everyone on the other side. */
  accumulate(row: number): void {
    const learned = this.side === 'mentee' ? this.teach : this.give;
    const taught = this.side === 'mentee' ? this.give : this.teach;
    const learnedOff = this.side === 'mentee' ? this.teachOff : this.giveOff;
    const taughtOff = this.side === 'mentee' ? this.giveOff : this.teachOff;
    if (this.side === 'mentee' || this.mutual) {
      learned.fill(0);
      const w = this.owner.wants;
      for (let at = w.start[row] as number; at < (w.start[row + 1] as number); at++) {
        const tab = this.learnTables[((w.value[at] as number) - 1) * 6 + (w.own[at] as number)] as bigint[];
        this.k.addColumn(learnedOff, this.levelColumn[w.skill[at] as number] as number, this.padded, tab[0] as bigint, tab[1] as bigint);
      }
    }
    if (this.side === 'mentor' || this.mutual) {
      taught.fill(0);
      const kn = this.owner.knows;
      for (let at = kn.start[row] as number; at < (kn.start[row + 1] as number); at++) {
        const col = this.wantColumn[kn.skill[at] as number] as number;
        if (col < 0) continue;
        const tab = this.teachTables[kn.value[at] as number] as bigint[];
        this.k.addColumn32(taughtOff, col, this.padded, tab[0] as bigint, tab[1] as bigint, tab[2] as bigint, tab[3] as bigint);
      }
    }
  }

  /**
   * After `accumulate(row)`: the other side's people whose plain score (base + the cross-department
   * and time-zone bonuses, not prefer) is > X + cx or > max(Y, cy), in `out`, ascending; returns
   * how many. A first pass over everyone compares base + the largest bonus (16 or 4 lanes at a
   * time, thresholds rounded down); a second pass checks its survivors exactly.
   */
  survivors(row: number, cx: number, cy: number): number {
    const b = this.bonusBound;
    let count: number;
    if (this.mutual) {
      const w = this.table.weights;
      count = this.k.survivors32(this.padded, this.teachOff, this.giveOff, w.giveBackPercent, w.balancePercent, this.xOff, this.yOff, clampKernel(cx - b), clampKernel(cy - b), this.outOff);
    } else {
      // 100·t > X + c  ⇐  t − ⌊X/100⌋ ≥ ⌊c/100⌋ + 1, computed as (t ⊕ off) ⊖ ⌊X/100⌋ ≥ ⌊c/100⌋ + 1 + off
      // with off = max(0, −(⌊c/100⌋ + 1)) so both sides stay non-negative; 100·t > max(Y', c') likewise.
      const c = Math.max(-65535, Math.min(65535, Math.floor((cx - b) / 100) + 1));
      const off = Math.max(0, -c);
      const p = Math.min(65535, Math.max(0, Math.floor((cy - b) / 100) + 1));
      count = this.k.survivors16(this.padded, this.teachOff, this.xOff, this.yOff, off, c + off, p, this.outOff);
      // Padding lanes (nobody) come last; a threshold rounded down to 0 can keep them.
      while (count > 0 && (this.out[count - 1] as number) >= this.otherCount) count--;
    }
    const w = this.table.weights;
    return this.k.refine(
      this.outOff,
      count,
      this.teachOff,
      this.giveOff,
      this.mutual ? w.giveBackPercent : 0,
      this.mutual ? w.balancePercent : 0,
      this.deptOff,
      this.tzOff,
      this.exactXOff,
      this.exactYOff,
      this.ownerAttributes.dept[row] as number,
      tzLane(this.ownerAttributes.tz[row] as number, true),
      w.crossDepartment,
      w.timeZone,
      Math.min(w.timeZoneWindowMinutes, 1_000_000),
      clampKernel(cx),
      clampKernel(cy),
    );
  }
}

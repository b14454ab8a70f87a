// A binary min-heap keyed by a lexicographic pair (primary, secondary) of exact integers held
// in doubles. Costs are two-level (score, then tie-break) so that neither level can overflow the
// other; a single combined number would need 2^60-sized multipliers at 100k people per side.
// Parallel typed arrays, no per-entry objects: Dijkstra pushes millions of entries.

export class LexHeap {
  private keyP: Float64Array;
  private keyS: Float64Array;
  private node: Int32Array;
  size = 0;

  constructor(initial = 1024) {
    this.keyP = new Float64Array(initial);
    this.keyS = new Float64Array(initial);
    this.node = new Int32Array(initial);
  }

  clear(): void {
    this.size = 0;
  }

  push(v: number, p: number, s: number): void {
    if (this.size === this.node.length) this.grow();
    let i = this.size++;
    // Sift up: move parents down until the new key's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pp = this.keyP[parent] as number;
      if (pp < p || (pp === p && (this.keyS[parent] as number) <= s)) break;
      this.place(i, parent);
      i = parent;
    }
    this.keyP[i] = p;
    this.keyS[i] = s;
    this.node[i] = v;
  }

  /** Removes the minimum and returns its node; the caller ensures size > 0. */
  pop(): number {
    const top = this.node[0] as number;
    const last = --this.size;
    if (last > 0) this.siftDown(last);
    return top;
  }

  private siftDown(from: number): void {
    const p = this.keyP[from] as number;
    const s = this.keyS[from] as number;
    const v = this.node[from] as number;
    const n = this.size;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.less(right, child)) child = right;
      const cp = this.keyP[child] as number;
      if (p < cp || (p === cp && s <= (this.keyS[child] as number))) break;
      this.place(i, child);
      i = child;
    }
    this.keyP[i] = p;
    this.keyS[i] = s;
    this.node[i] = v;
  }

  private less(a: number, b: number): boolean {
    const ap = this.keyP[a] as number;
    const bp = this.keyP[b] as number;
    return ap < bp || (ap === bp && (this.keyS[a] as number) < (this.keyS[b] as number));
  }

  private place(to: number, from: number): void {
    this.keyP[to] = this.keyP[from] as number;
    this.keyS[to] = this.keyS[from] as number;
    this.node[to] = this.node[from] as number;
  }

  private grow(): void {
    const size = this.node.length * 2;
    const p = new Float64Array(size);
    const s = new Float64Array(size);
    const v = new Int32Array(size);
    p.set(this.keyP);
    s.set(this.keyS);
    v.set(this.node);
    this.keyP = p;
    this.keyS = s;
    this.node = v;
  }
}

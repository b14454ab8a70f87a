// Bounded "best k" collections, many at once in flat typed arrays (one per mentor can be
// 100,000 of them): highest key first, ties to the lower id. Each collection is a binary heap
// whose root is the worst kept entry, so a candidate is rejected with one comparison.
export class BestK {
  readonly key: Float64Array;
  readonly id: Int32Array;
  readonly extra: Float64Array;
  readonly size: Int32Array;

  constructor(
    readonly count: number,
    readonly k: number,
  ) {
    this.key = new Float64Array(count * k);
    this.id = new Int32Array(count * k);
    this.extra = new Float64Array(count * k);
    this.size = new Int32Array(count);
  }

  clear(h: number): void {
    this.size[h] = 0;
  }

  full(h: number): boolean {
    return this.size[h] === this.k;
  }

  /** The worst kept key of collection h, −Infinity while it is not full. */
  floor(h: number): number {
    return this.k > 0 && this.size[h] === this.k ? (this.key[h * this.k] as number) : -Infinity;
  }

  /** True when (key, id) would be kept by collection h. */
  accepts(h: number, key: number, id: number): boolean {
    if ((this.size[h] as number) < this.k) return true;
    if (this.k === 0) return false;
    const root = h * this.k;
    const rootKey = this.key[root] as number;
    return key > rootKey || (key === rootKey && id < (this.id[root] as number));
  }

  push(h: number, key: number, id: number, extra = 0): void {
    const k = this.k;
    const base = h * k;
    const size = this.size[h] as number;
    const keys = this.key;
    const ids = this.id;
    const extras = this.extra;
    let i: number;
    if (size < k) {
      // Sift up: parents better than the new entry move down (the root is the worst).
      i = size;
      this.size[h] = size + 1;
      while (i > 0) {
        const up = (i - 1) >> 1;
        const ku = keys[base + up] as number;
        const iu = ids[base + up] as number;
        if (key > ku || (key === ku && id < iu)) break;
        keys[base + i] = ku;
        ids[base + i] = iu;
        extras[base + i] = extras[base + up] as number;
        i = up;
      }
    } else {
      if (k === 0) return;
      const rootKey = keys[base] as number;
      if (!(key > rootKey || (key === rootKey && id < (ids[base] as number)))) return;
      // Replace the root and sift down: the worse child moves up while it is worse than the entry.
      i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        let kc = keys[base + c] as number;
        let ic = ids[base + c] as number;
        const r = c + 1;
        if (r < size) {
          const kr = keys[base + r] as number;
          const ir = ids[base + r] as number;
          if (kr < kc || (kr === kc && ir > ic)) {
            c = r;
            kc = kr;
            ic = ir;
          }
        }
        if (!(kc < key || (kc === key && ic > id))) break;
        keys[base + i] = kc;
        ids[base + i] = ic;
        extras[base + i] = extras[base + c] as number;
        i = c;
      }
    }
    keys[base + i] = key;
    ids[base + i] = id;
    extras[base + i] = extra;
  }

  /** Collection h's entries sorted by id (the canonical order). */
  entries(h: number): Array<{ id: number; key: number; extra: number }> {
    const out = [];
    for (let i = h * this.k, end = i + (this.size[h] as number); i < end; i++) {
      out.push({ id: this.id[i] as number, key: this.key[i] as number, extra: this.extra[i] as number });
    }
    return out.sort((a, b) => a.id - b.id);
  }
}

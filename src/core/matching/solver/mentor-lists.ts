// Each mentor's current mentees as intrusive doubly linked lists over mentee ids. Dijkstra must
// walk a mentor's matched mentees (the backward arcs) at every mentor it settles; scanning all of
// the mentor's candidate edges instead costs ~30× more at capacity 1.
export class MentorLists {
  readonly head: Int32Array;
  readonly next: Int32Array;
  private readonly prev: Int32Array;

  constructor(mentors: number, mentees: number) {
    this.head = new Int32Array(mentors).fill(-1);
    this.next = new Int32Array(mentees).fill(-1);
    this.prev = new Int32Array(mentees).fill(-1);
  }

  add(i: number, j: number): void {
    const first = this.head[i] as number;
    this.next[j] = first;
    this.prev[j] = -1;
    if (first >= 0) this.prev[first] = j;
    this.head[i] = j;
  }

  remove(i: number, j: number): void {
    const before = this.prev[j] as number;
    const after = this.next[j] as number;
    if (before >= 0) this.next[before] = after;
    else this.head[i] = after;
    if (after >= 0) this.prev[after] = before;
  }
}

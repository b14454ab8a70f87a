#!/usr/bin/python3
"""scipy's linear_sum_assignment on a dense score matrix, for bench/matching.bench.ts.

Reads a raw little-endian int32 file of n_mentors × n_mentees scores (row = mentor; −1 = the
pair is not eligible), builds the same dense weight matrix as ../shared/bench/lap_reference.py
(coverage: eligible pairs weigh BIG + score, BIG = (max score + 1) × (min(n_mentors, n_mentees)
+ 1); ineligible pairs 0 and never counted), times linear_sum_assignment alone and prints one
JSON line: {"pairs": P, "total": T, "seconds": S}. Capacity 1 (each mentor one row).
Usage: lsa_dense.py MATRIX.bin N_MENTORS N_MENTEES
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main():
    path, n_mentors, n_mentees = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    scores = np.fromfile(path, dtype="<i4").reshape(n_mentors, n_mentees)
    present = scores >= 0
    big = (float(scores.max()) + 1.0) * (min(n_mentors, n_mentees) + 1)
    w = np.where(present, scores.astype(np.float64) + big, 0.0)
    del scores
    t0 = time.perf_counter()
    rows, cols = linear_sum_assignment(w, maximize=True)
    seconds = time.perf_counter() - t0
    keep = present[rows, cols]
    total = float((w[rows[keep], cols[keep]] - big).sum())
    print(json.dumps({"pairs": int(keep.sum()), "total": round(total, 6), "seconds": round(seconds, 3)}))


if __name__ == "__main__":
    main()

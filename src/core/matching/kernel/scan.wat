;; The matching engine's bulk row kernel (issue 3): WebAssembly SIMD, 16 people per instruction.
;; Source of truth for kernel/scan-wasm.ts (`npm run build:kernel`; a test checks they agree).
;;
;; A row is one mentee against every mentor. Per mentor the row needs the teach units (and, in
;; mutual mode, the give-back units), which are sums over a few skills of small per-level gains:
;; each skill is one byte column (a mentor's level, or a want code) turned into gains by a
;; 16- or 32-entry table (i8x16.swizzle) and added into u16 lanes. `survivors16` / `survivors32`
;; then keep the mentors whose score bound beats a per-mentor or per-row threshold; everything
;; exact (rules, bonuses, scores) happens in TypeScript for those few.
;;
;; Every length is a multiple of 16 (arrays are padded); all offsets are 16-byte aligned.
(module
  (memory (export "memory") 1)

  ;; units[m] += table[col[m]] for m < n. units: u16, col: u8 codes 0..15 (table lo | hi << 64).
  (func (export "addColumn") (param $units i32) (param $col i32) (param $n i32) (param $lo i64) (param $hi i64)
    (local $table v128) (local $i i32) (local $gain v128) (local $at i32)
    (local.set $table (i64x2.replace_lane 1 (i64x2.splat (local.get $lo)) (local.get $hi)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $gain (i8x16.swizzle (local.get $table) (v128.load (i32.add (local.get $col) (local.get $i)))))
        (local.set $at (i32.add (local.get $units) (i32.shl (local.get $i) (i32.const 1))))
        (v128.store (local.get $at) (i16x8.add (v128.load (local.get $at)) (i16x8.extend_low_i8x16_u (local.get $gain))))
        (v128.store offset=16 (local.get $at) (i16x8.add (v128.load offset=16 (local.get $at)) (i16x8.extend_high_i8x16_u (local.get $gain))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next))))

  ;; The same with codes 0..31: two tables, codes ≥ 16 use the second (swizzle gives 0 out of range).
  (func (export "addColumn32") (param $units i32) (param $col i32) (param $n i32)
    (param $lo1 i64) (param $hi1 i64) (param $lo2 i64) (param $hi2 i64)
    (local $t1 v128) (local $t2 v128) (local $i i32) (local $codes v128) (local $gain v128) (local $at i32)
    (local.set $t1 (i64x2.replace_lane 1 (i64x2.splat (local.get $lo1)) (local.get $hi1)))
    (local.set $t2 (i64x2.replace_lane 1 (i64x2.splat (local.get $lo2)) (local.get $hi2)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $codes (v128.load (i32.add (local.get $col) (local.get $i))))
        (local.set $gain
          (v128.or
            (i8x16.swizzle (local.get $t1) (local.get $codes))
            (i8x16.swizzle (local.get $t2) (i8x16.sub (local.get $codes) (i8x16.splat (i32.const 16))))))
        (local.set $at (i32.add (local.get $units) (i32.shl (local.get $i) (i32.const 1))))
        (v128.store (local.get $at) (i16x8.add (v128.load (local.get $at)) (i16x8.extend_low_i8x16_u (local.get $gain))))
        (v128.store offset=16 (local.get $at) (i16x8.add (v128.load offset=16 (local.get $at)) (i16x8.extend_high_i8x16_u (local.get $gain))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next))))

;; Writes to $out the mentors m < n worth an exact look, ascending, and returns how many.
  ;; Reverse mode (units = teach only, 8 lanes of u16):
  ;;   keep = ((teach ⊕ $off) ⊖ q[m] ≥ $a)  ∨  (teach ≥ max(w[m], $p))      (⊕ ⊖: saturating)
  ;; ($off lets a negative threshold be written as a non-negative one: t − q ≥ a − off.)
  (func (export "survivors16")
    (param $n i32) (param $teach i32) (param $q i32) (param $w i32) (param $off i32) (param $a i32) (param $p i32) (param $out i32) (result i32)
    (local $i i32) (local $count i32) (local $o2 i32) (local $bits i32) (local $lane i32) (local $t v128) (local $keep v128)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $o2 (i32.shl (local.get $i) (i32.const 1)))
        (local.set $t (v128.load (i32.add (local.get $teach) (local.get $o2))))
        (local.set $keep
          (v128.or
            (i16x8.ge_u
              (i16x8.sub_sat_u (i16x8.add_sat_u (local.get $t) (i16x8.splat (local.get $off))) (v128.load (i32.add (local.get $q) (local.get $o2))))
              (i16x8.splat (local.get $a)))
            (i16x8.ge_u (local.get $t) (i16x8.max_u (v128.load (i32.add (local.get $w) (local.get $o2))) (i16x8.splat (local.get $p))))))
        (local.set $bits (i8x16.bitmask (local.get $keep)))
        (if (local.get $bits)
          (then
            (local.set $lane (i32.const 0))
            (loop $lanes
              (if (i32.and (local.get $bits) (i32.const 1))
                (then
                  (i32.store (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2))) (i32.add (local.get $i) (local.get $lane)))
                  (local.set $count (i32.add (local.get $count) (i32.const 1)))))
              (local.set $bits (i32.shr_u (local.get $bits) (i32.const 2)))
              (local.set $lane (i32.add (local.get $lane) (i32.const 1)))
              (br_if $lanes (local.get $bits)))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $next)))
    (local.get $count))

  ;; Mutual mode (4 lanes of i32): base = teach·100 + give·wGive + min(teach, give)·wBalance;
  ;;   keep = base > x[m] + $cx  ∨  base > max(y[m], $cy)
  (func (export "survivors32")
    (param $n i32) (param $teach i32) (param $give i32) (param $wGive i32) (param $wBalance i32)
    (param $x i32) (param $y i32) (param $cx i32) (param $cy i32) (param $out i32) (result i32)
    (local $i i32) (local $count i32) (local $o4 i32) (local $o2 i32) (local $bits i32) (local $lane i32)
    (local $t v128) (local $g v128) (local $base v128) (local $keep v128)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $o4 (i32.shl (local.get $i) (i32.const 2)))
        (local.set $o2 (i32.shl (local.get $i) (i32.const 1)))
        (local.set $t (i32x4.extend_low_i16x8_u (v128.load64_zero (i32.add (local.get $teach) (local.get $o2)))))
        (local.set $g (i32x4.extend_low_i16x8_u (v128.load64_zero (i32.add (local.get $give) (local.get $o2)))))
        (local.set $base
          (i32x4.add
            (i32x4.add (i32x4.mul (local.get $t) (i32x4.splat (i32.const 100))) (i32x4.mul (local.get $g) (i32x4.splat (local.get $wGive))))
            (i32x4.mul (i32x4.min_u (local.get $t) (local.get $g)) (i32x4.splat (local.get $wBalance)))))
        (local.set $keep
          (v128.or
            (i32x4.gt_s (local.get $base) (i32x4.add (v128.load (i32.add (local.get $x) (local.get $o4))) (i32x4.splat (local.get $cx))))
            (i32x4.gt_s (local.get $base) (i32x4.max_s (v128.load (i32.add (local.get $y) (local.get $o4))) (i32x4.splat (local.get $cy))))))
        (local.set $bits (i32x4.bitmask (local.get $keep)))
        (if (local.get $bits)
          (then
            (local.set $lane (i32.const 0))
            (loop $lanes
              (if (i32.and (local.get $bits) (i32.const 1))
                (then
                  (i32.store (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2))) (i32.add (local.get $i) (local.get $lane)))
                  (local.set $count (i32.add (local.get $count) (i32.const 1)))))
              (local.set $bits (i32.shr_u (local.get $bits) (i32.const 1)))
              (local.set $lane (i32.add (local.get $lane) (i32.const 1)))
              (br_if $lanes (local.get $bits)))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $next)))
    (local.get $count))

  ;; Second stage: keeps the entries m of $list (count $count) whose score before prefer bonuses
  ;; beats the thresholds exactly — score = teach·100 + give·wGive + min(teach, give)·wBalance
  ;;   + $cross if dept[m] ≠ $rowDept + $zone if |tz[m] − $rowTz| ≤ $window;
  ;;   keep = score > x[m] + $cx  ∨  score > max(y[m], $cy)     (x, y, dept, tz: i32 arrays)
  ;; Compacts $list in place and returns how many are kept.
  (func (export "refine")
    (param $list i32) (param $count i32) (param $teach i32) (param $give i32) (param $wGive i32) (param $wBalance i32)
    (param $dept i32) (param $tz i32) (param $x i32) (param $y i32)
    (param $rowDept i32) (param $rowTz i32) (param $cross i32) (param $zone i32) (param $window i32) (param $cx i32) (param $cy i32)
    (result i32)
    (local $a i32) (local $kept i32) (local $m i32) (local $o4 i32) (local $t i32) (local $g i32) (local $score i32) (local $d i32) (local $ym i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $a) (local.get $count)))
        (local.set $m (i32.load (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))))
        (local.set $o4 (i32.shl (local.get $m) (i32.const 2)))
        (local.set $t (i32.load16_u (i32.add (local.get $teach) (i32.shl (local.get $m) (i32.const 1)))))
        (local.set $g (i32.load16_u (i32.add (local.get $give) (i32.shl (local.get $m) (i32.const 1)))))
        (local.set $score
          (i32.add
            (i32.add (i32.mul (local.get $t) (i32.const 100)) (i32.mul (local.get $g) (local.get $wGive)))
            (i32.mul (select (local.get $t) (local.get $g) (i32.lt_u (local.get $t) (local.get $g))) (local.get $wBalance))))
        (if (i32.ne (i32.load (i32.add (local.get $dept) (local.get $o4))) (local.get $rowDept))
          (then (local.set $score (i32.add (local.get $score) (local.get $cross)))))
        (local.set $d (i32.sub (i32.load (i32.add (local.get $tz) (local.get $o4))) (local.get $rowTz)))
        (if (i32.and (i32.ge_s (local.get $d) (i32.sub (i32.const 0) (local.get $window))) (i32.le_s (local.get $d) (local.get $window)))
          (then (local.set $score (i32.add (local.get $score) (local.get $zone)))))
        (local.set $ym (i32.load (i32.add (local.get $y) (local.get $o4))))
        (if
          (i32.or
            (i32.gt_s (local.get $score) (i32.add (i32.load (i32.add (local.get $x) (local.get $o4))) (local.get $cx)))
            (i32.gt_s (local.get $score) (select (local.get $ym) (local.get $cy) (i32.gt_s (local.get $ym) (local.get $cy)))))
          (then
            (i32.store (i32.add (local.get $list) (i32.shl (local.get $kept) (i32.const 2))) (local.get $m))
            (local.set $kept (i32.add (local.get $kept) (i32.const 1)))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (br $next)))
    (local.get $kept))
)

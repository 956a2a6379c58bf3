/**
 * The little dense linear algebra the mixed model needs: Cholesky factorisation of a small
 * symmetric positive-definite matrix (p ≤ a few dozen), solves with it, its log determinant and the
 * diagonal of its inverse. Matrices are row-major Float64Arrays of size q × q.
 */

/**
 * Factorises the symmetric positive-definite `a` (q × q, only the lower triangle is read) as L·Lᵀ,
 * writing L into `l` (its upper triangle is left as zeros). Returns false when `a` is not
 * numerically positive definite.
 */
export function cholesky(a: Float64Array, q: number, l: Float64Array): boolean {
  l.fill(0);
  for (let j = 0; j < q; j++) {
    let d = a[j * q + j]!;
    for (let k = 0; k < j; k++) d -= l[j * q + k]! ** 2;
    if (!(d > 0)) return false;
    const ljj = Math.sqrt(d);
    l[j * q + j] = ljj;
    for (let i = j + 1; i < q; i++) {
      let s = a[i * q + j]!;
      for (let k = 0; k < j; k++) s -= l[i * q + k]! * l[j * q + k]!;
      l[i * q + j] = s / ljj;
    }
  }
  return true;
}

/** Solves L·Lᵀ·x = b for x (written into `x`, which may be `b`), given the Cholesky factor L. */
export function choleskySolve(l: Float64Array, q: number, b: ArrayLike<number>, x: Float64Array): void {
  for (let i = 0; i < q; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * q + k]! * x[k]!;
    x[i] = s / l[i * q + i]!;
  }
  for (let i = q - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let k = i + 1; k < q; k++) s -= l[k * q + i]! * x[k]!;
    x[i] = s / l[i * q + i]!;
  }
}

/** log det(L·Lᵀ) = 2·Σ log Lᵢᵢ. */
export function choleskyLogDet(l: Float64Array, q: number): number {
  let s = 0;
  for (let i = 0; i < q; i++) s += Math.log(l[i * q + i]!);
  return 2 * s;
}

/** The diagonal of (L·Lᵀ)⁻¹: Σⱼ (L⁻¹)ⱼᵢ², column by column of L⁻¹. */
export function choleskyInverseDiagonal(l: Float64Array, q: number): Float64Array {
  const out = new Float64Array(q);
  const col = new Float64Array(q);
  for (let i = 0; i < q; i++) {
    // Column i of L⁻¹ by forward substitution on the unit vector eᵢ (zero above row i).
    col.fill(0);
    col[i] = 1 / l[i * q + i]!;
    for (let r = i + 1; r < q; r++) {
      let s = 0;
      for (let k = i; k < r; k++) s -= l[r * q + k]! * col[k]!;
      col[r] = s / l[r * q + r]!;
    }
    // (LLᵀ)⁻¹ = L⁻ᵀL⁻¹, whose diagonal entry i is the squared length of column i of L⁻¹.
    let s = 0;
    for (let r = i; r < q; r++) s += col[r]! * col[r]!;
    out[i] = s;
  }
  return out;
}

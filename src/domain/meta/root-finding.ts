/**
 * Brent's root finder exactly as R's `uniroot()` runs it (R's zeroin: Brent 1973, bisection plus
 * secant / inverse quadratic interpolation). metafor's Paule–Mandel estimator calls `uniroot()`
 * with a loose tolerance (.Machine$double.eps^0.25 ≈ 1.2e-4 on τ²), so its answer depends on the
 * exact sequence of steps: taking the same steps here is what makes our τ² agree with metafor's
 * to far better than that tolerance.
 */

const EPSILON = 2 ** -52;

export interface RootResult {
  root: number;
  iterations: number;
  converged: boolean;
}

/**
 * Finds a root of `f` in [lower, upper], given f(lower) and f(upper) of opposite signs (or one of
 * them 0). `tol` and `maxiter` mean what they mean to `uniroot()`.
 */
export const uniroot = (
  f: (x: number) => number,
  lower: number,
  upper: number,
  fLower: number,
  fUpper: number,
  tol: number,
  maxiter: number,
): RootResult => {
  if (fLower === 0) return { root: lower, iterations: 0, converged: true };
  if (fUpper === 0) return { root: upper, iterations: 0, converged: true };
  // b is the best approximation so far, a the previous one, c the point on the other side of the root.
  let a = lower;
  let b = upper;
  let fa = fLower;
  let fb = fUpper;
  let c = a;
  let fc = fa;
  for (let iteration = 1; iteration <= maxiter + 1; iteration++) {
    const previousStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance = 2 * EPSILON * Math.abs(b) + tol / 2;
    let step = (c - b) / 2;
    if (Math.abs(step) <= tolerance || fb === 0) {
      return { root: b, iterations: iteration - 1, converged: true };
    }
    // Interpolate when the previous step was large enough and went the right way.
    if (Math.abs(previousStep) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      const cb = c - b;
      let p: number;
      let q: number;
      if (a === c) {
        // Two distinct points: secant.
        const t1 = fb / fa;
        p = cb * t1;
        q = 1 - t1;
      } else {
        // Three points: inverse quadratic interpolation.
        const qa = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1));
        q = (qa - 1) * (t1 - 1) * (t2 - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      // Accept the interpolated point if it falls inside [b, c] and the step is not too large.
      if (p < 0.75 * cb * q - Math.abs(tolerance * q) / 2 && p < Math.abs((previousStep * q) / 2)) {
        step = p / q;
      }
    }
    if (Math.abs(step) < tolerance) step = step > 0 ? tolerance : -tolerance;
    a = b;
    fa = fb;
    b += step;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
    }
  }
  return { root: b, iterations: maxiter, converged: false };
};

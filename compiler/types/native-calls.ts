// Result types of native standard-library functions (zig-runtime/modules) whose result type
// their arguments fix: `math.sqrt(x)` is always a float, `random.random()` too, `math.floor(x)`
// an int when x is an int or a float. Inference (infer.ts) types such a call when the callee is
// a global bound only by imports of that native module or function (globals.ts), so the
// arithmetic around it runs on native values. Native modules are fixed (their names cannot be
// rebound), so the callee is always the native function; codegen still unboxes the result with
// a check, never wrong in silence.
import type * as A from '../parser/ast.js';
import { BOOL, FLOAT, INT, OBJECT, type Ty } from './lattice.js';

const isNumber = (t: Ty) => t.k === 'int' || t.k === 'float' || t.k === 'bool';

/** Always a float (or an exception), whatever the arguments: CPython converts them to C doubles. */
const ALWAYS_FLOAT = new Set([
  'math.sqrt', 'math.exp', 'math.exp2', 'math.expm1', 'math.log', 'math.log2', 'math.log10', 'math.log1p',
  'math.sin', 'math.cos', 'math.tan', 'math.asin', 'math.acos', 'math.atan', 'math.atan2',
  'math.sinh', 'math.cosh', 'math.tanh', 'math.asinh', 'math.acosh', 'math.atanh',
  'math.hypot', 'math.dist', 'math.fabs', 'math.pow', 'math.copysign', 'math.fmod', 'math.remainder',
  'math.degrees', 'math.radians', 'math.erf', 'math.erfc', 'math.gamma', 'math.lgamma', 'math.cbrt',
  'math.ldexp', 'math.fsum', 'math.nextafter', 'math.ulp',
  'random.random',
  'time.time', 'time.perf_counter', 'time.monotonic', 'time.process_time', 'time.thread_time',
]);

/** Always an int: the arguments go through __index__. */
const ALWAYS_INT = new Set([
  'math.isqrt', 'math.factorial', 'math.gcd', 'math.lcm', 'math.comb', 'math.perm',
  'random.getrandbits',
  'time.time_ns', 'time.perf_counter_ns', 'time.monotonic_ns', 'time.process_time_ns', 'time.thread_time_ns',
]);

const ALWAYS_BOOL = new Set(['math.isnan', 'math.isinf', 'math.isfinite', 'math.isclose']);

/** An int when every argument is a number (a user object's __floor__ may return anything). */
const INT_OF_NUMBERS = new Set(['math.floor', 'math.ceil', 'math.trunc', 'random.randint', 'random.randrange']);

/**
 * A float when every argument is a number (random.uniform(a, b) is a + (b - a) * random(), a
 * Fraction for Fractions). Not random.triangular: it returns `low` itself when high == low.
 */
const FLOAT_OF_NUMBERS = new Set([
  'random.uniform', 'random.gauss', 'random.normalvariate', 'random.lognormvariate',
  'random.expovariate', 'random.vonmisesvariate', 'random.gammavariate', 'random.betavariate',
  'random.paretovariate', 'random.weibullvariate',
]);

/** The result type of calling native function `target` ('math.sqrt') at `e` with `args`. */
export function nativeCallType(target: string, e: A.Call, args: Ty[]): Ty {
  if (e.args.some((a) => a.nodeType === 'Starred') || e.keywords.length > 0) return OBJECT;
  if (ALWAYS_FLOAT.has(target)) return FLOAT;
  if (ALWAYS_INT.has(target)) return INT;
  if (ALWAYS_BOOL.has(target)) return BOOL;
  const numbers = args.length > 0 && args.every(isNumber);
  if (INT_OF_NUMBERS.has(target)) return numbers ? INT : OBJECT;
  if (FLOAT_OF_NUMBERS.has(target)) return numbers ? FLOAT : OBJECT;
  return OBJECT;
}

// What a counter site is: the vocabulary shared by the compiler's instrumentation
// (compiler/codegen/instrument.ts), the raw counter decoder and the profile format.
//
// A site is one instrumented point of the program. Its stable id is (module, function qualname,
// kind, ordinal, role): the ordinal is the preorder index of the site's AST node among the nodes
// of its function (nested functions and classes have their own numbering), so an edit elsewhere
// in the file never renumbers a function whose body did not change (its checksum says so).

/** Site kinds and the meaning of their counter slots, in slot order. */
export const SITE_SLOTS = {
  /** A function entry (per specialization: role is the signature, '' when not specialized). */
  entry: ['calls'],
  /** `if`/`elif` test: the else side (including "no elif matched"), then the body. */
  if: ['not taken', 'taken'],
  /** A conditional expression `a if t else b`. */
  ifexp: ['else', 'then'],
  /** One operand of `and`/`or`: how often it was evaluated false and true. For `and`, the false
   * count of an operand is where evaluation short-circuited; for `or`, the true count. */
  boolop: ['false', 'true'],
  /** A comprehension's `if` filter: items rejected, items kept. */
  filter: ['rejected', 'kept'],
  /** A `for`/`while` loop (and a comprehension's `for`): normal exits (test false, iterator
   * exhausted; not break/return/raise), iterations, entries. */
  loop: ['exits', 'iterations', 'entries'],
  /** A `match` case: tested without matching (pattern or guard failed), matched. */
  case: ['no match', 'matched'],
  /** An `except` clause entered. */
  handler: ['entered'],
  /** A call expression evaluated (the call was made). */
  call: ['calls'],
  /** The runtime type of a boxed value at a dynamically typed operation (see TYPE_SLOTS). */
  type: [] as string[],
} as const;

export type SiteKind = keyof typeof SITE_SLOTS;

export const SITE_KINDS = Object.keys(SITE_SLOTS) as SiteKind[];

/**
 * The runtime type classes a type observation distinguishes, one counter each. The generated
 * code maps a Value to its slot (instrument.ts `prof_slot`): the four unboxed tags, then the
 * builtin object kinds of zig-runtime/core/value.zig grouped as below.
 */
export const TYPE_SLOTS = [
  'None', 'bool', 'int', 'float', 'str', 'bytes', 'list', 'tuple', 'dict', 'set',
  'instance', 'function', 'type', 'iterator', 'exception', 'other',
] as const;

export type TypeSlot = (typeof TYPE_SLOTS)[number];

/** How many counters a site of `kind` has. */
export function siteWidth(kind: SiteKind): number {
  return kind === 'type' ? TYPE_SLOTS.length : SITE_SLOTS[kind].length;
}

/** Roles of type observations: which operand of the operation the value was. */
export type TypeRole = 'left' | 'right' | 'operand' | 'receiver' | 'container' | 'iterable' | 'test' | 'callee' | 'target' | 'value' | 'param';

/** A function-like unit of the program: the module body, a def, a lambda, a class body. */
export type UnitKind = 'module' | 'function' | 'lambda' | 'class';

// The control flow of a stretch of generated Zig, read from its text, for profile counts derived
// from a block's entry (compiler/codegen/instrument.ts, blockCounts).
//
// A count reached every time its block is entered, unless the block was left before it, equals
// the block's entry count minus the times the block was left before reaching it. In the Zig the
// compiler emits, a block is left early by an exception (`catch return rt.trace(&L)`, a bare
// `return rt.trace(&L)` after a failed lookup, `return error.PyException` when no handler
// matched), which the instrumented build can count on that cold path alone; anything else that may leave or skip code (a plain `return`, a `break` out of
// the block, `try`, a branch) ends what can be derived.
//
// scanBlock walks the text from a block's first statement to its closing brace and reports, in
// order, the counts that run unconditionally (`pyaot_prof[K] +%= 1;`, or a register region's
// `pr_N[J] +%= 1;`), the unconditional type observations of parameters (`prof_at(K, ps_x, p_x)`)
// and of locals (`prof_seen(K, l_x)`), and the exception exits. It is conservative: a construct it does not know
// ends the walk, and a count inside any branch, loop, `defer` or handler is not reported.

export type FlowEvent =
  /** `k`: the global counter, or with `region` the slot of that region's array. */
  | { kind: 'count'; at: number; end: number; k: number; region: string | null }
  /** A type observation of a parameter whose slot is known (`prof_at(K, ps_x, p_x)`). */
  | { kind: 'observe'; at: number; end: number; k: number; value: string }
  /** A type observation of a local (`prof_seen(K, l_x)`): cannot fail or branch. */
  | { kind: 'seen'; at: number; end: number; k: number; value: string }
  | { kind: 'exit'; at: number; end: number };

interface Frame {
  /** Conditional because of where the frame was opened (a branch arm, a loop body...). */
  inherited: boolean;
  /** The current statement at this level has gone past a branching construct. */
  stmt: boolean;
  /** Code after a jump to this frame (a break out of part of it) may be skipped: all of the rest is conditional. */
  tainted: boolean;
  /** The frame is a loop body (an unlabeled break or continue stays inside it). */
  loop: boolean;
  label: string | null;
  /** The parenthesis of an `if`/`switch` header: closing it makes the rest of the statement conditional. */
  header: boolean;
  /** A `while`/`for` was seen at this level: the next `{` opened here is its body. */
  pendingLoop: boolean;
  /** A `label: ` was seen at this level: the next `{` or loop opened here carries it. */
  pendingLabel: string | null;
  /** Ends the walk at the end of the current statement at this level (after a plain return). */
  stopAtEnd: boolean;
  /** The current statement jumps to the frame at this index of the stack (see endStatement). */
  jumpTo: number;
}

const frame = (inherited: boolean): Frame => ({ inherited, stmt: false, tainted: false, loop: false, label: null, header: false, pendingLoop: false, pendingLabel: null, stopAtEnd: false, jumpTo: -1 });
const conditional = (f: Frame): boolean => f.inherited || f.stmt || f.tainted;

// An exception exit's value, maybe already wrapped in debits by an earlier derivation
// (`prof_left(D, rt.trace(&L))`): exitValue reads the wrappers and their closing parentheses.
const EXIT_CORE = /^(?:rt\.trace\(&L\d+\)|error\.PyException)/;
const EXIT_WRAPPER = /^prof_left(?:_at)?\(\d+, (?:ps_\w+, |prof_slot\(l_\w+\), )?/;
const OBSERVE = /^prof_at\((\d+), ps_\w+, (p_\w+)\)/;
const SEEN = /^prof_seen\((\d+), (l_\w+)\)/;
const COUNT = /^pyaot_prof\[(\d+)\] \+%= 1;/;
const REGION_COUNT = /^(pr_\d+)\[(\d+)\] \+%= 1;/;
// A switch on a range's representation whose only prong is `inline else`: exactly one copy runs.
const ONE_PRONG = /^switch \(\w+\.big\) \{\s*inline else => \|\w+\| \{/;
const CAPTURE = /^\|\*?\w+(?:, \*?\w+)*\|/;
const LABEL = /^(\w+): (?=\{|while\b|for\b)/;
const WORD = /^[A-Za-z_]\w*/;
// Words that branch: what follows them in the statement runs conditionally.
const BRANCHING = new Set(['else', 'and', 'or', 'orelse', 'catch', 'defer', 'errdefer']);
// Words the walk does not follow.
const UNKNOWN = new Set(['try', 'fn', 'struct', 'union', 'enum', 'suspend', 'resume', 'nosuspend', 'async', 'await', 'asm']);

/** The counts and exits of the block starting at `from`, in order (see the file comment). */
export function scanBlock(text: string, from: number): FlowEvent[] {
  const events: FlowEvent[] = [];
  const stack: Frame[] = [frame(false)];
  const top = (): Frame => stack[stack.length - 1];
  const cond = (): boolean => stack.some(conditional);
  let i = from;
  // A statement that jumps (a break to a frame inside the block) makes the rest of the frames down
  // to its target conditional once its value is evaluated: at its end.
  const endStatement = (f: Frame): void => {
    f.stmt = false;
    if (f.jumpTo >= 0) for (let j = f.jumpTo; j < stack.length; j++) stack[j].tainted = true;
    f.jumpTo = -1;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      for (i++; i < text.length && text[i] !== ch; i++) if (text[i] === '\\') i++;
      i++;
      continue;
    }
    const rest = text.slice(i, i + 200);
    if (rest.startsWith('//') || rest.startsWith('\\\\')) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    if (ch === '{' || ch === '(' || ch === '[') {
      const parent = top();
      const f = frame(cond());
      if (ch === '{') {
        f.loop = parent.pendingLoop;
        f.label = parent.pendingLabel;
        parent.pendingLoop = false;
        parent.pendingLabel = null;
      }
      stack.push(f);
      i++;
      continue;
    }
    if (ch === '}' || ch === ')' || ch === ']') {
      if (stack.length === 1) break; // the block's end
      const closed = stack[stack.length - 1];
      endStatement(closed);
      stack.pop();
      const f = top();
      if (closed.header) f.stmt = true;
      if (ch === '}' && /^[ \t]*\n/.test(text.slice(i + 1, i + 40)) && !/^\s*else\b/.test(text.slice(i + 1, i + 60))) {
        // A statement block ended (an if, a loop): the next statement is not inside it.
        endStatement(f);
        if (f.stopAtEnd) break;
      }
      i++;
      continue;
    }
    if (ch === ';' || ch === ',') {
      const f = top();
      if (ch === ';') endStatement(f);
      else f.stmt = false;
      if (ch === ';' && f.stopAtEnd) break;
      i++;
      continue;
    }
    if (ch === '|') {
      const cap = CAPTURE.exec(rest);
      i += cap ? cap[0].length : 1;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : ' ';
    if (/[\w.@]/.test(prev)) {
      // Inside a name or a field access: not a word of its own.
      const w = /^\w+/.exec(rest);
      i += w ? w[0].length : 1;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = COUNT.exec(rest))) {
      if (!cond()) events.push({ kind: 'count', at: i, end: i + m[0].length, k: Number(m[1]), region: null });
      i += m[0].length;
      continue;
    }
    if ((m = REGION_COUNT.exec(rest))) {
      if (!cond()) events.push({ kind: 'count', at: i, end: i + m[0].length, k: Number(m[2]), region: m[1] });
      i += m[0].length;
      continue;
    }
    if ((m = OBSERVE.exec(rest))) {
      // Cannot fail or branch: a count of the value's known type slot.
      if (!cond()) events.push({ kind: 'observe', at: i, end: i + m[0].length, k: Number(m[1]), value: m[2] });
      i += m[0].length;
      continue;
    }
    if ((m = SEEN.exec(rest))) {
      if (!cond()) events.push({ kind: 'seen', at: i, end: i + m[0].length, k: Number(m[1]), value: m[2] });
      i += m[0].length;
      continue;
    }
    if ((m = LABEL.exec(rest))) {
      top().pendingLabel = m[1];
      i += m[0].length;
      continue;
    }
    if ((m = ONE_PRONG.exec(rest))) {
      // The switch frame and its one prong's frame, both unconditional.
      const inherited = cond();
      stack.push(frame(inherited), frame(inherited));
      i += m[0].length;
      continue;
    }
    const w = WORD.exec(rest);
    if (!w) {
      i++;
      continue;
    }
    const word = w[0];
    const after = i + word.length;
    if (word === 'return') {
      const exit = exitValue(text, i + 'return '.length);
      if (rest.startsWith('return ') && exit > 0) {
        const at = i + 'return '.length;
        events.push({ kind: 'exit', at, end: at + exit });
        i = at + exit;
        // The exit never falls through: whatever follows in this statement is skipped then.
        top().stmt = true;
        continue;
      }
      if (cond()) break;
      top().stopAtEnd = true;
      i = after;
      continue;
    }
    if (word === 'break' || word === 'continue') {
      const lm = /^ :(\w+)/.exec(text.slice(after, after + 100));
      const target = lm ? findLast(stack, (f) => f.label === lm[1]) : findLast(stack, (f) => f.loop);
      if (target < 0) {
        // Leaves the block.
        if (cond()) break;
        top().stopAtEnd = true;
      } else {
        // Skips the rest of the frames down to its target, once its value is evaluated.
        top().jumpTo = target;
      }
      i = after;
      continue;
    }
    if (word === 'if' || word === 'switch') {
      // The header is evaluated unconditionally; what follows it is not.
      let j = after;
      while (text[j] === ' ') j++;
      if (text[j] === '(') {
        const f = frame(cond());
        f.header = true;
        stack.push(f);
        i = j + 1;
        continue;
      }
      top().stmt = true;
      i = after;
      continue;
    }
    if (word === 'while' || word === 'for') {
      top().stmt = true;
      top().pendingLoop = true;
      i = after;
      continue;
    }
    if (BRANCHING.has(word)) {
      if (word === 'catch' || word === 'orelse') {
        const at = after + 1 + 'return '.length;
        const exit = text.startsWith(' return ', after) ? exitValue(text, at) : 0;
        if (exit > 0) {
          events.push({ kind: 'exit', at, end: at + exit });
          i = at + exit;
          continue;
        }
      }
      top().stmt = true;
      i = after;
      continue;
    }
    if (UNKNOWN.has(word)) break;
    i = after;
  }
  return events;
}

/** The length of the exception exit value starting at `at` (with its debit wrappers), 0 if none. */
function exitValue(text: string, at: number): number {
  let i = at;
  let wrappers = 0;
  for (let m = EXIT_WRAPPER.exec(text.slice(i, i + 80)); m; m = EXIT_WRAPPER.exec(text.slice(i, i + 80))) {
    i += m[0].length;
    wrappers++;
  }
  const core = EXIT_CORE.exec(text.slice(i, i + 40));
  if (!core) return 0;
  i += core[0].length;
  for (let w = 0; w < wrappers; w++, i++) if (text[i] !== ')') return 0;
  return i - at;
}

function findLast<T>(xs: T[], p: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i])) return i;
  return -1;
}

/** The index of the brace closing the one at `open` (strings skipped), -1 if none. */
export function closingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"' || ch === "'") {
      for (i++; i < s.length && s[i] !== ch; i++) if (s[i] === '\\') i++;
    } else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Whether a block's body (the text between its braces) never falls through its end: its last
 * statement at its own level is a plain `return`, `break` or `continue`, or a bare block whose
 * body does not fall through (`raise` compiles to `{ …; return rt.trace(&L); }`).
 */
export function endsInJump(body: string): boolean {
  let depth = 0;
  // Where the current statement at the body's level starts, and where the last bare block opened.
  let start = 0;
  let block = -1;
  let last: { kind: 'stmt'; text: string } | { kind: 'block'; open: number; close: number } | null = null;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"' || ch === "'") {
      for (i++; i < body.length && body[i] !== ch; i++) if (body[i] === '\\') i++;
    } else if (ch === '{' || ch === '(' || ch === '[') {
      if (depth === 0 && ch === '{' && body.slice(start, i).trim() === '') block = i;
      depth++;
    } else if (ch === '}' || ch === ')' || ch === ']') {
      depth--;
      if (depth === 0 && ch === '}' && /^[ \t]*(\n|$)/.test(body.slice(i + 1))) {
        last = block >= 0 ? { kind: 'block', open: block, close: i } : { kind: 'stmt', text: body.slice(start, i + 1).trim() };
        start = i + 1;
        block = -1;
      }
    } else if (ch === ';' && depth === 0) {
      last = { kind: 'stmt', text: body.slice(start, i + 1).trim() };
      start = i + 1;
      block = -1;
    }
  }
  if (!last || body.slice(start).trim() !== '') return false;
  if (last.kind === 'block') return endsInJump(body.slice(last.open + 1, last.close));
  return /^(return|break|continue)\b/.test(last.text);
}

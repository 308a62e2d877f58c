// `match` statements: each case becomes a Zig bool block that tests the pattern against the
// subject and binds capture names as it goes (as CPython does), then the guard.
import type * as A from '../parser/ast.js';
import { Lines } from './emit.js';
import { FnCtx } from './context.js';
import { expr, cond, blockExpr } from './expr.js';
import { emitBody, storeName } from './stmt.js';
import { instrumentBranch } from './instrument.js';

export function emitMatch(c: FnCtx, st: A.Match): boolean {
  const l = c.lines;
  const subj = c.fresh('subj');
  l.line(`const ${subj} = ${expr(c, st.subject)};`);
  let allTerm = true;
  let irrefutable = false;
  st.cases.forEach((mc, i) => {
    const test = matchCaseTest(c, mc, subj);
    l.line(`${i === 0 ? '' : '} else '}if (${instrumentBranch(c, mc, 'case', test)}) {`);
    l.indent();
    const t = emitBody(c, mc.body);
    allTerm = allTerm && t;
    l.dedent();
    if (!mc.guard && isIrrefutable(mc.pattern)) irrefutable = true;
  });
  if (st.cases.length > 0) l.line('}');
  return allTerm && irrefutable && false;
}

function isIrrefutable(p: A.Pattern): boolean {
  if (p.nodeType === 'MatchAs') return p.pattern === null;
  if (p.nodeType === 'MatchOr') return p.patterns.some(isIrrefutable);
  return false;
}

export function matchCaseTest(c: FnCtx, mc: A.MatchCase, subj: string): string {
  return blockExpr(c, (l, label) => {
    patternInto(c, l, mc.pattern, subj, label);
    if (mc.guard) l.line(`break :${label} ${cond(c, mc.guard)};`);
    else l.line(`break :${label} true;`);
  });
}

/** A bare `_` binds nothing and tests nothing. */
function isWildcard(p: A.Pattern): boolean {
  return p.nodeType === 'MatchAs' && p.pattern === null && p.name === null;
}

/**
 * Matches `q` against the value Zig expression `get` yields (null: no such item, a mismatch).
 * A wildcard only needs the value to exist, so no constant is declared for it (Zig rejects
 * unused locals).
 */
function subpatternInto(c: FnCtx, l: Lines, q: A.Pattern, prefix: string, get: string, fail: string): void {
  if (isWildcard(q)) {
    l.line(`if ((${get}) == null) break :${fail} false;`);
    return;
  }
  const a = c.fresh(prefix);
  l.line(`const ${a} = (${get}) orelse break :${fail} false;`);
  patternInto(c, l, q, a, fail);
}

/** Emits tests for `p` against Zig value `v`; on mismatch `break :fail false`. */
function patternInto(c: FnCtx, l: Lines, p: A.Pattern, v: string, fail: string): void {
  switch (p.nodeType) {
    case 'MatchValue':
      l.line(`if (!${c.check(`rt.ops.eq(${v}, ${expr(c, p.value)})`, p)}) break :${fail} false;`);
      return;
    case 'MatchSingleton': {
      const k = p.value.t === 'None' ? 'rt.Value.None' : p.value.t === 'bool' ? (p.value.v ? 'rt.Value.True' : 'rt.Value.False') : 'rt.Value.None';
      l.line(`if (!rt.ops.identical(${v}, ${k})) break :${fail} false;`);
      return;
    }
    case 'MatchAs':
      if (p.pattern) patternInto(c, l, p.pattern, v, fail);
      if (p.name) storeName(c, p.name, v, p);
      return;
    case 'MatchOr': {
      // Try each alternative in its own block; the first that matches wins.
      const ok = c.fresh('alt');
      l.open(`const ${ok} = ${ok}_blk: {`);
      for (const alt of p.patterns) {
        const one = c.fresh('one');
        l.open(`if (${one}: {`);
        patternInto(c, l, alt, v, one);
        l.line(`break :${one} true;`);
        l.close(`}) break :${ok}_blk true;`);
      }
      l.line(`break :${ok}_blk false;`);
      l.close('};');
      l.line(`if (!${ok}) break :${fail} false;`);
      return;
    }
    case 'MatchSequence': {
      const star = p.patterns.findIndex((q) => q.nodeType === 'MatchStar');
      const items = c.fresh('items');
      const min = star < 0 ? p.patterns.length : p.patterns.length - 1;
      if (p.patterns.length === 0) {
        l.line(`if ((${c.check(`rt.matchSequence(${v}, 0, false)`, p)}) == null) break :${fail} false;`);
        return;
      }
      l.line(`const ${items} = (${c.check(`rt.matchSequence(${v}, ${min}, ${star >= 0})`, p)}) orelse break :${fail} false;`);
      p.patterns.forEach((q, i) => {
        if (star < 0 || i < star) patternInto(c, l, q, `${items}[${i}]`, fail);
        else if (i === star) {
          const name = (q as A.MatchStar).name;
          if (name) storeName(c, name, `rt.listOf(${items}[${star}..${items}.len - ${p.patterns.length - 1 - star}])`, q);
        } else patternInto(c, l, q, `${items}[${items}.len - ${p.patterns.length - i}]`, fail);
      });
      return;
    }
    case 'MatchMapping': {
      l.line(`if (!rt.matchIsMapping(${v})) break :${fail} false;`);
      const keys = p.keys.map((k) => {
        const kv = c.fresh('key');
        l.line(`const ${kv} = ${expr(c, k)};`);
        return kv;
      });
      p.keys.forEach((_, i) => {
        subpatternInto(c, l, p.patterns[i], 'got', c.check(`rt.matchMappingGet(${v}, ${keys[i]})`, p), fail);
      });
      if (p.rest) storeName(c, p.rest, c.check(`rt.matchMappingRest(${v}, &[_]rt.Value{ ${keys.join(', ')} })`, p), p);
      return;
    }
    case 'MatchClass': {
      const cls = c.fresh('cls');
      l.line(`const ${cls} = ${expr(c, p.cls)};`);
      l.line(`if (!${c.check(`rt.matchIsInstance(${v}, ${cls})`, p)}) break :${fail} false;`);
      p.patterns.forEach((q, i) => {
        subpatternInto(c, l, q, 'pa', c.check(`rt.matchClassPositional(${v}, ${cls}, ${i}, ${p.patterns.length})`, p), fail);
      });
      p.kwd_attrs.forEach((name, i) => {
        subpatternInto(c, l, p.kwd_patterns[i], 'ka', c.check(`rt.attr.getattrOpt(${v}, &${c.prog.str(name)})`, p), fail);
      });
      return;
    }
    case 'MatchStar':
      return;
  }
}

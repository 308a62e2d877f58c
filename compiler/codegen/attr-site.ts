// Attribute and call sites with per-site inline caches: each `obj.x`, `obj.x = v`, `obj.m(...)`
// and dynamic call `f(...)` gets its own static cache (rt.attr.Site / rt.call.CallSite, see
// zig-runtime/abi/client_attr.zig), which remembers the class the last lookup there was for and
// where the answer was, so a repeated lookup on instances of one class is a few compares.
import type { FnCtx } from './context.js';

function site(c: FnCtx, type: string): string {
  const name = c.prog.fresh('AS');
  c.prog.decls.line(`var ${name}: ${type} = .{};`);
  return name;
}

/** `obj.attr` (`obj` and the result are Zig rt.Value expressions; the result is fallible). */
export function getattrSite(c: FnCtx, obj: string, attr: string): string {
  return `rt.attr.getattrAt(&${site(c, 'rt.attr.Site')}, ${obj}, &${c.prog.str(attr)})`;
}

/** `obj.attr = v` (fallible, void). */
export function setattrSite(c: FnCtx, obj: string, attr: string, v: string): string {
  return `rt.attr.setattrAt(&${site(c, 'rt.attr.Site')}, ${obj}, &${c.prog.str(attr)}, ${v})`;
}

// str methods with a direct path for an exact str receiver (rt.attr.StrMethod in
// zig-runtime/abi/client_attr.zig); other receivers take the ordinary method call there.
const STR_METHODS = new Set([
  'upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize',
  'strip', 'lstrip', 'rstrip', 'split', 'join', 'replace',
  'find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith',
]);

/** `obj.attr(args)`; `args` is an rt.Args expression. */
export function callMethodSite(c: FnCtx, obj: string, attr: string, args: string): string {
  const s = site(c, 'rt.attr.Site');
  if (STR_METHODS.has(attr)) return `rt.attr.callStrAt(.${attr}, &${s}, ${obj}, &${c.prog.str(attr)}, ${args})`;
  return `rt.attr.callMethodAt(&${s}, ${obj}, &${c.prog.str(attr)}, ${args})`;
}

/** `f(args)` for a callee of unknown kind. */
export function callSite(c: FnCtx, f: string, args: string): string {
  return `rt.call.callAt(&${site(c, 'rt.call.CallSite')}, ${f}, ${args})`;
}

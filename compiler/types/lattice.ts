// The type lattice of pyaot's inference.
//
//   bottom  <  int | float | bool | str | none | list<α> | ...  <  object
//
// `bottom` means "no value seen yet" (a function whose return type is still being computed);
// `object` means "any value", represented at run time as a boxed rt.Value. Everything in
// between has a native representation (see repr()). Joins of different types go to `object`:
// an int/float mix is not a float in Python.
//
// Container element types are type variables (union-find cells) shared by every container that
// flows to the same place, so `xs.append(s)` anywhere widens the elements of every list that
// may be xs. A container that flows into `object` (dynamic code may do anything to it) gets
// `object` elements.

export type Prim = 'int' | 'float' | 'bool' | 'str' | 'none';

export class TVar {
  private parent: TVar | null = null;
  private ty: Ty = BOTTOM;
  /** Called when the type widens (so dependent inferences re-run). */
  static onWiden: (() => void) | null = null;

  find(): TVar {
    let v: TVar = this;
    while (v.parent) v = v.parent;
    return v;
  }
  get(): Ty {
    return this.find().ty;
  }
  /** Widens the variable to include `t`. */
  add(t: Ty): void {
    const r = this.find();
    const j = join(r.ty, t);
    if (!sameTy(j, r.ty)) {
      r.ty = j;
      TVar.onWiden?.();
    }
  }
  /**
   * Widens the variable to `object` and returns what it held: the caller escapes that (after
   * the variable is already `object`, so a list that contains itself terminates).
   */
  widenToObject(): Ty {
    const r = this.find();
    const old = r.ty;
    if (old.k !== 'object') {
      r.ty = OBJECT;
      TVar.onWiden?.();
    }
    return old;
  }
  /** Makes two variables one (their types join). */
  unify(o: TVar): void {
    const a = this.find();
    const b = o.find();
    if (a === b) return;
    b.parent = a;
    const j = join(a.ty, b.ty);
    if (!sameTy(j, a.ty)) {
      a.ty = j;
      TVar.onWiden?.();
    } else if (!sameTy(b.ty, a.ty)) {
      TVar.onWiden?.();
    }
  }
}

export type Ty =
  | { k: 'bottom' }
  | { k: 'object' }
  | { k: Prim }
  | { k: 'list'; elem: TVar }
  | { k: 'tuple'; items: Ty[] };

export const BOTTOM: Ty = { k: 'bottom' };
export const OBJECT: Ty = { k: 'object' };
export const INT: Ty = { k: 'int' };
export const FLOAT: Ty = { k: 'float' };
export const BOOL: Ty = { k: 'bool' };
export const STR: Ty = { k: 'str' };
export const NONE: Ty = { k: 'none' };

export function sameTy(a: Ty, b: Ty): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'list') return a.elem.find() === (b as { elem: TVar }).elem.find();
  if (a.k === 'tuple') {
    const bi = (b as { items: Ty[] }).items;
    return a.items.length === bi.length && a.items.every((t, i) => sameTy(t, bi[i]));
  }
  return true;
}

export function join(a: Ty, b: Ty): Ty {
  if (a.k === 'bottom') return b;
  if (b.k === 'bottom') return a;
  if (a.k === 'object' || b.k === 'object') {
    escape(a);
    escape(b);
    return OBJECT;
  }
  if (a.k === 'list' && b.k === 'list') {
    a.elem.unify(b.elem);
    return a;
  }
  if (a.k === 'tuple' && b.k === 'tuple' && a.items.length === b.items.length) {
    return { k: 'tuple', items: a.items.map((t, i) => join(t, b.items[i])) };
  }
  if (sameTy(a, b)) return a;
  escape(a);
  escape(b);
  return OBJECT;
}

/** A value of type `t` flows into dynamic code: its containers' contents become `object`. */
export function escape(t: Ty): void {
  if (t.k === 'list') {

    const old = t.elem.widenToObject();
    if (old.k !== 'object') escape(old);
  } else if (t.k === 'tuple') {
    for (const x of t.items) escape(x);
  }
}

/** The elements of a container of type `t` are handed to dynamic code (the container is not). */
export function escapeContents(t: Ty): void {
  if (t.k === 'list') escape(t.elem.get());
  else if (t.k === 'tuple') t.items.forEach(escape);
}

/** True when values of this type are stored unboxed (not as rt.Value). */
export function isNative(t: Ty): boolean {
  return t.k === 'int' || t.k === 'float' || t.k === 'bool';
}

/** The Zig type holding a value of type `t`. */
export function zigType(t: Ty): string {
  switch (t.k) {
    case 'int':
      return 'rt.Int';
    case 'float':
      return 'f64';
    case 'bool':
      return 'bool';
    default:
      return 'rt.Value';
  }
}

export function show(t: Ty, depth = 0): string {
  if (depth > 4) return '...';
  switch (t.k) {
    case 'list':
      return `list[${show(t.elem.get(), depth + 1)}]`;
    case 'tuple':
      return `tuple[${t.items.map((x) => show(x, depth + 1)).join(', ')}]`;
    default:
      return t.k;
  }
}

// Units and ordinals: the stable half of a counter's id, decided from the AST before any code
// is emitted.
//
// A unit is what CPython makes a code object of: the module body, each def and lambda, each
// class body. Comprehensions stay in their enclosing unit. Every node belongs to exactly one
// unit and gets an ordinal: its preorder index among that unit's nodes. A nested def's name,
// decorators, defaults and annotations are evaluated where the def stands, so they belong to the
// enclosing unit; only its body (and its parameter list, for the checksum) belongs to the def.
//
// A unit's checksum hashes what its nodes are (types, names, operators, constants) without
// positions or node ids, and without the bodies of nested units, so adding a line above a
// function or editing a neighbouring one keeps its checksum, while any change to the function
// itself (which could renumber its ordinals) changes it.
import { createHash } from 'node:crypto';
import type * as A from '../compiler/parser/ast.js';
import { F, FIELDS } from '../compiler/parser/fields.js';
import type { ScopeInfo } from '../compiler/resolve/scopes.js';
import type { UnitKind } from './sites.js';

export interface Unit {
  kind: UnitKind;
  qualname: string;
  node: A.Node;
  /** 16 hex digits of SHA-256 over the unit's own structure. */
  checksum: string;
  line: number;
  endLine: number;
  /** Parameter names in rt.Code order (functions and lambdas). */
  params: string[];
}

export interface NodePlace {
  /** Index into ModuleUnits.units. */
  unit: number;
  ordinal: number;
}

export interface ModuleUnits {
  units: Unit[];
  /** Unit and ordinal of every node, by node id. */
  places: Map<number, NodePlace>;
}

interface Building {
  index: number;
  ordinal: number;
  parts: string[];
}

/** Numbers the nodes of a module into units. */
export function assignUnits(mod: A.Module, scopes: ScopeInfo, lastLine: number): ModuleUnits {
  const out: ModuleUnits = { units: [], places: new Map() };
  const named = new Map<string, number>();
  const open = (kind: UnitKind, node: A.Node, line: number, endLine: number, params: string[]): Building => {
    const base = kind === 'module' ? '<module>' : scopes.byNode.get(node.nodeId)?.qualname ?? `<unknown ${node.nodeId}>`;
    // A name defined twice (`def f` in both arms of an if) is two functions: the later ones get
    // `#2`, `#3`... in source order.
    const n = (named.get(base) ?? 0) + 1;
    named.set(base, n);
    const qualname = n === 1 ? base : `${base}#${n}`;
    out.units.push({ kind, qualname, node, checksum: '', line, endLine, params });
    // The header: a changed signature changes the checksum.
    return { index: out.units.length - 1, ordinal: 0, parts: [`${kind}(${JSON.stringify(params)})`] };
  };
  const close = (b: Building): void => {
    out.units[b.index].checksum = createHash('sha256').update(b.parts.join('')).digest('hex').slice(0, 16);
  };

  const visit = (node: A.Node, u: Building): void => {
    out.places.set(node.nodeId, { unit: u.index, ordinal: u.ordinal++ });
    u.parts.push(`(${node.nodeType}`);
    const rec = node as unknown as Record<string, unknown>;
    for (const [name, kind] of FIELDS[node.nodeType]) {
      const v = rec[name];
      if (kind === F.Node || kind === F.OptNode) {
        if (v === null) u.parts.push(' _');
        else if (!nestedBody(node, name)) visit(v as A.Node, u);
        else nested(node, name, v as A.Node | A.Stmt[], u);
      } else if (kind === F.Nodes) {
        if (nestedBody(node, name)) {
          nested(node, name, v as A.Stmt[], u);
          continue;
        }
        u.parts.push(' [');
        for (const child of v as (A.Node | null)[]) {
          if (child === null) u.parts.push(' _');
          else visit(child, u);
        }
        u.parts.push(' ]');
      } else if (kind === F.Const) {
        u.parts.push(` ${constText(v as A.ConstantValue)}`);
      } else if (kind !== F.NullStr) {
        u.parts.push(` ${name}=${JSON.stringify(v)}`);
      }
    }
    u.parts.push(')');
  };

  /** The body of a def/lambda/class: its own unit; the enclosing unit records only that it is there. */
  const nested = (owner: A.Node, field: string, body: A.Node | A.Stmt[], parent: Building): void => {
    const kind: UnitKind = owner.nodeType === 'ClassDef' ? 'class' : owner.nodeType === 'Lambda' ? 'lambda' : 'function';
    const loc = owner as unknown as A.Located;
    const params = owner.nodeType === 'ClassDef' ? [] : paramNames((owner as A.FunctionDef | A.Lambda).args);
    const child = open(kind, owner, loc.lineno, loc.end_lineno, params);
    parent.parts.push(` ${field}=<${kind}>`);
    if (Array.isArray(body)) for (const st of body) visit(st, child);
    else visit(body, child);
    close(child);
  };

  const top = open('module', mod, 1, lastLine, []);
  for (const st of mod.body) visit(st, top);
  close(top);
  return out;
}

/** Whether field `name` of `node` is the body of a nested unit. */
function nestedBody(node: A.Node, name: string): boolean {
  switch (node.nodeType) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef':
    case 'Lambda':
      return name === 'body';
    default:
      return false;
  }
}

/** Parameter names in rt.Code order: posonly, normal, kwonly, *args, **kwargs. */
export function paramNames(args: A.Arguments): string[] {
  const r = [...args.posonlyargs, ...args.args, ...args.kwonlyargs].map((a) => a.arg);
  if (args.vararg) r.push(args.vararg.arg);
  if (args.kwarg) r.push(args.kwarg.arg);
  return r;
}

function constText(v: A.ConstantValue): string {
  switch (v.t) {
    case 'int':
      return `int:${v.v.toString()}`;
    case 'float':
      return `float:${Object.is(v.v, -0) ? '-0' : String(v.v)}`;
    case 'complex':
      return `complex:${v.imag}`;
    case 'str':
      return `str:${JSON.stringify(v.v)}${v.splitPairs ? JSON.stringify(v.splitPairs) : ''}`;
    case 'bytes':
      return `bytes:${Buffer.from(v.v).toString('hex')}`;
    case 'bool':
      return `bool:${v.v}`;
    case 'None':
    case 'Ellipsis':
      return v.t;
  }
}

/** First source line of a node, looking into unlocated nodes (match_case, comprehension...). */
export function nodeLine(node: A.Node): { line: number; col: number } {
  const loc = node as unknown as Partial<A.Located>;
  if (typeof loc.lineno === 'number') return { line: loc.lineno, col: loc.col_offset ?? 0 };
  const rec = node as unknown as Record<string, unknown>;
  for (const [name, kind] of FIELDS[node.nodeType]) {
    const v = rec[name];
    if ((kind === F.Node || kind === F.OptNode) && v) return nodeLine(v as A.Node);
    if (kind === F.Nodes && Array.isArray(v)) {
      for (const c of v) if (c) return nodeLine(c as A.Node);
    }
  }
  return { line: 0, col: 0 };
}

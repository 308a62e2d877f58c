// Private name mangling (compiler/resolve/mangle.ts): the rule of CPython's _Py_Mangle, what the
// pass rewrites in a parsed module, and the one construct it reports instead of compiling.
// tests/runtime/attributes/private_names.py checks whole programs against python3.
import { describe, expect, it } from 'vitest';
import type * as A from '../../compiler/parser/ast.js';
import { parseModule } from '../../compiler/parser/index.js';
import { mangle, manglePrivateNames, writtenName } from '../../compiler/resolve/mangle.js';

function parse(src: string): A.Module {
  const r = parseModule(new TextEncoder().encode(src), 'm.py');
  if (!r.ok) throw new Error('syntax error in test source');
  return r.module;
}

describe('mangle', () => {
  it.each([
    ['A', '__x', '_A__x'],
    ['_A', '__x', '_A__x'],
    ['__A_b', '___x', '_A_b___x'],
    ['A', '__x__', '__x__'],
    ['A', '__', '__'],
    ['A', '_x', '_x'],
    ['A', '__a.b', '__a.b'],
    ['___', '__x', '__x'],
  ])('in class %s, %s is %s', (cls, ident, expected) => {
    expect(mangle(cls, ident)).toBe(expected);
  });
  it('leaves names outside classes alone', () => {
    expect(mangle(null, '__x')).toBe('__x');
  });
});

describe('manglePrivateNames', () => {
  it('renames uses and bindings but keeps the written def name and keyword arguments', () => {
    const m = parse('class C:\n    def __f(self, __p):\n        return self.__g(k=__p, __kw=1)\n');
    expect(manglePrivateNames(m, 'm.py')).toEqual([]);
    const cls = m.body[0] as A.ClassDef;
    const fn = cls.body[0] as A.FunctionDef;
    expect([fn.name, writtenName(fn), fn.args.args[1].arg]).toEqual(['_C__f', '__f', '_C__p']);
    const call = (fn.body[0] as A.Return).value as A.Call;
    expect((call.func as A.Attribute).attr).toBe('_C__g');
    expect(call.keywords.map((k) => k.arg)).toEqual(['k', '__kw']);
    expect((call.keywords[0].value as A.Name).id).toBe('_C__p');
  });
  it('uses the innermost class, and the outer one for a nested class name', () => {
    const m = parse('class Outer:\n    class __In:\n        __v = 1\n');
    manglePrivateNames(m, 'm.py');
    const inner = (m.body[0] as A.ClassDef).body[0] as A.ClassDef;
    expect([inner.name, writtenName(inner)]).toEqual(['_Outer__In', '__In']);
    expect(((inner.body[0] as A.Assign).targets[0] as A.Name).id).toBe('_In__v');
  });
  it('reports `import __pkg.sub` inside a class with its position', () => {
    const d = manglePrivateNames(parse('class A:\n    import __a.b\n'), 'm.py');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'error', file: 'm.py', line: 2, col: 11 });
    expect(d[0].message).toContain("'import __a.b'");
  });
});

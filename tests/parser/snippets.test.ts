// Focused cases for the constructs whose trees or positions are easiest to get wrong, each
// compared with CPython's ast.dump; plus the node-id contract and the repr of constants.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Node } from '../../compiler/parser/ast.js';
import { dumpAst } from '../../compiler/parser/dump.js';
import { F, FIELDS } from '../../compiler/parser/fields.js';
import { parseModule } from '../../compiler/parser/index.js';
import { reprBytes, reprFloat, reprStr } from '../../compiler/parser/pyrepr.js';
import { runOracle } from './oracle.js';

const SNIPPETS: Record<string, string> = {
  'parenthesized operands': 'y = (a + b) * (c - d) ** -(e)\nz = (f)(g)[h].i\n',
  'tuples with and without parens': 'a = 1, 2,\nb = (1, 2)\nc = ()\nd = (1,)\nx[1:2, 3] = x[*a]\n',
  'chained comparisons and boolean ops': 'r = a < b <= c is not d not in e and f or g and not h\n',
  'f-strings': [
    'x = f"a{b}c{d!r:>{w}.{p}f}e{f=}g{h = !s}" f\'{i:}\' "plain"',
    'y = f"""multi',
    '  {x + 1}\n  {',
    '  y}"""',
    'z = rf"{a}\\n{{b}}" u"k"',
    "w = f'{a, b}' f'{(yield)}' f'{x!a}' F'{\"q\"}'",
  ].join('\n') + '\n',
  'string concatenation and escapes': 'a = "x" \'y\' """z"""\nb = b"\\x00\\xff" rb"\\d"\nc = u"\\N{BULLET} \\u00e9 \\U0001F600 \\t\\\'"\nd = "\\ud834\\udd1e"\n',
  'numbers': 'n = [0, 0x_ff, 0o17, 0b1_0, 1_000, 3.14, 1e-07, 1E16, .5, 5., 1j, 2.5J, 1e400, 123456789012345678901234567890]\n',
  'comprehensions': 'a = [x for x in y if x if not x for z in x]\nb = {k: v async for k, v in d}\nc = {x for x in y}\nd = (x for x in y)\nf(x for x in y)\n',
  'lambda and parameters': 'f = lambda a, /, b=1, *c, d, e=2, **g: 0\ndef h(a, b: int = 1, /, c=2, *, d, e: "x" = 3, **f) -> None: pass\ndef k(*args: *Ts): pass\n',
  'decorators and classes': '@a.b(c)\n@d\nasync def f():\n    await g()\n    async with h as i, j:\n        pass\n    async for k in l:\n        pass\n@m\nclass C(B, metaclass=M, **kw):\n    x: int = 1\n    (y): int\n    z.w: str\n',
  'assignments': 'a = b = c\na, *b = c\n[a, (b, c)] = d\na += 1\na.b[c] //= d\nx = yield y\ndel a, b[c], (d, e), [f]\n',
  'control flow': 'if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\nwhile x:\n    break\nelse:\n    continue\nfor i, in y:\n    pass\nelse:\n    pass\n',
  'try and with': 'try:\n    pass\nexcept* (A, B) as e:\n    raise C from e\nelse:\n    pass\nfinally:\n    pass\ntry:\n    pass\nexcept:\n    pass\nwith (a as b, c as d,):\n    pass\nwith (a, b):\n    pass\nwith (a, b) as c:\n    pass\n',
  'imports and scopes': 'import a.b.c as d, e\nfrom ... import f\nfrom .g import (h as i, j,)\nfrom k import *\ndef f():\n    global a, b\n    nonlocal c\n    return\n',
  'match statement': [
    'match x:',
    '    case 1 | -2 | 3.0 | 1+2j | -1-2j | "s" "t" | b"" | None | True:',
    '        pass',
    '    case [a, *rest, _] | (b, c) | ():',
    '        pass',
    '    case {"k": v, **kw} | {}:',
    '        pass',
    '    case Point(0, y=1) | a.b.C() | D(x, [*_]) as z if z > 0:',
    '        pass',
    '    case _:',
    '        pass',
    'match = case = 1',
    'match(x)',
    'match a, *b:',
    '    case [*_]:',
    '        pass',
  ].join('\n') + '\n',
  'walrus and slices': 'if (n := len(a)) > 10: pass\ny = a[::2], a[1:], a[:-1], a[x:=1], a[1:2:3]\n',
  'line continuation and comments': 'x = 1 + \\\n    2  # comment\n\n# only a comment\ny = [\n    1,  # one\n    2,\n]\n',
  'unicode identifiers and columns': 'ñame = "é" + ñame\nﬁ = 1\nx = "日本語"; y = x\n',
  'tabs and form feeds': 'if x:\n\ty = 1\n\tif z:\n\t\tpass\n\x0cw = 2\n',
  'no final newline': 'x = 1\nif x:\n    y = 2',
  'semicolons and empty module parts': 'a; b; c;\n',
  'global statement forms': 'assert x, "m"\nraise\nraise E\nreturn\n',
};

const dir = mkdtempSync(join(tmpdir(), 'pyaot-snippets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const paths = Object.fromEntries(
  Object.entries(SNIPPETS).map(([name, src], i) => {
    const path = join(dir, `snippet${i}.py`);
    writeFileSync(path, src);
    return [name, path];
  }),
);
const oracle = runOracle(Object.values(paths));

describe('trees identical to CPython', () => {
  for (const [name, path] of Object.entries(paths)) {
    it(name, () => {
      const expected = oracle.get(path)!;
      expect(expected.ok).toBe(true);
      const ours = parseModule(readFileSync(path), path);
      if (!ours.ok) throw new Error(`pyaot rejects it: ${ours.error.msg} (line ${ours.error.lineno})`);
      expect(dumpAst(ours.module)).toBe(expected.ok ? expected.dump : '');
    });
  }
});

describe('node ids', () => {
  it('are dense and in preorder, children in field order', () => {
    const ours = parseModule(readFileSync(paths['decorators and classes']), 'x.py');
    if (!ours.ok) throw new Error('parse failed');
    const ids: number[] = [];
    const walk = (node: Node): void => {
      ids.push(node.nodeId);
      const record = node as unknown as Record<string, unknown>;
      for (const [field, kind] of FIELDS[node.nodeType]) {
        const v = record[field];
        if ((kind === F.Node || kind === F.OptNode) && v !== null) walk(v as Node);
        if (kind === F.Nodes) for (const c of v as (Node | null)[]) if (c !== null) walk(c);
      }
    };
    walk(ours.module);
    expect(ids).toEqual(ids.map((_, i) => i));
    expect(ours.module.nodeId).toBe(0);
  });
});

describe('repr of constants', () => {
  it('formats floats as Python does', () => {
    const cases: [number, string][] = [
      [0.1, '0.1'], [1e16, '1e+16'], [1e-7, '1e-07'], [123456789012345.0, '123456789012345.0'],
      [1e15, '1000000000000000.0'], [0.0001, '0.0001'], [0.00001, '1e-05'], [-0.0, '-0.0'],
      [Infinity, 'inf'], [NaN, 'nan'], [1.5e300, '1.5e+300'], [5e-324, '5e-324'], [2.0, '2.0'],
    ];
    for (const [x, text] of cases) expect(reprFloat(x)).toBe(text);
    expect(reprFloat(1, false)).toBe('1');
  });

  it('chooses quotes and escapes as Python does', () => {
    expect(reprStr("it's")).toBe('"it\'s"');
    expect(reprStr('both \' and "')).toBe('\'both \\\' and "\'');
    expect(reprStr('\t\n\r\\\x00\x7f\u00a0é\u2028😀')).toBe("'\\t\\n\\r\\\\\\x00\\x7f\\xa0é\\u2028😀'");
    expect(reprBytes(Uint8Array.from([0, 39, 65, 255]))).toBe('b"\\x00\'A\\xff"');
  });
});

describe('nesting limits', () => {
  // CPython's ast.parse builds trees up to about 3000 nodes deep (the exact bound depends on the
  // caller's stack depth) and raises RecursionError beyond, or MemoryError from its parser's
  // stack guard. pyaot accepts and rejects what the reference command accepts and rejects:
  // python3 -c "import ast,sys; ast.parse(open(sys.argv[1],'rb').read())" FILE
  const cases: Record<string, string> = {
    'deepest unary chain CPython builds': 'x = ' + '-'.repeat(2988) + '1\n',
    'one level deeper': 'x = ' + '-'.repeat(2989) + '1\n',
    'long flat sum (a left-deep tree)': 'x = ' + Array(100_000).fill('a').join('+') + '\n',
    'long power chain': 'x = ' + Array(5000).fill('a').join('**') + '\n',
    '199 nested parentheses': 'x = ' + '('.repeat(199) + '1' + ')'.repeat(199) + '\n',
    '201 nested brackets': 'x = ' + '['.repeat(201) + ']'.repeat(201) + '\n',
  };
  const PARSE = "import ast,sys; ast.parse(open(sys.argv[1],'rb').read())";
  Object.entries(cases).forEach(([name, src], i) => {
    it(name, () => {
      const path = join(dir, `limit${i}.py`);
      writeFileSync(path, src);
      const cpython = spawnSync('python3', ['-c', PARSE, path], { encoding: 'utf8' });
      const ours = parseModule(readFileSync(path), path);
      expect(ours.ok).toBe(cpython.status === 0);
    });
  });
});

// Syntax errors: for the common mistakes, pyaot reports CPython's exception type, message, line
// and column, and renders them exactly as `python3 file.py` prints them.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseModule } from '../../compiler/parser/index.js';
import { renderSyntaxError } from '../../compiler/parser/syntax-error.js';
import { runOracle } from './oracle.js';

const CASES: Record<string, string> = {
  'invalid syntax': 'x = = 1\n',
  'expected colon (if)': 'if x\n    pass\n',
  'expected colon (def, forced)': 'def f() x:\n    pass\n',
  'expected colon (class)': 'class A\n    pass\n',
  'expected colon (while)': 'while True\n    pass\n',
  'expected colon (for)': 'for x in y\n    pass\n',
  'expected colon (with)': 'with open(f) as g\n    pass\n',
  'expected paren (def)': 'def f:\n    pass\n',
  'unexpected indent': 'x = 1\n    y = 2\n',
  'unindent mismatch': 'if x:\n        a = 1\n    b = 2\n',
  'expected indented block': 'if x:\npass\n',
  'expected indented block after def': 'def f():\nreturn 1\n',
  'unterminated string': 'x = "abc\n',
  'unterminated triple-quoted string': 'x = """abc\n\ny = 1\n',
  'never closed paren': 'x = (1,\n     2\n',
  'never closed bracket later': 'x = [1, 2\ny = 3\nz = 4\n',
  'unmatched closing': 'x = 1)\n',
  'mismatched closing': 'x = (1]\n',
  'mismatched closing other line': 'x = (1,\n2]\n',
  'invalid decimal literal': 'x = 1abc\n',
  'invalid hexadecimal literal': 'x = 0xg\n',
  'invalid digit in octal': 'x = 0o78\n',
  'leading zeros': 'x = 0012\n',
  'invalid character': 'x = 1 € 2\n',
  'missing comma': 'x = [1, 2 3]\n',
  'print statement': 'print "hello"\n',
  'assign to literal': '1 = x\n',
  'assign to call': 'f() = 1\n',
  'equals in condition': 'if x = 1:\n    pass\n',
  'walrus on attribute': '(a.b := 1)\n',
  'positional after keyword': 'f(a=1, b)\n',
  'genexp not parenthesized': 'f(x for x in y, 1)\n',
  'keyword expression': 'f(a.b=1)\n',
  'non-default after default': 'def f(a=1, b):\n    pass\n',
  'bare star': 'def f(*):\n    pass\n',
  'starred in group': 'x = (*a)\n',
  'starred in comprehension': 'x = [*a for a in b]\n',
  'missing else': 'x = 1 if y\n',
  'line continuation': 'x = 1 \\ 2\n',
  'eof after backslash': 'x = 1 + \\\n',
  'tabs and spaces': 'if x:\n\tif y:\n        pass\n',
  'too deep dedent at end': 'class A:\n    def f(self):\n        pass\n  x = 1\n',
  'f-string single brace': 'x = f"a}b"\n',
  'f-string empty expression': 'x = f"{}"\n',
  'f-string bad conversion': 'x = f"{a!x}"\n',
  'f-string expression error': 'x = f"{a +}"\n',
  'bytes with non-ASCII': 'x = b"é"\n',
  'mixed bytes and str': 'x = b"a" "b"\n',
  'truncated escape': 'x = "\\x1"\n',
  'unknown character name': 'x = "\\N{NO SUCH NAME}"\n',
  'dict key without value': 'x = {1: 2, 3}\n',
  'dict value missing': 'x = {1: }\n',
  'except needs parentheses': 'try:\n    pass\nexcept A, B:\n    pass\n',
  'try without except': 'try:\n    pass\nx = 1\n',
  'mixing except and except*': 'try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n',
  'augmented assign to tuple': '(a, b) += 1\n',
  'annotated tuple': 'a, b: int = 1, 2\n',
  'del literal': 'del 1\n',
  'for target call': 'for f() in x:\n    pass\n',
  'import trailing comma': 'from a import b,\n',
  'lambda default': 'lambda a=1, b: 0\n',
  'match case colon': 'match x:\n    case 1\n        pass\n',
  'pattern wildcard target': 'match x:\n    case y as _:\n        pass\n',
  'return outside (accepted by the parser)': 'return 1\n',
};

const dir = mkdtempSync(join(tmpdir(), 'pyaot-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const paths = Object.fromEntries(
  Object.entries(CASES).map(([name, src], i) => {
    const path = join(dir, `case${i}.py`);
    writeFileSync(path, src);
    return [name, path];
  }),
);
const oracle = runOracle(Object.values(paths));

describe('syntax errors match CPython', () => {
  for (const [name, path] of Object.entries(paths)) {
    it(name, () => {
      const expected = oracle.get(path)!;
      const ours = parseModule(readFileSync(path), path);
      if (expected.ok) {
        expect(ours.ok).toBe(true);
        return;
      }
      expect(ours.ok).toBe(false);
      if (ours.ok) return;
      const e = ours.error;
      // ast.parse(bytes) counts columns in bytes where `python3 file.py` counts characters;
      // pyaot reports characters, so offsets are compared on ASCII lines (the rendering below
      // checks the rest against python3 file.py).
      const ascii = !/[^\x00-\x7f]/.test(e.text ?? '');
      expect({ type: e.type, msg: e.msg, lineno: e.lineno, offset: ascii ? e.offset : null }).toEqual({
        type: expected.type,
        msg: expected.msg,
        lineno: expected.lineno,
        offset: ascii ? expected.offset : null,
      });
      // The rendering is what `python3 file.py` prints for a syntax error in the script.
      const py = spawnSync('python3', [path], { encoding: 'utf8' });
      expect(renderSyntaxError(e)).toBe(py.stderr);
    });
  }
});

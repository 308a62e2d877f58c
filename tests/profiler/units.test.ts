// Units and checksums (profiler/units.ts): a function's checksum changes exactly when the
// function itself changes, so counters survive edits elsewhere and never outlive an edit.
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../compiler/parse.js';
import { analyzeScopes } from '../../compiler/resolve/scopes.js';
import { assignUnits } from '../../profiler/units.js';

function units(src: string): Map<string, { checksum: string; line: number; kind: string }> {
  const ast = parseSource(Buffer.from(src), 'm.py');
  const u = assignUnits(ast, analyzeScopes(ast, 'm.py', '__main__'), src.split('\n').length);
  return new Map(u.units.map((x) => [x.qualname, { checksum: x.checksum, line: x.line, kind: x.kind }]));
}

const BASE = `
def f(x):
    if x > 1:
        return g(x - 1)
    return [y for y in range(x) if y]

def g(x):
    return x * 2

class C:
    z = 1
    def m(self):
        return lambda q: q + self.z
`;

describe('units', () => {
  it('lists the module, functions, classes, methods and lambdas by qualname', () => {
    const u = units(BASE);
    expect([...u.keys()]).toEqual(['<module>', 'f', 'g', 'C', 'C.m', 'C.m.<locals>.<lambda>']);
    expect(u.get('f')).toMatchObject({ kind: 'function', line: 2 });
    expect(u.get('C')?.kind).toBe('class');
    expect(u.get('C.m.<locals>.<lambda>')?.kind).toBe('lambda');
  });

  it('keeps checksums when lines move or a neighbour changes', () => {
    const a = units(BASE);
    const b = units('\n\n# a comment\n' + BASE.replace('return x * 2', 'return x * 3'));
    expect(b.get('f')!.checksum).toBe(a.get('f')!.checksum);
    expect(b.get('f')!.line).toBe(a.get('f')!.line + 3);
    expect(b.get('g')!.checksum).not.toBe(a.get('g')!.checksum);
    // Nested bodies are their own units: editing the lambda leaves the method and class alone.
    const c = units(BASE.replace('q + self.z', 'q - self.z'));
    expect(c.get('C.m.<locals>.<lambda>')!.checksum).not.toBe(a.get('C.m.<locals>.<lambda>')!.checksum);
    expect(c.get('C.m')!.checksum).toBe(a.get('C.m')!.checksum);
    expect(c.get('C')!.checksum).toBe(a.get('C')!.checksum);
  });

  it('changes a checksum for any change of the function itself', () => {
    const a = units(BASE);
    for (const edited of [
      BASE.replace('if x > 1', 'if x >= 1'),
      BASE.replace('def f(x)', 'def f(x, k=0)'),
      BASE.replace('if y]', 'if not y]'),
      BASE.replace('g(x - 1)', 'g(x - 2)'),
    ]) {
      expect(units(edited).get('f')!.checksum).not.toBe(a.get('f')!.checksum);
    }
  });

  it('tells apart functions defined twice under one name', () => {
    const u = units('if a:\n    def h(): return 1\nelse:\n    def h(): return 2\n');
    expect([...u.keys()]).toEqual(['<module>', 'h', 'h#2']);
    expect(u.get('h')!.checksum).not.toBe(u.get('h#2')!.checksum);
  });
});

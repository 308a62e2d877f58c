// Type observations of a local in a register region (a call-free loop; compiler/codegen/
// instrument.ts regionLocals): a local the loop never assigns holds one value while it runs, so
// its observations count in a register and go to its type's slot when the loop is left (however
// it is left: its end, an exception). A local the loop assigns is observed as before. These must
// equal what counting directly gives (the expected counts are those of a build observing every
// read into the global counters).
import { beforeAll, describe, expect, it } from 'vitest';
import { compileProgram } from '../../compiler/index.js';
import { counts, fn, Program, types, type JsonProfile } from './profiled.js';

const SOURCE = `def probe(d, n):
    e = d
    hits = 0
    for i in range(n):
        if i in e:
            hits += 1
    return hits


def index_all(d, n):
    e = d
    t = 0
    for i in range(n):
        t += e[i]
    return t


def reassigned(n):
    x = [0]
    c = 0
    for i in range(n):
        if i in x:
            c += 1
        x = {i + 1}
    return c


print(probe({1, 2, 3}, 10), probe([5, 6], 8), probe({4: 1}, 6), probe("ab", 0))
for d in ([1, 2, 3], (4, 5), [1], {0: 7, 1: 8, 2: 9}):
    try:
        print(index_all(d, 3))
    except (IndexError, KeyError) as ex:
        print(type(ex).__name__)
print(reassigned(7))
`;

const STDOUT = "3 2 1 0\n6\nIndexError\nIndexError\n24\n7\n";

const prog = new Program('regloc.py', SOURCE);
let p: JsonProfile;

beforeAll(() => {
  p = prog.profileAndShow(STDOUT);
});

const at = (qualname: string, kind: string, text: string, role?: string) => types(counts(prog, p, qualname, kind, text, role));

describe('observations of a local a call-free loop does not assign', () => {
  it('the build counts them in the region', () => {
    expect(compileProgram(prog.file, { instrument: true }).zig).toMatch(/prof_in\(&pr_\d+\[\d+\], l_e\)/);
  });

  it('one type per loop run, several across calls', () => {
    expect(fn(p, 'probe').calls).toBe(4);
    expect(at('probe', 'type', 'if i in e:', 'right')).toEqual({ list: 8, dict: 6, set: 10 });
  });

  it('a loop left by an exception', () => {
    expect(at('index_all', 'type', 't += e[i]', 'container')).toEqual({ list: 5, tuple: 3, dict: 3 });
  });

  it('a local the loop assigns', () => {
    expect(at('reassigned', 'type', 'if i in x:', 'right')).toEqual({ list: 1, set: 6 });
  });
});

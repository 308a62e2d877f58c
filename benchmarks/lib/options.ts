// Command-line options of the main benchmark runner (benchmarks/run.ts).
export interface BenchOptions {
  /** Only these programs (names without .py); undefined = every program in ../shared/bench. */
  only: string[] | undefined;
  /** Timed runs of each command (one per interleaved round). */
  runs: number;
  /** Time PyPy too (when pypy3 is installed). */
  pypy: boolean;
  help: boolean;
}

export const DEFAULT_RUNS = 3;

export const USAGE = `usage: npm run bench [-- --only NAME,NAME] [-- --runs N] [-- --no-pypy]
  --only NAME,...  benchmark only these programs of ../shared/bench (names without .py)
  --runs N         timed runs per command, each in its own interleaved round (default ${DEFAULT_RUNS})
  --no-pypy        do not time PyPy`;

export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${USAGE}`);
    this.name = 'UsageError';
  }
}

/** Parses the runner's arguments (without node and the script); throws UsageError on bad input. */
export function parseOptions(argv: string[]): BenchOptions {
  const opts: BenchOptions = { only: undefined, runs: DEFAULT_RUNS, pypy: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--only': {
        const names = value().split(',').map((n) => n.trim().replace(/\.py$/, '')).filter(Boolean);
        if (names.length === 0) throw new UsageError('--only needs at least one program name');
        opts.only = [...new Set([...(opts.only ?? []), ...names])];
        break;
      }
      case '--runs': {
        const text = value();
        const n = Number(text);
        if (!/^\d+$/.test(text) || n < 1) throw new UsageError(`--runs takes a positive integer, not ${JSON.stringify(text)}`);
        opts.runs = n;
        break;
      }
      case '--no-pypy':
        if (inline !== undefined) throw new UsageError('--no-pypy takes no value');
        opts.pypy = false;
        break;
      case '--help':
      case '-h':
        opts.help = true;
        break;
      default:
        throw new UsageError(`unknown argument ${JSON.stringify(argv[i])}`);
    }
  }
  return opts;
}

/** The programs to run: all of `available`, or the --only ones, which must all exist. */
export function selectPrograms(available: string[], only: string[] | undefined): string[] {
  if (only === undefined) return [...available].sort();
  const missing = only.filter((n) => !available.includes(n));
  if (missing.length > 0) throw new UsageError(`no such benchmark: ${missing.join(', ')} (have: ${[...available].sort().join(', ')})`);
  return [...only].sort();
}

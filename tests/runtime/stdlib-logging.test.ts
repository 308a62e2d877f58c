// logging (pylib/logging/__init__.py) against CPython: tests/runtime/stdlib-logging/main.py runs
// one section per area (levels, hierarchy, formatters, basicConfig, FileHandler, exceptions,
// filters, LoggerAdapter) with handlers on stdout; stderr/main.py checks what logging writes to
// stderr (the handler of last resort, StreamHandler()'s default, basicConfig()), both streams
// compared with python3's; unsupported/main.py checks that what pyaot cannot provide (caller
// and thread fields, stack_info, warn, handleError's report) raises instead of printing.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPython } from '../helpers/pyaot.js';
import { SECTIONS_TIMEOUT_MS, expectSameOutput, expectSectionsMatch, runDebug } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'stdlib-logging');

describe('logging against CPython', () => {
  it('prints what python3 prints, section by section', () => {
    expectSectionsMatch(dir);
  }, SECTIONS_TIMEOUT_MS);

  it('writes to stderr what python3 writes there', () => {
    const cwd = path.join(dir, 'stderr');
    const main = path.join(cwd, 'main.py');
    const want = runPython([main], { cwd });
    expect(want.code, want.stderr).toBe(0);
    const got = runDebug([main], { cwd, timeoutMs: SECTIONS_TIMEOUT_MS });
    expect(got.code, `stderr:\n${got.stderr.slice(-3000)}`).toBe(0);
    expectSameOutput(got.stdout, want.stdout);
    expectSameOutput(got.stderr, want.stderr);
  }, SECTIONS_TIMEOUT_MS);

  it('raises for what it cannot provide', () => {
    const cwd = path.join(dir, 'unsupported');
    const r = runDebug([path.join(cwd, 'main.py')], { cwd, timeoutMs: SECTIONS_TIMEOUT_MS });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    const noCaller = 'compiled code has no frame objects to find the logging call';
    const field = (f: string, why: string) =>
      `NotImplementedError logging: the '${f}' field of a log record is not supported by pyaot (${why})`;
    const warnWhy = "its DeprecationWarning names the caller's line and compiled code has no frame objects; use warning()";
    expect(r.stdout.split('\n')).toEqual([
      field('lineno', noCaller),
      field('funcName', noCaller),
      field('module', noCaller),
      field('pathname', noCaller),
      field('filename', noCaller),
      field('thread', 'there is no threading module'),
      'kept',
      `AttributeError 'LogRecord' object has no attribute 'lineno' (pyaot: ${noCaller})`,
      `AttributeError 'LogRecord' object has no attribute 'funcName' (pyaot: ${noCaller})`,
      "AttributeError 'LogRecord' object has no attribute 'thread' (pyaot: there is no threading module)",
      "AttributeError 'LogRecord' object has no attribute 'nosuch'",
      'MainThread MainProcess False',
      `NotImplementedError logging: Logger.warn is not supported by pyaot (${warnWhy})`,
      `NotImplementedError logging: logging.warn is not supported by pyaot (${warnWhy})`,
      'NotImplementedError logging: stack_info=True is not supported by pyaot (compiled code has no frame objects)',
      'NotImplementedError logging: logging.captureWarnings is not supported by pyaot (pyaot has no warnings module)',
      'NotImplementedError logging: Logger.findCaller is not supported by pyaot (compiled code has no frame objects)',
      "NotImplementedError logging: Handler.handleError is not supported by pyaot (its report prints the call " +
        "stack and compiled code has no frame objects); the error while logging '%d' was TypeError: %d format: " +
        'a real number is required, not str',
      '',
    ]);
  }, SECTIONS_TIMEOUT_MS);
});

// `pyaot profile show|merge|clear`: look into, combine and remove profiles (`pyaot --profile
// app.py` records them; see docs/profiling.md). A profile is named by its script (the default
// profile in PYAOT_HOME/profiles/) or, for any path ending in .pb, by the file itself.
import type { Command } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';

const EXIT_USAGE = 1;
const EXIT_PROFILE = 2;

export function registerProfile(program: Command): void {
  const profile = program.command('profile').description('show, merge or clear the profiles recorded by `pyaot --profile`');

  profile
    .command('show')
    .description('the hottest functions, call sites, branches and loops of a profile, and functions never run')
    .argument('<script|profile.pb>', "the program's main script (its recorded profile), or a profile file")
    .option('--json', 'every counter as JSON, for tools')
    .option('-n, --limit <rows>', 'rows per table', '10')
    .option('--all', "include pyaot's own library modules")
    .action(async (target: string, opts: { json?: boolean; limit: string; all?: boolean }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit <= 0) return fail(`--limit must be a positive whole number, not '${opts.limit}'`, EXIT_USAGE);
      const { file, script } = await locate(target);
      const { readProfile, ProfileError } = await import('../../profiler/format.js');
      const { shortPath } = await import('../../profiler/run.js');
      let p;
      try {
        p = readProfile(file);
      } catch (e) {
        if (e instanceof ProfileError) return fail(e.message, EXIT_PROFILE);
        throw e;
      }
      if (!p) {
        const how = script ? `; record one with \`pyaot --profile ${target}\`` : '';
        return fail(`no profile ${script ? `for ${target} yet (${shortPath(file)})` : `at ${file}`}${how}`, EXIT_USAGE);
      }
      const { renderJson, renderText } = await import('../../profiler/show.js');
      if (opts.json) process.stdout.write(renderJson(p, file, opts.all ?? false));
      else process.stdout.write(renderText(p, shortPath(file), { limit, all: opts.all ?? false, color: process.stdout.isTTY === true && !process.env.NO_COLOR }));
    });

  profile
    .command('merge')
    .description('add the counters of several profiles into one (the inputs stay as they are)')
    .argument('<profiles...>', 'profile files or scripts (two or more)')
    .requiredOption('-o, --output <file>', 'where to write the merged profile')
    .action(async (inputs: string[], opts: { output: string }) => {
      if (inputs.length < 2) return fail('merge needs two or more profiles', EXIT_USAGE);
      const { readProfile, writeProfile, ProfileError } = await import('../../profiler/format.js');
      const { mergeProfiles, dropWarning } = await import('../../profiler/merge.js');
      const { shortPath } = await import('../../profiler/run.js');
      const out = path.resolve(opts.output);
      try {
        let merged;
        const warnings: string[] = [];
        for (const input of inputs) {
          const { file } = await locate(input);
          const p = readProfile(file);
          if (!p) return fail(`no profile at ${file}`, EXIT_PROFILE);
          if (merged && merged.program.mainPath !== p.program.mainPath) {
            warnings.push(`warning: ${shortPath(file)} profiles ${p.program.mainPath}, the others ${merged.program.mainPath}; merging by function name and checksum`);
          }
          // Later inputs count as newer: their checksums win where a function changed.
          const r = mergeProfiles(merged, p, { complete: false });
          const w = dropWarning(r, shortPath(file));
          if (w) warnings.push(w);
          merged = r.profile;
        }
        for (const w of warnings) process.stderr.write(`${w}\n`);
        writeProfile(out, merged!);
        process.stderr.write(`pyaot: merged ${inputs.length} profiles (${merged!.runs} runs) into ${shortPath(out)}\n`);
      } catch (e) {
        if (e instanceof ProfileError) return fail(e.message, EXIT_PROFILE);
        throw e;
      }
    });

  profile
    .command('clear')
    .description("remove a program's recorded profile")
    .argument('<script|profile.pb>', "the program's main script, or a profile file")
    .action(async (target: string) => {
      const { file } = await locate(target);
      const { shortPath } = await import('../../profiler/run.js');
      if (!fs.existsSync(file)) {
        process.stderr.write(`pyaot: no profile to clear (${shortPath(file)})\n`);
        return;
      }
      fs.rmSync(file);
      process.stderr.write(`pyaot: removed ${shortPath(file)}\n`);
    });
}

/** A profile file (path ending in .pb) or the default profile of a script. */
async function locate(target: string): Promise<{ file: string; script: boolean }> {
  if (target.endsWith('.pb')) return { file: path.resolve(target), script: false };
  const { profileFileFor } = await import('../../profiler/store.js');
  return { file: profileFileFor(path.resolve(target)), script: true };
}

function fail(message: string, code: number): void {
  process.stderr.write(`pyaot: error: ${message}\n`);
  process.exitCode = code;
}

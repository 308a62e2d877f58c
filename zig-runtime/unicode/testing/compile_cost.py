#!/usr/bin/env python3
"""Measure what importing the unicode module adds to a program's Zig compile time.

    python3 zig-runtime/unicode/testing/compile_cost.py [ZIG] [--runs N]

Builds tiny programs in Debug and ReleaseFast and prints the median wall and CPU time of
each: a plain one, one calling codepoint.isAlpha, case.upper and predicates.isTitle, and
one referencing every conversion, predicate and the numeric pre-pass (what a runtime that
dispatches all str methods dynamically pays).
A fresh comment in the main file defeats Zig's output cache on every build, while the
per-file parse cache stays warm, as it is when pyaot compiles program after program
against an unchanged runtime. "tables touched" also changes tables.zig's text (a copy of
the module is used), the cost after the tables are regenerated.
"""

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE_DIR = os.path.dirname(HERE)
DEFAULT_ZIG = os.environ.get("PYAOT_ZIG") or os.path.expanduser("~/.pyaot/toolchain/zig-0.15.2/zig")

PLAIN = """const std = @import("std");
pub fn main() !void {
    var buf: [64]u8 = undefined;
    const text = if (std.os.argv.len > 1) std.mem.span(std.os.argv[1]) else "hello";
    const n = @min(text.len, buf.len);
    for (text[0..n], buf[0..n]) |c, *d| d.* = std.ascii.toUpper(c);
    try std.fs.File.stdout().writeAll(buf[0..n]);
}
"""

WITH_UNICODE = """const std = @import("std");
const unicode = @import("unicode/unicode.zig");
pub fn main() !void {
    const gpa = std.heap.page_allocator;
    const text = if (std.os.argv.len > 1) std.mem.span(std.os.argv[1]) else "hello";
    var out: std.ArrayList(u8) = .empty;
    defer out.deinit(gpa);
    try unicode.case.upper(gpa, &out, text);
    if (unicode.codepoint.isAlpha(text[0]) and unicode.predicates.isTitle(text)) try out.append(gpa, '!');
    try std.fs.File.stdout().writeAll(out.items);
}
"""

EVERYTHING = """const std = @import("std");
const unicode = @import("unicode/unicode.zig");
const Allocator = std.mem.Allocator;
pub fn main() !void {
    const gpa = std.heap.page_allocator;
    const text = if (std.os.argv.len > 1) std.mem.span(std.os.argv[1]) else "hello";
    var out: std.ArrayList(u8) = .empty;
    defer out.deinit(gpa);
    const c = unicode.case;
    const conversions = [_]*const fn (Allocator, *std.ArrayList(u8), []const u8) Allocator.Error!void{
        c.upper, c.lower, c.title, c.capitalize, c.casefold, c.swapcase,
    };
    for (conversions) |convert| try convert(gpa, &out, text);
    const p = unicode.predicates;
    const predicates = [_]*const fn ([]const u8) bool{
        p.isAlpha, p.isDecimal, p.isDigit, p.isNumeric, p.isAlnum, p.isSpace,
        p.isPrintable, p.isIdentifier, p.isUpper, p.isLower, p.isTitle,
    };
    for (predicates) |predicate| try out.append(gpa, '0' + @as(u8, @intFromBool(predicate(text))));
    if (!try unicode.numeric.decimalAndSpaceToAscii(gpa, &out, text)) try out.append(gpa, '?');
    try std.fs.File.stdout().writeAll(out.items);
}
"""


def children_cpu_s():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(zig, workdir, source_name, mode, cache_dir):
    """Return (wall seconds, CPU seconds) of one build; CPU time is steadier on a busy machine."""
    path = os.path.join(workdir, source_name)
    with open(path, "a") as f:
        f.write("// %d\n" % time.monotonic_ns())
    started, cpu_started = time.monotonic(), children_cpu_s()
    subprocess.run(
        [zig, "build-exe", path, "-O" + mode, "--cache-dir", cache_dir,
         "-femit-bin=" + os.path.join(workdir, source_name + ".bin")],
        check=True, cwd=workdir)
    return time.monotonic() - started, children_cpu_s() - cpu_started


def touch(path):
    with open(path, "a") as f:
        f.write("// %d\n" % time.monotonic_ns())


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--runs")]
    runs = 5
    for a in sys.argv[1:]:
        if a.startswith("--runs="):
            runs = int(a.split("=", 1)[1])
    zig = args[0] if args else DEFAULT_ZIG
    with tempfile.TemporaryDirectory(prefix="unicode-compile-cost-") as workdir:
        shutil.copytree(MODULE_DIR, os.path.join(workdir, "unicode"),
                        ignore=shutil.ignore_patterns("testing", "*.py"))
        for name, text in (("plain.zig", PLAIN), ("with_unicode.zig", WITH_UNICODE),
                           ("everything.zig", EVERYTHING)):
            with open(os.path.join(workdir, name), "w") as f:
                f.write(text)
        cache_dir = os.path.join(workdir, "cache")
        tables = os.path.join(workdir, "unicode", "tables.zig")
        for mode in ("Debug", "ReleaseFast"):
            build(zig, workdir, "plain.zig", mode, cache_dir)  # warm std and compiler_rt
            build(zig, workdir, "with_unicode.zig", mode, cache_dir)
            build(zig, workdir, "everything.zig", mode, cache_dir)
            samples = {"plain": [], "unicode": [], "touched": [], "everything": []}
            for _ in range(runs):  # interleaved, so load from elsewhere hits all three alike
                samples["plain"].append(build(zig, workdir, "plain.zig", mode, cache_dir))
                samples["unicode"].append(build(zig, workdir, "with_unicode.zig", mode, cache_dir))
                touch(tables)
                samples["touched"].append(build(zig, workdir, "with_unicode.zig", mode, cache_dir))
                samples["everything"].append(build(zig, workdir, "everything.zig", mode, cache_dir))
            wall = {k: statistics.median(w for w, _ in v) for k, v in samples.items()}
            cpu = {k: statistics.median(c for _, c in v) for k, v in samples.items()}
            print("%-11s median wall / CPU seconds: plain %.3f / %.3f; with unicode %.3f / %.3f "
                  "(+%.3f / +%.3f); tables touched %.3f / %.3f (+%.3f / +%.3f)" % (
                      mode, wall["plain"], cpu["plain"], wall["unicode"], cpu["unicode"],
                      wall["unicode"] - wall["plain"], cpu["unicode"] - cpu["plain"],
                      wall["touched"], cpu["touched"], wall["touched"] - wall["plain"],
                      cpu["touched"] - cpu["plain"]))
            print("%-11s everything referenced %.3f / %.3f (+%.3f / +%.3f)" % (
                mode, wall["everything"], cpu["everything"], wall["everything"] - wall["plain"],
                cpu["everything"] - cpu["plain"]))
            sys.stdout.flush()

if __name__ == "__main__":
    main()

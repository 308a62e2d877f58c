//! Program start and end: set up the collector and streams, run the program, and turn an
//! uncaught exception into CPython's traceback on stderr and exit status (1; SystemExit's code).
const std = @import("std");
const gc = @import("../gc/gc.zig");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const io = @import("io.zig");
const repr = @import("repr.zig");
const str_mod = @import("str.zig");
const dict_mod = @import("dict.zig");
const iter = @import("iter.zig");
const excgroup = @import("excgroup.zig");
const Value = value.Value;
const Error = @import("err.zig").Error;

/// The program's entry (called by the compiled `main`; C ABI, see abi/): `run` returns 0, or 1
/// with an exception pending.
pub fn start(argv: [*]const [*:0]u8, argc: usize, registerRoots: *const fn () callconv(.c) void, run: *const fn () callconv(.c) u8) u8 {
    // The runtime is its own object with its own copy of std: the program's process arguments
    // reach it only through this call (Zig's start code filled in the program's std.os.argv).
    std.os.argv = @constCast(argv[0..argc]);
    gc.init(@frameAddress());
    io.init();
    @import("../modules/sys.zig").init();
    registerRoots();
    const code = runGuarded(run);
    @import("../modules/atexit.zig").runAll();
    io.flushAll();
    @import("profile.zig").flush(); // an instrumented program's counters (pyaot --profile)
    if (std.posix.getenv("PYAOT_GC_STATS") != null) gc.report();
    // An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython's does.
    if (ended_by_interrupt and interrupt.isInstalled()) interrupt.dieBySigint();
    return code;
}

var ended_by_interrupt = false;
const interrupt = @import("interrupt.zig");

/// Not inlined so the collector's stack bottom (start's frame) encloses every Python frame.
noinline fn runGuarded(run: *const fn () callconv(.c) u8) u8 {
    if (run() != 0) return uncaught();
    return 0;
}

/// The exit status for the exception in flight, after reporting it like CPython.
pub fn uncaught() u8 {
    const e = exc.current orelse return 1;
    exc.current = null;
    if (e.base.ty.isSubtype(&types.SystemExit)) return systemExitCode(e);
    io.stdout.flush();
    var b = str_mod.Builder{};
    printChain(&b, e, 0);
    io.stderr.write(b.slice());
    if (e.base.ty.isSubtype(&types.KeyboardInterrupt)) {
        ended_by_interrupt = true;
        return 130;
    }
    return 1;
}

fn systemExitCode(e: *exc.ExcObject) u8 {
    const args = e.args.items;
    const code: Value = if (args.len == 0) .none else if (args.len == 1) args[0] else e.args.val();
    switch (code) {
        .none => return 0,
        .int => |i| {
            const v = i.toI64() orelse return 1;
            return @truncate(@as(u64, @bitCast(v)));
        },
        .bool => |x| return @intFromBool(x),
        else => {
            // sys.exit("message"): the message goes to stderr, status 1.
            io.stdout.flush();
            var b = str_mod.Builder{};
            repr.strInto(&b, code) catch {};
            b.appendByte('\n');
            io.stderr.write(b.slice());
            return 1;
        },
    }
}

/// Reports the exception in flight as CPython's PyErr_WriteUnraisable does for one raised by a
/// finalizer ("Exception ignored in: <obj>", then the traceback) and clears it.
pub fn reportUnraisable(obj: Value) void {
    const e = exc.current orelse return;
    exc.current = null;
    io.stdout.flush();
    var b = str_mod.Builder{};
    b.append("Exception ignored in: ");
    repr.reprInto(&b, obj) catch {
        exc.current = null;
        b.append("<object repr() failed>");
    };
    b.appendByte('\n');
    // The exception alone, as CPython's default sys.unraisablehook prints it (no cause or
    // context: a finally raising during close() has GeneratorExit as its context).
    printTrace(&b, e);
    io.stderr.write(b.slice());
}

/// CPython's exception_print_context (pythonrun.c): the exception-group nesting depth sets
/// every line's indent and `| ` margin; `need_close` says whether a group's last member still
/// owes the closing `+----` line.
const Ctx = struct {
    depth: usize = 0,
    need_close: bool = false,

    fn indent(ctx: *const Ctx, b: *str_mod.Builder) void {
        b.appendNTimes(" ", 2 * ctx.depth);
    }
    fn margin(ctx: *const Ctx, b: *str_mod.Builder) void {
        ctx.indent(b);
        if (ctx.depth > 0) b.append("| ");
    }
};

const max_group_width = 15;
const max_group_depth = 10;

fn printChain(b: *str_mod.Builder, e: *exc.ExcObject, depth: usize) void {
    var ctx = Ctx{};
    printRecursive(b, &ctx, e, depth);
}

/// print_exception_recursive: the cause or context first, then the exception (or group).
fn printRecursive(b: *str_mod.Builder, ctx: *Ctx, e: *exc.ExcObject, depth: usize) void {
    if (depth < 16) {
        if (e.cause.isKind(.exception)) {
            printChained(b, ctx, e.cause.as(exc.ExcObject), depth, "The above exception was the direct cause of the following exception:\n");
        } else if (!e.suppress_context and e.context.isKind(.exception)) {
            printChained(b, ctx, e.context.as(exc.ExcObject), depth, "During handling of the above exception, another exception occurred:\n");
        }
    }
    if (excgroup.isGroup(e)) printGroup(b, ctx, e, depth) else printOne(b, ctx, e);
}

fn printChained(b: *str_mod.Builder, ctx: *Ctx, e: *exc.ExcObject, depth: usize, message: []const u8) void {
    const need_close = ctx.need_close;
    printRecursive(b, ctx, e, depth + 1);
    ctx.need_close = need_close;
    ctx.margin(b);
    b.appendByte('\n');
    ctx.margin(b);
    b.append(message);
    ctx.margin(b);
    b.appendByte('\n');
}

/// print_exception_group: the group's own traceback and line, then each member in a frame.
fn printGroup(b: *str_mod.Builder, ctx: *Ctx, e: *exc.ExcObject, depth: usize) void {
    if (ctx.depth > max_group_depth) {
        ctx.margin(b);
        b.print("... (max_group_depth is {d})\n", .{max_group_depth});
        return;
    }
    if (ctx.depth == 0) ctx.depth += 1;
    printOne(b, ctx, e);
    const excs = excgroup.members(e);
    const n = if (excs.len <= max_group_width) excs.len else max_group_width + 1;
    ctx.need_close = false;
    for (0..n) |i| {
        const last = i == n - 1;
        if (last) ctx.need_close = true;
        ctx.indent(b);
        const truncated = i >= max_group_width;
        const lead: []const u8 = if (i == 0) "+-" else "  ";
        if (truncated) {
            b.print("{s}+---------------- ... ----------------\n", .{lead});
        } else {
            b.print("{s}+---------------- {d} ----------------\n", .{ lead, i + 1 });
        }
        ctx.depth += 1;
        if (!truncated) {
            if (excs[i].isKind(.exception)) printRecursive(b, ctx, excs[i].as(exc.ExcObject), depth + 1);
        } else {
            const remaining = excs.len - max_group_width;
            ctx.margin(b);
            b.print("and {d} more exception{s}\n", .{ remaining, if (remaining > 1) "s" else "" });
        }
        if (last and ctx.need_close) {
            ctx.indent(b);
            b.append("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if (ctx.depth == 1) ctx.depth -= 1;
}

/// One exception's traceback, `Type: message` line and notes, at the context's margin.
fn printOne(b: *str_mod.Builder, ctx: *Ctx, e: *exc.ExcObject) void {
    if (e.trace_len > 0) {
        if (excgroup.isGroup(e)) {
            ctx.indent(b);
            b.append(if (ctx.depth == 1) "+ " else "| ");
            b.append("Exception Group Traceback (most recent call last):\n");
        } else {
            ctx.margin(b);
            b.append("Traceback (most recent call last):\n");
        }
        printFrames(b, ctx, e);
    }
    ctx.margin(b);
    formatExceptionLine(b, e);
    printNotes(b, ctx, e);
}

/// print_exception_notes: each note's lines at the margin (a note that is not a str is str()ed;
/// a `__notes__` that is not a list or tuple is shown by its repr).
fn printNotes(b: *str_mod.Builder, ctx: *Ctx, e: *exc.ExcObject) void {
    const d = e.dict orelse return;
    const notes = dict_mod.getStr(d, str_mod.static("__notes__")) orelse return;
    if (!notes.isKind(.list) and !notes.isKind(.tuple)) {
        ctx.margin(b);
        repr.reprInto(b, notes) catch {
            exc.current = null;
            b.append("<__notes__ repr() failed>");
        };
        b.appendByte('\n');
        return;
    }
    const items = iter.toSlice(notes) catch {
        exc.current = null;
        return;
    };
    for (items) |note| {
        var s = str_mod.Builder{};
        repr.strInto(&s, note) catch {
            exc.current = null;
            ctx.margin(b);
            b.append("<note str() failed>\n");
            continue;
        };
        // Its lines with their ends kept, each after the margin, then one newline.
        var rest = s.slice();
        while (rest.len > 0) {
            const nl = std.mem.indexOfScalar(u8, rest, '\n');
            const cut = if (nl) |k| k + 1 else rest.len;
            ctx.margin(b);
            b.append(rest[0..cut]);
            rest = rest[cut..];
        }
        b.appendByte('\n');
    }
}

/// One exception's traceback and `Type: message` line (as the unraisable hook prints it).
fn printTrace(b: *str_mod.Builder, e: *exc.ExcObject) void {
    var ctx = Ctx{};
    printOne(b, &ctx, e);
}

fn printFrames(b: *str_mod.Builder, ctx: *const Ctx, e: *exc.ExcObject) void {
    // As CPython's tb_print_internal: after three consecutive entries of the same file,
    // line and function (recursion), one line counts the rest.
    var last: ?*const exc.Loc = null;
    var count: usize = 0;
    var i = e.trace_len;
    while (i > 0) {
        i -= 1;
        const loc = e.trace[i];
        if (last == null or !sameFrameLine(last.?, loc)) {
            repeated(b, count);
            last = loc;
            count = 0;
        }
        count += 1;
        if (count > recursive_cutoff) continue;
        ctx.margin(b);
        b.print("  File \"{s}\", line {d}, in {s}\n", .{ loc.file, loc.line, loc.func });
        if (loc.text.len > 0) {
            ctx.margin(b);
            b.print("    {s}\n", .{loc.text});
        }
        if (loc.text.len > 0 and loc.marks.len > 0) {
            ctx.margin(b);
            b.print("{s}\n", .{loc.marks});
        }
    }
    repeated(b, count);
}

const recursive_cutoff = 3;

fn sameFrameLine(a: *const exc.Loc, b: *const exc.Loc) bool {
    return a == b or (a.line == b.line and std.mem.eql(u8, a.file, b.file) and std.mem.eql(u8, a.func, b.func));
}

fn repeated(b: *str_mod.Builder, count: usize) void {
    if (count <= recursive_cutoff) return;
    const n = count - recursive_cutoff;
    b.print("  [Previous line repeated {d} more time{s}]\n", .{ n, if (n > 1) "s" else "" });
}

/// `TypeName: message` (just `TypeName` when the message is empty), with the module prefix
/// CPython adds for classes outside builtins and __main__.
pub fn formatExceptionLine(b: *str_mod.Builder, e: *exc.ExcObject) void {
    const t = e.base.ty;
    if (!std.mem.eql(u8, t.module, "builtins") and !std.mem.eql(u8, t.module, "__main__")) {
        b.append(t.module);
        b.appendByte('.');
    }
    b.append(t.qualname);
    var msg = str_mod.Builder{};
    repr.strInto(&msg, e.val()) catch {
        exc.current = null;
        msg = .{};
        msg.append("<exception str() failed>");
    };
    if (msg.len > 0) {
        b.append(": ");
        b.append(msg.slice());
    }
    b.appendByte('\n');
}

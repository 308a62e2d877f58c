//! Profile counters of an instrumented program (`pyaot --profile`).
//!
//! The compiled program owns its counters (a plain global `[N]u64` it increments inline) and a
//! description of them (the counter map, opaque bytes produced by the compiler). At start it
//! hands both to `register`. When PYAOT_PROFILE_RAW names a file, the runtime writes the raw
//! counters there when the program ends for any reason but `os._exit`: a normal end, sys.exit
//! and an uncaught exception all pass through `start` (core/start.zig calls `flush`), and so does
//! Ctrl-C: SIGINT raises KeyboardInterrupt as in a plain build (core/interrupt.zig), which the
//! program may catch; uncaught, it unwinds every Python frame (so the counts compiled code keeps
//! in locals and adds to the array when a loop is left, compiler/codegen/instrument.ts, are all
//! in) before `start` writes them. A second Ctrl-C while the first is still pending (a loop that
//! calls nothing never sees it) ends the program at once: the counters are written then, short
//! of what such loops still hold. SIGTERM and SIGHUP are caught, the counters written, and the
//! signal re-raised with its default action so the program still ends exactly as it would
//! uninstrumented (a signal ending the program in such a loop loses the counts it holds).
//!
//! The file is written to `<path>.tmp<pid>` and renamed over `<path>`: a reader sees either no
//! file or a complete one. The writer uses only open/write/close/rename (async-signal-safe),
//! and paths are prepared at registration, so the signal handler allocates nothing.
//!
//! Raw file layout (little-endian), read by profiler/raw.ts:
//!   "PYAOTRAW"  u32 version (1)  u32 0  u64 meta_len  meta bytes  u64 n  n x u64 counters
const std = @import("std");
const builtin = @import("builtin");
const posix = std.posix;

comptime {
    // The raw format is little-endian; counters are written as they lie in memory.
    if (builtin.cpu.arch.endian() != .little) @compileError("profile counters: big-endian targets are not supported");
}

pub const RAW_VERSION: u32 = 1;

var counters: []const u64 = &.{};
var meta: []const u8 = &.{};
var path_buf: [4096]u8 = undefined;
var tmp_buf: [4096 + 32]u8 = undefined;
var path: [:0]const u8 = "";
var tmp: [:0]const u8 = "";

const State = enum(u8) { off, armed, done };
var state: State = .off;

// SIGINT too when core/interrupt.zig does not raise KeyboardInterrupt for it (it was ignored at
// start: then it is ignored here as well).
const caught_signals = [_]u8{ posix.SIG.INT, posix.SIG.TERM, posix.SIG.HUP };

/// Called by an instrumented program before its main module runs.
pub fn register(c: [*]const u64, n: usize, m: [*]const u8, m_len: usize) void {
    const p = posix.getenv("PYAOT_PROFILE_RAW") orelse return;
    if (p.len == 0 or p.len >= path_buf.len) return;
    path = std.fmt.bufPrintZ(&path_buf, "{s}", .{p}) catch return;
    tmp = std.fmt.bufPrintZ(&tmp_buf, "{s}.tmp{d}", .{ p, std.c.getpid() }) catch return;
    counters = c[0..n];
    meta = m[0..m_len];
    state = .armed;
    for (caught_signals) |sig| {
        // Ctrl-C raises KeyboardInterrupt, as uninstrumented (see the top of this file).
        if (sig == posix.SIG.INT and @import("interrupt.zig").isInstalled()) continue;
        var old: posix.Sigaction = undefined;
        posix.sigaction(sig, null, &old);
        // A signal the program was started with ignored stays ignored (nohup, background jobs).
        if (old.handler.handler == posix.SIG.IGN) continue;
        const act = posix.Sigaction{ .handler = .{ .handler = onSignal }, .mask = posix.sigemptyset(), .flags = 0 };
        posix.sigaction(sig, &act, null);
    }
}

/// Writes the counters once (later calls do nothing). Called at every end of the program.
pub fn flush() void {
    if (state != .armed) return;
    state = .done;
    writeRaw() catch {
        // The run's counters are lost, nothing else: the CLI reports a missing raw file.
        _ = std.c.unlink(tmp.ptr);
    };
}

fn writeRaw() !void {
    const fd = try posix.openZ(tmp.ptr, .{ .ACCMODE = .WRONLY, .CREAT = true, .TRUNC = true, .CLOEXEC = true }, 0o600);
    defer posix.close(fd);
    var header: [24]u8 = undefined;
    @memcpy(header[0..8], "PYAOTRAW");
    std.mem.writeInt(u32, header[8..12], RAW_VERSION, .little);
    std.mem.writeInt(u32, header[12..16], 0, .little);
    std.mem.writeInt(u64, header[16..24], meta.len, .little);
    try writeAll(fd, &header);
    try writeAll(fd, meta);
    var count: [8]u8 = undefined;
    std.mem.writeInt(u64, &count, counters.len, .little);
    try writeAll(fd, &count);
    try writeAll(fd, std.mem.sliceAsBytes(counters));
    try posix.renameZ(tmp.ptr, path.ptr);
}

fn writeAll(fd: posix.fd_t, bytes: []const u8) !void {
    var done: usize = 0;
    while (done < bytes.len) {
        const n = try posix.write(fd, bytes[done..]);
        if (n == 0) return error.NoSpaceLeft;
        done += n;
    }
}

fn onSignal(sig: i32) callconv(.c) void {
    flush();
    const dfl = posix.Sigaction{ .handler = .{ .handler = posix.SIG.DFL }, .mask = posix.sigemptyset(), .flags = 0 };
    posix.sigaction(@intCast(sig), &dfl, null);
    // Blocked while this handler runs, delivered (and fatal) as soon as it returns.
    posix.raise(@intCast(sig)) catch {};
}

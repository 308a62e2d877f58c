//! Ctrl-C as CPython handles it: SIGINT raises KeyboardInterrupt in the program, which may
//! catch it; uncaught, its traceback is printed and the process ends by SIGINT (start.zig).
//!
//! The handler only records the signal and lowers the program's stack limit to "everything"
//! (client.zig stack_limit), so the entry check every compiled Python function already makes
//! fails at the next call and raises it (support.raiseRecursion asks `take` first): no cost on
//! the running code. Blocking waits (input(), sys.stdin.read(), time.sleep) see EINTR and raise
//! it at once. A loop that makes no call never reaches a check: a second Ctrl-C while the first
//! is still pending ends the process as the default action does.
const std = @import("std");
const posix = std.posix;
const exc = @import("exc.zig");
const types = @import("types.zig");
const Error = @import("err.zig").Error;

var pending = std.atomic.Value(bool).init(false);
var limit: ?*usize = null;
var saved_limit: usize = 0;
var installed = false;

/// Installs the handler (start of the program); `stack_limit` is the program's entry-check limit.
/// A SIGINT the program was started with ignored stays ignored (nohup, background jobs).
pub fn install(stack_limit: *usize) void {
    limit = stack_limit;
    saved_limit = stack_limit.*;
    var old: posix.Sigaction = undefined;
    posix.sigaction(posix.SIG.INT, null, &old);
    if (old.handler.handler == posix.SIG.IGN) return;
    // No SA_RESTART: a blocking read or sleep returns EINTR and raises (as CPython's PEP 475
    // retry loop does when the signal handler raises).
    const act = posix.Sigaction{ .handler = .{ .handler = onSigint }, .mask = posix.sigemptyset(), .flags = 0 };
    posix.sigaction(posix.SIG.INT, &act, null);
    installed = true;
}

fn onSigint(_: i32) callconv(.c) void {
    if (pending.swap(true, .seq_cst)) {
        // The first Ctrl-C has not reached the program yet: end it as the default action does.
        dieBySigint();
    }
    if (limit) |p| @atomicStore(usize, p, std.math.maxInt(usize), .seq_cst);
}

/// True once after a Ctrl-C (restoring the stack limit): the caller raises KeyboardInterrupt.
pub fn take() bool {
    if (!pending.swap(false, .seq_cst)) return false;
    if (limit) |p| @atomicStore(usize, p, saved_limit, .seq_cst);
    return true;
}

/// Raises KeyboardInterrupt when a Ctrl-C is pending (after a blocking call returned EINTR).
pub fn check() Error!void {
    if (take()) return exc.raiseEmpty(&types.KeyboardInterrupt);
}

/// Whether a Ctrl-C is waiting to be raised.
pub fn isPending() bool {
    return pending.load(.seq_cst);
}

/// Ends the process by SIGINT with the default action, as CPython does after an uncaught
/// KeyboardInterrupt (a parent sees the signal, not an exit status).
pub fn dieBySigint() void {
    // An instrumented program's counters (pyaot --profile), if not written yet (core/profile.zig).
    @import("profile.zig").flush();
    const dfl = posix.Sigaction{ .handler = .{ .handler = posix.SIG.DFL }, .mask = posix.sigemptyset(), .flags = 0 };
    posix.sigaction(posix.SIG.INT, &dfl, null);
    _ = std.c.raise(posix.SIG.INT);
}

/// Whether install() took SIGINT over (it leaves an ignored SIGINT alone).
pub fn isInstalled() bool {
    return installed;
}

//! Argument parsing with the error messages of CPython's C modules (itertools, _collections,
//! _heapq, _bisect, _operator), which differ from those of Python functions: Argument Clinic's
//! `f() missing required argument 'x' (pos 2)`, and PyArg_UnpackTuple's `f expected 2
//! arguments, got 1`.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

/// An Argument Clinic signature: `n_pos` positional-or-keyword parameters (the first `n_req`
/// required), then keyword-only ones (none required).
pub const Spec = struct {
    name: []const u8,
    names: []const []const u8,
    n_pos: usize,
    n_req: usize,
    /// Positional-only parameters (the leading ones): given by keyword they are rejected.
    n_posonly: usize = 0,
};

/// Binds `args` to `s`: slot i holds the argument for `s.names[i]`, or null when not given.
pub fn bind(comptime s: Spec, args: rt.Args) Error![s.names.len]?Value {
    var out: [s.names.len]?Value = @splat(null);
    // _PyArg_UnpackKeywords' two checks: all arguments, then the positional ones.
    const given = args.pos.len + args.kwnames.len;
    if (given > s.names.len) {
        const kw = if (args.pos.len == 0) "keyword " else "";
        return exc.raiseFmt(&types.TypeError, "{s}() takes at most {d} {s}argument{s} ({d} given)", .{ s.name, s.names.len, kw, plural(s.names.len), given });
    }
    if (args.pos.len > s.n_pos) {
        const how = if (s.n_req < s.n_pos) "at most" else "exactly";
        return exc.raiseFmt(&types.TypeError, "{s}() takes {s} {d} positional argument{s} ({d} given)", .{ s.name, how, s.n_pos, plural(s.n_pos), args.pos.len });
    }
    for (args.pos, 0..) |v, i| out[i] = v;
    for (args.kwnames, args.kwvals) |k, v| {
        const i = indexOf(s.names, k.bytes) orelse
            return exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for {s}()", .{ k.bytes, s.name });
        if (i < s.n_posonly)
            return exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for {s}()", .{ k.bytes, s.name });
        if (out[i] != null)
            return exc.raiseFmt(&types.TypeError, "argument for {s}() given by name ('{s}') and position ({d})", .{ s.name, k.bytes, i + 1 });
        out[i] = v;
    }
    for (0..s.n_req) |i| {
        if (out[i] == null)
            return exc.raiseFmt(&types.TypeError, "{s}() missing required argument '{s}' (pos {d})", .{ s.name, s.names[i], i + 1 });
    }
    return out;
}

fn plural(n: usize) []const u8 {
    return if (n == 1) "" else "s";
}

fn indexOf(list: []const []const u8, name: []const u8) ?usize {
    for (list, 0..) |n, i| if (std.mem.eql(u8, n, name)) return i;
    return null;
}

/// PyArg_UnpackTuple plus _PyArg_NoKeywords: between `min` and `max` positional arguments.
pub fn unpack(comptime name: []const u8, args: rt.Args, comptime min: usize, comptime max: usize) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, name ++ "() takes no keyword arguments");
    return unpackPos(name, args.pos.len, min, max);
}

/// The positional-count check of PyArg_UnpackTuple alone (for functions that also take keywords).
pub fn unpackPos(comptime name: []const u8, n: usize, comptime min: usize, comptime max: usize) Error!void {
    if (n >= min and n <= max) return;
    if (min == max) return exc.raiseFmt(&types.TypeError, name ++ " expected {d} argument{s}, got {d}", .{ min, plural(min), n });
    if (n < min) return exc.raiseFmt(&types.TypeError, name ++ " expected at least {d} argument{s}, got {d}", .{ min, plural(min), n });
    return exc.raiseFmt(&types.TypeError, name ++ " expected at most {d} argument{s}, got {d}", .{ max, plural(max), n });
}

/// A Py_ssize_t argument converted with __index__ (OverflowError past the i64 range).
pub fn ssize(v: Value) Error!i64 {
    return @import("modutil.zig").toSsize(v);
}

/// An optional Py_ssize_t argument where None means "not given".
pub fn optSsize(v: ?Value) Error!?i64 {
    const x = v orelse return null;
    if (x == .none) return null;
    return try ssize(x);
}

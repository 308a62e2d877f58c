//! Argument handling for the methods of builtin value types (str, int, float), with the exact
//! TypeError wording of CPython 3.11.
//!
//! CPython parses these methods' arguments in three ways, and each has its own messages:
//!   - METH_NOARGS / METH_O: `str.upper() takes no arguments (1 given)`,
//!     `str.join() takes exactly one argument (0 given)`;
//!   - PyArg_ParseTuple ("O|OO:find"): `find() takes at least 1 argument (0 given)`, and
//!     `str.find() takes no keyword arguments`;
//!   - Argument Clinic: positional-only (`center expected at least 1 argument, got 0`) or with
//!     keywords (`'foo' is an invalid keyword argument for split()`, `argument for split()
//!     given by name ('sep') and position (1)`, `split() takes at most 2 arguments (3 given)`).
//!
//! Methods reached through the type (`str.upper("x")`) arrive unbound, with `self == .none`
//! and the receiver as the first positional argument; `receiver` shifts it into place.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const Int = rt.Int;
const types = rt.types;
const exc = rt.exc;

/// A method's receiver and its remaining arguments.
pub const Bound = struct { self: Value, args: Args };

/// Resolves an unbound call (`str.upper("x")`): CPython's wrapper-descriptor messages.
/// `accepts` tells whether a value is an instance of the owning type.
/// A bound receiver of another representation (an instance of a user subclass of int or float,
/// which pyaot does not build) is refused with the same message rather than misread.
pub fn receiver(comptime owner: []const u8, comptime name: []const u8, self: Value, args: Args, comptime accepts: fn (Value) bool) Error!Bound {
    if (self != .none) {
        if (!accepts(self)) return exc.raiseFmt(&types.TypeError, "descriptor '" ++ name ++ "' for '" ++ owner ++ "' objects doesn't apply to a '{s}' object", .{rt.ops.typeName(self)});
        return .{ .self = self, .args = args };
    }
    if (args.pos.len == 0) return exc.raiseMsg(&types.TypeError, "unbound method " ++ owner ++ "." ++ name ++ "() needs an argument");
    const recv = args.pos[0];
    if (!accepts(recv)) {
        return exc.raiseFmt(&types.TypeError, "descriptor '" ++ name ++ "' for '" ++ owner ++ "' objects doesn't apply to a '{s}' object", .{rt.ops.typeName(recv)});
    }
    return .{ .self = recv, .args = .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals } };
}

/// `receiver` for slot wrappers (`str.__len__(5)`), whose messages differ from methods'.
pub fn slotReceiver(comptime owner: []const u8, comptime name: []const u8, self: Value, args: Args, comptime accepts: fn (Value) bool) Error!Bound {
    if (self != .none) {
        if (!accepts(self)) return exc.raiseFmt(&types.TypeError, "descriptor '" ++ name ++ "' requires a '" ++ owner ++ "' object but received a '{s}'", .{rt.ops.typeName(self)});
        return .{ .self = self, .args = args };
    }
    if (args.pos.len == 0) return exc.raiseMsg(&types.TypeError, "descriptor '" ++ name ++ "' of '" ++ owner ++ "' object needs an argument");
    const recv = args.pos[0];
    if (!accepts(recv)) {
        return exc.raiseFmt(&types.TypeError, "descriptor '" ++ name ++ "' requires a '" ++ owner ++ "' object but received a '{s}'", .{rt.ops.typeName(recv)});
    }
    return .{ .self = recv, .args = .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals } };
}

/// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
pub fn none(comptime qualname: []const u8, args: Args) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, qualname ++ "() takes no keyword arguments");
    if (args.pos.len != 0) return exc.raiseFmt(&types.TypeError, qualname ++ "() takes no arguments ({d} given)", .{args.pos.len});
}

/// METH_O: `str.join() takes exactly one argument (0 given)`.
pub fn one(comptime qualname: []const u8, args: Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, qualname ++ "() takes no keyword arguments");
    if (args.pos.len != 1) return exc.raiseFmt(&types.TypeError, qualname ++ "() takes exactly one argument ({d} given)", .{args.pos.len});
    return args.pos[0];
}

/// PyArg_ParseTuple with a "name" suffix (METH_VARARGS): no keywords, count in parentheses.
pub fn tuple(comptime qualname: []const u8, comptime name: []const u8, args: Args, comptime min: usize, comptime max: usize) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, qualname ++ "() takes no keyword arguments");
    const n = args.pos.len;
    if (n < min) return exc.raiseFmt(&types.TypeError, name ++ "() takes " ++ (if (min == max) "exactly" else "at least") ++ " {d} argument" ++ plural(min) ++ " ({d} given)", .{ min, n });
    if (n > max) return exc.raiseFmt(&types.TypeError, name ++ "() takes " ++ (if (min == max) "exactly" else "at most") ++ " {d} argument" ++ plural(max) ++ " ({d} given)", .{ max, n });
}

/// Argument Clinic, positional-only parameters (_PyArg_CheckPositional).
pub fn positional(comptime qualname: []const u8, comptime name: []const u8, args: Args, comptime min: usize, comptime max: usize) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, qualname ++ "() takes no keyword arguments");
    const n = args.pos.len;
    if (n < min) return exc.raiseFmt(&types.TypeError, name ++ " expected " ++ (if (min == max) "" else "at least ") ++ "{d} argument" ++ plural(min) ++ ", got {d}", .{ min, n });
    if (n > max) return exc.raiseFmt(&types.TypeError, name ++ " expected " ++ (if (min == max) "" else "at most ") ++ "{d} argument" ++ plural(max) ++ ", got {d}", .{ max, n });
}

fn plural(comptime n: usize) []const u8 {
    return if (n == 1) "" else "s";
}

/// Argument Clinic with keyword parameters (_PyArg_UnpackKeywords): fills `out` (one slot per
/// parameter name, null when not given) from positional and keyword arguments. The first
/// `max_pos` parameters may be positional (the rest are keyword-only); the first `required`
/// must be given.
pub fn keywords(comptime name: []const u8, args: Args, comptime params: []const []const u8, comptime max_pos: usize, comptime required: usize, out: *[params.len]?Value) Error!void {
    const n = args.pos.len;
    const total = n + args.kwnames.len;
    if (total > params.len) {
        return exc.raiseFmt(&types.TypeError, name ++ "() takes at most {d} {s}argument" ++ plural(params.len) ++ " ({d} given)", .{ params.len, if (n == 0) "keyword " else "", total });
    }
    if (n > max_pos) {
        if (max_pos == 0) return exc.raiseMsg(&types.TypeError, name ++ "() takes no positional arguments");
        return exc.raiseFmt(&types.TypeError, name ++ "() takes " ++ (if (required < max_pos) "at most" else "exactly") ++ " {d} positional argument" ++ plural(max_pos) ++ " ({d} given)", .{ max_pos, n });
    }
    for (out) |*o| o.* = null;
    for (args.pos, 0..) |v, i| out[i] = v;
    for (args.kwnames, args.kwvals) |k, v| {
        const i = inline for (params, 0..) |p, j| {
            if (std.mem.eql(u8, k.bytes, p)) break j;
        } else return exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for " ++ name ++ "()", .{k.bytes});
        if (i < n) return exc.raiseFmt(&types.TypeError, "argument for " ++ name ++ "() given by name ('{s}') and position ({d})", .{ k.bytes, i + 1 });
        out[i] = v;
    }
    inline for (0..required) |i| {
        if (out[i] == null) return exc.raiseFmt(&types.TypeError, name ++ "() missing required argument '" ++ params[i] ++ "' (pos {d})", .{i + 1});
    }
}

// ---- Integer arguments --------------------------------------------------------------------

/// The int an `__index__`-able argument stands for, or null when `v` has no `__index__`.
pub fn indexInt(v: Value) Error!?Int {
    switch (v) {
        .int => |i| return i,
        .bool => |b| return Int.fromSmall(@intFromBool(b)),
        .obj => |o| if (o.ty.flags.heap) {
            if (rt.attr.lookupType(o.ty, &rt.names.__index__)) |m| {
                const r = try rt.call.callUnbound(m, v, &.{});
                return switch (r) {
                    .int => |i| i,
                    .bool => |b| Int.fromSmall(@intFromBool(b)),
                    else => exc.raiseFmt(&types.TypeError, "__index__ returned non-int (type {s})", .{rt.ops.typeName(r)}),
                };
            }
        },
        else => {},
    }
    return null;
}

/// An index-sized integer argument (Py_ssize_t via __index__): TypeError for non-integers,
/// OverflowError beyond 64 bits.
pub fn ssize(v: Value) Error!i64 {
    const i = (try indexInt(v)) orelse return notInteger(v);
    return i.toI64() orelse exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C ssize_t");
}

/// A C `int` argument (expandtabs' tabsize): like ssize, limited to 32 bits.
pub fn cInt(v: Value) Error!i32 {
    const i = (try indexInt(v)) orelse return notInteger(v);
    const x = i.toI64() orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C int");
    if (x > std.math.maxInt(i32)) return exc.raiseMsg(&types.OverflowError, "signed integer is greater than maximum");
    if (x < std.math.minInt(i32)) return exc.raiseMsg(&types.OverflowError, "signed integer is less than minimum");
    return @intCast(x);
}

/// A truth flag given as an int (`splitlines(keepends)` takes `int`, so floats are refused).
pub fn intFlag(v: Value) Error!bool {
    if (v == .float) return exc.raiseMsg(&types.TypeError, "'float' object cannot be interpreted as an integer");
    const i = (try indexInt(v)) orelse return notInteger(v);
    return i.w != 0;
}

pub fn notInteger(v: Value) Error {
    return exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(v)});
}

/// A slice bound of find/count/startswith (`_PyEval_SliceIndex`): None is absent, huge ints
/// clamp to the i64 range.
pub fn sliceIndex(v: ?Value) Error!?i64 {
    const x = v orelse return null;
    if (x == .none) return null;
    const i = (try indexInt(x)) orelse return exc.raiseMsg(&types.TypeError, "slice indices must be integers or None or have an __index__ method");
    if (i.toI64()) |s| return s;
    return if (rt.intops.isNegative(i)) std.math.minInt(i64) else std.math.maxInt(i64);
}

/// A required str argument: `{prefix}must be str, not int`.
pub fn str(comptime prefix: []const u8, v: Value) Error!*rt.Str {
    if (v.isKind(.str)) return v.as(rt.Str);
    return exc.raiseFmt(&types.TypeError, prefix ++ "must be str, not {s}", .{badArgName(v)});
}

/// An optional str argument (None means absent): `{prefix}must be str or None, not int`.
pub fn strOrNone(comptime prefix: []const u8, v: ?Value) Error!?*rt.Str {
    const x = v orelse return null;
    if (x == .none) return null;
    if (x.isKind(.str)) return x.as(rt.Str);
    return exc.raiseFmt(&types.TypeError, prefix ++ "must be str or None, not {s}", .{badArgName(x)});
}

/// How _PyArg_BadArgument names an argument's type: "None" for None, else the type name.
pub fn badArgName(v: Value) []const u8 {
    return if (v == .none) "None" else rt.ops.typeName(v);
}

pub fn isStr(v: Value) bool {
    return v.isKind(.str);
}

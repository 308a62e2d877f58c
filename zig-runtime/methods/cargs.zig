//! Argument handling shared by the container method tables (list, tuple, dict, set, bytes),
//! with CPython 3.11's exact TypeError wording for each way CPython parses arguments:
//!   - METH_NOARGS / METH_O: `list.copy() takes no arguments (1 given)`,
//!     `list.append() takes exactly one argument (0 given)`;
//!   - Argument Clinic, positional-only: `insert expected 2 arguments, got 1`,
//!     `pop expected at most 1 argument, got 2`, and `list.insert() takes no keyword arguments`.
//!
//! Methods reached through the type (`list.append(l, x)`, `dict.get(d, k)`) arrive unbound,
//! with `self == .none` and the receiver first among the positional arguments; `method` wraps
//! each implementation so that it always sees a bound receiver of the right kind.
const std = @import("std");
const rt = @import("../rt.zig");
const natives = @import("../core/natives.zig");
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const Int = rt.Int;
const types = rt.types;
const exc = rt.exc;

pub const Impl = fn (self: Value, args: Args) Error!Value;

/// A method of builtin type `owner`; `accepts` tells whether a value may be its receiver
/// (an instance of the type or of a subclass).
pub fn method(comptime owner: []const u8, comptime name: []const u8, comptime accepts: fn (Value) bool, comptime impl: Impl) rt.call.Builtin {
    const W = struct {
        fn call(self: Value, args: Args) Error!Value {
            if (self == .none) {
                @branchHint(.unlikely);
                return unbound(owner, name, accepts, impl, args);
            }
            return impl(self, args);
        }
    };
    return natives.method(owner, name, W.call);
}

/// `list.append(l, x)`: the receiver is the first positional argument.
fn unbound(comptime owner: []const u8, comptime name: []const u8, comptime accepts: fn (Value) bool, comptime impl: Impl, args: Args) Error!Value {
    if (args.pos.len == 0) return exc.raiseMsg(&types.TypeError, "unbound method " ++ owner ++ "." ++ name ++ "() needs an argument");
    const recv = args.pos[0];
    if (!accepts(recv)) {
        return exc.raiseFmt(&types.TypeError, "descriptor '" ++ name ++ "' for '" ++ owner ++ "' objects doesn't apply to a '{s}' object", .{rt.ops.typeName(recv)});
    }
    return impl(recv, .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals });
}

/// METH_NOARGS.
pub inline fn none(comptime qualname: []const u8, args: Args) Error!void {
    if (args.pos.len != 0 or args.kwnames.len != 0) return noneError(qualname, args);
}

fn noneError(comptime qualname: []const u8, args: Args) Error {
    @branchHint(.cold);
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, qualname ++ "() takes no keyword arguments");
    return exc.raiseFmt(&types.TypeError, qualname ++ "() takes no arguments ({d} given)", .{args.pos.len});
}

/// METH_O: the one argument.
pub inline fn one(comptime qualname: []const u8, args: Args) Error!Value {
    if (args.pos.len != 1 or args.kwnames.len != 0) return oneError(qualname, args);
    return args.pos[0];
}

fn oneError(comptime qualname: []const u8, args: Args) Error {
    @branchHint(.cold);
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, qualname ++ "() takes no keyword arguments");
    return exc.raiseFmt(&types.TypeError, qualname ++ "() takes exactly one argument ({d} given)", .{args.pos.len});
}

/// Argument Clinic, positional-only parameters: between `min` and `max` positional arguments.
pub inline fn positional(comptime qualname: []const u8, comptime name: []const u8, args: Args, comptime min: usize, comptime max: usize) Error!void {
    if (args.kwnames.len != 0 or args.pos.len < min or args.pos.len > max) return positionalError(qualname, name, args, min, max);
}

fn positionalError(comptime qualname: []const u8, comptime name: []const u8, args: Args, comptime min: usize, comptime max: usize) Error {
    @branchHint(.cold);
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, qualname ++ "() takes no keyword arguments");
    const n = args.pos.len;
    if (n < min) return exc.raiseFmt(&types.TypeError, name ++ " expected " ++ (if (min == max) "" else "at least ") ++ "{d} argument" ++ plural(min) ++ ", got {d}", .{ min, n });
    return exc.raiseFmt(&types.TypeError, name ++ " expected " ++ (if (min == max) "" else "at most ") ++ "{d} argument" ++ plural(max) ++ ", got {d}", .{ max, n });
}

fn plural(comptime n: usize) []const u8 {
    return if (n == 1) "" else "s";
}

/// The positional argument `i`, or null when not given.
pub inline fn opt(args: Args, i: usize) ?Value {
    return if (i < args.pos.len) args.pos[i] else null;
}

// ---- Integer arguments -----------------------------------------------------------------------

/// The int that an `__index__`-able value stands for, or null when it has no `__index__`.
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

/// A Py_ssize_t argument (`l.pop(i)`, `l.insert(i, x)`): TypeError for non-integers,
/// OverflowError past 64 bits.
pub fn ssize(v: Value) Error!i64 {
    if (v == .int and v.int.isSmall()) return v.int.small();
    const i = (try indexInt(v)) orelse return notInteger(v);
    return i.toI64() orelse exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C ssize_t");
}

pub fn notInteger(v: Value) Error {
    @branchHint(.cold);
    return exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(v)});
}

/// A start/stop bound of `list.index` and `tuple.index` (_PyEval_SliceIndexNotNone): ints
/// only, huge ones clamped to the i64 range.
pub fn sliceIndexNotNone(v: Value) Error!i64 {
    if (v == .int and v.int.isSmall()) return v.int.small();
    const i = (try indexInt(v)) orelse return exc.raiseMsg(&types.TypeError, "slice indices must be integers or have an __index__ method");
    return clampI64(i);
}

/// A start/stop bound that may be None (`bytes.find(sub, start, end)`).
pub fn sliceIndex(v: ?Value) Error!?i64 {
    const x = v orelse return null;
    if (x == .none) return null;
    if (x == .int and x.int.isSmall()) return x.int.small();
    const i = (try indexInt(x)) orelse return exc.raiseMsg(&types.TypeError, "slice indices must be integers or None or have an __index__ method");
    return clampI64(i);
}

fn clampI64(i: Int) i64 {
    if (i.toI64()) |s| return s;
    return if (rt.intops.isNegative(i)) std.math.minInt(i64) else std.math.maxInt(i64);
}

/// Clamps [start, stop) bounds of a search to a sequence of length `len` (negative bounds count
/// from the end), as CPython's list.index and str.find do.
pub fn searchRange(start: ?i64, stop: ?i64, len: usize) struct { lo: usize, hi: usize } {
    const n: i64 = @intCast(len);
    var lo = start orelse 0;
    var hi = stop orelse n;
    if (lo < 0) lo = @max(lo +| n, 0);
    if (hi < 0) hi = @max(hi +| n, 0);
    lo = @min(lo, n);
    hi = @min(hi, n);
    return .{ .lo = @intCast(lo), .hi = @intCast(@max(hi, lo)) };
}

// ---- Receivers -------------------------------------------------------------------------------

pub fn isList(v: Value) bool {
    return v.isKind(.list);
}
pub fn isTuple(v: Value) bool {
    return v.isKind(.tuple);
}
pub fn isDict(v: Value) bool {
    return v.isKind(.dict);
}
pub fn isSet(v: Value) bool {
    return v.isKind(.set);
}
pub fn isFrozenset(v: Value) bool {
    return v.isKind(.frozenset);
}
pub fn isBytes(v: Value) bool {
    return v.isKind(.bytes);
}
pub fn isBytearray(v: Value) bool {
    return v.isKind(.bytearray);
}

// ---- repr of builtin containers --------------------------------------------------------------

/// Objects whose `list.__repr__` (etc.) is being built, so that a container reached again
/// through its own elements prints as `[...]` (CPython's Py_ReprEnter). The dunders need their
/// own guard: they are called by user `__repr__` overrides (`super().__repr__()`), which the
/// generic repr path dispatches to before its own guard.
var repr_active: [64]*rt.Object = undefined;
var repr_depth: usize = 0;

pub fn reprEnter(o: *rt.Object) bool {
    for (repr_active[0..@min(repr_depth, repr_active.len)]) |x| if (x == o) return false;
    if (repr_depth < repr_active.len) repr_active[repr_depth] = o;
    repr_depth += 1;
    return true;
}

pub fn reprLeave() void {
    repr_depth -= 1;
}

/// `open`, the items' reprs separated by ", ", then `close`.
pub fn reprItems(b: *rt.Builder, items: []const Value, comptime open: []const u8, comptime close: []const u8) Error!void {
    b.append(open);
    for (items, 0..) |x, i| {
        if (i > 0) b.append(", ");
        try rt.repr.reprInto(b, x);
    }
    b.append(close);
}

pub inline fn notImplemented() Value {
    return .{ .obj = &rt.ops.not_implemented };
}

/// `hash(x)` of a mutable container: `unhashable type: 'list'`.
pub fn unhashable(self: Value) Error {
    return exc.raiseFmt(&types.TypeError, "unhashable type: '{s}'", .{rt.ops.typeName(self)});
}

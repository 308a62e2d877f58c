//! `memoryview` over bytes and bytearray (format 'B', one dimension), as CPython 3.11's
//! Objects/memoryobject.c for that case: indexing gives ints, slicing gives a view of the same
//! memory (steps included), `tobytes`/`tolist`/`hex`, `==` by contents, `release` and the
//! context manager, and the read-only attributes. Writes through a view of a bytearray reach
//! the bytearray. Other formats and shapes (`cast('i')`, ...) raise NotImplementedError.
//!
//! CPython forbids resizing a bytearray while a view exports it; pyaot does not track exports,
//! so a view checks its extent against the current length on each access instead (BufferError
//! when the bytearray has shrunk under it).
const std = @import("std");
const rt = @import("../rt.zig");
const natives = @import("../core/natives.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;
const bytes = rt.bytes;

pub const MemoryView = struct {
    base: rt.Object,
    /// The exporting bytes or bytearray (`mv.obj`).
    obj: Value,
    /// Offset of item 0 in obj's bytes, and the distance between items (negative when the view
    /// was sliced with a negative step).
    start: i64,
    step: i64,
    len: usize,
    readonly: bool,
    released: bool = false,
    /// hash(mv) once computed (-1 before): CPython keeps it, so it survives release().
    hash_cache: i64 = -1,
};

pub const ops: rt.value.NativeOps = .{ .repr = repr, .len = lenHook, .iter = iterHook, .eq = eqHook, .contains = containsHook, .getitem = getitemHook, .setitem = setitemHook };

fn of(v: Value) *MemoryView {
    return @ptrCast(@alignCast(v.obj));
}

fn new(obj: Value, start: i64, step: i64, n: usize, readonly: bool) Value {
    const m = rt.mem.create(MemoryView, .scan);
    m.* = .{ .base = .{ .ty = &types.memoryview_type }, .obj = obj, .start = start, .step = step, .len = n, .readonly = readonly };
    return .{ .obj = &m.base };
}

/// `memoryview(object)`.
pub fn construct(args: rt.Args) Error!Value {
    var arg: ?Value = if (args.pos.len > 0) args.pos[0] else null;
    if (args.pos.len + args.kwnames.len > 1) return exc.raiseFmt(&types.TypeError, "memoryview() takes at most 1 argument ({d} given)", .{args.pos.len + args.kwnames.len});
    for (args.kwnames, 0..) |k, i| {
        if (!std.mem.eql(u8, k.bytes, "object")) return exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for memoryview()", .{k.bytes});
        arg = args.kwvals[i];
    }
    const v = arg orelse return exc.raiseMsg(&types.TypeError, "memoryview() missing required argument 'object' (pos 1)");
    if (v == .obj and v.obj.ty == &types.memoryview_type) {
        const src = try live(v);
        return new(src.obj, src.start, src.step, src.len, src.readonly);
    }
    if (v == .obj and (v.obj.ty.kind == .bytes or v.obj.ty.kind == .bytearray)) {
        const n = bytes.fromObj(v.obj).len;
        return new(v, 0, 1, n, v.obj.ty.kind == .bytes);
    }
    return exc.raiseFmt(&types.TypeError, "memoryview: a bytes-like object is required, not '{s}'", .{rt.ops.typeName(v)});
}

/// The view, or CPython's ValueError once it is released.
fn live(v: Value) Error!*MemoryView {
    const m = of(v);
    if (m.released) return exc.raiseMsg(&types.ValueError, "operation forbidden on released memoryview object");
    return m;
}

/// The exporter's bytes, checked to still hold every item of the view.
fn data(m: *MemoryView) Error![]u8 {
    const d = bytes.fromObj(m.obj.obj).data();
    if (m.len == 0) return d;
    const last = m.start + @as(i64, @intCast(m.len - 1)) * m.step;
    if (m.start >= d.len or last < 0 or last >= d.len) return exc.raiseMsg(&types.BufferError, "memoryview: the underlying bytearray was resized");
    return d;
}

fn at(m: *MemoryView, d: []u8, i: usize) *u8 {
    return &d[@intCast(m.start + @as(i64, @intCast(i)) * m.step)];
}

/// The viewed bytes, in order, as a fresh buffer.
pub fn toSlice(m: *MemoryView) Error![]u8 {
    const d = try data(m);
    const out = rt.mem.allocSlice(u8, .noscan, m.len);
    for (out, 0..) |*c, i| c.* = at(m, d, i).*;
    return out;
}

fn repr(v: Value, w: *std.Io.Writer) anyerror!void {
    const m = of(v);
    try w.print("<{s}memory at 0x{x}>", .{ if (m.released) "released " else "", @intFromPtr(m) });
}

fn lenHook(v: Value) anyerror!usize {
    return (try live(v)).len;
}

fn tolist(m: *MemoryView) Error!*rt.List {
    const s = try toSlice(m);
    const l = rt.list.withCapacity(s.len);
    for (s) |c| rt.list.append(l, Value.fromSmall(c));
    return l;
}

fn iterHook(v: Value) anyerror!Value {
    return rt.iter.iter((try tolist(try live(v))).val());
}

fn containsHook(v: Value, x: Value) anyerror!bool {
    for (try toSlice(try live(v))) |c| if (try rt.ops.eq(Value.fromSmall(c), x)) return true;
    return false;
}

/// The contents of a buffer-exporting value (bytes, bytearray, memoryview), or null.
fn bufferOf(v: Value) Error!?[]const u8 {
    if (bytes.dataOf(v)) |d| return d;
    if (v == .obj and v.obj.ty == &types.memoryview_type) return try toSlice(try live(v));
    return null;
}

/// `==`: released views equal only themselves; otherwise equal contents of any buffer.
fn eqHook(a: Value, b: Value) anyerror!bool {
    if (a.obj == b.obj) return true;
    const m = of(a);
    if (m.released) return false;
    if (b == .obj and b.obj.ty == &types.memoryview_type and of(b).released) return false;
    const other = (try bufferOf(b)) orelse return false;
    return std.mem.eql(u8, try toSlice(m), other);
}

/// An index for `mv[i]`, or null for a key that is not one.
fn indexKey(k: Value) Error!?i64 {
    return switch (k) {
        .int => |i| i.toI64() orelse exc.raiseMsg(&types.IndexError, "cannot fit 'int' into an index-sized integer"),
        .bool => |b| @intFromBool(b),
        .obj => |o| if (o.ty.flags.heap and rt.attr.lookupType(o.ty, &rt.names.__index__) != null) try rt.sub.indexOf(k) else null,
        else => null,
    };
}

fn position(m: *MemoryView, index: i64) Error!usize {
    const n: i64 = @intCast(m.len);
    const i = if (index < 0) index + n else index;
    if (i < 0 or i >= n) return exc.raiseMsg(&types.IndexError, "index out of bounds on dimension 1");
    return @intCast(i);
}

fn getitemHook(v: Value, k: Value) anyerror!Value {
    const m = try live(v);
    if (try indexKey(k)) |i| {
        const d = try data(m);
        return Value.fromSmall(at(m, d, try position(m, i)).*);
    }
    if (k.isKind(.slice)) {
        const s = k.as(rt.slice.Slice);
        const b = try rt.slice.bounds(s.start, s.stop, s.step, m.len);
        return new(m.obj, m.start + b.start * m.step, m.step * b.step, b.n, m.readonly);
    }
    if (k == .obj and k.obj == &rt.ops.ellipsis) return v;
    return exc.raiseMsg(&types.TypeError, "memoryview: invalid slice key");
}

fn setitemHook(v: Value, k: Value, x: Value) anyerror!void {
    const m = try live(v);
    if (m.readonly) return exc.raiseMsg(&types.TypeError, "cannot modify read-only memory");
    if (try indexKey(k)) |i| {
        const c: i64 = switch (x) {
            .int => |n| n.toI64() orelse -1,
            .bool => |b| @intFromBool(b),
            else => return exc.raiseMsg(&types.TypeError, "memoryview: invalid type for format 'B'"),
        };
        if (c < 0 or c > 255) return exc.raiseMsg(&types.ValueError, "memoryview: invalid value for format 'B'");
        const d = try data(m);
        at(m, d, try position(m, i)).* = @intCast(c);
        return;
    }
    if (k.isKind(.slice)) {
        const s = k.as(rt.slice.Slice);
        const b = try rt.slice.bounds(s.start, s.stop, s.step, m.len);
        // A copy first: the source may be this very memory.
        const from = (try bufferOf(x)) orelse return exc.raiseFmt(&types.TypeError, "a bytes-like object is required, not '{s}'", .{rt.ops.typeName(x)});
        const src = rt.mem.allocSlice(u8, .noscan, from.len);
        @memcpy(src, from);
        if (src.len != b.n) return exc.raiseMsg(&types.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        const d = try data(m);
        for (src, 0..) |c, j| at(m, d, @intCast(b.start + @as(i64, @intCast(j)) * b.step)).* = c;
        return;
    }
    return exc.raiseMsg(&types.TypeError, "memoryview: invalid slice key");
}

/// hash(mv): the hash of the contents, for read-only views only (as CPython).
pub fn hash(o: *rt.Object) Error!i64 {
    if (of(.{ .obj = o }).hash_cache != -1) return of(.{ .obj = o }).hash_cache;
    const m = try live(.{ .obj = o });
    if (!m.readonly) return exc.raiseMsg(&types.ValueError, "cannot hash writable memoryview object");
    m.hash_cache = bytes.hash(&bytes.fromSlice(try toSlice(m)).base);
    return m.hash_cache;
}

/// `mv.obj`, `mv.readonly`, `mv.nbytes`, ... (null: not an attribute of memoryview).
pub fn attr(o: *rt.Object, name: []const u8) Error!?Value {
    const v: Value = .{ .obj = o };
    const eql = std.mem.eql;
    const is_attr = for ([_][]const u8{ "obj", "readonly", "nbytes", "format", "itemsize", "ndim", "shape", "strides", "suboffsets", "contiguous", "c_contiguous", "f_contiguous" }) |a| {
        if (eql(u8, name, a)) break true;
    } else false;
    if (!is_attr) return null;
    const m = try live(v);
    const contiguous = m.step == 1 or m.len <= 1;
    if (eql(u8, name, "obj")) return m.obj;
    if (eql(u8, name, "readonly")) return Value.fromBool(m.readonly);
    if (eql(u8, name, "nbytes")) return Value.fromSmall(@intCast(m.len));
    if (eql(u8, name, "format")) return rt.str.static("B").val();
    if (eql(u8, name, "itemsize") or eql(u8, name, "ndim")) return Value.fromSmall(1);
    if (eql(u8, name, "shape")) return rt.tupleOf(&.{Value.fromSmall(@intCast(m.len))});
    if (eql(u8, name, "strides")) return rt.tupleOf(&.{Value.fromSmall(m.step)});
    if (eql(u8, name, "suboffsets")) return rt.tuple.empty.val();
    return Value.fromBool(contiguous);
}

// ---- methods ---------------------------------------------------------------------------------

fn tobytesImpl(self: Value, args: rt.Args) Error!Value {
    // order ('C', 'F', 'A' or None) does not matter for one dimension.
    try rt.call.expectArgs("tobytes", args, 0, 1);
    return bytes.fromSlice(try toSlice(try live(self))).val();
}

fn tolistImpl(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("tolist", args, 0, 0);
    return (try tolist(try live(self))).val();
}

fn hexImpl(self: Value, args: rt.Args) Error!Value {
    // bytes.hex of the contents takes the same sep / bytes_per_sep arguments.
    const b = bytes.fromSlice(try toSlice(try live(self))).val();
    return rt.attr.callMethod(b, rt.str.static("hex"), args);
}

fn toreadonlyImpl(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("toreadonly", args, 0, 0);
    const m = try live(self);
    return new(m.obj, m.start, m.step, m.len, true);
}

fn getitemImpl(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__getitem__", args, 1, 1);
    return getitemHook(self, args.pos[0]) catch |e| return @errorCast(e);
}

fn setitemImpl(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__setitem__", args, 2, 2);
    setitemHook(self, args.pos[0], args.pos[1]) catch |e| return @errorCast(e);
    return .none;
}

fn lenImpl(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__len__", args, 0, 0);
    return Value.fromSmall(@intCast((try live(self)).len));
}

/// `cast('B')` (the only format pyaot's memoryview has); other formats and shapes are a clear
/// NotImplementedError rather than a wrong view.
fn castImpl(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("cast", args, 1, 2);
    const m = try live(self);
    const fmt = args.pos[0];
    if (!fmt.isKind(.str)) return exc.raiseFmt(&types.TypeError, "cast() argument 'format' must be str, not {s}", .{rt.ops.typeName(fmt)});
    if (args.pos.len > 1 or !std.mem.eql(u8, fmt.as(rt.Str).bytes, "B")) return exc.raiseMsg(&types.NotImplementedError, "memoryview.cast: pyaot supports only format 'B' in one dimension");
    if (!(m.step == 1 or m.len <= 1)) return exc.raiseMsg(&types.TypeError, "memoryview: casts are restricted to C-contiguous views");
    return new(m.obj, m.start, m.step, m.len, m.readonly);
}

fn releaseImpl(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("release", args, 0, 0);
    of(self).released = true;
    return .none;
}

fn enterImpl(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__enter__", args, 0, 0);
    _ = try live(self);
    return self;
}

fn exitImpl(self: Value, args: rt.Args) Error!Value {
    _ = args;
    of(self).released = true;
    return .none;
}

var tobytes_b = natives.method("memoryview", "tobytes", tobytesImpl);
var tolist_b = natives.method("memoryview", "tolist", tolistImpl);
var hex_b = natives.method("memoryview", "hex", hexImpl);
var toreadonly_b = natives.method("memoryview", "toreadonly", toreadonlyImpl);
var release_b = natives.method("memoryview", "release", releaseImpl);
var getitem_b = natives.method("memoryview", "__getitem__", getitemImpl);
var setitem_b = natives.method("memoryview", "__setitem__", setitemImpl);
var len_b = natives.method("memoryview", "__len__", lenImpl);
var cast_b = natives.method("memoryview", "cast", castImpl);
var enter_b = natives.method("memoryview", "__enter__", enterImpl);
var exit_b = natives.method("memoryview", "__exit__", exitImpl);

pub const table = natives.Table.initComptime(.{
    .{ "tobytes", &tobytes_b },       .{ "tolist", &tolist_b },   .{ "hex", &hex_b },
    .{ "toreadonly", &toreadonly_b }, .{ "release", &release_b }, .{ "__enter__", &enter_b },
    .{ "__exit__", &exit_b },         .{ "__getitem__", &getitem_b }, .{ "__setitem__", &setitem_b },
    .{ "__len__", &len_b },           .{ "cast", &cast_b },
});

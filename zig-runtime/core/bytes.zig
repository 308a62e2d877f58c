//! Python `bytes` and `bytearray`: a byte buffer (`bytearray` grows in place), with the
//! operators and subscripts of both types. Their methods are in methods/bytes.zig.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const ops = @import("ops.zig");
const iter_mod = @import("iter.zig");
const slice_mod = @import("slice.zig");
const list_mod = @import("list.zig");
const Value = value.Value;
const Object = value.Object;
const Error = @import("err.zig").Error;

pub const Bytes = struct {
    base: Object,
    len: usize,
    /// Capacity buffer; `buf[0..len]` are the bytes.
    buf: []u8,
    hash_cache: i64 = -1,

    pub const kind: value.Kind = .bytes;
    pub inline fn val(b: *Bytes) Value {
        return .{ .obj = &b.base };
    }
    pub inline fn data(b: *const Bytes) []u8 {
        return b.buf[0..b.len];
    }
};

pub fn fromSlice(bytes: []const u8) *Bytes {
    return fromSliceOfType(&types.bytes_type, bytes);
}

pub fn fromSliceOfType(t: *value.Type, bytes: []const u8) *Bytes {
    const b = mem.create(Bytes, .scan);
    const buf = mem.allocSlice(u8, .noscan, bytes.len);
    @memcpy(buf, bytes);
    b.* = .{ .base = .{ .ty = t }, .len = bytes.len, .buf = buf };
    return b;
}

/// `b"..."` in generated code.
pub fn literal(comptime bytes: []const u8) Value {
    return fromSlice(bytes).val();
}

pub inline fn fromObj(o: *Object) *Bytes {
    return Object.as(o, Bytes);
}

pub fn len(o: *Object) usize {
    return fromObj(o).len;
}

pub fn compare(op: ops.CmpOp, a: *Object, b: *Object) ?bool {
    return op.fromOrder(std.mem.order(u8, fromObj(a).data(), fromObj(b).data()));
}

/// bytes hash equals the hash of the equal str for ASCII content (CPython: same algorithm);
/// pyaot's str hash is its own, applied to the same bytes.
pub fn hash(o: *Object) i64 {
    const b = fromObj(o);
    if (b.hash_cache != -1) return b.hash_cache;
    var h: i64 = @bitCast(std.hash.Wyhash.hash(0x5079616f74, b.data()));
    if (h == -1 or h == 0) h = -2;
    b.hash_cache = h;
    return h;
}

pub fn reprInto(out: *str_mod.Builder, o: *Object) void {
    const b = fromObj(o);
    const is_array = o.ty.isSubtype(&types.bytearray_type);
    // CPython's bytearray repr names the (sub)class: `BA(b'x')`.
    if (is_array) {
        out.append(o.ty.name);
        out.appendByte('(');
    }
    const d = b.data();
    const has_single = std.mem.indexOfScalar(u8, d, '\'') != null;
    const has_double = std.mem.indexOfScalar(u8, d, '"') != null;
    const quote: u8 = if (has_single and !has_double) '"' else '\'';
    out.appendByte('b');
    out.appendByte(quote);
    for (d) |c| {
        switch (c) {
            '\n' => out.append("\\n"),
            '\r' => out.append("\\r"),
            '\t' => out.append("\\t"),
            '\\' => out.append("\\\\"),
            else => {
                // CPython's bytearray_repr escapes ' even between double quotes.
                if (c == quote or (is_array and c == '\'')) {
                    out.appendByte('\\');
                    out.appendByte(c);
                } else if (c < 0x20 or c >= 0x7f) {
                    out.print("\\x{x:0>2}", .{c});
                } else out.appendByte(c);
            },
        }
    }
    out.appendByte(quote);
    if (is_array) out.appendByte(')');
}

pub fn iter(o: *Object) Value {
    return iter_mod.newIter(&iter_mod.iterator_type, bytesNext, .{ .obj = o }).val();
}

fn bytesNext(it: *iter_mod.NativeIter) Error!?Value {
    const b = it.a.as(Bytes);
    const i: usize = @intCast(it.i);
    if (i >= b.len) return null;
    it.i += 1;
    return Value.fromSmall(b.buf[i]);
}

pub fn getitem(o: *Object, k: Value) Error!Value {
    const b = fromObj(o);
    if (try @import("sub.zig").indexOf(k)) |i| {
        const j = list_mod.normIndex(i, b.len) orelse return exc.raiseMsg(&types.IndexError, if (o.ty.isSubtype(&types.bytearray_type)) "bytearray index out of range" else "index out of range");
        return Value.fromSmall(b.buf[j]);
    }
    if (k.isKind(.slice)) {
        const s = k.as(slice_mod.Slice);
        const bd = try slice_mod.bounds(s.start, s.stop, s.step, b.len);
        const out = mem.allocSlice(u8, .noscan, bd.n);
        var i = bd.start;
        for (out) |*c| {
            c.* = b.buf[@intCast(i)];
            i += bd.step;
        }
        const r = fromSliceOfType(if (o.ty.isSubtype(&types.bytearray_type)) &types.bytearray_type else &types.bytes_type, out);
        return r.val();
    }
    return exc.raiseFmt(&types.TypeError, "byte indices must be integers or slices, not {s}", .{ops.typeName(k)});
}

pub fn setitem(o: *Object, k: Value, v: Value) Error!void {
    const b = fromObj(o);
    if (try @import("sub.zig").indexOf(k)) |i| {
        const j = list_mod.normIndex(i, b.len) orelse return exc.raiseMsg(&types.IndexError, "bytearray index out of range");
        b.buf[j] = try byteValue(v);
        return;
    }
    if (!k.isKind(.slice)) return exc.raiseFmt(&types.TypeError, "bytearray indices must be integers or slices, not {s}", .{ops.typeName(k)});
    const s = k.as(slice_mod.Slice);
    const src = try assignedBytes(v);
    const bd = try slice_mod.bounds(s.start, s.stop, s.step, b.len);
    if (bd.step == 1) {
        const lo: usize = @intCast(bd.start);
        return replaceRange(b, lo, lo + bd.n, src);
    }
    if (src.len != bd.n) return exc.raiseFmt(&types.ValueError, "attempt to assign bytes of size {d} to extended slice of size {d}", .{ src.len, bd.n });
    var i = bd.start;
    for (src) |c| {
        b.buf[@intCast(i)] = c;
        i += bd.step;
    }
}

pub fn byteValue(v: Value) Error!u8 {
    const n = switch (v) {
        .int => |i| i.toI64() orelse -1,
        .bool => |x| @as(i64, @intFromBool(x)),
        else => return exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{ops.typeName(v)}),
    };
    if (n < 0 or n > 255) return exc.raiseMsg(&types.ValueError, "byte must be in range(0, 256)");
    return @intCast(n);
}

pub fn contains(o: *Object, x: Value) Error!bool {
    const b = fromObj(o);
    if (dataOf(x)) |sub| return std.mem.indexOf(u8, b.data(), sub) != null;
    if (x != .int and x != .bool and !(x == .obj and x.obj.ty.flags.heap))
        return exc.raiseFmt(&types.TypeError, "a bytes-like object is required, not '{s}'", .{ops.typeName(x)});
    const c = try byteValue(x);
    return std.mem.indexOfScalar(u8, b.data(), c) != null;
}

// ---- Bytes-like values -----------------------------------------------------------------------

/// The bytes of a bytes-like value (bytes, bytearray, their subclasses), or null.
pub inline fn dataOf(v: Value) ?[]u8 {
    return switch (v) {
        .obj => |o| if (o.ty.kind == .bytes or o.ty.kind == .bytearray) fromObj(o).data() else null,
        else => null,
    };
}

/// The type of results computed from `o`: plain bytes or bytearray (never a subclass).
pub fn baseType(o: *const Object) *value.Type {
    return if (o.ty.kind == .bytearray) &types.bytearray_type else &types.bytes_type;
}

/// A new object of type `t` owning `buf` (no copy).
pub fn adopt(t: *value.Type, buf: []u8) *Bytes {
    const b = mem.create(Bytes, .scan);
    b.* = .{ .base = .{ .ty = t }, .len = buf.len, .buf = buf };
    return b;
}

/// `a + b`, `a * n` and `a % args` (text/percent.zig). Null lets a user class on the right try.
pub fn binary(op: ops.BinOp, a: Value, b: Value) Error!?Value {
    const x = a.as(Bytes);
    switch (op) {
        .add => {
            const y = dataOf(b) orelse {
                if (b == .obj and b.obj.ty.flags.heap) return null;
                return exc.raiseFmt(&types.TypeError, "can't concat {s} to {s}", .{ ops.typeName(b), a.obj.ty.name });
            };
            const buf = mem.allocSlice(u8, .noscan, x.len + y.len);
            @memcpy(buf[0..x.len], x.data());
            @memcpy(buf[x.len..], y);
            return adopt(baseType(a.obj), buf).val();
        },
        .mul => {
            const n: i64 = switch (b) {
                .int => |i| i.toI64() orelse return exc.raiseFmt(&types.OverflowError, "cannot fit 'int' into an index-sized integer", .{}),
                .bool => |v| @intFromBool(v),
                else => return null,
            };
            return (try repeat(x, baseType(a.obj), n)).val();
        },
        .mod => return try @import("../text/percent.zig").formatBytes(x.data(), b, baseType(a.obj)),
        else => return null,
    }
}

/// `b * n` as type `t` (n <= 0 gives an empty one).
pub fn repeat(b: *Bytes, t: *value.Type, n: i64) Error!*Bytes {
    if (n <= 0 or b.len == 0) return adopt(t, &.{});
    const k: usize = @intCast(n);
    if (k > (@as(usize, 1) << 40) / b.len) return exc.raiseEmpty(&types.MemoryError);
    const buf = mem.allocSlice(u8, .noscan, b.len * k);
    for (0..k) |i| @memcpy(buf[i * b.len ..][0..b.len], b.data());
    return adopt(t, buf);
}

// ---- bytearray mutation ----------------------------------------------------------------------

/// Room for `extra` more bytes (over-allocating like CPython's bytearray_resize).
pub fn reserve(b: *Bytes, extra: usize) void {
    const need = b.len + extra;
    if (need <= b.buf.len) return;
    const cap = need + (need >> 3) + 8;
    const nb = mem.allocSlice(u8, .noscan, cap);
    @memcpy(nb[0..b.len], b.data());
    b.buf = nb;
}

pub fn append(b: *Bytes, c: u8) void {
    if (b.len == b.buf.len) reserve(b, 1);
    b.buf[b.len] = c;
    b.len += 1;
}

pub fn appendSlice(b: *Bytes, src: []const u8) void {
    // `src` may be this bytearray's own storage: copy it first if growing moves it.
    const n = src.len;
    if (b.len + n > b.buf.len) {
        const copy = mem.allocSlice(u8, .noscan, n);
        @memcpy(copy, src);
        reserve(b, n);
        @memcpy(b.buf[b.len..][0..n], copy);
    } else {
        std.mem.copyForwards(u8, b.buf[b.len..][0..n], src);
    }
    b.len += n;
}

/// Replaces bytes [lo, hi) with `src` (slice assignment with step 1).
pub fn replaceRange(b: *Bytes, lo: usize, hi: usize, src0: []const u8) void {
    const src = blk: {
        const copy = mem.allocSlice(u8, .noscan, src0.len);
        @memcpy(copy, src0);
        break :blk copy;
    };
    const old_n = hi - lo;
    const tail = b.len - hi;
    if (src.len > old_n) reserve(b, src.len - old_n);
    const new_hi = lo + src.len;
    if (src.len > old_n) {
        std.mem.copyBackwards(u8, b.buf[new_hi .. new_hi + tail], b.buf[hi .. hi + tail]);
    } else if (src.len < old_n) {
        std.mem.copyForwards(u8, b.buf[new_hi .. new_hi + tail], b.buf[hi .. hi + tail]);
    }
    @memcpy(b.buf[lo..new_hi], src);
    b.len = new_hi + tail;
    b.hash_cache = -1;
}

/// `del b[k]` for bytearray.
pub fn delitem(o: *Object, k: Value) Error!void {
    const b = fromObj(o);
    if (try @import("sub.zig").indexOf(k)) |i| {
        const j = list_mod.normIndex(i, b.len) orelse return exc.raiseMsg(&types.IndexError, "bytearray index out of range");
        replaceRange(b, j, j + 1, &.{});
        return;
    }
    if (k.isKind(.slice)) {
        const s = k.as(slice_mod.Slice);
        const bd = try slice_mod.bounds(s.start, s.stop, s.step, b.len);
        if (bd.n == 0) return;
        if (bd.step == 1) return replaceRange(b, @intCast(bd.start), @as(usize, @intCast(bd.start)) + bd.n, &.{});
        const keep = mem.allocSlice(bool, .noscan, b.len);
        @memset(keep, true);
        var i = bd.start;
        for (0..bd.n) |_| {
            keep[@intCast(i)] = false;
            i += bd.step;
        }
        var w: usize = 0;
        for (b.data(), 0..) |c, r| {
            if (keep[r]) {
                b.buf[w] = c;
                w += 1;
            }
        }
        b.len = w;
        return;
    }
    return exc.raiseFmt(&types.TypeError, "bytearray indices must be integers or slices, not {s}", .{ops.typeName(k)});
}

/// The bytes a slice assignment stores: a bytes-like value, or an iterable of ints.
fn assignedBytes(v: Value) Error![]const u8 {
    if (dataOf(v)) |d| return d;
    if (v == .int or v == .bool or v.isKind(.str))
        return exc.raiseFmt(&types.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)", .{});
    const items = try iter_mod.toSlice(v);
    const out = mem.allocSlice(u8, .noscan, items.len);
    for (items, 0..) |x, i| out[i] = try byteValue(x);
    return out;
}

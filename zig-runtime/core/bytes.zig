//! Python `bytes` and `bytearray`: a byte buffer (`bytearray` grows in place).
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
    if (is_array) out.append("bytearray(");
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
                if (c == quote) {
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
    const i = (try @import("sub.zig").indexOf(k)) orelse return exc.raiseFmt(&types.TypeError, "bytearray indices must be integers or slices, not {s}", .{ops.typeName(k)});
    const j = list_mod.normIndex(i, b.len) orelse return exc.raiseMsg(&types.IndexError, "bytearray index out of range");
    b.buf[j] = try byteValue(v);
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
    if (x.isKind(.bytes) or x.isKind(.bytearray)) return std.mem.indexOf(u8, b.data(), x.as(Bytes).data()) != null;
    const c = try byteValue(x);
    return std.mem.indexOfScalar(u8, b.data(), c) != null;
}

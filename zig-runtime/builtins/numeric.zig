//! Numeric builtins: abs, divmod, pow, round, hex, oct, bin, ord, chr.
const std = @import("std");
const rt = @import("../rt.zig");
const fmtlib = @import("../format/root.zig");
const Value = rt.Value;
const Error = rt.Error;
const types = rt.types;
const exc = rt.exc;

fn userUnary(v: Value, name: *rt.Str, comptime msg: []const u8) Error!Value {
    if (v == .obj and v.obj.ty.flags.heap) {
        if (rt.attr.lookupType(v.obj.ty, name)) |m| return rt.call.callUnbound(m, v, &.{});
    }
    return exc.raiseFmt(&types.TypeError, msg, .{rt.ops.typeName(v)});
}

pub fn abs_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("abs", args, 1, 1);
    const v = args.pos[0];
    return switch (v) {
        .int => |i| .{ .int = rt.intops.abs(i) },
        .bool => |b| Value.fromSmall(@intFromBool(b)),
        .float => |f| .{ .float = @abs(f) },
        .obj => |o| if (o.ty.kind == .complex) @import("../core/complex.zig").abs(o) else userUnary(v, &rt.names.__abs__, "bad operand type for abs(): '{s}'"),
        else => userUnary(v, &rt.names.__abs__, "bad operand type for abs(): '{s}'"),
    };
}

pub fn divmod_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("divmod", args, 2, 2);
    const a = args.pos[0];
    const b = args.pos[1];
    const ai: ?rt.Int = switch (a) {
        .int => |i| i,
        .bool => |x| rt.Int.fromSmall(@intFromBool(x)),
        else => null,
    };
    const bi: ?rt.Int = switch (b) {
        .int => |i| i,
        .bool => |x| rt.Int.fromSmall(@intFromBool(x)),
        else => null,
    };
    if (ai != null and bi != null) {
        const r = try rt.intops.divmod(ai.?, bi.?);
        return rt.tuple.pair(.{ .int = r[0] }, .{ .int = r[1] }).val();
    }
    const isnum = struct {
        fn f(v: Value) bool {
            return v == .int or v == .bool or v == .float;
        }
    }.f;
    if (isnum(a) and isnum(b)) {
        const x = try toF64(a);
        const y = try toF64(b);
        const r = try rt.floatops.divmod(x, y);
        return rt.tuple.pair(.{ .float = r[0] }, .{ .float = r[1] }).val();
    }
    if (a == .obj and a.obj.ty.flags.heap) {
        if (rt.attr.lookupType(a.obj.ty, &rt.names.__divmod__)) |m| return rt.call.callUnbound(m, a, &.{b});
    }
    if (b == .obj and b.obj.ty.flags.heap) {
        if (rt.attr.lookupType(b.obj.ty, &rt.names.__rdivmod__)) |m| return rt.call.callUnbound(m, b, &.{a});
    }
    return exc.raiseFmt(&types.TypeError, "unsupported operand type(s) for divmod(): '{s}' and '{s}'", .{ rt.ops.typeName(a), rt.ops.typeName(b) });
}

fn toF64(v: Value) Error!f64 {
    return switch (v) {
        .float => |f| f,
        .int => |i| try rt.intops.toF64(i),
        .bool => |b| @floatFromInt(@intFromBool(b)),
        else => unreachable,
    };
}

pub fn pow_(args: rt.Args) Error!Value {
    var base: ?Value = null;
    var expv: ?Value = null;
    var modv: Value = .none;
    if (args.pos.len > 0) base = args.pos[0];
    if (args.pos.len > 1) expv = args.pos[1];
    if (args.pos.len > 2) modv = args.pos[2];
    if (args.pos.len > 3) return exc.raiseFmt(&types.TypeError, "pow expected at most 3 arguments, got {d}", .{args.pos.len});
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "base")) base = v else if (std.mem.eql(u8, k.bytes, "exp")) expv = v else if (std.mem.eql(u8, k.bytes, "mod")) modv = v else return exc.raiseFmt(&types.TypeError, "pow() got an unexpected keyword argument '{s}'", .{k.bytes});
    }
    if (base == null or expv == null) return exc.raiseMsg(&types.TypeError, "pow() missing required argument 'exp' (pos 2)");
    if (modv == .none) return rt.ops.pow(base.?, expv.?);
    // Three-argument pow() of a user object: its __pow__(exp, mod) (never __rpow__, as CPython).
    const user = struct {
        fn is(v: Value) bool {
            return v == .obj and v.obj.ty.flags.heap;
        }
    }.is;
    if (user(base.?) or user(expv.?) or user(modv)) {
        if (user(base.?)) if (rt.attr.lookupType(base.?.obj.ty, &rt.names.__pow__)) |m| {
            const r = try rt.call.callUnbound(m, base.?, &.{ expv.?, modv });
            if (!rt.ops.isNotImplemented(r)) return r;
        };
        return exc.raiseFmt(&types.TypeError, "unsupported operand type(s) for ** or pow(): '{s}', '{s}', '{s}'", .{ rt.ops.typeName(base.?), rt.ops.typeName(expv.?), rt.ops.typeName(modv) });
    }
    const ints = [_]Value{ base.?, expv.?, modv };
    var iv: [3]rt.Int = undefined;
    for (ints, 0..) |v, i| {
        iv[i] = switch (v) {
            .int => |x| x,
            .bool => |x| rt.Int.fromSmall(@intFromBool(x)),
            else => return exc.raiseMsg(&types.TypeError, "pow() 3rd argument not allowed unless all arguments are integers"),
        };
    }
    return .{ .int = try rt.intops.powmod(iv[0], iv[1], iv[2]) };
}

pub fn round_(args: rt.Args) Error!Value {
    var x: ?Value = null;
    var nd: Value = .none;
    if (args.pos.len > 0) x = args.pos[0];
    if (args.pos.len > 1) nd = args.pos[1];
    if (args.pos.len > 2) return exc.raiseFmt(&types.TypeError, "round() takes at most 2 arguments ({d} given)", .{args.pos.len});
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "number")) x = v else if (std.mem.eql(u8, k.bytes, "ndigits")) nd = v else return exc.raiseFmt(&types.TypeError, "round() got an unexpected keyword argument '{s}'", .{k.bytes});
    }
    const v = x orelse return exc.raiseMsg(&types.TypeError, "round() missing required argument 'number' (pos 1)");
    switch (v) {
        .float => |f| {
            if (nd == .none) {
                if (std.math.isNan(f)) return exc.raiseMsg(&types.ValueError, "cannot convert float NaN to integer");
                if (std.math.isInf(f)) return exc.raiseMsg(&types.OverflowError, "cannot convert float infinity to integer");
                return .{ .int = try rt.intops.fromF64(fmtlib.roundHalfEven(f)) };
            }
            const n = try ndigits(nd);
            const r = fmtlib.roundDigits(f, n) catch return exc.raiseMsg(&types.OverflowError, "rounded value too large to represent");
            return .{ .float = r };
        },
        .int, .bool => {
            const i: rt.Int = if (v == .bool) rt.Int.fromSmall(@intFromBool(v.bool)) else v.int;
            if (nd == .none) return .{ .int = i };
            const n = try ndigits(nd);
            if (n >= 0) return .{ .int = i };
            return .{ .int = try roundIntNegative(i, n) };
        },
        else => {
            if (v == .obj and v.obj.ty.flags.heap) {
                if (rt.attr.lookupType(v.obj.ty, &rt.names.__round__)) |m| {
                    if (nd == .none) return rt.call.callUnbound(m, v, &.{});
                    return rt.call.callUnbound(m, v, &.{nd});
                }
            }
            return exc.raiseFmt(&types.TypeError, "type {s} doesn't define __round__ method", .{rt.ops.typeName(v)});
        },
    }
}

fn ndigits(v: Value) Error!i64 {
    return switch (v) {
        .int => |i| i.toI64() orelse (if (rt.intops.order(i, rt.Int.zero) == .lt) std.math.minInt(i64) else std.math.maxInt(i64)),
        .bool => |b| @intFromBool(b),
        else => exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(v)}),
    };
}

fn indexInt(v: Value) Error!rt.Int {
    return switch (v) {
        .int => |i| i,
        .bool => |b| rt.Int.fromSmall(@intFromBool(b)),
        else => blk: {
            if (v == .obj and v.obj.ty.flags.heap) {
                if (rt.attr.lookupType(v.obj.ty, &rt.names.__index__)) |m| break :blk indexInt(try rt.call.callUnbound(m, v, &.{}));
            }
            break :blk exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(v)});
        },
    };
}

fn radix(args: rt.Args, comptime name: []const u8, base: u8, prefix: []const u8) Error!Value {
    try rt.call.expectArgs(name, args, 1, 1);
    const i = try indexInt(args.pos[0]);
    const digits = try rt.intops.toString(i, base);
    var b = rt.Builder{};
    if (digits[0] == '-') {
        b.appendByte('-');
        b.append(prefix);
        b.append(digits[1..]);
    } else {
        b.append(prefix);
        b.append(digits);
    }
    return b.finish().val();
}

pub fn hex_(args: rt.Args) Error!Value {
    return radix(args, "hex", 16, "0x");
}
pub fn oct_(args: rt.Args) Error!Value {
    return radix(args, "oct", 8, "0o");
}
pub fn bin_(args: rt.Args) Error!Value {
    return radix(args, "bin", 2, "0b");
}

pub fn ord_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("ord", args, 1, 1);
    const v = args.pos[0];
    if (v.isKind(.str)) {
        const s = v.as(rt.Str);
        if (s.len != 1) return exc.raiseFmt(&types.TypeError, "ord() expected a character, but string of length {d} found", .{s.len});
        return Value.fromSmall(rt.str.decodeAt(s.bytes, 0));
    }
    if (v.isKind(.bytes) or v.isKind(.bytearray)) {
        const b = v.as(rt.bytes.Bytes);
        if (b.len != 1) return exc.raiseFmt(&types.TypeError, "ord() expected a character, but string of length {d} found", .{b.len});
        return Value.fromSmall(b.buf[0]);
    }
    return exc.raiseFmt(&types.TypeError, "ord() expected string of length 1, but {s} found", .{rt.ops.typeName(v)});
}

pub fn chr_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("chr", args, 1, 1);
    const i = try indexInt(args.pos[0]);
    const n = i.toI64() orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C int");
    if (n < 0 or n > 0x10ffff) return exc.raiseMsg(&types.ValueError, "chr() arg not in range(0x110000)");
    return rt.str.fromCodePoint(@intCast(n)).val();
}

/// round(i, n) for n < 0: round half to even at 10**-n, as int.__round__ does.
fn roundIntNegative(i: rt.Int, n: i64) Error!rt.Int {
    if (n < -4300) return rt.Int.zero;
    const p = switch (try rt.intops.pow(rt.Int.fromSmall(10), rt.Int.fromI64(-n))) {
        .int => |x| x,
        .float => unreachable,
    };
    const qr = try rt.intops.divmod(i, p);
    var q = qr[0];
    const twice = rt.intops.add(qr[1], qr[1]);
    const o = rt.intops.order(twice, p);
    const q_odd = rt.intops.band(q, rt.Int.one).w != 0;
    if (o == .gt or (o == .eq and q_odd)) q = rt.intops.add(q, rt.Int.one);
    return rt.intops.mul(q, p);
}

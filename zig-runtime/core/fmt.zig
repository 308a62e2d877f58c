//! `format(value, spec)` and f-string replacement fields: conversion (!s !r !a), then the
//! format-spec mini-language through zig-runtime/format, or a user `__format__`.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const str_mod = @import("str.zig");
const repr = @import("repr.zig");
const names = @import("names.zig");
const call = @import("call.zig");
const attr = @import("attr.zig");
const ops = @import("ops.zig");
const intops = @import("intops.zig");
const fmtlib = @import("../format/root.zig");
const Int = @import("int.zig").Int;
const Value = value.Value;
const Str = str_mod.Str;
const Builder = str_mod.Builder;
const Error = @import("err.zig").Error;

/// Appends the replacement field `{v!conv:spec}`: conv is -1, 's', 'r' or 'a'.
pub fn formatInto(b: *Builder, v: Value, conversion: i32, spec: ?*Str) Error!void {
    var x = v;
    switch (conversion) {
        's' => x = (try repr.str(v)).val(),
        'r' => x = (try repr.repr(v)).val(),
        'a' => x = (try ascii(v)).val(),
        else => {},
    }
    const sp: []const u8 = if (spec) |s| s.bytes else "";
    return formatValueInto(b, x, sp);
}

/// `format(v, spec)` appended to `b`.
pub fn formatValueInto(b: *Builder, v: Value, spec: []const u8) Error!void {
    if (spec.len == 0) {
        // format(x, '') is str(x) for everything that does not override __format__.
        if (!(v == .obj and v.obj.ty.flags.heap and hasUserFormat(v.obj.ty))) return repr.strInto(b, v);
    }
    var w = repr.BuilderWriter.init(b);
    var diag: fmtlib.Diagnostic = .{};
    switch (v) {
        .float => |f| {
            const s = fmtlib.Spec.parse(spec, &diag) catch return specError(&diag, "float");
            fmtlib.formatFloat(&w.writer, f, &s, &diag) catch return specError(&diag, "float");
        },
        .int => |i| try formatInt(&w.writer, i, spec, "int"),
        .bool => |x| try formatInt(&w.writer, Int.fromSmall(@intFromBool(x)), spec, "bool"),
        .obj => |o| {
            if (o.ty.flags.heap and hasUserFormat(o.ty)) {
                const m = attr.lookupType(o.ty, &names.__format__).?;
                const r = try call.callUnbound(m, v, &.{str_mod.fromBytes(spec).val()});
                if (!r.isKind(.str)) return exc.raiseFmt(&types.TypeError, "__format__ must return a str, not {s}", .{ops.typeName(r)});
                return b.append(r.as(Str).bytes);
            }
            switch (o.ty.kind) {
                .str => {
                    const s = fmtlib.Spec.parse(spec, &diag) catch return specError(&diag, o.ty.name);
                    fmtlib.formatStr(&w.writer, v.as(Str).bytes, &s, &diag) catch return specError(&diag, o.ty.name);
                },
                .bigint => try formatInt(&w.writer, Int.fromBig(v.as(@import("bigint.zig").BigInt)), spec, "int"),
                else => return exc.raiseFmt(&types.TypeError, "unsupported format string passed to {s}.__format__", .{o.ty.name}),
            }
        },
        .none => return exc.raiseMsg(&types.TypeError, "unsupported format string passed to NoneType.__format__"),
    }
}

fn hasUserFormat(t: *value.Type) bool {
    const m = attr.lookupType(t, &names.__format__) orelse return false;
    return !(m == .obj and m.obj.ty.kind == .builtin_function);
}

fn formatInt(w: *std.Io.Writer, i: Int, spec: []const u8, type_name: []const u8) Error!void {
    var diag: fmtlib.Diagnostic = .{};
    const s = fmtlib.Spec.parse(spec, &diag) catch return specError(&diag, type_name);
    if (i.isSmall()) {
        fmtlib.formatInt(w, i.small(), &s, &diag) catch return specError(&diag, type_name);
        return;
    }
    if (fmtlib.intNeedsFloat(&s)) {
        const f = try intops.toF64(i);
        fmtlib.formatFloat(w, f, &s, &diag) catch return specError(&diag, type_name);
        return;
    }
    const text = try intops.toString(i, fmtlib.intBase(&s));
    const neg = text.len > 0 and text[0] == '-';
    fmtlib.formatIntDigits(w, neg, if (neg) text[1..] else text, &s, &diag) catch return specError(&diag, type_name);
}

fn specError(diag: *const fmtlib.Diagnostic, type_name: []const u8) Error {
    var b = Builder{};
    var w = repr.BuilderWriter.init(&b);
    diag.write(&w.writer, type_name) catch {};
    const ty = switch (diag.exception()) {
        .value_error => &types.ValueError,
        .overflow_error => &types.OverflowError,
    };
    return exc.raise(exc.newException(ty, &.{b.finish().val()}));
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii(v: Value) Error!*Str {
    const r = try repr.repr(v);
    if (r.ascii) return r;
    var b = Builder.initCapacity(r.bytes.len);
    var i: usize = 0;
    while (i < r.bytes.len) {
        const c = r.bytes[i];
        if (c < 0x80) {
            b.appendByte(c);
            i += 1;
            continue;
        }
        const cp = str_mod.decodeAt(r.bytes, i);
        if (cp <= 0xff) b.print("\\x{x:0>2}", .{cp}) else if (cp <= 0xffff) b.print("\\u{x:0>4}", .{cp}) else b.print("\\U{x:0>8}", .{cp});
        i += str_mod.seqLen(c);
    }
    return b.finish();
}

//! The `%` operator on str, bytes and bytearray: printf-style formatting with CPython's
//! argument rules (a tuple supplies positional arguments, a mapping supplies `%(name)s` keys,
//! anything else is a single argument) and messages. Each conversion's text comes from
//! zig-runtime/format. On bytes (PEP 461) `%s`/`%b` take bytes-like objects or `__bytes__`,
//! `%r`/`%a` give ascii(), `%c` an int in range(256) or one byte, and widths count bytes.
const std = @import("std");
const rt = @import("../rt.zig");
const fmtlib = @import("../format/root.zig");
const strbuild = @import("strbuild.zig");
const Value = rt.Value;
const Error = rt.Error;
const types = rt.types;
const exc = rt.exc;

const Args = struct {
    items: []const Value,
    mapping: ?Value,
    next: usize = 0,
    /// A single non-tuple argument.
    single: bool,

    fn take(a: *Args) Error!Value {
        if (a.next >= a.items.len) return exc.raiseMsg(&types.TypeError, "not enough arguments for format string");
        const v = a.items[a.next];
        a.next += 1;
        return v;
    }
};

/// What is being formatted: the conversions of str and of bytes differ.
const Mode = enum { str, bytes };

pub fn format(fmt_str: *rt.Str, arg: Value) Error!Value {
    if (formatSimple(fmt_str, arg)) |r| return r.val();
    var b = try formatInto(.str, fmt_str.bytes, arg);
    return b.finish().val();
}

/// `fmt % arg` for bytes or bytearray `fmt`: a new object of `result_type`.
pub fn formatBytes(fmt: []const u8, arg: Value, result_type: *rt.Type) Error!Value {
    const b = try formatInto(.bytes, fmt, arg);
    return rt.bytes.fromSliceOfType(result_type, b.buf[0..b.len]).val();
}

fn formatInto(comptime mode: Mode, f: []const u8, arg: Value) Error!rt.Builder {
    var args: Args = undefined;
    if (arg.isKind(.tuple)) {
        args = .{ .items = arg.as(rt.Tuple).items, .mapping = null, .single = false };
    } else {
        const is_mapping = arg == .obj and (arg.obj.ty.kind == .dict or (arg.obj.ty.flags.heap and rt.attr.lookupType(arg.obj.ty, &rt.names.__getitem__) != null and !arg.isKind(.str) and !(mode == .bytes and arg.isKind(.bytes))));
        args = .{ .items = (&arg)[0..1], .mapping = if (is_mapping) arg else null, .single = true };
    }
    const not_all = if (mode == .str) "not all arguments converted during string formatting" else "not all arguments converted during bytes formatting";
    var b = rt.Builder.initCapacity(f.len + 16);
    var w = rt.repr.BuilderWriter.init(&b);
    var i: usize = 0;
    var used_mapping = false;
    while (i < f.len) {
        const c = f[i];
        if (c != '%') {
            const start = i;
            while (i < f.len and f[i] != '%') i += 1;
            b.append(f[start..i]);
            continue;
        }
        i += 1;
        if (i >= f.len) return exc.raiseMsg(&types.ValueError, "incomplete format");
        var value_opt: ?Value = null;
        if (f[i] == '(') {
            const m = args.mapping orelse return exc.raiseMsg(&types.TypeError, "format requires a mapping");
            var depth: usize = 1;
            const key_start = i + 1;
            i += 1;
            while (i < f.len and depth > 0) : (i += 1) {
                if (f[i] == '(') depth += 1 else if (f[i] == ')') depth -= 1;
            }
            if (depth > 0) return exc.raiseMsg(&types.ValueError, "incomplete format key");
            const key_bytes = f[key_start .. i - 1];
            const key = if (mode == .str) rt.str.fromBytes(key_bytes).val() else rt.bytes.fromSlice(key_bytes).val();
            value_opt = try rt.sub.getitem(m, key);
            used_mapping = true;
            // CPython: once a %(key) conversion ran, a later positional conversion finds no
            // argument ("%(a)s %s" % d raises; "%s %(a)s" % d formats d then d['a']).
            args.next = args.items.len;
        }
        var spec: fmtlib.PercentSpec = .{ .conversion = 0 };
        // Flags.
        while (i < f.len) : (i += 1) {
            switch (f[i]) {
                '-' => spec.flags.left = true,
                '+' => spec.flags.plus = true,
                ' ' => spec.flags.space = true,
                '#' => spec.flags.alternate = true,
                '0' => spec.flags.zero = true,
                else => break,
            }
        }
        // Width.
        if (i < f.len and f[i] == '*') {
            const wv = try args.take();
            const n = try intArg(wv, "* wants int");
            if (n < 0) {
                spec.flags.left = true;
                spec.width = @intCast(-n);
            } else spec.width = @intCast(n);
            i += 1;
        } else {
            var n: u64 = 0;
            var any = false;
            while (i < f.len and f[i] >= '0' and f[i] <= '9') : (i += 1) {
                n = n * 10 + (f[i] - '0');
                any = true;
            }
            if (any) spec.width = n;
        }
        // Precision.
        if (i < f.len and f[i] == '.') {
            i += 1;
            if (i < f.len and f[i] == '*') {
                const pv = try args.take();
                const n = try intArg(pv, "* wants int");
                spec.precision = if (n < 0) 0 else @intCast(n);
                i += 1;
            } else {
                var n: u64 = 0;
                while (i < f.len and f[i] >= '0' and f[i] <= '9') : (i += 1) n = n * 10 + (f[i] - '0');
                spec.precision = n;
            }
        }
        // Length modifiers are accepted and ignored, as in CPython.
        while (i < f.len and (f[i] == 'h' or f[i] == 'l' or f[i] == 'L')) i += 1;
        if (i >= f.len) return exc.raiseMsg(&types.ValueError, "incomplete format");
        const conv = f[i];
        i += 1;
        spec.conversion = conv;
        if (conv == '%') {
            b.appendByte('%');
            continue;
        }
        const v = value_opt orelse try args.take();
        if (mode == .bytes and try convertBytesOnly(&w.writer, v, spec)) continue;
        try convert(&b, &w.writer, v, spec, i - 1);
    }
    if (!used_mapping and args.mapping == null and args.next < args.items.len) {
        return exc.raiseMsg(&types.TypeError, not_all);
    }
    if (args.single and args.mapping == null and args.next == 0 and args.items.len == 1) {
        return exc.raiseMsg(&types.TypeError, not_all);
    }
    return b;
}

/// The conversions whose meaning differs on bytes: %s %b (bytes-like or __bytes__), %r %a
/// (ascii()), %c (an int in range(256) or one byte). False for the numeric ones, shared.
fn convertBytesOnly(w: *std.Io.Writer, v: Value, spec: fmtlib.PercentSpec) Error!bool {
    switch (spec.conversion) {
        's', 'b' => {
            const data: []const u8 = if (v.isKind(.bytes) or v.isKind(.bytearray))
                v.as(rt.bytes.Bytes).data()
            else if (v == .obj and rt.attr.lookupType(v.obj.ty, rt.str.static("__bytes__")) != null) blk: {
                const r = try rt.attr.callMethod(v, rt.str.static("__bytes__"), .{ .pos = &.{} });
                if (!r.isKind(.bytes)) return exc.raiseFmt(&types.TypeError, "__bytes__ returned non-bytes (type {s})", .{rt.ops.typeName(r)});
                break :blk r.as(rt.bytes.Bytes).data();
            } else if (v == .obj and v.obj.ty == &types.memoryview_type)
                (try rt.attr.callMethod(v, rt.str.static("tobytes"), .{ .pos = &.{} })).as(rt.bytes.Bytes).data()
            else
                return exc.raiseFmt(&types.TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '{s}'", .{rt.ops.typeName(v)});
            bytesText(w, data, spec, true) catch {};
        },
        'r', 'a' => bytesText(w, (try rt.fmt.ascii(v)).bytes, spec, true) catch {},
        'c' => {
            var one: [1]u8 = undefined;
            if (v.isKind(.bytes) or v.isKind(.bytearray)) {
                const d = v.as(rt.bytes.Bytes).data();
                if (d.len != 1) return exc.raiseMsg(&types.TypeError, "%c requires an integer in range(256) or a single byte");
                one[0] = d[0];
            } else {
                const n = switch (v) {
                    .int => |x| x.toI64() orelse -1,
                    .bool => |x| @as(i64, @intFromBool(x)),
                    else => return exc.raiseMsg(&types.TypeError, "%c requires an integer in range(256) or a single byte"),
                };
                if (n < 0 or n > 255) return exc.raiseMsg(&types.OverflowError, "%c arg not in range(256)");
                one[0] = @intCast(n);
            }
            bytesText(w, &one, spec, false) catch {};
        },
        'e', 'E', 'f', 'F', 'g', 'G' => switch (v) {
            .float, .int, .bool => return false,
            else => return exc.raiseFmt(&types.TypeError, "float argument required, not {s}", .{rt.ops.typeName(v)}),
        },
        else => return false,
    }
    return true;
}

/// A bytes conversion's text padded to the width, cut to the precision (counted in bytes).
fn bytesText(w: *std.Io.Writer, data: []const u8, spec: fmtlib.PercentSpec, truncates: bool) std.Io.Writer.Error!void {
    var shown = data;
    if (truncates) if (spec.precision) |p| if (shown.len > p) {
        shown = shown[0..@intCast(p)];
    };
    const padding = (spec.width orelse 0) -| shown.len;
    if (!spec.flags.left) try w.splatByteAll(' ', padding);
    try w.writeAll(shown);
    if (spec.flags.left) try w.splatByteAll(' ', padding);
}

/// Results up to this many bytes may take `formatSimple`.
const simple_max = 256;

/// `fmt % arg` when every conversion is a bare `%d`, `%i`, `%s` or `%%` (no key, flag, width
/// or precision), each `%d`/`%i` takes a small int and each `%s` an exact str or a small int,
/// and the arguments are used up exactly: the text written straight into one buffer, without
/// the general path's builder, writer and intermediate strings. Null for anything else — which
/// the general path then formats (or rejects) from the start, so nothing observable happened:
/// no user `__str__`/`__index__` runs here and nothing is raised.
fn formatSimple(fmt_str: *rt.Str, arg: Value) ?*rt.Str {
    const items: []const Value = if (arg == .obj and arg.obj.ty == &types.tuple_type)
        arg.as(rt.Tuple).items
    else if (arg == .int or (arg == .obj and arg.obj.ty == &types.str_type))
        (&arg)[0..1]
    else
        return null;
    const f = fmt_str.bytes;
    var buf: [simple_max]u8 = undefined;
    var n: usize = 0;
    var next: usize = 0;
    var ascii = fmt_str.ascii;
    var i: usize = 0;
    while (i < f.len) {
        const start = i;
        while (i < f.len and f[i] != '%') i += 1;
        const lit = f[start..i];
        if (lit.len > buf.len - n) return null;
        @memcpy(buf[n..][0..lit.len], lit);
        n += lit.len;
        if (i == f.len) break;
        if (i + 1 == f.len) return null;
        const conv = f[i + 1];
        i += 2;
        if (conv == '%') {
            if (n == buf.len) return null;
            buf[n] = '%';
            n += 1;
            continue;
        }
        if (next == items.len) return null;
        const v = items[next];
        next += 1;
        switch (conv) {
            'd', 'i', 's' => {},
            else => return null,
        }
        switch (v) {
            .int => |x| {
                const k = x.toI64() orelse return null;
                var tmp: [24]u8 = undefined;
                const text = std.fmt.bufPrint(&tmp, "{d}", .{k}) catch unreachable;
                if (text.len > buf.len - n) return null;
                @memcpy(buf[n..][0..text.len], text);
                n += text.len;
            },
            .obj => |o| {
                if (conv != 's' or o.ty != &types.str_type) return null;
                const t = v.as(rt.Str);
                if (t.bytes.len > buf.len - n) return null;
                @memcpy(buf[n..][0..t.bytes.len], t.bytes);
                n += t.bytes.len;
                ascii = ascii and t.ascii;
            },
            else => return null,
        }
    }
    if (next != items.len) return null;
    return if (ascii) strbuild.known(buf[0..n], n, true) else strbuild.copy(buf[0..n]);
}

fn intArg(v: Value, comptime msg: []const u8) Error!i64 {
    return switch (v) {
        .int => |x| x.toI64() orelse exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C ssize_t"),
        .bool => |x| @intFromBool(x),
        else => exc.raiseMsg(&types.TypeError, msg),
    };
}

fn convert(b: *rt.Builder, w: *std.Io.Writer, v: Value, spec: fmtlib.PercentSpec, pos: usize) Error!void {
    switch (spec.conversion) {
        's', 'r', 'a' => {
            const s = switch (spec.conversion) {
                's' => try rt.repr.str(v),
                'r' => try rt.repr.repr(v),
                else => try rt.fmt.ascii(v),
            };
            fmtlib.percentText(w, s.bytes, spec) catch {};
        },
        'c' => {
            var buf: [4]u8 = undefined;
            var text: []const u8 = undefined;
            if (v.isKind(.str)) {
                const s = v.as(rt.Str);
                if (s.len != 1) return exc.raiseMsg(&types.TypeError, "%c requires int or char");
                text = s.bytes;
            } else {
                const n = switch (v) {
                    .int => |x| x.toI64() orelse -1,
                    .bool => |x| @as(i64, @intFromBool(x)),
                    else => return exc.raiseMsg(&types.TypeError, "%c requires int or char"),
                };
                if (n < 0 or n > 0x10ffff) return exc.raiseMsg(&types.OverflowError, "%c arg not in range(0x110000)");
                text = buf[0..rt.str.encode(@intCast(n), &buf)];
            }
            fmtlib.percentText(w, text, spec) catch {};
        },
        'd', 'i', 'u', 'o', 'x', 'X' => {
            const iv: rt.Int = switch (v) {
                .int => |x| x,
                .bool => |x| rt.Int.fromSmall(@intFromBool(x)),
                .float => |x| blk: {
                    if (spec.conversion == 'o' or spec.conversion == 'x' or spec.conversion == 'X')
                        return exc.raiseFmt(&types.TypeError, "%{c} format: an integer is required, not float", .{spec.conversion});
                    break :blk try rt.intops.fromF64(x);
                },
                else => {
                    if (v == .obj and v.obj.ty.flags.heap) {
                        if (rt.attr.lookupType(v.obj.ty, &rt.names.__index__)) |m| {
                            const r = try rt.call.callUnbound(m, v, &.{});
                            return convert(b, w, r, spec, pos);
                        }
                    }
                    if (spec.conversion == 'd' or spec.conversion == 'i' or spec.conversion == 'u')
                        return exc.raiseFmt(&types.TypeError, "%{c} format: a real number is required, not {s}", .{ spec.conversion, rt.ops.typeName(v) });
                    return exc.raiseFmt(&types.TypeError, "%{c} format: an integer is required, not {s}", .{ spec.conversion, rt.ops.typeName(v) });
                },
            };
            const base: u8 = switch (spec.conversion) {
                'o' => 8,
                'x', 'X' => 16,
                else => 10,
            };
            const text = try rt.intops.toString(iv, base);
            const neg = text[0] == '-';
            var diag: fmtlib.Diagnostic = .{};
            fmtlib.percentInt(w, neg, if (neg) text[1..] else text, spec, &diag) catch |e| switch (e) {
                error.PythonError => return exc.raiseMsg(&types.OverflowError, "precision too large"),
                else => {},
            };
        },
        'e', 'E', 'f', 'F', 'g', 'G' => {
            const x: f64 = switch (v) {
                .float => |x| x,
                .int => |x| try rt.intops.toF64(x),
                .bool => |x| @floatFromInt(@intFromBool(x)),
                else => return exc.raiseFmt(&types.TypeError, "must be real number, not {s}", .{rt.ops.typeName(v)}),
            };
            fmtlib.percentFloat(w, x, spec) catch {};
        },
        else => return exc.raiseFmt(&types.ValueError, "unsupported format character '{c}' (0x{x}) at index {d}", .{ spec.conversion, spec.conversion, pos }),
    }
}

//! Test driver for the runtime's ints (zig-runtime/core/intops.zig): reads one case per line on
//! stdin, prints one result per line on stdout. tests/runtime/int.test.ts feeds it the cases
//! tests/runtime/int/oracle.py generates and compares the answers with CPython's.
//!
//! A case is space-separated: an operation, then its operands. Ints travel as lower-case hex
//! with an optional '-' ("-1f"), decoded and encoded here from limbs so that int <-> text code
//! is only exercised by the operations that test it. Doubles travel as their 16 hex digit bit
//! pattern, byte strings as 's' + hex. Answers: ints as hex, pairs as "q,r", doubles as bits,
//! orders as -1/0/1, counts and hashes in decimal, text and bytes as hex; a raised exception as
//! "!Type: message", int()'s invalid-literal error as "!InvalidLiteral". Every int result is
//! also checked for normalization (small when it fits, no high zero limb): "!NOT-NORMALIZED".
//! `setmax n` sets the decimal digit limit (sys.set_int_max_str_digits) for the cases after it.
//!
//! The test builds it as the root of a copy of zig-runtime/'s layout (symlinks), next to
//! core/ and gc/, so it compiles only the int code and what that reaches, not the whole
//! runtime behind rt.zig.
const std = @import("std");
const gc = @import("gc/gc.zig");
const mem = @import("core/mem.zig");
const exc = @import("core/exc.zig");
const Str = @import("core/str.zig").Str;
const Int = @import("core/int.zig").Int;
const intops = @import("core/intops.zig");
const Limb = std.math.big.Limb;
const Writer = std.Io.Writer;

pub fn main() void {
    gc.init(@frameAddress());
    run();
}

// Static, so the collector does not scan megabytes of input text on the stack as roots.
var in_buf: [1 << 22]u8 = undefined;
var out_buf: [1 << 16]u8 = undefined;

noinline fn run() void {
    var stdin = std.fs.File.stdin().reader(&in_buf);
    var stdout = std.fs.File.stdout().writer(&out_buf);
    const out = &stdout.interface;
    while (stdin.interface.takeDelimiter('\n') catch @panic("stdin")) |line| {
        runCase(line, out) catch |e| switch (e) {
            error.PyException => {
                const x = exc.take();
                out.print("!{s}: {s}", .{ x.base.ty.name, message(x) }) catch @panic("stdout");
            },
            error.InvalidLiteral => out.writeAll("!InvalidLiteral") catch @panic("stdout"),
            error.WriteFailed => @panic("stdout"),
        };
        out.writeByte('\n') catch @panic("stdout");
    }
    out.flush() catch @panic("stdout");
}

fn message(x: *exc.ExcObject) []const u8 {
    if (x.args.items.len == 0) return "";
    return x.args.items[0].as(Str).bytes;
}

const CaseError = intops.ParseError || Writer.Error;

const Fields = struct {
    it: std.mem.TokenIterator(u8, .scalar),

    fn next(f: *Fields) []const u8 {
        return f.it.next() orelse @panic("missing field");
    }
    fn int(f: *Fields) Int {
        return decodeInt(f.next());
    }
    fn small(f: *Fields) i64 {
        return std.fmt.parseInt(i64, f.next(), 10) catch @panic("bad number");
    }
    fn float(f: *Fields) f64 {
        return @bitCast(std.fmt.parseInt(u64, f.next(), 16) catch @panic("bad bits"));
    }
    fn bytes(f: *Fields) []u8 {
        const field = f.next();
        std.debug.assert(field[0] == 's');
        const buf = mem.allocSlice(u8, .noscan, (field.len - 1) / 2);
        return std.fmt.hexToBytes(buf, field[1..]) catch @panic("bad hex");
    }
};

fn runCase(line: []const u8, w: *Writer) CaseError!void {
    var f: Fields = .{ .it = std.mem.tokenizeScalar(u8, line, ' ') };
    const op = f.next();
    const eql = std.mem.eql;
    if (eql(u8, op, "add")) return writeInt(w, intops.add(f.int(), f.int()));
    if (eql(u8, op, "sub")) return writeInt(w, intops.sub(f.int(), f.int()));
    if (eql(u8, op, "mul")) return writeInt(w, intops.mul(f.int(), f.int()));
    if (eql(u8, op, "floordiv")) return writeInt(w, try intops.floordiv(f.int(), f.int()));
    if (eql(u8, op, "mod")) return writeInt(w, try intops.mod(f.int(), f.int()));
    if (eql(u8, op, "divmod")) {
        const q, const r = try intops.divmod(f.int(), f.int());
        try writeInt(w, q);
        try w.writeByte(',');
        return writeInt(w, r);
    }
    if (eql(u8, op, "truediv")) return writeFloat(w, try intops.truediv(f.int(), f.int()));
    if (eql(u8, op, "pow")) return switch (try intops.pow(f.int(), f.int())) {
        .int => |i| writeInt(w, i),
        .float => |x| writeFloat(w, x),
    };
    if (eql(u8, op, "powmod")) return writeInt(w, try intops.powmod(f.int(), f.int(), f.int()));
    if (eql(u8, op, "shl")) return writeInt(w, try intops.shl(f.int(), f.int()));
    if (eql(u8, op, "shr")) return writeInt(w, try intops.shr(f.int(), f.int()));
    if (eql(u8, op, "and")) return writeInt(w, intops.band(f.int(), f.int()));
    if (eql(u8, op, "or")) return writeInt(w, intops.bor(f.int(), f.int()));
    if (eql(u8, op, "xor")) return writeInt(w, intops.bxor(f.int(), f.int()));
    if (eql(u8, op, "neg")) return writeInt(w, intops.neg(f.int()));
    if (eql(u8, op, "pos")) return writeInt(w, intops.pos(f.int()));
    if (eql(u8, op, "abs")) return writeInt(w, intops.abs(f.int()));
    if (eql(u8, op, "invert")) return writeInt(w, intops.invert(f.int()));
    if (eql(u8, op, "cmp")) return writeOrder(w, intops.order(f.int(), f.int()));
    if (eql(u8, op, "eq")) return w.writeAll(if (intops.eq(f.int(), f.int())) "True" else "False");
    if (eql(u8, op, "hash")) return w.print("{d}", .{intops.hash(f.int())});
    if (eql(u8, op, "tof")) return writeFloat(w, try intops.toF64(f.int()));
    if (eql(u8, op, "fromf")) return writeInt(w, try intops.fromF64(f.float()));
    if (eql(u8, op, "cmpf")) {
        const a = f.int();
        const o = intops.orderFloat(a, f.float()) orelse return w.writeAll("None");
        return writeOrder(w, o);
    }
    if (eql(u8, op, "bitlen")) return w.print("{d}", .{intops.bitLength(f.int())});
    if (eql(u8, op, "bitcount")) return w.print("{d}", .{intops.bitCount(f.int())});
    if (eql(u8, op, "isqrt")) return writeInt(w, try intops.isqrt(f.int()));
    if (eql(u8, op, "gcd")) return writeInt(w, try intops.gcd(f.int(), f.int()));
    if (eql(u8, op, "lcm")) return writeInt(w, try intops.lcm(f.int(), f.int()));
    if (eql(u8, op, "fact")) return writeInt(w, try intops.factorial(f.int()));
    if (eql(u8, op, "comb")) return writeInt(w, try intops.comb(f.int(), f.int()));
    if (eql(u8, op, "perm")) return writeInt(w, try intops.perm(f.int(), f.int()));
    if (eql(u8, op, "str")) {
        const a = f.int();
        return writeHex(w, try intops.toString(a, @intCast(f.small())));
    }
    if (eql(u8, op, "digits")) {
        const a = f.int();
        const d = try intops.magnitudeDigits(a, @intCast(f.small()));
        if (d.negative) try w.writeAll("2d"); // '-'
        return writeHex(w, d.digits);
    }
    if (eql(u8, op, "parse")) {
        const text = f.bytes();
        return writeInt(w, try intops.parse(text, @intCast(f.small())));
    }
    if (eql(u8, op, "setmax")) {
        intops.max_str_digits.* = @intCast(f.small());
        return w.writeAll("ok");
    }
    if (eql(u8, op, "tobytes")) {
        const a = f.int();
        const len: usize = @intCast(f.small());
        const order: std.builtin.Endian = if (eql(u8, f.next(), "little")) .little else .big;
        return writeHex(w, try intops.toBytes(a, len, order, f.small() != 0));
    }
    if (eql(u8, op, "frombytes")) {
        const data = f.bytes();
        const order: std.builtin.Endian = if (eql(u8, f.next(), "little")) .little else .big;
        return writeInt(w, intops.fromBytes(data, order, f.small() != 0));
    }
    @panic("unknown operation");
}

fn decodeInt(text: []const u8) Int {
    const negative = text[0] == '-';
    const digits = text[@intFromBool(negative)..];
    const n = (digits.len + 15) / 16;
    const mag = mem.allocSlice(Limb, .noscan, n);
    for (0..digits.len) |i| {
        const c = digits[digits.len - 1 - i];
        const d: Limb = std.fmt.charToDigit(c, 16) catch @panic("bad hex digit");
        mag[i / 16] |= d << @intCast((i % 16) * 4);
    }
    return intops.fromLimbs(negative, mag);
}

fn writeInt(w: *Writer, a: Int) Writer.Error!void {
    if (a.isSmall()) {
        const v = a.small();
        if (v < 0) try w.writeByte('-');
        return w.print("{x}", .{@abs(v)});
    }
    const b = a.big();
    const mag = b.limbs;
    const top = mag[mag.len - 1];
    const fits_small = mag.len == 1 and (top < (1 << 62) or (!b.positive and top == 1 << 62));
    if (top == 0 or fits_small) return w.writeAll("!NOT-NORMALIZED");
    if (!b.positive) try w.writeByte('-');
    try w.print("{x}", .{top});
    var i = mag.len - 1;
    while (i > 0) {
        i -= 1;
        try w.print("{x:0>16}", .{mag[i]});
    }
}

fn writeFloat(w: *Writer, x: f64) Writer.Error!void {
    return w.print("{x:0>16}", .{@as(u64, @bitCast(x))});
}

fn writeOrder(w: *Writer, o: std.math.Order) Writer.Error!void {
    return w.writeAll(switch (o) {
        .lt => "-1",
        .eq => "0",
        .gt => "1",
    });
}

fn writeHex(w: *Writer, data: []const u8) Writer.Error!void {
    for (data) |c| try w.print("{x:0>2}", .{c});
}

//! Test driver: reads one case per line on stdin, prints one result per line on stdout.
//! tests/runtime/format.test.ts feeds it the cases zig-runtime/format/test/oracle.py
//! generates and compares with CPython's answers.
//!
//! A case is tab-separated: an operation, then its fields. Strings travel hex-encoded
//! (specs and texts can hold tabs, newlines and any code point); doubles travel as their
//! 16 hex digit bit pattern. The result line is the hex of the output bytes, or '!' and
//! the hex of "ExceptionName: message" when CPython would raise.
//!
//!   repr  <bits>                       repr(x)
//!   ff    <bits> <spec>                format(x, spec)
//!   fi    <decimal int> <spec>         format(n, spec)
//!   fs    <str> <spec>                 format(s, spec)
//!   rd    <bits> <ndigits>             repr(round(x, ndigits))
//!   r0    <bits>                       str(round(x)) for finite x
//!   pf    <str>                        float(s) as bits
//!   pb    <bytes>                      float(b) as bits
//!   pi    <decimal int> <flags> <width|-> <prec|-> <conv>   '%...' % n
//!   pd    <bits> <flags> <width|-> <prec|-> <conv>          '%...' % x
//!   ps    <str> <flags> <width|-> <prec|-> <conv>           '%...s' % s
//!   hx    <bits>                       x.hex()
//!   fh    <str>                        float.fromhex(s) as bits

const std = @import("std");
const fmt = @import("format");
const Writer = std.Io.Writer;

pub fn main() !void {
    var gpa_state: std.heap.DebugAllocator(.{}) = .init;
    defer _ = gpa_state.deinit();
    const gpa = gpa_state.allocator();

    var in_buf: [1 << 16]u8 = undefined;
    var stdin = std.fs.File.stdin().reader(&in_buf);
    var out_buf: [1 << 16]u8 = undefined;
    var stdout = std.fs.File.stdout().writer(&out_buf);
    const out = &stdout.interface;

    var result: Writer.Allocating = .init(gpa);
    defer result.deinit();
    while (try stdin.interface.takeDelimiter('\n')) |line| {
        result.clearRetainingCapacity();
        const failed = try runCase(gpa, line, &result.writer);
        if (failed) try out.writeByte('!');
        try out.print("{x}\n", .{result.written()});
    }
    try out.flush();
}

const Fields = struct {
    it: std.mem.SplitIterator(u8, .scalar),

    fn next(f: *Fields) []const u8 {
        return f.it.next() orelse @panic("missing field");
    }
    fn bits(f: *Fields) f64 {
        return @bitCast(std.fmt.parseInt(u64, f.next(), 16) catch @panic("bad bits"));
    }
    fn hexText(f: *Fields, buf: []u8) []const u8 {
        return std.fmt.hexToBytes(buf, f.next()) catch @panic("bad hex");
    }
    fn optional(f: *Fields) ?u64 {
        const s = f.next();
        if (std.mem.eql(u8, s, "-")) return null;
        return std.fmt.parseInt(u64, s, 10) catch @panic("bad number");
    }
};

/// Runs one case, writing its output (or exception text) to `w`; true when it raised.
fn runCase(gpa: std.mem.Allocator, line: []const u8, w: *Writer) !bool {
    var f: Fields = .{ .it = std.mem.splitScalar(u8, line, '\t') };
    const op = f.next();
    var text_buf: [8192]u8 = undefined;
    var spec_buf: [4096]u8 = undefined;
    var diag: fmt.Diagnostic = .{};
    if (std.mem.eql(u8, op, "repr")) {
        try fmt.writeRepr(w, f.bits());
    } else if (std.mem.eql(u8, op, "ff")) {
        const x = f.bits();
        const spec_text = f.hexText(&spec_buf);
        return specCase(w, &diag, "float", spec_text, .{ .float = x });
    } else if (std.mem.eql(u8, op, "fi")) {
        const digits = f.next();
        const spec_text = f.hexText(&spec_buf);
        return specCase(w, &diag, "int", spec_text, .{ .int = .{ .gpa = gpa, .decimal = digits } });
    } else if (std.mem.eql(u8, op, "fs")) {
        const s = f.hexText(&text_buf);
        const spec_text = f.hexText(&spec_buf);
        return specCase(w, &diag, "str", spec_text, .{ .str = s });
    } else if (std.mem.eql(u8, op, "rd")) {
        const x = f.bits();
        const ndigits = std.fmt.parseInt(i64, f.next(), 10) catch @panic("bad ndigits");
        const r = fmt.roundDigits(x, ndigits) catch {
            try w.writeAll("OverflowError: rounded value too large to represent");
            return true;
        };
        try fmt.writeRepr(w, r);
    } else if (std.mem.eql(u8, op, "r0")) {
        const r = fmt.roundHalfEven(f.bits());
        // str(int(r)): exact for integral doubles; '.0f' is exact.
        var spec_diag: fmt.Diagnostic = .{};
        const spec = fmt.Spec.parse(".0f", &spec_diag) catch unreachable;
        try fmt.formatFloat(w, if (r == 0) 0.0 else r, &spec, &spec_diag);
    } else if (std.mem.eql(u8, op, "pf") or std.mem.eql(u8, op, "pb")) {
        const s = f.hexText(&text_buf);
        const parsed = if (op[1] == 'f') fmt.parseFloatStr(s) else fmt.parseFloatBytes(s);
        const x = parsed catch {
            try w.writeAll("ValueError");
            return true;
        };
        try w.print("{x:0>16}", .{@as(u64, @bitCast(x))});
    } else if (std.mem.eql(u8, op, "pi") or std.mem.eql(u8, op, "pd") or std.mem.eql(u8, op, "ps")) {
        return percentCase(gpa, op, &f, w, &diag, &text_buf);
    } else if (std.mem.eql(u8, op, "hx")) {
        try fmt.writeHex(w, f.bits());
    } else if (std.mem.eql(u8, op, "fh")) {
        const s = f.hexText(&text_buf);
        const x = fmt.fromHex(s) catch |err| {
            try w.writeAll(switch (err) {
                error.Invalid => "ValueError: invalid hexadecimal floating-point string",
                error.Overflow => "OverflowError: hexadecimal value too large to represent as a float",
                error.TooLong => "ValueError: hexadecimal string too long to convert",
            });
            return true;
        };
        try w.print("{x:0>16}", .{@as(u64, @bitCast(x))});
    } else {
        @panic("unknown operation");
    }
    return false;
}

const BigInt = struct { gpa: std.mem.Allocator, decimal: []const u8 };
const Value = union(enum) { float: f64, int: BigInt, str: []const u8 };

fn specCase(w: *Writer, diag: *fmt.Diagnostic, type_name: []const u8, spec_text: []const u8, value: Value) !bool {
    const spec = fmt.Spec.parse(spec_text, diag) catch return raise(w, diag, type_name);
    const outcome = switch (value) {
        .float => |x| fmt.formatFloat(w, x, &spec, diag),
        .str => |s| fmt.formatStr(w, s, &spec, diag),
        .int => |n| formatBigInt(w, n, &spec, diag) catch |err| switch (err) {
            error.IntTooLargeForFloat => {
                try w.writeAll("OverflowError: int too large to convert to float");
                return true;
            },
            else => |e| e,
        },
    };
    outcome catch |err| switch (err) {
        error.PythonError => return raise(w, diag, type_name),
        else => |e| return e,
    };
    return false;
}

/// What the runtime does for an int: i64 fast path, else digits in the spec's base.
fn formatBigInt(w: *Writer, n: BigInt, spec: *const fmt.Spec, diag: *fmt.Diagnostic) !void {
    if (std.fmt.parseInt(i64, n.decimal, 10)) |small| {
        return fmt.formatInt(w, small, spec, diag);
    } else |_| {}
    const negative = n.decimal[0] == '-';
    const magnitude = if (negative) n.decimal[1..] else n.decimal;
    if (fmt.intNeedsFloat(spec)) {
        // int.__float__ rounds correctly, as parsing the decimal digits does.
        const x = std.fmt.parseFloat(f64, n.decimal) catch unreachable;
        if (std.math.isInf(x)) return error.IntTooLargeForFloat;
        return fmt.formatFloat(w, x, spec, diag);
    }
    const digits = try baseDigits(n.gpa, magnitude, fmt.intBase(spec));
    defer n.gpa.free(digits);
    return fmt.formatIntDigits(w, negative, digits, spec, diag);
}

fn raise(w: *Writer, diag: *const fmt.Diagnostic, type_name: []const u8) !bool {
    try w.writeAll(switch (diag.exception()) {
        .value_error => "ValueError: ",
        .overflow_error => "OverflowError: ",
    });
    try diag.write(w, type_name);
    return true;
}

fn percentCase(gpa: std.mem.Allocator, op: []const u8, f: *Fields, w: *Writer, diag: *fmt.Diagnostic, text_buf: []u8) !bool {
    const first = f.next();
    const flag_text = f.next();
    var spec: fmt.PercentSpec = .{ .conversion = 0 };
    for (flag_text) |c| switch (c) {
        '-' => spec.flags.left = true,
        '+' => spec.flags.plus = true,
        's' => spec.flags.space = true, // ' ' would not survive the tab-separated line well
        '#' => spec.flags.alternate = true,
        '0' => spec.flags.zero = true,
        '.' => {},
        else => @panic("bad flag"),
    };
    spec.width = f.optional();
    spec.precision = f.optional();
    spec.conversion = f.next()[0];
    if (op[1] == 'd') {
        const x: f64 = @bitCast(std.fmt.parseInt(u64, first, 16) catch @panic("bad bits"));
        try fmt.percentFloat(w, x, spec);
        return false;
    }
    if (op[1] == 's') {
        const s = std.fmt.hexToBytes(text_buf, first) catch @panic("bad hex");
        try fmt.percentText(w, s, spec);
        return false;
    }
    const negative = first[0] == '-';
    const base: u8 = switch (spec.conversion) {
        'o' => 8,
        'x', 'X' => 16,
        else => 10,
    };
    const digits = try baseDigits(gpa, if (negative) first[1..] else first, base);
    defer gpa.free(digits);
    fmt.percentInt(w, negative, digits, spec, diag) catch |err| switch (err) {
        error.PythonError => return raise(w, diag, "int"),
        else => |e| return e,
    };
    return false;
}

/// The digits of the decimal magnitude `decimal` in `base`, by schoolbook division.
/// (Not std.math.big.int's toString: in Zig 0.15.2 its base 8 output is wrong for
/// numbers of more than one limb.)
fn baseDigits(gpa: std.mem.Allocator, decimal: []const u8, base: u8) ![]u8 {
    var number = try gpa.dupe(u8, decimal);
    defer gpa.free(number);
    for (number) |*c| c.* -= '0';
    var out: std.ArrayList(u8) = .empty;
    defer out.deinit(gpa);
    var len = number.len;
    while (true) {
        // number /= base, collecting the remainder; digits stay most significant first.
        var rem: u32 = 0;
        var new_len: usize = 0;
        for (number[0..len]) |d| {
            const cur = rem * 10 + d;
            const q: u8 = @intCast(cur / base);
            rem = cur % base;
            if (new_len > 0 or q != 0) {
                number[new_len] = q;
                new_len += 1;
            }
        }
        try out.append(gpa, "0123456789abcdef"[rem]);
        len = new_len;
        if (len == 0) break;
    }
    std.mem.reverse(u8, out.items);
    return out.toOwnedSlice(gpa);
}

//! float(str) and float(bytes) as CPython 3.11's PyFloat_FromString:
//!
//! - str: non-ASCII whitespace becomes ' ' and non-ASCII decimal digits become ASCII ones
//!   (_PyUnicode_TransformDecimalAndSpaceToASCII); any other non-ASCII character is invalid.
//!   bytes: taken as they are; a byte >= 0x80 is invalid.
//! - '_' only between two digits (PEP 515), then leading and trailing ASCII whitespace
//!   (" \t\n\v\f\r") is dropped.
//! - [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits], or [sign] inf,
//!   infinity, nan in any case. Overflow gives inf, underflow zero: float('1e400') is inf.
//!
//! The value is correctly rounded: the digits are reduced to at most 780 significant ones
//! plus a sticky nonzero digit (enough for any double: the longest halfway case has 767)
//! and handed to std.fmt.parseFloat (Eisel-Lemire with an exact big-decimal fallback).
//! Invalid input is error.Invalid; the caller raises
//! ValueError("could not convert string to float: " + repr(obj)).

const std = @import("std");
const assert = std.debug.assert;
const text = @import("text.zig");

pub const Error = error{Invalid};

/// float(s) for a str `s` (UTF-8).
pub fn parseFloatStr(s: []const u8) Error!f64 {
    if (isPlainDecimal(s)) return std.fmt.parseFloat(f64, s) catch unreachable;
    var p: Parser = .{};
    var i: usize = 0;
    while (i < s.len) {
        if (s[i] < 0x80) {
            try p.feed(s[i]);
            i += 1;
            continue;
        }
        const d = text.decode(s[i..]);
        i += d.len;
        if (text.isNonAsciiSpace(d.cp)) {
            try p.feed(' ');
        } else if (text.decimalValue(d.cp)) |v| {
            try p.feed('0' + @as(u8, v));
        } else {
            return error.Invalid;
        }
    }
    return p.finish();
}

/// float(b) for a bytes-like `b`.
pub fn parseFloatBytes(b: []const u8) Error!f64 {
    if (isPlainDecimal(b)) return std.fmt.parseFloat(f64, b) catch unreachable;
    var p: Parser = .{};
    for (b) |c| {
        if (c >= 0x80) return error.Invalid;
        try p.feed(c);
    }
    return p.finish();
}

/// The fast path: a short [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]
/// with nothing else (no spaces, underscores, words), which std.fmt.parseFloat reads
/// exactly as CPython does. Its exponent saturates only past 2**28 digits of mantissa,
/// far beyond `plain_len_max`.
fn isPlainDecimal(s: []const u8) bool {
    const plain_len_max = 64;
    if (s.len == 0 or s.len > plain_len_max) return false;
    var i: usize = @intFromBool(s[0] == '+' or s[0] == '-');
    const int_start = i;
    while (i < s.len and isDigit(s[i])) i += 1;
    var digit_count = i - int_start;
    if (i < s.len and s[i] == '.') {
        i += 1;
        const frac_start = i;
        while (i < s.len and isDigit(s[i])) i += 1;
        digit_count += i - frac_start;
    }
    if (digit_count == 0) return false;
    if (i < s.len and (s[i] == 'e' or s[i] == 'E')) {
        i += 1;
        if (i < s.len and (s[i] == '+' or s[i] == '-')) i += 1;
        const exp_start = i;
        while (i < s.len and isDigit(s[i])) i += 1;
        if (i == exp_start) return false;
    }
    return i == s.len;
}

/// Significant digits kept; beyond them only "was any nonzero" matters.
const kept_max = 780;

const State = enum {
    leading_space,
    sign,
    int_digits,
    point_first, // '.' with no digit before it
    frac_digits,
    exp_start,
    exp_sign,
    exp_digits,
    word, // inf, infinity, nan
    trailing_space,
};

/// A one-pass state machine over ASCII characters (see the file header for the grammar).
const Parser = struct {
    state: State = .leading_space,
    negative: bool = false,
    /// The character before, for the underscore rule.
    prev: u8 = 0,
    /// What came before the trailing spaces: the state that decides validity.
    final: State = .leading_space,
    kept: [kept_max + 1]u8 = undefined,
    kept_len: u32 = 0,
    sticky: bool = false,
    /// The value is 0.<kept digits> * 10**(point_pos + exponent).
    point_pos: i64 = 0,
    exponent: i64 = 0,
    exp_negative: bool = false,
    word: [8]u8 = undefined,
    word_len: u8 = 0,

    fn feed(p: *Parser, c: u8) Error!void {
        defer p.prev = c;
        // PEP 515: an underscore needs a digit on both sides.
        if (c == '_') {
            if (!isDigit(p.prev)) return error.Invalid;
            return;
        }
        if (p.prev == '_' and !isDigit(c)) return error.Invalid;
        const space = text.isAsciiSpace(c);
        switch (p.state) {
            .leading_space => {
                if (space) return;
                if (c == '+' or c == '-') {
                    p.negative = c == '-';
                    p.state = .sign;
                    return;
                }
                return p.startBody(c);
            },
            .sign => return p.startBody(c),
            .int_digits => {
                if (isDigit(c)) return p.intDigit(c);
                if (c == '.') return p.go(.frac_digits);
                return p.afterMantissa(c, space);
            },
            .point_first => {
                if (!isDigit(c)) return error.Invalid;
                p.fracDigit(c);
                return p.go(.frac_digits);
            },
            .frac_digits => {
                if (isDigit(c)) return p.fracDigit(c);
                return p.afterMantissa(c, space);
            },
            .exp_start => {
                if (c == '+' or c == '-') {
                    p.exp_negative = c == '-';
                    return p.go(.exp_sign);
                }
                if (!isDigit(c)) return error.Invalid;
                p.expDigit(c);
                return p.go(.exp_digits);
            },
            .exp_sign => {
                if (!isDigit(c)) return error.Invalid;
                p.expDigit(c);
                return p.go(.exp_digits);
            },
            .exp_digits => {
                if (isDigit(c)) return p.expDigit(c);
                if (space) return p.endBody();
                return error.Invalid;
            },
            .word => {
                if (space) return p.endBody();
                if (!std.ascii.isAlphabetic(c) or p.word_len == p.word.len) return error.Invalid;
                p.word[p.word_len] = std.ascii.toLower(c);
                p.word_len += 1;
            },
            .trailing_space => if (!space) return error.Invalid,
        }
    }

    fn go(p: *Parser, state: State) void {
        p.state = state;
    }

    fn startBody(p: *Parser, c: u8) Error!void {
        if (isDigit(c)) {
            p.intDigit(c);
            return p.go(.int_digits);
        }
        if (c == '.') return p.go(.point_first);
        if (std.ascii.isAlphabetic(c)) {
            p.word[0] = std.ascii.toLower(c);
            p.word_len = 1;
            return p.go(.word);
        }
        return error.Invalid;
    }

    fn afterMantissa(p: *Parser, c: u8, space: bool) Error!void {
        if (c == 'e' or c == 'E') return p.go(.exp_start);
        if (space) return p.endBody();
        return error.Invalid;
    }

    fn endBody(p: *Parser) void {
        p.final = p.state;
        p.state = .trailing_space;
    }

    fn keep(p: *Parser, c: u8) void {
        if (p.kept_len < kept_max) {
            p.kept[p.kept_len] = c;
            p.kept_len += 1;
        } else if (c != '0') {
            p.sticky = true;
        }
    }

    fn intDigit(p: *Parser, c: u8) void {
        if (p.kept_len == 0 and c == '0') return; // leading zero
        p.keep(c);
        p.point_pos += 1;
    }

    fn fracDigit(p: *Parser, c: u8) void {
        if (p.kept_len == 0 and c == '0') {
            p.point_pos -= 1;
            return;
        }
        p.keep(c);
    }

    fn expDigit(p: *Parser, c: u8) void {
        // Saturate far beyond any double's range; the digit count bounds point_pos.
        if (p.exponent < 1_000_000_000_000) p.exponent = p.exponent * 10 + (c - '0');
    }

    fn finish(p: *Parser) Error!f64 {
        if (p.prev == '_') return error.Invalid;
        const state = if (p.state == .trailing_space) p.final else p.state;
        const magnitude: f64 = switch (state) {
            .int_digits, .frac_digits, .exp_digits => p.value(),
            .word => try p.wordValue(),
            else => return error.Invalid,
        };
        return if (p.negative) -magnitude else magnitude;
    }

    fn wordValue(p: *const Parser) Error!f64 {
        const w = p.word[0..p.word_len];
        if (std.mem.eql(u8, w, "inf") or std.mem.eql(u8, w, "infinity")) return std.math.inf(f64);
        if (std.mem.eql(u8, w, "nan")) return std.math.nan(f64);
        return error.Invalid;
    }

    fn value(p: *Parser) f64 {
        // Every digit was zero (or the kept digits end in zeros only when nonzero ones
        // came first, so kept_len == 0 means zero).
        if (p.kept_len == 0) return 0.0;
        const decimal_exp = p.point_pos + if (p.exp_negative) -p.exponent else p.exponent;
        // 0.d * 10**decimal_exp: above 10**309 overflows, below 10**-325 underflows.
        if (decimal_exp > 310) return std.math.inf(f64);
        if (decimal_exp < -330) return 0.0;
        var len = p.kept_len;
        if (p.sticky) {
            // A nonzero digit past the kept ones only breaks ties; one '1' stands for all.
            p.kept[len] = '1';
            len += 1;
        }
        var buf: [kept_max + 1 + 16]u8 = undefined;
        @memcpy(buf[0..len], p.kept[0..len]);
        const tail = std.fmt.bufPrint(buf[len..], "e{d}", .{decimal_exp - len}) catch unreachable;
        return std.fmt.parseFloat(f64, buf[0 .. len + tail.len]) catch unreachable;
    }
};

fn isDigit(c: u8) bool {
    return c >= '0' and c <= '9';
}

test parseFloatStr {
    const ok = [_]struct { []const u8, f64 }{
        .{ "1_000.5", 1000.5 },          .{ "1e1_0", 1e10 },                  .{ ".5", 0.5 },
        .{ "5.", 5.0 },                  .{ "1.e5", 1e5 },                    .{ " 1 ", 1.0 },
        .{ "\u{a0}1\u{2003}", 1 },       .{ "\u{661}\u{662}", 12 },           .{ "-0.001", -0.001 },
        .{ "1e400", std.math.inf(f64) }, .{ "+Infinity", std.math.inf(f64) }, .{ "1e-400", 0.0 },
        .{ "000123", 123.0 },
    };
    for (ok) |c| try std.testing.expectEqual(c[1], try parseFloatStr(c[0]));
    try std.testing.expect(std.math.isNan(try parseFloatStr("-NaN")));
    try std.testing.expect(std.math.signbit(try parseFloatStr("-NaN")));
    const bad = [_][]const u8{
        "1__0",   "_1",  "1_",  "e5",    "",     ".",    ".e5",  "1e",   "1e+",     "0x10",  "1\x00", "1 000",
        "nan(1)", "- 1", "+-1", "1e+-1", "1_e5", "1e_5", "1_.5", "1._5", "infinit", "\x1c1",
    };
    for (bad) |s| try std.testing.expectError(error.Invalid, parseFloatStr(s));
    try std.testing.expectError(error.Invalid, parseFloatBytes("\xa01"));
}

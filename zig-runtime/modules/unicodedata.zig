//! The `unicodedata` module, as CPython 3.11's (Unicode 14.0.0): character properties, names
//! (with Hangul syllable and CJK unified ideograph names computed, as CPython does), lookup by
//! name, alias or named sequence, and normalization. Tables: unicodedata/data.zig; algorithm:
//! unicodedata/norm.zig. The `UCD` class and `ucd_3_2_0` (Unicode 3.2 for IDNA) are not provided.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const data = @import("unicodedata/data.zig");
const norm = @import("unicodedata/norm.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;

pub fn module() Value {
    return registry.nativeModule(&mod, "unicodedata", get);
}

const attrs = mu.Map.initComptime(.{
    .{ "unidata_version", mu.strAttr("14.0.0") },
    .{ "name", mu.func("name", name_) },
    .{ "lookup", mu.func("lookup", lookup_) },
    .{ "category", mu.func("category", category_) },
    .{ "bidirectional", mu.func("bidirectional", bidirectional_) },
    .{ "combining", mu.func("combining", combining_) },
    .{ "east_asian_width", mu.func("east_asian_width", eastAsianWidth_) },
    .{ "mirrored", mu.func("mirrored", mirrored_) },
    .{ "decomposition", mu.func("decomposition", decomposition_) },
    .{ "numeric", mu.func("numeric", numeric_) },
    .{ "decimal", mu.func("decimal", decimal_) },
    .{ "digit", mu.func("digit", digit_) },
    .{ "normalize", mu.func("normalize", normalize_) },
    .{ "is_normalized", mu.func("is_normalized", isNormalized_) },
});

fn get(name: []const u8) ?Value {
    return if (attrs.get(name)) |a| a.value() else null;
}

// ---- Arguments -------------------------------------------------------------------------------
// Function names are runtime values here so each error message is one instantiation of
// raiseFmt, not one per function (they are never hot).

/// The code point of a one-character str; `which` is " 1" for functions with more parameters
/// (CPython's Argument Clinic names the position only then).
fn charArg(fname: []const u8, which: []const u8, v: Value) Error!u21 {
    if (v.asOpt(rt.Str)) |s| if (s.len == 1) return rt.str.decodeAt(s.bytes, 0);
    return exc.raiseFmt(&types.TypeError, "{s}() argument{s} must be a unicode character, not {s}", .{ fname, which, rt.ops.typeName(v) });
}

fn noKeywords(fname: []const u8, args: rt.Args) Error!void {
    if (args.kwnames.len != 0) return exc.raiseFmt(&types.TypeError, "unicodedata.{s}() takes no keyword arguments", .{fname});
}

/// A METH_O function's single argument.
fn oneArg(fname: []const u8, args: rt.Args) Error!Value {
    try noKeywords(fname, args);
    if (args.pos.len != 1) return exc.raiseFmt(&types.TypeError, "unicodedata.{s}() takes exactly one argument ({d} given)", .{ fname, args.pos.len });
    return args.pos[0];
}

fn oneChar(fname: []const u8, args: rt.Args) Error!u21 {
    return charArg(fname, "", try oneArg(fname, args));
}

/// _PyArg_CheckPositional's count check, for positional-only parameters.
fn positional(fname: []const u8, args: rt.Args, min: usize, max: usize) Error!void {
    try noKeywords(fname, args);
    const n = args.pos.len;
    if (n >= min and n <= max) return;
    const how = if (min == max) "" else if (n < min) "at least " else "at most ";
    const want = if (n < min) min else max;
    return exc.raiseFmt(&types.TypeError, "{s} expected {s}{d} argument{s}, got {d}", .{ fname, how, want, if (want == 1) "" else "s", n });
}

/// (chr[, default]), as name/numeric/decimal/digit.
fn charAndDefault(fname: []const u8, args: rt.Args) Error!struct { u21, ?Value } {
    try positional(fname, args, 1, 2);
    return .{ try charArg(fname, " 1", args.pos[0]), if (args.pos.len == 2) args.pos[1] else null };
}

fn strArg(fname: []const u8, pos: u8, v: Value) Error!*rt.Str {
    return v.asOpt(rt.Str) orelse exc.raiseFmt(&types.TypeError, "{s}() argument {d} must be str, not {s}", .{ fname, pos, rt.ops.typeName(v) });
}

// ---- Properties ------------------------------------------------------------------------------

fn staticStr(text: []const u8) Value {
    return rt.str.static(text).val();
}

fn category_(args: rt.Args) Error!Value {
    return staticStr(data.categories[data.record(try oneChar("category", args)).category]);
}

fn bidirectional_(args: rt.Args) Error!Value {
    return staticStr(data.bidi_classes[data.record(try oneChar("bidirectional", args)).bidi]);
}

fn eastAsianWidth_(args: rt.Args) Error!Value {
    return staticStr(data.widths[data.record(try oneChar("east_asian_width", args)).width]);
}

fn combining_(args: rt.Args) Error!Value {
    return Value.fromSmall(data.record(try oneChar("combining", args)).combining);
}

fn mirrored_(args: rt.Args) Error!Value {
    return Value.fromSmall(data.record(try oneChar("mirrored", args)).mirrored);
}

fn decomposition_(args: rt.Args) Error!Value {
    return staticStr(data.decomposition(try oneChar("decomposition", args)));
}

fn numeric_(args: rt.Args) Error!Value {
    const cp, const default = try charAndDefault("numeric", args);
    if (data.numeric(cp)) |n| return Value.fromFloat(n.value);
    return default orelse exc.raiseMsg(&types.ValueError, "not a numeric character");
}

fn decimal_(args: rt.Args) Error!Value {
    const cp, const default = try charAndDefault("decimal", args);
    if (data.numeric(cp)) |n| if (n.decimal >= 0) return Value.fromSmall(n.decimal);
    return default orelse exc.raiseMsg(&types.ValueError, "not a decimal");
}

fn digit_(args: rt.Args) Error!Value {
    const cp, const default = try charAndDefault("digit", args);
    if (data.numeric(cp)) |n| if (n.digit >= 0) return Value.fromSmall(n.digit);
    return default orelse exc.raiseMsg(&types.ValueError, "not a digit");
}

// ---- Names -----------------------------------------------------------------------------------

const jamo_l = [_][]const u8{ "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
const jamo_v = [_][]const u8{ "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
const jamo_t = [_][]const u8{ "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };

/// Unicode 14's CJK unified ideograph blocks, whose names are "CJK UNIFIED IDEOGRAPH-<hex>"
/// (gen-unicodedata.py checks these against CPython).
const cjk_ranges = [_][2]u21{
    .{ 0x3400, 0x4DBF },   .{ 0x4E00, 0x9FFF },   .{ 0x20000, 0x2A6DF }, .{ 0x2A700, 0x2B738 },
    .{ 0x2B740, 0x2B81D }, .{ 0x2B820, 0x2CEA1 }, .{ 0x2CEB0, 0x2EBE0 }, .{ 0x30000, 0x3134A },
};

fn isUnifiedIdeograph(cp: u32) bool {
    for (cjk_ranges) |r| if (cp >= r[0] and cp <= r[1]) return true;
    return false;
}

const hangul_first = 0xAC00;
const hangul_last = 0xD7A3;

fn name_(args: rt.Args) Error!Value {
    const cp, const default = try charAndDefault("name", args);
    if (cp >= hangul_first and cp <= hangul_last) {
        const s = cp - hangul_first;
        var b = rt.Builder{};
        b.append("HANGUL SYLLABLE ");
        b.append(jamo_l[s / (21 * 28)]);
        b.append(jamo_v[(s % (21 * 28)) / 28]);
        b.append(jamo_t[s % 28]);
        return b.finish().val();
    }
    if (isUnifiedIdeograph(cp)) {
        var b = rt.Builder{};
        b.append("CJK UNIFIED IDEOGRAPH-");
        // Four or five upper-case hex digits, as %X.
        var shift: u5 = if (cp > 0xFFFF) 16 else 12;
        while (true) : (shift -= 4) {
            b.appendByte("0123456789ABCDEF"[(cp >> shift) & 0xF]);
            if (shift == 0) break;
        }
        return b.finish().val();
    }
    if (data.storedName(cp)) |n| return staticStr(n);
    return default orelse exc.raiseMsg(&types.ValueError, "no such name");
}

/// The index of the longest jamo short name `rest` starts with (find_syllable), and its length.
fn jamo(names: []const []const u8, rest: []const u8) ?struct { usize, usize } {
    var best: ?struct { usize, usize } = null;
    for (names, 0..) |n, i| {
        if (std.mem.startsWith(u8, rest, n) and (best == null or n.len > best.?[1])) best = .{ i, n.len };
    }
    return best;
}

/// The algorithmic names, matched case-sensitively as CPython's _getcode does. Null when `name`
/// has neither prefix; error.NotFound when it has one but names nothing.
fn algorithmic(name: []const u8) error{NotFound}!?u21 {
    const hangul = "HANGUL SYLLABLE ";
    if (std.mem.startsWith(u8, name, hangul)) {
        var rest = name[hangul.len..];
        const l = jamo(&jamo_l, rest) orelse return error.NotFound;
        rest = rest[l[1]..];
        const v = jamo(&jamo_v, rest) orelse return error.NotFound;
        rest = rest[v[1]..];
        const t = jamo(&jamo_t, rest) orelse return error.NotFound;
        if (t[1] != rest.len) return error.NotFound;
        return @intCast(hangul_first + (l[0] * 21 + v[0]) * 28 + t[0]);
    }
    const cjk = "CJK UNIFIED IDEOGRAPH-";
    if (std.mem.startsWith(u8, name, cjk)) {
        const hex = name[cjk.len..];
        if (hex.len != 4 and hex.len != 5) return error.NotFound;
        var cp: u32 = 0;
        for (hex) |c| cp = cp * 16 + switch (c) {
            '0'...'9' => c - '0',
            'A'...'F' => c - 'A' + 10,
            else => return error.NotFound,
        };
        if (!isUnifiedIdeograph(cp)) return error.NotFound;
        return @intCast(cp);
    }
    return null;
}

/// lookup()'s argument: a str (as UTF-8) or read-only bytes.
fn nameBytes(arg: Value) Error![]const u8 {
    if (arg.asOpt(rt.Str)) |s| return s.bytes;
    if (arg.isKind(.bytearray)) return exc.raiseMsg(&types.TypeError, "lookup() argument must be read-only bytes-like object, not bytearray");
    return rt.bytes.dataOf(arg) orelse
        return exc.raiseFmt(&types.TypeError, "a bytes-like object is required, not '{s}'", .{rt.ops.typeName(arg)});
}

fn lookup_(args: rt.Args) Error!Value {
    const arg = try oneArg("lookup", args);
    const name = try nameBytes(arg);
    // NAME_MAXLEN in CPython.
    if (name.len > 256) return exc.raiseWith(&types.KeyError, staticStr("name too long"));
    const found = algorithmic(name) catch return undefinedName(name);
    if (found) |cp| return rt.str.fromCodePoint(cp).val();
    // Other names, aliases and named sequences match case-insensitively (ASCII).
    var buf: [256]u8 = undefined;
    const cps = data.byName(std.ascii.upperString(buf[0..name.len], name)) orelse return undefinedName(name);
    var b = rt.Builder{};
    for (cps) |cp| b.appendCodePoint(cp);
    return b.finish().val();
}

fn undefinedName(name: []const u8) Error {
    var msg = rt.Builder{};
    msg.append("undefined character name '");
    msg.append(name);
    msg.append("'");
    return exc.raiseWith(&types.KeyError, msg.finish().val());
}

// ---- Normalization ---------------------------------------------------------------------------

fn formArg(fname: []const u8, v: Value) Error!norm.Form {
    const s = try strArg(fname, 1, v);
    const forms = [_]struct { []const u8, norm.Form }{ .{ "NFC", .nfc }, .{ "NFKC", .nfkc }, .{ "NFD", .nfd }, .{ "NFKD", .nfkd } };
    for (forms) |f| if (std.mem.eql(u8, s.bytes, f[0])) return f[1];
    return exc.raiseMsg(&types.ValueError, "invalid normalization form");
}

fn normalize_(args: rt.Args) Error!Value {
    try positional("normalize", args, 2, 2);
    // CPython converts both arguments before validating the form.
    _ = try strArg("normalize", 1, args.pos[0]);
    const s = try strArg("normalize", 2, args.pos[1]);
    return norm.normalize(try formArg("normalize", args.pos[0]), s).val();
}

fn isNormalized_(args: rt.Args) Error!Value {
    try positional("is_normalized", args, 2, 2);
    _ = try strArg("is_normalized", 1, args.pos[0]);
    const s = try strArg("is_normalized", 2, args.pos[1]);
    const n = norm.normalize(try formArg("is_normalized", args.pos[0]), s);
    return .{ .bool = rt.str.eql(n, s) };
}

//! Per-code-point Unicode properties and case mappings, exactly as CPython 3.11's str
//! methods see them on a one-character string (Unicode 14.0.0).
//!
//! Every function costs one record lookup: one load from a direct table below U+0800,
//! otherwise three dependent loads through the trie in tables.zig. Code points are u21;
//! surrogates (U+D800..U+DFFF) are valid inputs, as Python strs can hold them. Values
//! above U+10FFFF are programmer errors (asserted).

const std = @import("std");
const assert = std.debug.assert;
const tables = @import("tables.zig");

pub const Flag = tables.Flag;
pub const Record = tables.Record;

pub const max_code_point: u21 = 0x10FFFF;

comptime {
    // The trie must cover every code point exactly once.
    assert(tables.level1.len << tables.shift1 == @as(usize, max_code_point) + 1);
    assert(tables.level2.len % (1 << (tables.shift1 - tables.shift2)) == 0);
    assert(tables.level3.len % (1 << tables.shift2) == 0);
    assert(tables.special_cps.len == tables.special.len);
}

/// The property record of `cp`.
pub inline fn record(cp: u21) *const Record {
    assert(cp <= max_code_point);
    if (cp < tables.direct_limit) return &tables.records[tables.direct_record[cp]];
    const mask1: u21 = (1 << (tables.shift1 - tables.shift2)) - 1;
    const mask2: u21 = (1 << tables.shift2) - 1;
    const block2: usize = tables.level1[cp >> tables.shift1];
    const block3: usize = tables.level2[(block2 << (tables.shift1 - tables.shift2)) | ((cp >> tables.shift2) & mask1)];
    return &tables.records[tables.level3[(block3 << tables.shift2) | (cp & mask2)]];
}

/// All flag bits of `cp` (see `Flag`), for callers that test several at once.
pub inline fn flags(cp: u21) u16 {
    return record(cp).flags;
}

inline fn has(cp: u21, flag: u16) bool {
    return flags(cp) & flag != 0;
}

/// str.isalpha: categories Lu, Ll, Lt, Lm, Lo.
pub fn isAlpha(cp: u21) bool {
    return has(cp, Flag.alpha);
}

/// str.isdecimal: characters with a decimal digit value (category Nd).
pub fn isDecimal(cp: u21) bool {
    return has(cp, Flag.decimal);
}

/// str.isdigit: characters with a digit value ('²' is a digit, not a decimal).
pub fn isDigit(cp: u21) bool {
    return has(cp, Flag.digit);
}

/// str.isnumeric: characters with any numeric value ('½', '五').
pub fn isNumeric(cp: u21) bool {
    return has(cp, Flag.numeric);
}

/// str.isalnum: isalpha or isdecimal or isdigit or isnumeric.
pub fn isAlnum(cp: u21) bool {
    return has(cp, Flag.alpha | Flag.decimal | Flag.digit | Flag.numeric);
}

/// str.isspace, which is also the whitespace that str.split(), str.strip() and int()
/// skip: Zs, plus bidi classes WS, B and S (so '\x1c'..'\x1f' count, U+200B does not).
pub fn isSpace(cp: u21) bool {
    return has(cp, Flag.space);
}

/// str.isprintable, which repr() uses to decide what to escape: everything except
/// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than ' ' itself.
pub fn isPrintable(cp: u21) bool {
    return has(cp, Flag.printable);
}

/// Py_UNICODE_ISUPPER (the Uppercase property); str.isupper on one character.
pub fn isUpper(cp: u21) bool {
    return has(cp, Flag.upper);
}

/// Py_UNICODE_ISLOWER (the Lowercase property); str.islower on one character.
pub fn isLower(cp: u21) bool {
    return has(cp, Flag.lower);
}

/// Py_UNICODE_ISTITLE (category Lt, e.g. 'ǅ'). Note that str.istitle on one character is
/// `isTitle(cp) or isUpper(cp)`.
pub fn isTitle(cp: u21) bool {
    return has(cp, Flag.title);
}

/// The Cased property: str.title() and the Final_Sigma rule use it.
pub fn isCased(cp: u21) bool {
    return has(cp, Flag.cased);
}

/// The Case_Ignorable property, skipped when looking for the Final_Sigma context.
pub fn isCaseIgnorable(cp: u21) bool {
    return has(cp, Flag.case_ignorable);
}

/// May start an identifier (XID_Start or '_'); str.isidentifier on one character.
pub fn isIdentifierStart(cp: u21) bool {
    return has(cp, Flag.identifier_start);
}

/// May continue an identifier (XID_Continue).
pub fn isIdentifierContinue(cp: u21) bool {
    return has(cp, Flag.identifier_continue);
}

/// A line boundary for str.splitlines: \n \v \f \r \x1c \x1d \x1e \x85 U+2028 U+2029.
/// (The "\r\n" pair is one boundary; that is the caller's job.)
pub fn isLineBreak(cp: u21) bool {
    return has(cp, Flag.line_break);
}

/// The value int() and float() give a decimal digit of any script ('٣' is 3), or null
/// when `cp` is not a decimal (isDecimal is false).
pub fn decimalValue(cp: u21) ?u4 {
    const rec = record(cp);
    if (rec.flags & Flag.decimal == 0) return null;
    assert(rec.decimal <= 9);
    return @intCast(rec.decimal);
}

/// A full case mapping result: one to three code points.
pub const Mapped = struct {
    len: u2,
    cps: [3]u21,

    pub fn slice(self: *const Mapped) []const u21 {
        assert(self.len >= 1);
        return self.cps[0..self.len];
    }

    pub fn single(cp: u21) Mapped {
        return .{ .len = 1, .cps = .{ cp, 0, 0 } };
    }
};

pub const CaseKind = enum { upper, lower, title, fold };

/// The full case mapping of one code point, as `chr(cp).upper()` etc. return it.
/// `.lower` of U+03A3 is always 'σ' here: the Final_Sigma rule needs the surrounding
/// string and lives in case.zig.
pub inline fn toCase(comptime kind: CaseKind, cp: u21) Mapped {
    return caseOfRecord(kind, record(cp), cp);
}

/// `toCase` for a caller that already holds `record(cp)`, to test flags and map with one
/// lookup.
pub inline fn caseOfRecord(comptime kind: CaseKind, rec: *const Record, cp: u21) Mapped {
    if (rec.flags & Flag.special_case != 0) {
        @branchHint(.unlikely);
        const mapping = @field(specialEntry(cp), @tagName(kind));
        return .{ .len = mapping.len, .cps = mapping.cps };
    }
    const delta: i32 = @field(rec, @tagName(kind));
    return Mapped.single(@intCast(@as(i32, cp) + delta));
}

pub fn toUpper(cp: u21) Mapped {
    return toCase(.upper, cp);
}

pub fn toLower(cp: u21) Mapped {
    return toCase(.lower, cp);
}

pub fn toTitle(cp: u21) Mapped {
    return toCase(.title, cp);
}

pub fn toFolded(cp: u21) Mapped {
    return toCase(.fold, cp);
}

fn specialEntry(cp: u21) *const tables.SpecialCase {
    const Order = struct {
        fn order(key: u21, item: u21) std.math.Order {
            return std.math.order(key, item);
        }
    };
    const found = std.sort.binarySearch(u21, &tables.special_cps, cp, Order.order);
    return &tables.special[found.?];
}

const testing = std.testing;

test "ascii properties" {
    try testing.expect(isAlpha('a'));
    try testing.expect(!isAlpha('1'));
    try testing.expect(isSpace('\x1f'));
    try testing.expect(!isPrintable('\x7f'));
    try testing.expect(isPrintable(' '));
    try testing.expect(isIdentifierStart('_'));
    try testing.expect(!isIdentifierStart('1'));
    try testing.expect(isIdentifierContinue('1'));
    try testing.expectEqual(@as(?u4, 7), decimalValue('7'));
    try testing.expectEqual(@as(?u4, null), decimalValue('x'));
}

test "non-ascii properties" {
    try testing.expectEqual(@as(?u4, 3), decimalValue(0x0663)); // ARABIC-INDIC DIGIT THREE
    try testing.expect(isDigit(0xB2) and !isDecimal(0xB2)); // '²'
    try testing.expect(isNumeric(0xBD) and !isDigit(0xBD)); // '½'
    try testing.expect(isTitle(0x01C5) and !isUpper(0x01C5)); // 'ǅ'
    try testing.expect(isLower(0xAA)); // 'ª' is Other_Lowercase
    try testing.expect(isCaseIgnorable('\''));
    try testing.expect(isCased(0x0345) and isCaseIgnorable(0x0345));
    try testing.expect(isSpace(0x3000) and !isSpace(0x200B));
    try testing.expect(isLineBreak(0x2029) and !isLineBreak(0x200B));
    try testing.expect(!isPrintable(0xD800));
    try testing.expect(!isAlpha(max_code_point));
}

test "case mappings" {
    try testing.expectEqualSlices(u21, &.{ 'S', 'S' }, toUpper(0xDF).slice());
    try testing.expectEqualSlices(u21, &.{ 0x2BC, 'N' }, toUpper(0x149).slice()); // 'ŉ'
    try testing.expectEqualSlices(u21, &.{ 'F', 'i' }, toTitle(0xFB01).slice()); // 'ﬁ'
    try testing.expectEqualSlices(u21, &.{ 'i', 0x307 }, toLower(0x130).slice()); // 'İ'
    try testing.expectEqualSlices(u21, &.{0x3C3}, toLower(0x3A3).slice());
    try testing.expectEqualSlices(u21, &.{0x3C3}, toFolded(0x3C2).slice());
    try testing.expectEqualSlices(u21, &.{0x13A0}, toFolded(0xAB70).slice()); // Cherokee folds up
    try testing.expectEqualSlices(u21, &.{0x1C5}, toTitle(0x1C4).slice()); // 'Ǆ' -> 'ǅ'
    try testing.expectEqualSlices(u21, &.{0xD800}, toUpper(0xD800).slice());
}

//! Whole-string predicates with CPython 3.11's exact rules: str.isalpha, isdecimal,
//! isdigit, isnumeric, isalnum, isspace, isprintable, isidentifier, isupper, islower,
//! istitle. (str.isascii is utf8.isAscii.)
//!
//! Input is the runtime's str encoding (see utf8.zig). Each predicate is one pass over the
//! code points with one table lookup each (one load below U+0800) and stops at the first
//! character that decides the answer. The empty string is false for all of them except
//! isprintable, which is true, as in CPython.

const std = @import("std");
const cp_props = @import("codepoint.zig");
const utf8 = @import("utf8.zig");
const Flag = cp_props.Flag;

/// True when `s` is non-empty and every code point has one of the `any_of` flags.
fn allHave(s: []const u8, any_of: u16) bool {
    if (s.len == 0) return false;
    var it: utf8.Iterator = .{ .bytes = s };
    while (it.next()) |cp| {
        if (cp_props.flags(cp) & any_of == 0) return false;
    }
    return true;
}

/// str.isalpha()
pub fn isAlpha(s: []const u8) bool {
    return allHave(s, Flag.alpha);
}

/// str.isdecimal()
pub fn isDecimal(s: []const u8) bool {
    return allHave(s, Flag.decimal);
}

/// str.isdigit()
pub fn isDigit(s: []const u8) bool {
    return allHave(s, Flag.digit);
}

/// str.isnumeric()
pub fn isNumeric(s: []const u8) bool {
    return allHave(s, Flag.numeric);
}

/// str.isalnum(): every character is alpha, decimal, digit or numeric.
pub fn isAlnum(s: []const u8) bool {
    return allHave(s, Flag.alpha | Flag.decimal | Flag.digit | Flag.numeric);
}

/// str.isspace()
pub fn isSpace(s: []const u8) bool {
    return allHave(s, Flag.space);
}

/// str.isprintable(); true for the empty string.
pub fn isPrintable(s: []const u8) bool {
    return s.len == 0 or allHave(s, Flag.printable);
}

/// str.isidentifier(): XID_Start or '_' first, XID_Continue after. (Keywords are
/// identifiers here too; keyword.iskeyword is a separate question.)
pub fn isIdentifier(s: []const u8) bool {
    if (s.len == 0) return false;
    var it: utf8.Iterator = .{ .bytes = s };
    if (!cp_props.isIdentifierStart(it.next().?)) return false;
    while (it.next()) |cp| {
        if (!cp_props.isIdentifierContinue(cp)) return false;
    }
    return true;
}

/// str.isupper(): at least one Uppercase character and no Lowercase or titlecase one.
pub fn isUpper(s: []const u8) bool {
    return hasCasedWithout(s, Flag.upper, Flag.lower | Flag.title);
}

/// str.islower(): at least one Lowercase character and no Uppercase or titlecase one.
pub fn isLower(s: []const u8) bool {
    return hasCasedWithout(s, Flag.lower, Flag.upper | Flag.title);
}

fn hasCasedWithout(s: []const u8, wanted: u16, forbidden: u16) bool {
    var seen = false;
    var it: utf8.Iterator = .{ .bytes = s };
    while (it.next()) |cp| {
        const flags = cp_props.flags(cp);
        if (flags & forbidden != 0) return false;
        seen = seen or flags & wanted != 0;
    }
    return seen;
}

/// str.istitle(): uppercase and titlecase characters only after uncased ones, lowercase
/// ones only after cased ones, and at least one cased character.
pub fn isTitle(s: []const u8) bool {
    var seen = false;
    var previous_is_cased = false;
    var it: utf8.Iterator = .{ .bytes = s };
    while (it.next()) |cp| {
        const flags = cp_props.flags(cp);
        if (flags & (Flag.upper | Flag.title) != 0) {
            if (previous_is_cased) return false;
            previous_is_cased = true;
            seen = true;
        } else if (flags & Flag.lower != 0) {
            if (!previous_is_cased) return false;
            previous_is_cased = true;
            seen = true;
        } else {
            previous_is_cased = false;
        }
    }
    return seen;
}

const testing = std.testing;

test "empty strings" {
    try testing.expect(!isAlpha(""));
    try testing.expect(!isSpace(""));
    try testing.expect(!isDigit(""));
    try testing.expect(!isIdentifier(""));
    try testing.expect(!isUpper(""));
    try testing.expect(!isLower(""));
    try testing.expect(!isTitle(""));
    try testing.expect(isPrintable(""));
}

test "case predicates" {
    try testing.expect(isUpper("ABC 123"));
    try testing.expect(!isUpper("123"));
    try testing.expect(!isUpper("ABǅ"));
    try testing.expect(isLower("straße ª"));
    try testing.expect(!isLower("abC"));
    try testing.expect(isTitle("They'Re Bill'S"));
    try testing.expect(!isTitle("They're"));
    try testing.expect(isTitle("ǅemal Σας"));
    try testing.expect(isTitle("A"));
    try testing.expect(!isTitle("a"));
    try testing.expect(!isTitle("1"));
}

test "character class predicates" {
    try testing.expect(isDecimal("١٢٣"));
    try testing.expect(isDigit("12²"));
    try testing.expect(!isDecimal("12²"));
    try testing.expect(isNumeric("½五"));
    try testing.expect(isAlnum("abc½五١"));
    try testing.expect(isSpace(" \t\n\x0b\x0c\r\x1c\x1f\u{85}\u{a0}\u{3000}"));
    try testing.expect(!isSpace(" \u{200b}"));
    try testing.expect(isIdentifier("_π1"));
    try testing.expect(!isIdentifier("1π"));
    try testing.expect(!isPrintable("a\nb"));
    try testing.expect(isPrintable("héllo wörld"));
    try testing.expect(!isPrintable("\xed\xa0\x80"));
}

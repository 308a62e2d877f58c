//! The first step of int(str) and float(str): CPython's
//! _PyUnicode_TransformDecimalAndSpaceToASCII, which lets int('١٢٣') == 123 and
//! float('\u3000٣.٥') == 3.5. Every decimal digit of any script becomes its ASCII digit,
//! every non-ASCII whitespace character a space, ASCII stays as it is; the parser then
//! works on ASCII only.

const std = @import("std");
const assert = std.debug.assert;
const Allocator = std.mem.Allocator;
const cp_props = @import("codepoint.zig");
const utf8 = @import("utf8.zig");
const Flag = cp_props.Flag;

/// Append the ASCII form of `s` (runtime str encoding) to `out`. Returns false when `s`
/// holds a character that is neither ASCII (below U+007F), whitespace nor a decimal digit;
/// then, as in CPython, the output ends with '?' at that point and the caller's parse
/// fails (its error message shows the original string, not this one).
pub fn decimalAndSpaceToAscii(gpa: Allocator, out: *std.ArrayList(u8), s: []const u8) Allocator.Error!bool {
    // Never longer than the input: every code point becomes one byte.
    try out.ensureUnusedCapacity(gpa, s.len);
    var it: utf8.Iterator = .{ .bytes = s };
    while (it.next()) |cp| {
        // CPython keeps only code points below 127 as they are; DEL is invalid like any
        // other non-digit, non-space character.
        if (cp < 0x7F) {
            out.appendAssumeCapacity(@intCast(cp));
            continue;
        }
        const rec = cp_props.record(cp);
        if (rec.flags & Flag.space != 0) {
            out.appendAssumeCapacity(' ');
        } else if (rec.flags & Flag.decimal != 0) {
            assert(rec.decimal <= 9);
            out.appendAssumeCapacity('0' + rec.decimal);
        } else {
            out.appendAssumeCapacity('?');
            return false;
        }
    }
    return true;
}

const testing = std.testing;

fn expectAscii(input: []const u8, expected: []const u8, complete: bool) !void {
    var out: std.ArrayList(u8) = .empty;
    defer out.deinit(testing.allocator);
    try testing.expectEqual(complete, try decimalAndSpaceToAscii(testing.allocator, &out, input));
    try testing.expectEqualStrings(expected, out.items);
}

test "digits of other scripts and unicode spaces" {
    try expectAscii("١٢٣", "123", true);
    try expectAscii("\u{3000}-٣.٥e۲\u{a0}", " -3.5e2 ", true);
    try expectAscii("12_345", "12_345", true);
    try expectAscii("", "", true);
}

test "stops at the first character it cannot map" {
    try expectAscii("1²3", "1?", false);
    try expectAscii("x\x7f", "x?", false);
    try expectAscii("\xed\xa0\x80", "?", false);
}

//! Whole-string case conversion with CPython 3.11's exact rules: str.upper, lower, title,
//! capitalize, casefold and swapcase.
//!
//! Each function appends the converted text to `out` (an unmanaged std.ArrayList(u8), grown
//! with `gpa`), so a caller can build into a reused buffer. Input and output use the
//! runtime's str encoding (UTF-8 with lone surrogates as three-byte sequences, see utf8.zig);
//! `out` must not alias `s`. On error.OutOfMemory, `out` keeps the prefix written so far.
//!
//! Cost: O(len) with one upfront reservation of `s.len` bytes. Runs of ASCII are mapped a
//! byte at a time without decoding; other code points cost one decode, one table lookup
//! and one encode. Full mappings may grow the text ('ß'.upper() == 'SS', 'ΐ'.upper() is
//! three code points), so output length can differ from input length.
//!
//! The per-character logic transcribes CPython's Objects/unicodeobject.c (do_upper_or_lower,
//! do_title, do_capitalize, do_swapcase, do_casefold, handle_capital_sigma).

const std = @import("std");
const assert = std.debug.assert;
const Allocator = std.mem.Allocator;
const cp_props = @import("codepoint.zig");
const utf8 = @import("utf8.zig");
const Flag = cp_props.Flag;

const capital_sigma: u21 = 0x3A3;
const small_sigma: u21 = 0x3C3;
const final_sigma: u21 = 0x3C2;

/// The most bytes one input code point can expand to: three code points of four bytes.
const mapped_bytes_max = 3 * 4;

/// str.upper()
pub fn upper(gpa: Allocator, out: *std.ArrayList(u8), s: []const u8) Allocator.Error!void {
    return convert(.upper, gpa, out, s);
}

/// str.lower(), including the Final_Sigma rule ('ΑΣ'.lower() == 'ας').
pub fn lower(gpa: Allocator, out: *std.ArrayList(u8), s: []const u8) Allocator.Error!void {
    return convert(.lower, gpa, out, s);
}

/// str.casefold(): full case folding ('ß' -> 'ss'); no Final_Sigma rule.
pub fn casefold(gpa: Allocator, out: *std.ArrayList(u8), s: []const u8) Allocator.Error!void {
    return convert(.casefold, gpa, out, s);
}

/// str.swapcase(): Uppercase characters are lowered (with Final_Sigma), Lowercase ones
/// uppered, the rest kept. Note 'ß'.swapcase() == 'SS', so it is not an involution.
pub fn swapcase(gpa: Allocator, out: *std.ArrayList(u8), s: []const u8) Allocator.Error!void {
    return convert(.swapcase, gpa, out, s);
}

/// str.title(): a character following a cased character is lowered, any other is
/// titlecased; so "they're bill's" becomes "They'Re Bill'S", as in CPython.
pub fn title(gpa: Allocator, out: *std.ArrayList(u8), s: []const u8) Allocator.Error!void {
    return convert(.title, gpa, out, s);
}

/// str.capitalize(): the first character titlecased ('ǆ' -> 'ǅ'), the rest lowered.
pub fn capitalize(gpa: Allocator, out: *std.ArrayList(u8), s: []const u8) Allocator.Error!void {
    return convert(.capitalize, gpa, out, s);
}

const Op = enum { upper, lower, casefold, swapcase, title, capitalize };

/// What title() and capitalize() carry from one character to the next.
const State = struct {
    /// title(): the previous character was cased. capitalize(): a character was seen.
    previous: bool = false,
};

/// The ASCII loop is specialized per `op` (it vectorizes); the non-ASCII loop is one
/// function shared by all six, with `op` a runtime value: six copies of it cost about
/// 0.07 s of ReleaseFast compile time each, for a difference in speed within noise.
fn convert(comptime op: Op, gpa: Allocator, out: *std.ArrayList(u8), s: []const u8) Allocator.Error!void {
    try out.ensureUnusedCapacity(gpa, s.len);
    var state: State = .{};
    var i: usize = 0;
    while (i < s.len) {
        if (s[i] < 0x80) {
            const run_len = utf8.asciiPrefixLen(s[i..]);
            try out.ensureUnusedCapacity(gpa, run_len);
            const target = out.unusedCapacitySlice()[0..run_len];
            mapAscii(op, &state, s[i..][0..run_len], target);
            out.items.len += run_len;
            i += run_len;
        } else {
            i = try convertNonAscii(op, &state, gpa, out, s, i);
        }
    }
    assert(i == s.len);
}

/// Convert the run of non-ASCII code points at byte `start`; returns where it ends.
fn convertNonAscii(op: Op, state: *State, gpa: Allocator, out: *std.ArrayList(u8), s: []const u8, start: usize) Allocator.Error!usize {
    assert(s[start] >= 0x80);
    var i = start;
    while (i < s.len and s[i] >= 0x80) {
        if (out.capacity - out.items.len < mapped_bytes_max) {
            @branchHint(.unlikely);
            // Expect the rest to keep its size; one code point may still grow the text.
            try out.ensureUnusedCapacity(gpa, s.len - i + mapped_bytes_max);
        }
        const decoded = utf8.decode(s[i..]);
        appendMapped(out, mapOne(op, state, s, i, decoded.cp));
        i += decoded.len;
    }
    return i;
}

/// Constant indices (no loop over `mapped.slice()`) let the optimizer keep `mapped` in
/// registers; going through memory cost a store-forwarding stall per code point.
inline fn appendMapped(out: *std.ArrayList(u8), mapped: cp_props.Mapped) void {
    appendCodePoint(out, mapped.cps[0]);
    if (mapped.len > 1) {
        @branchHint(.unlikely);
        appendCodePoint(out, mapped.cps[1]);
        if (mapped.len > 2) appendCodePoint(out, mapped.cps[2]);
    }
}

inline fn appendCodePoint(out: *std.ArrayList(u8), cp: u21) void {
    const target = out.unusedCapacitySlice();
    assert(target.len >= 4);
    out.items.len += utf8.encode(cp, target[0..4]);
}

/// Map a run of ASCII bytes. ASCII letters are the only cased ASCII characters, and their
/// mappings stay ASCII, so no lookup is needed.
fn mapAscii(comptime op: Op, state: *State, source: []const u8, target: []u8) void {
    assert(source.len == target.len);
    for (source, target) |byte, *mapped| {
        const is_upper = byte -% 'A' < 26;
        const is_lower = byte -% 'a' < 26;
        const lowered = byte | (@as(u8, @intFromBool(is_upper)) << 5);
        const uppered = byte & ~(@as(u8, @intFromBool(is_lower)) << 5);
        mapped.* = switch (op) {
            .upper => uppered,
            .lower, .casefold => lowered,
            .swapcase => byte ^ (@as(u8, @intFromBool(is_upper or is_lower)) << 5),
            .title => blk: {
                const result = if (state.previous) lowered else uppered;
                state.previous = is_upper or is_lower;
                break :blk result;
            },
            .capitalize => blk: {
                const result = if (state.previous) lowered else uppered;
                state.previous = true;
                break :blk result;
            },
        };
    }
}

/// Map the non-ASCII code point `cp` found at byte `index` of `s`, with one table lookup.
inline fn mapOne(op: Op, state: *State, s: []const u8, index: usize, cp: u21) cp_props.Mapped {
    const rec = cp_props.record(cp);
    switch (op) {
        .upper => return cp_props.caseOfRecord(.upper, rec, cp),
        .casefold => return cp_props.caseOfRecord(.fold, rec, cp),
        .lower => return lowerInContext(rec, s, index, cp),
        .swapcase => {
            if (rec.flags & Flag.upper != 0) return lowerInContext(rec, s, index, cp);
            if (rec.flags & Flag.lower != 0) return cp_props.caseOfRecord(.upper, rec, cp);
            return cp_props.Mapped.single(cp);
        },
        .title => {
            const previous_is_cased = state.previous;
            state.previous = rec.flags & Flag.cased != 0;
            if (previous_is_cased) return lowerInContext(rec, s, index, cp);
            return cp_props.caseOfRecord(.title, rec, cp);
        },
        .capitalize => {
            const first = !state.previous;
            state.previous = true;
            if (first) return cp_props.caseOfRecord(.title, rec, cp);
            return lowerInContext(rec, s, index, cp);
        },
    }
}

/// CPython's lower_ucs4: the full lowercase mapping, except that a capital sigma becomes
/// 'ς' in the Final_Sigma context and 'σ' elsewhere.
inline fn lowerInContext(rec: *const cp_props.Record, s: []const u8, index: usize, cp: u21) cp_props.Mapped {
    if (cp == capital_sigma) {
        @branchHint(.unlikely);
        return cp_props.Mapped.single(if (isFinalSigma(s, index)) final_sigma else small_sigma);
    }
    return cp_props.caseOfRecord(.lower, rec, cp);
}

/// Final_Sigma (Unicode 3.13, as in CPython's handle_capital_sigma): the sigma at byte
/// `index` follows a cased character, skipping case-ignorable ones, and is not followed
/// by one. Each scan stops at the first character that is not case-ignorable, so all
/// scans of a string together read each character at most twice.
fn isFinalSigma(s: []const u8, index: usize) bool {
    const sigma_len = comptime utf8.encodedLen(capital_sigma);
    assert(utf8.decode(s[index..]).cp == capital_sigma);
    var before = index;
    const preceded_by_cased = while (before > 0) {
        const previous = utf8.decodeLast(s[0..before]);
        const flags = cp_props.flags(previous.cp);
        if (flags & Flag.case_ignorable == 0) break flags & Flag.cased != 0;
        before -= previous.len;
    } else false;
    if (!preceded_by_cased) return false;
    var after = index + sigma_len;
    while (after < s.len) {
        const next = utf8.decode(s[after..]);
        const flags = cp_props.flags(next.cp);
        if (flags & Flag.case_ignorable == 0) return flags & Flag.cased == 0;
        after += next.len;
    }
    return true;
}

const testing = std.testing;

fn expectConverted(comptime op: Op, input: []const u8, expected: []const u8) !void {
    var out: std.ArrayList(u8) = .empty;
    defer out.deinit(testing.allocator);
    try convert(op, testing.allocator, &out, input);
    try testing.expectEqualStrings(expected, out.items);
}

test "ascii" {
    try expectConverted(.upper, "Hello, World 123!", "HELLO, WORLD 123!");
    try expectConverted(.lower, "Hello, World 123!", "hello, world 123!");
    try expectConverted(.casefold, "Hello", "hello");
    try expectConverted(.swapcase, "Hello, World", "hELLO, wORLD");
    try expectConverted(.title, "they're bill's friends from the UK", "They'Re Bill'S Friends From The Uk");
    try expectConverted(.capitalize, "hELLO wORLD", "Hello world");
    try expectConverted(.capitalize, "", "");
    try expectConverted(.title, "", "");
}

test "full mappings grow the text" {
    try expectConverted(.upper, "straße", "STRASSE");
    try expectConverted(.upper, "ŉ", "ʼN");
    try expectConverted(.title, "ﬁsh", "Fish");
    try expectConverted(.casefold, "Straße", "strasse");
    try expectConverted(.lower, "İstanbul", "i̇stanbul");
    try expectConverted(.swapcase, "ßx", "SSX");
    try expectConverted(.capitalize, "ǆemal", "ǅemal");
    try expectConverted(.title, "ǆ ǅ Ǆ", "ǅ ǅ ǅ");
}

test "final sigma" {
    try expectConverted(.lower, "ΑΣ", "ας");
    try expectConverted(.lower, "Σ", "σ");
    try expectConverted(.lower, "ΑΣΑ", "ασα");
    try expectConverted(.lower, "ΑΣ'", "ας'"); // apostrophe is case-ignorable
    try expectConverted(.lower, "ΑΣ'Α", "ασ'α");
    try expectConverted(.lower, "Α'Σ", "α'ς");
    try expectConverted(.lower, " Σ ", " σ ");
    try expectConverted(.lower, "ΟΔΥΣΣΕΥΣ", "οδυσσευς");
    try expectConverted(.casefold, "ΑΣ", "ασ");
    try expectConverted(.swapcase, "αΣ", "Ας");
    try expectConverted(.title, "ΣΑΣ ΣΣ", "Σας Σς");
    try expectConverted(.capitalize, "ΑΣ.", "Ας.");
}

test "surrogates pass through" {
    try expectConverted(.upper, "a\xed\xa0\x80b", "A\xed\xa0\x80B");
    try expectConverted(.title, "a\xed\xa0\x80b", "A\xed\xa0\x80B");
}

//! Test driver for the exhaustive comparison with CPython (run by oracle.py, which the
//! vitest suite tests/runtime/unicode.test.ts starts). Not part of the runtime.
//!
//!   driver codepoints   write one bit-plane per `Bit` (0x110000 bytes, 0 or 1, indexed by
//!                       code point), then text lines "<kind> <cp hex> <utf8 hex>" for every
//!                       case mapping that changes the character and "d <cp hex> <value>"
//!                       for every decimal digit. Planes keep the CPython side cheap: it
//!                       compares whole planes with one bytes comparison.
//!   driver strings      read records (u32 little-endian length + bytes) from stdin; for
//!                       each, write six conversions and numeric.decimalAndSpaceToAscii's
//!                       output (u32 length + bytes each), then a u64: the predicate bits,
//!                       whether the numeric transform completed, and the code point count.
//!
//! The bit and kind orders are mirrored in oracle.py.

const std = @import("std");
const unicode = @import("unicode");
const cp_props = unicode.codepoint;
const case = unicode.case;
const pred = unicode.predicates;
const utf8 = unicode.utf8;
const Allocator = std.mem.Allocator;

const Bit = enum(u6) {
    alpha,
    decimal,
    digit,
    numeric,
    alnum,
    space,
    printable,
    upper,
    lower,
    title,
    cased,
    case_ignorable,
    identifier_start,
    identifier_continue,
    line_break,
    has_decimal_value,
    str_isalpha,
    str_isdecimal,
    str_isdigit,
    str_isnumeric,
    str_isalnum,
    str_isspace,
    str_isprintable,
    str_isidentifier,
    str_isupper,
    str_islower,
    str_istitle,
    str_isascii,
    probe_identifier_continue, // ("a" + c).isidentifier()
    probe_upper_after_upper, // ("A" + c).isupper()
    probe_lower_after_lower, // ("a" + c).islower()
    probe_istitle_before_lower, // (c + "a").istitle()
    probe_title_keeps_a, // (c + "a").title() ends with "a"
    probe_sigma_after_cased, // ("a" + c + "Σ").lower() ends with "ς"
    probe_sigma_after_space, // (" " + c + "Σ").lower() ends with "ς"
    probe_sigma_before_end, // ("aΣ" + c).lower()[1] == "ς"
    probe_sigma_before_a, // ("aΣ" + c + "a").lower()[1] == "ς"
    probe_swapcase_sigma, // ("a" + c + "Σ").swapcase() ends with "ς"
    probe_title_sigma, // ("a" + c + "Σ").title() ends with "ς"
    probe_capitalize_sigma, // ("a" + c + "Σ").capitalize() ends with "ς"
    probe_count, // len(c + "é" + c) == 3
};

const Conversion = *const fn (Allocator, *std.ArrayList(u8), []const u8) Allocator.Error!void;
const conversions = [_]struct { kind: u8, convert: Conversion }{
    .{ .kind = 'U', .convert = case.upper },
    .{ .kind = 'L', .convert = case.lower },
    .{ .kind = 'T', .convert = case.title },
    .{ .kind = 'C', .convert = case.capitalize },
    .{ .kind = 'F', .convert = case.casefold },
    .{ .kind = 'S', .convert = case.swapcase },
};

const sigma = "Σ";
const small_final_sigma = "ς";

pub fn main() !void {
    var arena_state: std.heap.ArenaAllocator = .init(std.heap.page_allocator);
    defer arena_state.deinit();
    const gpa = arena_state.allocator();
    const args = try std.process.argsAlloc(gpa);
    var out: std.ArrayList(u8) = .empty;
    if (args.len == 2 and std.mem.eql(u8, args[1], "codepoints")) {
        try codepoints(gpa, &out);
    } else if (args.len == 2 and std.mem.eql(u8, args[1], "strings")) {
        const input = try std.fs.File.stdin().readToEndAlloc(gpa, 1 << 30);
        try strings(gpa, &out, input);
    } else {
        std.debug.print("usage: driver codepoints|strings\n", .{});
        std.process.exit(2);
    }
    try std.fs.File.stdout().writeAll(out.items);
}

fn setBit(bits: *u64, bit: Bit, on: bool) void {
    bits.* |= @as(u64, @intFromBool(on)) << @intFromEnum(bit);
}

fn appendU64(gpa: Allocator, out: *std.ArrayList(u8), value: u64) !void {
    try out.appendSlice(gpa, &std.mem.toBytes(std.mem.nativeToLittle(u64, value)));
}

fn appendU32(gpa: Allocator, out: *std.ArrayList(u8), value: u32) !void {
    try out.appendSlice(gpa, &std.mem.toBytes(std.mem.nativeToLittle(u32, value)));
}

/// Run `convert` on the concatenation of `parts` and report whether the result ends
/// with `suffix` (or, with `at` set, holds it at byte offset `at`).
fn probe(scratch: *Scratch, convert: Conversion, parts: []const []const u8, suffix: []const u8, at: ?usize) !bool {
    scratch.input.clearRetainingCapacity();
    for (parts) |part| try scratch.input.appendSlice(scratch.gpa, part);
    scratch.output.clearRetainingCapacity();
    try convert(scratch.gpa, &scratch.output, scratch.input.items);
    const result = scratch.output.items;
    if (at) |offset| return result.len >= offset + suffix.len and std.mem.eql(u8, result[offset..][0..suffix.len], suffix);
    return std.mem.endsWith(u8, result, suffix);
}

const Scratch = struct {
    gpa: Allocator,
    input: std.ArrayList(u8) = .empty,
    output: std.ArrayList(u8) = .empty,

    fn concat(self: *Scratch, parts: []const []const u8) ![]const u8 {
        self.input.clearRetainingCapacity();
        for (parts) |part| try self.input.appendSlice(self.gpa, part);
        return self.input.items;
    }
};

fn codepointBits(scratch: *Scratch, cp: u21, s: []const u8) !u64 {
    var bits: u64 = 0;
    setBit(&bits, .alpha, cp_props.isAlpha(cp));
    setBit(&bits, .decimal, cp_props.isDecimal(cp));
    setBit(&bits, .digit, cp_props.isDigit(cp));
    setBit(&bits, .numeric, cp_props.isNumeric(cp));
    setBit(&bits, .alnum, cp_props.isAlnum(cp));
    setBit(&bits, .space, cp_props.isSpace(cp));
    setBit(&bits, .printable, cp_props.isPrintable(cp));
    setBit(&bits, .upper, cp_props.isUpper(cp));
    setBit(&bits, .lower, cp_props.isLower(cp));
    setBit(&bits, .title, cp_props.isTitle(cp));
    setBit(&bits, .cased, cp_props.isCased(cp));
    setBit(&bits, .case_ignorable, cp_props.isCaseIgnorable(cp));
    setBit(&bits, .identifier_start, cp_props.isIdentifierStart(cp));
    setBit(&bits, .identifier_continue, cp_props.isIdentifierContinue(cp));
    setBit(&bits, .line_break, cp_props.isLineBreak(cp));
    setBit(&bits, .has_decimal_value, cp_props.decimalValue(cp) != null);
    setBit(&bits, .str_isalpha, pred.isAlpha(s));
    setBit(&bits, .str_isdecimal, pred.isDecimal(s));
    setBit(&bits, .str_isdigit, pred.isDigit(s));
    setBit(&bits, .str_isnumeric, pred.isNumeric(s));
    setBit(&bits, .str_isalnum, pred.isAlnum(s));
    setBit(&bits, .str_isspace, pred.isSpace(s));
    setBit(&bits, .str_isprintable, pred.isPrintable(s));
    setBit(&bits, .str_isidentifier, pred.isIdentifier(s));
    setBit(&bits, .str_isupper, pred.isUpper(s));
    setBit(&bits, .str_islower, pred.isLower(s));
    setBit(&bits, .str_istitle, pred.isTitle(s));
    setBit(&bits, .str_isascii, utf8.isAscii(s));
    setBit(&bits, .probe_identifier_continue, pred.isIdentifier(try scratch.concat(&.{ "a", s })));
    setBit(&bits, .probe_upper_after_upper, pred.isUpper(try scratch.concat(&.{ "A", s })));
    setBit(&bits, .probe_lower_after_lower, pred.isLower(try scratch.concat(&.{ "a", s })));
    setBit(&bits, .probe_istitle_before_lower, pred.isTitle(try scratch.concat(&.{ s, "a" })));
    setBit(&bits, .probe_title_keeps_a, try probe(scratch, case.title, &.{ s, "a" }, "a", null));
    setBit(&bits, .probe_sigma_after_cased, try probe(scratch, case.lower, &.{ "a", s, sigma }, small_final_sigma, null));
    setBit(&bits, .probe_sigma_after_space, try probe(scratch, case.lower, &.{ " ", s, sigma }, small_final_sigma, null));
    setBit(&bits, .probe_sigma_before_end, try probe(scratch, case.lower, &.{ "a", sigma, s }, small_final_sigma, 1));
    setBit(&bits, .probe_sigma_before_a, try probe(scratch, case.lower, &.{ "a", sigma, s, "a" }, small_final_sigma, 1));
    setBit(&bits, .probe_swapcase_sigma, try probe(scratch, case.swapcase, &.{ "a", s, sigma }, small_final_sigma, null));
    setBit(&bits, .probe_title_sigma, try probe(scratch, case.title, &.{ "a", s, sigma }, small_final_sigma, null));
    setBit(&bits, .probe_capitalize_sigma, try probe(scratch, case.capitalize, &.{ "a", s, sigma }, small_final_sigma, null));
    setBit(&bits, .probe_count, utf8.countCodePoints(try scratch.concat(&.{ s, "é", s })) == 3);
    return bits;
}

fn appendMappingLine(gpa: Allocator, lines: *std.ArrayList(u8), kind: u8, cp: u21, utf8_bytes: []const u8) !void {
    try lines.print(gpa, "{c} {x} {x}\n", .{ kind, cp, utf8_bytes });
}

fn codepoints(gpa: Allocator, out: *std.ArrayList(u8)) !void {
    const cp_count = @as(usize, cp_props.max_code_point) + 1;
    const bit_count = @typeInfo(Bit).@"enum".fields.len;
    const planes = try out.addManyAsSlice(gpa, bit_count * cp_count);
    var scratch: Scratch = .{ .gpa = gpa };
    var lines: std.ArrayList(u8) = .empty;
    var converted: std.ArrayList(u8) = .empty;
    var cp: u21 = 0;
    while (true) : (cp += 1) {
        var buf: [4]u8 = undefined;
        const s = buf[0..utf8.encode(cp, &buf)];
        const bits = try codepointBits(&scratch, cp, s);
        for (0..bit_count) |bit| planes[bit * cp_count + cp] = @intCast(bits >> @intCast(bit) & 1);
        for (conversions) |conversion| {
            converted.clearRetainingCapacity();
            try conversion.convert(gpa, &converted, s);
            if (!std.mem.eql(u8, converted.items, s)) try appendMappingLine(gpa, &lines, conversion.kind, cp, converted.items);
        }
        inline for (.{ .{ 'u', .upper }, .{ 'l', .lower }, .{ 't', .title }, .{ 'f', .fold } }) |entry| {
            const mapped = cp_props.toCase(entry[1], cp);
            converted.clearRetainingCapacity();
            for (mapped.slice()) |m| {
                var m_buf: [4]u8 = undefined;
                try converted.appendSlice(gpa, m_buf[0..utf8.encode(m, &m_buf)]);
            }
            if (!std.mem.eql(u8, converted.items, s)) try appendMappingLine(gpa, &lines, entry[0], cp, converted.items);
        }
        if (cp_props.decimalValue(cp)) |value| try lines.print(gpa, "d {x} {d}\n", .{ cp, value });
        if (cp == cp_props.max_code_point) break;
    }
    try out.appendSlice(gpa, lines.items);
}

fn strings(gpa: Allocator, out: *std.ArrayList(u8), input: []const u8) !void {
    var converted: std.ArrayList(u8) = .empty;
    var rest = input;
    while (rest.len > 0) {
        const len = std.mem.readInt(u32, rest[0..4], .little);
        const s = rest[4..][0..len];
        rest = rest[4 + len ..];
        for (conversions) |conversion| {
            converted.clearRetainingCapacity();
            try conversion.convert(gpa, &converted, s);
            try appendU32(gpa, out, @intCast(converted.items.len));
            try out.appendSlice(gpa, converted.items);
        }
        converted.clearRetainingCapacity();
        const numeric_complete = try unicode.numeric.decimalAndSpaceToAscii(gpa, &converted, s);
        try appendU32(gpa, out, @intCast(converted.items.len));
        try out.appendSlice(gpa, converted.items);
        const predicates = [_]bool{
            pred.isAlpha(s),     pred.isDecimal(s),    pred.isDigit(s),
            pred.isNumeric(s),   pred.isAlnum(s),      pred.isSpace(s),
            pred.isPrintable(s), pred.isIdentifier(s), pred.isUpper(s),
            pred.isLower(s),     pred.isTitle(s),      utf8.isAscii(s),
            numeric_complete,
        };
        var bits: u64 = 0;
        for (predicates, 0..) |on, i| bits |= @as(u64, @intFromBool(on)) << @intCast(i);
        bits |= @as(u64, utf8.countCodePoints(s)) << 32;
        try appendU64(gpa, out, bits);
    }
}

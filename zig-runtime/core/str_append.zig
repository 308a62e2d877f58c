//! `s += piece` inside a loop that never reads `s` otherwise (compiler/codegen/str-append.ts).
//!
//! CPython appends to a str in place when its refcount is 1. pyaot has no refcounts, but the
//! compiler can prove the same thing for a local: while the loop runs, only the variable holds
//! the strs its `+=` made, so the last one (`owned`) may take the longer text in place
//! (str.appendOwned) instead of a new str per `+=`. `owned` is a local of the generated code,
//! null before the loop; once the loop ends the variable is read freely and `owned` is gone.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const str_mod = @import("str.zig");
const ops = @import("ops.zig");
const repr = @import("repr.zig");
const Int = @import("int.zig").Int;
const Error = @import("err.zig").Error;
const Value = value.Value;
const Object = value.Object;
const Str = str_mod.Str;

inline fn exactStr(v: Value) ?*Str {
    if (v != .obj or v.obj.ty != &types.str_type) return null;
    return Object.as(v.obj, Str);
}

/// `a += b`.
pub fn add(owned: *?*Str, a: Value, b: Value) Error!Value {
    if (exactStr(a)) |s| if (exactStr(b)) |t| return str_mod.appendOwned(owned, s, t.bytes, t.len, t.ascii).val();
    // Another type's __add__/__radd__ sees the operands and may keep them: nothing this loop
    // made is private any more.
    owned.* = null;
    return ops.inplace(.add, a, b);
}

/// `a += str(i)` for an int `i`: its digits appended without a str of their own.
pub fn addInt(owned: *?*Str, a: Value, i: Int) Error!Value {
    const s = exactStr(a) orelse return add(owned, a, (try repr.str(.{ .int = i })).val());
    if (i.isSmall()) {
        var buf: [24]u8 = undefined;
        const digits = decimal(&buf, i.small());
        return str_mod.appendOwned(owned, s, digits, digits.len, true).val();
    }
    // Big ints: CPython's digit limit (ValueError) applies as in str().
    const t = try repr.str(.{ .int = i });
    return str_mod.appendOwned(owned, s, t.bytes, t.len, t.ascii).val();
}

/// The decimal digits of `v` at the end of `buf` (std.fmt's general formatting costs several
/// times this for the short numbers of `s += str(i)`).
fn decimal(buf: *[24]u8, v: i64) []const u8 {
    var n: u64 = @abs(v);
    var at: usize = buf.len;
    while (true) {
        at -= 1;
        buf[at] = @intCast('0' + n % 10);
        n /= 10;
        if (n == 0) break;
    }
    if (v < 0) {
        at -= 1;
        buf[at] = '-';
    }
    return buf[at..];
}

//! Runtime entry points for the program side's method-call fast paths (abi/client_attr.zig).
//!
//! A method call on a builtin type's instance (`w.lower()`, `d.get(k, 0)`) normally goes
//! through attr.callMethod: the receiver's type, the lookup cache, then the method's wrapper,
//! which parses the Python arguments. The program side skips what it can prove:
//!
//! - `callBuiltin`: a call site that saw this receiver type before remembers the method's
//!   `Builtin` (builtin types' method tables never change) and calls it here directly;
//! - the `str*` functions: for an exact `str` receiver and arguments of the expected exact
//!   types, the typed API of methods/str.zig, without the wrapper's argument parsing. Each
//!   computes exactly what the wrapper would for those arguments (the wrapper calls the same
//!   functions), so results and errors are the same.
//!
//! Listed in abi/surface.zig (`functions`), which exports a C-ABI wrapper for each.
const rt = @import("../rt.zig");
const str = @import("str.zig");
const strcase = @import("../text/strcase.zig");
const strpad = @import("../text/strpad.zig");
const strsearch = @import("../text/strsearch.zig");
const strsplit = @import("../text/strsplit.zig");
const Str = rt.Str;
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const Builtin = rt.call.Builtin;

/// Calls builtin method (or function) `b` with receiver `self`.
pub fn callBuiltin(b: *const Builtin, self: Value, args: Args) Error!Value {
    return b.impl(self, args);
}

/// `s.upper()`, `s.lower()`, ... (no arguments).
pub fn strCase(s: *Str, op: strcase.Op) *Str {
    return switch (op) {
        inline else => |o| strcase.convert(s, o),
    };
}

pub const Side = enum(u8) { both, left, right };

/// `s.strip(chars)`, `s.lstrip(chars)`, `s.rstrip(chars)` (null: whitespace).
pub fn strStrip(s: *Str, chars: ?*Str, side: Side) *Str {
    return strpad.strip(s, chars, switch (side) {
        .both => strpad.both,
        .left => strpad.left_only,
        .right => strpad.right_only,
    });
}

/// `s.split(sep)` (null: runs of whitespace), no maxsplit.
pub fn strSplit(s: *Str, sep: ?*Str) Error!*rt.List {
    return str.split(s, sep, -1);
}

/// `sep.join(iterable)`.
pub fn strJoin(sep: *Str, iterable: Value) Error!*Str {
    return str.join(sep, iterable);
}

pub const Search = enum(u8) { find, rfind, index, rindex, count, startswith, endswith };

/// `s.find(sub)` and the rest of the search family with one str argument (the result as an
/// int, or 0/1 for startswith/endswith; the caller turns those into bools).
pub fn strSearch(s: *Str, sub: *Str, which: Search) Error!i64 {
    return switch (which) {
        .find => strsearch.find(s, sub, null, null),
        .rfind => strsearch.rfind(s, sub, null, null),
        .index => strsearch.index(s, sub, null, null),
        .rindex => strsearch.rindex(s, sub, null, null),
        .count => @intCast(strsearch.count(s, sub, null, null)),
        .startswith => @intFromBool(str.startswith(s, sub, null, null)),
        .endswith => @intFromBool(str.endswith(s, sub, null, null)),
    };
}

/// `s.replace(old, new)` (no count).
pub fn strReplace(s: *Str, old: *Str, new: *Str) *Str {
    return str.replace(s, old, new, -1);
}

pub const functions = .{
    .{ "methods_callBuiltin", callBuiltin }, .{ "methods_strCase", strCase },
    .{ "methods_strStrip", strStrip },       .{ "methods_strSplit", strSplit },
    .{ "methods_strJoin", strJoin },         .{ "methods_strSearch", strSearch },
    .{ "methods_strReplace", strReplace },
    // `for w in s.split():` without the list (abi/client_ops.zig forIterSplit).
    .{ "str_splitIter", strsplit.splitIter }, .{ "str_splitNext", strsplit.splitNext },
};

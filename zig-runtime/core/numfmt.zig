//! Glue between the runtime and the number formatting library in zig-runtime/format.
const std = @import("std");
const str_mod = @import("str.zig");
const fmtlib = @import("../format/root.zig");
const Builder = str_mod.Builder;

/// Appends Python's repr of a float (shortest round-trip digits, Python's layout).
pub fn floatRepr(b: *Builder, f: f64) void {
    var buf: [fmtlib.repr_len_max]u8 = undefined;
    b.append(fmtlib.reprBuf(&buf, f));
}

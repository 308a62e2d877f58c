//! Method tables of the builtin types, by type: each zig-runtime/methods/<type>.zig exports
//! `table`, a name -> *const Builtin map of that type's methods.
const value = @import("../core/value.zig");
const types = @import("../core/types.zig");
const call = @import("../core/call.zig");

pub fn lookup(t: *const value.Type, name: []const u8) ?*const call.Builtin {
    _ = t;
    _ = name;
    return null;
}

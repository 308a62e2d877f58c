//! Method tables of the builtin types, by type: each zig-runtime/methods/<type>.zig exports
//! `table`, a name -> *const Builtin map of that type's methods.
const value = @import("../core/value.zig");
const types = @import("../core/types.zig");
const call = @import("../core/call.zig");

pub fn lookup(t: *const value.Type, name: []const u8) ?*const call.Builtin {
    if (t == &types.str_type) return @import("str.zig").table.get(name);
    switch (t.kind) {
        .generator => return @import("generator.zig").table.get(name),
        .iterator => return @import("generator.zig").iterator_table.get(name),
        .file => return @import("../builtins/files.zig").table.get(name),
        else => {},
    }
    return null;
}

//! Method tables of the builtin types, by type: each zig-runtime/methods/<type>.zig exports
//! `table`, a name -> *const Builtin map of that type's methods.
const value = @import("../core/value.zig");
const types = @import("../core/types.zig");
const call = @import("../core/call.zig");

pub fn lookup(t: *const value.Type, name: []const u8) ?*const call.Builtin {
    if (t == &types.str_type) return @import("str.zig").table.get(name);
    if (t == &types.int_type) return @import("int.zig").table.get(name);
    if (t == &types.bool_type) return @import("int.zig").bool_table.get(name);
    if (t == &types.float_type) return @import("float.zig").table.get(name);
    if (t == &types.list_type) return @import("list.zig").table.get(name);
    if (t == &types.tuple_type) return @import("tuple.zig").table.get(name);
    if (t == &types.dict_type) return @import("dict.zig").table.get(name);
    if (t == &types.set_type) return @import("set.zig").set_table.get(name);
    if (t == &types.frozenset_type) return @import("set.zig").frozenset_table.get(name);
    if (t == &types.bytes_type) return @import("bytes.zig").bytes_table.get(name);
    if (t == &types.bytearray_type) return @import("bytes.zig").bytearray_table.get(name);
    if (t == &types.type_type) return @import("misc.zig").type_table.get(name);
    if (t == &types.memoryview_type) return @import("../builtins/memoryview.zig").table.get(name);
    switch (t.kind) {
        .generator => return @import("generator.zig").table.get(name),
        .iterator => return @import("generator.zig").iterator_table.get(name),
        .file => return @import("../builtins/files.zig").table.get(name),
        .complex => return @import("generator.zig").complex_table.get(name),
        .property => return @import("misc.zig").property_table.get(name),
        .range => return @import("misc.zig").range_table.get(name),
        .slice => return @import("misc.zig").slice_table.get(name),
        .dict_view => return if (@import("dict.zig").viewTable(t)) |tb| tb.get(name) else null,
        else => {},
    }
    return null;
}

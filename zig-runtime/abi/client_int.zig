//! The big-int slow paths of core/int.zig as seen from a compiled program: calls into the
//! runtime object (see abi/README.md).
const abi = @import("stub.zig");
const Int = @import("../core/int.zig").Int;

pub fn fromI64Big(v: i64) Int {
    return abi.call("int_fromI64Big", .{v});
}

pub fn toI64Big(a: Int) ?i64 {
    return abi.call("int_toI64Big", .{a});
}

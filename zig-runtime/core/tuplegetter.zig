//! The layout of `_collections._tuplegetter`, a namedtuple class's field accessor (`P.x`): the
//! runtime builds them (modules/_collections.zig), and the program side's attribute sites
//! (abi/client_attr.zig, mode .tuple_field) read the field's index to answer `p.x` inline.
const value = @import("value.zig");

pub const TupleGetter = struct {
    base: value.Object,
    index: usize,
    doc: value.Value,
};

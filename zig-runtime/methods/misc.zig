//! Methods of small builtin types: property (getter/setter/deleter), range (index, count) and
//! type (mro) and slice (indices).
const std = @import("std");
const rt = @import("../rt.zig");
const natives = @import("../core/natives.zig");
const Value = rt.Value;
const Error = rt.Error;
const Property = rt.attr.Property;

fn withField(self: Value, args: rt.Args, comptime field: []const u8) Error!Value {
    try rt.call.expectArgs(field, args, 1, 1);
    const p = self.as(Property);
    const q = rt.mem.create(Property, .scan);
    q.* = p.*;
    @field(q, "f" ++ field[0..3]) = args.pos[0];
    // A getter without its own docstring lends its __doc__ to the property.
    if (std.mem.eql(u8, field, "getter") and p.doc == .none) q.doc = (rt.attr.getattrOpt(args.pos[0], &rt.names.__doc__) catch null) orelse .none;
    return .{ .obj = &q.base };
}

fn getter(self: Value, args: rt.Args) Error!Value {
    return withField(self, args, "getter");
}
fn setter(self: Value, args: rt.Args) Error!Value {
    return withField(self, args, "setter");
}
fn deleter(self: Value, args: rt.Args) Error!Value {
    return withField(self, args, "deleter");
}
fn propGet(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__get__", args, 1, 2);
    const p = self.as(Property);
    if (args.pos[0] == .none) return self;
    if (p.fget == .none) return rt.attr.propertyMissing(args.pos[0], p.name, "getter");
    return rt.call.call1(p.fget, args.pos[0]);
}
fn propSet(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__set__", args, 2, 2);
    const p = self.as(Property);
    if (p.fset == .none) return rt.attr.propertyMissing(args.pos[0], p.name, "setter");
    _ = try rt.call.call2(p.fset, args.pos[0], args.pos[1]);
    return .none;
}

var getter_b = natives.method("property", "getter", getter);
var setter_b = natives.method("property", "setter", setter);
var deleter_b = natives.method("property", "deleter", deleter);
var prop_get_b = natives.method("property", "__get__", propGet);
var prop_set_b = natives.method("property", "__set__", propSet);

pub const property_table = natives.Table.initComptime(.{
    .{ "getter", &getter_b }, .{ "setter", &setter_b }, .{ "deleter", &deleter_b },
    .{ "__get__", &prop_get_b }, .{ "__set__", &prop_set_b },
});

fn rangeOf(v: Value) *rt.range.Range {
    return v.as(rt.range.Range);
}

fn rangeIndex(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("index", args, 1, 1);
    const r = rangeOf(self);
    const x = args.pos[0];
    if (x == .int or x == .bool) {
        if (try rt.range.position(r, x)) |i| return .{ .int = i };
        var b = rt.Builder{};
        try rt.repr.reprInto(&b, x);
        b.append(" is not in range");
        return rt.exc.raise(rt.exc.newException(&rt.types.ValueError, &.{b.finish().val()}));
    }
    // Other objects are compared with the items one by one (_PySequence_IterSearch).
    var n: i64 = 0;
    const it = rt.range.iter(self.obj);
    while (try rt.iter.next(it)) |v| : (n += 1) {
        if (try rt.ops.eq(v, x)) return Value.fromSmall(n);
    }
    return rt.exc.raiseMsg(&rt.types.ValueError, "sequence.index(x): x not in sequence");
}

fn rangeCount(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("count", args, 1, 1);
    const r = rangeOf(self);
    const x = args.pos[0];
    if (try rt.range.containsValue(r, x)) |found| return Value.fromSmall(@intFromBool(found));
    // Non-int elements are compared one by one, as CPython does.
    var n: i64 = 0;
    const it = rt.range.iter(self.obj);
    while (try rt.iter.next(it)) |v| {
        if (try rt.ops.eq(v, x)) n += 1;
    }
    return Value.fromSmall(n);
}

var range_index_b = natives.method("range", "index", rangeIndex);
var range_count_b = natives.method("range", "count", rangeCount);

pub const range_table = natives.Table.initComptime(.{
    .{ "index", &range_index_b }, .{ "count", &range_count_b },
});

/// `r.start`, `r.stop`, `r.step`.
pub fn rangeAttr(r: *rt.range.Range, name: []const u8) ?Value {
    return rt.range.attrValue(r, name);
}

/// `cls.mro()`: the C3 linearization as a list (what __mro__ holds).
fn typeMro(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("mro", args, 0, 0);
    const t = self.as(rt.Type);
    const l = rt.list.withCapacity(t.mro.len);
    for (t.mro) |c| rt.list.append(l, .{ .obj = &c.base });
    return l.val();
}

var type_mro_b = natives.method("type", "mro", typeMro);

fn typeSubclasses(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__subclasses__", args, 0, 0);
    return @import("../builtins/subclasses.zig").of(self.as(rt.Type));
}
var type_subclasses_b = natives.method("type", "__subclasses__", typeSubclasses);

pub const type_table = natives.Table.initComptime(.{
    .{ "mro", &type_mro_b },
    .{ "__subclasses__", &type_subclasses_b },
});

/// `slice.indices(length)`: the (start, stop, step) the slice selects from a sequence of that
/// length (PySlice_GetIndicesEx).
fn sliceIndices(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("indices", args, 1, 1);
    const sl = self.as(rt.slice.Slice);
    const n_v = args.pos[0];
    const n: i64 = switch (n_v) {
        .int => |i| i.toI64() orelse return rt.exc.raiseMsg(&rt.types.OverflowError, "Python int too large to convert to C ssize_t"),
        .bool => |b| @intFromBool(b),
        else => return rt.exc.raiseFmt(&rt.types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(n_v)}),
    };
    if (n < 0) return rt.exc.raiseMsg(&rt.types.ValueError, "length should not be negative");
    const b = try rt.slice.bounds(sl.start, sl.stop, sl.step, @intCast(n));
    return rt.tupleOf(&.{ Value.fromSmall(b.start), Value.fromSmall(b.stop), Value.fromSmall(b.step) });
}

var slice_indices_b = natives.method("slice", "indices", sliceIndices);

pub const slice_table = natives.Table.initComptime(.{
    .{ "indices", &slice_indices_b },
});

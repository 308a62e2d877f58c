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

/// `type.__new__(mcls, name, bases, ns, **kw)`, as a metaclass's `__new__` calls it through
/// `super()`: a new class whose type is `mcls` (or the most derived metaclass of its bases),
/// its `__qualname__` and `__module__` taken from `ns` (a copy). The keywords go to the
/// parent's `__init_subclass__`.
fn typeNew(self: Value, args: rt.Args) Error!Value {
    _ = self;
    const TypeError = &rt.types.TypeError;
    if (args.pos.len == 0) return rt.exc.raiseMsg(TypeError, "type.__new__(): not enough arguments");
    const c = args.pos[0];
    if (!c.isKind(.type)) return rt.exc.raiseFmt(TypeError, "type.__new__(X): X is not a type object ({s})", .{rt.ops.typeName(c)});
    const mcls = c.as(rt.Type);
    if (!mcls.isSubtype(&rt.types.type_type)) return rt.exc.raiseFmt(TypeError, "type.__new__({s}): {s} is not a subtype of type", .{ mcls.name, mcls.name });
    if (args.pos.len != 4) return rt.exc.raiseFmt(TypeError, "type.__new__() takes exactly 3 arguments ({d} given)", .{args.pos.len - 1});
    const want = [_]struct { rt.value.Kind, []const u8 }{ .{ .str, "str" }, .{ .tuple, "tuple" }, .{ .dict, "dict" } };
    for (want, 1..) |w, i| if (!args.pos[i].isKind(w[0])) {
        return rt.exc.raiseFmt(TypeError, "type.__new__() argument {d} must be {s}, not {s}", .{ i, w[1], rt.ops.typeName(args.pos[i]) });
    };
    const name = args.pos[1].as(rt.Str).bytes;
    const ns = rt.dict.copy(args.pos[3].as(rt.Dict));
    const qualname = if (rt.dict.getStr(ns, &rt.names.__qualname__)) |q| (if (q.isKind(.str)) q.as(rt.Str).bytes else {
        return rt.exc.raiseFmt(TypeError, "type __qualname__ must be a str, not {s}", .{rt.ops.typeName(q)});
    }) else name;
    const module = if (rt.dict.getStr(ns, &rt.names.__module__)) |m| (if (m.isKind(.str)) m.as(rt.Str).bytes else "__main__") else "__main__";
    const bases_in = args.pos[2].as(rt.Tuple).items;
    for (bases_in) |b| if (!b.isKind(.type)) return rt.exc.raiseMsg(TypeError, "bases must be types");
    var bases_buf: [16]*rt.Type = undefined;
    if (bases_in.len > bases_buf.len) return rt.exc.raiseMsg(TypeError, "too many base classes");
    for (bases_in, 0..) |b, i| bases_buf[i] = b.as(rt.Type);
    if (bases_in.len == 0) bases_buf[0] = &rt.types.object_type;
    const n = @max(bases_in.len, 1);
    const bases = rt.mem.allocSlice(*rt.Type, .scan, n);
    @memcpy(bases, bases_buf[0..n]);
    for (bases) |b| if (b.flags.final) return rt.exc.raiseFmt(TypeError, "type '{s}' is not an acceptable base type", .{b.name});
    const metatype = try rt.class.calculateMeta(c, bases);
    const t = try rt.class.typeNew(metatype, name, qualname, module, bases, ns, .{ .pos = &.{}, .kwnames = args.kwnames, .kwvals = args.kwvals });
    return .{ .obj = &t.base };
}
var type_new_b = natives.method("type", "__new__", typeNew);

/// `type.__init__(cls, name, bases, ns)` (or with one argument): checks the count and does
/// nothing else, as in CPython; a metaclass's `__init__` reaches it through `super()`.
/// A method of `type` called through the class (`type.__call__(C, ...)`) arrives with self
/// None (no class is None) and its receiver first: the receiver and the other arguments.
fn typeReceiver(comptime name: []const u8, self: Value, args: rt.Args) Error!struct { Value, rt.Args } {
    if (self != .none) return .{ self, args };
    if (args.pos.len == 0) return rt.exc.raiseMsg(&rt.types.TypeError, "descriptor '" ++ name ++ "' of 'type' object needs an argument");
    const recv = args.pos[0];
    if (!recv.isKind(.type)) return rt.exc.raiseFmt(&rt.types.TypeError, "descriptor '" ++ name ++ "' requires a 'type' object but received a '{s}'", .{rt.ops.typeName(recv)});
    return .{ recv, .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals } };
}

fn typeInit(self_in: Value, args_in: rt.Args) Error!Value {
    _, const args = try typeReceiver("__init__", self_in, args_in);
    if (args.kwnames.len != 0 and args.pos.len == 1) return rt.exc.raiseMsg(&rt.types.TypeError, "type.__init__() takes no keyword arguments");
    if (args.pos.len != 1 and args.pos.len != 3) return rt.exc.raiseMsg(&rt.types.TypeError, "type.__init__() takes 1 or 3 arguments");
    return .none;
}
var type_init_b = natives.method("type", "__init__", typeInit);

/// `type.__call__(cls, *args, **kw)`: what calling a class does without a metaclass
/// `__call__` (a metaclass's own `__call__` reaches it through `super()`).
fn typeCall(self_in: Value, args_in: rt.Args) Error!Value {
    const self, const args = try typeReceiver("__call__", self_in, args_in);
    return rt.class.callTypeDirect(self.as(rt.Type), args);
}
var type_call_b = natives.method("type", "__call__", typeCall);

pub const type_table = natives.Table.initComptime(.{
    .{ "mro", &type_mro_b },
    .{ "__subclasses__", &type_subclasses_b },
    .{ "__new__", &type_new_b },
    .{ "__init__", &type_init_b },
    .{ "__call__", &type_call_b },
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

//! `collections.defaultdict`, as CPython 3.11's C type: a dict subclass whose `__missing__`
//! calls `default_factory`, with its repr `defaultdict(<class 'list'>, {...})` and messages.
//! `default_factory` lives in the instance's attribute dict (the runtime keeps one for
//! instances of dict subclasses), so it reads and writes like any attribute.
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const nt = @import("nativetype.zig");
const dictm = @import("../methods/dict.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

pub var defaultdict_type = nt.templateOf("collections.defaultdict", .dict, &types.dict_type, &.{ .repr = repr });

var methods = nt.defs("collections.defaultdict", .{
    .{ "__init__", init_ },
    .{ "__missing__", missing_ },
    .{ "copy", copy_ },
    .{ "__copy__", copy_ },
    .{ "__reduce__", reduce_ },
    .{ "__or__", or_ },
    .{ "__ror__", ror_ },
});

pub fn setup() void {
    if (defaultdict_type.dict != null) return;
    nt.setup(&defaultdict_type, &methods, null);
    nt.classmethod(&defaultdict_type, &nt.class_getitem);
}

const factory_name = mu.lit("default_factory");

fn factoryOf(self: Value) Error!Value {
    return (try rt.attr.getattrOpt(self, factory_name)) orelse .none;
}

fn isDefaultdict(v: Value) bool {
    return v == .obj and v.obj.ty.isSubtype(&defaultdict_type);
}

/// defaultdict(default_factory=None, /, [...]): the rest goes to dict's constructor.
fn init_(self: Value, args: rt.Args) Error!Value {
    if (!isDefaultdict(self)) return exc.raiseMsg(&types.TypeError, "descriptor '__init__' requires a 'collections.defaultdict' object");
    var factory: Value = .none;
    var rest = args.pos;
    if (rest.len > 0) {
        factory = rest[0];
        rest = rest[1..];
        if (factory != .none and !try callable(factory))
            return exc.raiseMsg(&types.TypeError, "first argument must be callable or None");
    }
    if (rest.len > 1) return exc.raiseFmt(&types.TypeError, "dict expected at most 1 argument, got {d}", .{rest.len});
    try dictm.update(self.as(rt.Dict), if (rest.len == 1) rest[0] else null, args.kwnames, args.kwvals);
    try rt.attr.setattr(self, factory_name, factory);
    return .none;
}

fn callable(v: Value) Error!bool {
    const r = try rt.bi.callable_(.{ .pos = &.{v} });
    return r == .bool and r.bool;
}

fn missing_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__missing__", args, 1, 1);
    const key = args.pos[0];
    const factory = try factoryOf(self);
    if (factory == .none) return exc.raiseWith(&types.KeyError, key);
    const v = try rt.call.call0(factory);
    try rt.sub.setitem(self, key, v);
    return v;
}

/// copy(): the same class, factory and items.
fn copy_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("copy", args, 0, 0);
    return rt.call.call(.{ .obj = &rt.ops.typeOf(self).base }, .{ .pos = &.{ try factoryOf(self), self } });
}

fn reduce_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__reduce__", args, 0, 0);
    const factory = try factoryOf(self);
    const ctor_args = if (factory == .none) rt.tuple.empty.val() else rt.tupleOf(&.{factory});
    const items = try rt.iter.iter(try rt.attr.callMethod(self, mu.lit("items"), .{ .pos = &.{} }));
    return rt.tupleOf(&.{ .{ .obj = &rt.ops.typeOf(self).base }, ctor_args, .none, .none, items });
}

fn or_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__or__", args, 1, 1);
    const other = args.pos[0];
    if (!other.isKind(.dict)) return Value{ .obj = &rt.ops.not_implemented };
    const new = try rt.attr.callMethod(self, mu.lit("copy"), .{ .pos = &.{} });
    _ = try rt.attr.callMethod(new, mu.lit("update"), .{ .pos = &.{other} });
    return new;
}

fn ror_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__ror__", args, 1, 1);
    const other = args.pos[0];
    if (!other.isKind(.dict)) return Value{ .obj = &rt.ops.not_implemented };
    const new = try rt.call.call(.{ .obj = &rt.ops.typeOf(self).base }, .{ .pos = &.{ try factoryOf(self), other } });
    _ = try rt.attr.callMethod(new, mu.lit("update"), .{ .pos = &.{self} });
    return new;
}

/// `defaultdict(<class 'int'>, {'a': 1})`; a factory already being printed shows as `...`.
fn repr(v: Value, w: *std.Io.Writer) anyerror!void {
    const factory = try factoryOf(v);
    try w.print("{s}(", .{nt.shortName(v.obj.ty)});
    if (factory == .none) {
        try w.writeAll("None");
    } else if (factory == .obj and !nt.reprEnter(factory.obj)) {
        try w.writeAll("...");
    } else {
        defer if (factory == .obj) nt.reprLeave();
        try w.writeAll((try rt.repr.repr(factory)).bytes);
    }
    try w.writeAll(", ");
    var b = rt.Builder{};
    try dictm.reprInto(&b, v.as(rt.Dict));
    try w.writeAll(b.slice());
    try w.writeAll(")");
}

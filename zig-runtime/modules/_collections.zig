//! The `_collections` module (CPython's C half of `collections`, and here also its Python
//! classes that are worth having native): deque and its iterator types, defaultdict,
//! OrderedDict and its views, Counter, `_count_elements` and `_tuplegetter`.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const nt = @import("nativetype.zig");
const deque = @import("deque.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;

pub fn module() Value {
    deque.setup();
    @import("defaultdict.zig").setup();
    @import("counter.zig").setup();
    @import("odict.zig").setup();
    @import("chainmap.zig").setup();
    if (tuplegetter_type.dict == null) {
        nt.setup(&tuplegetter_type, &tuplegetter_methods, &tuplegetter_new);
        const p = rt.mem.create(rt.attr.Property, .scan);
        p.* = .{ .base = .{ .ty = &types.property_type }, .fget = tuplegetter_doc.val() };
        rt.dict.setStr(tuplegetter_type.dict.?, mu.lit("__doc__"), .{ .obj = &p.base });
    }
    return registry.nativeModule(&mod, "_collections", get);
}

fn get(name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "deque")) return nt.val(&deque.deque_type);
    if (std.mem.eql(u8, name, "_deque_iterator")) return nt.val(&deque.iter_type);
    if (std.mem.eql(u8, name, "_deque_reverse_iterator")) return nt.val(&deque.reviter_type);
    if (std.mem.eql(u8, name, "_count_elements")) return count_attr.value();
    if (std.mem.eql(u8, name, "namedtuple")) return namedtuple_attr.value();
    if (std.mem.eql(u8, name, "ChainMap")) return nt.val(&@import("chainmap.zig").chainmap_type);
    if (std.mem.eql(u8, name, "_ChainKeys")) return nt.val(&@import("chainmap.zig").keys_type);
    if (std.mem.eql(u8, name, "_ChainItems")) return nt.val(&@import("chainmap.zig").items_type);
    if (std.mem.eql(u8, name, "_ChainValues")) return nt.val(&@import("chainmap.zig").values_type);
    if (std.mem.eql(u8, name, "_tuplegetter")) return nt.val(&tuplegetter_type);
    if (std.mem.eql(u8, name, "defaultdict")) return nt.val(&@import("defaultdict.zig").defaultdict_type);
    if (std.mem.eql(u8, name, "Counter")) return nt.val(&@import("counter.zig").counter_type);
    if (std.mem.eql(u8, name, "OrderedDict")) return nt.val(&@import("odict.zig").odict_type);
    if (std.mem.eql(u8, name, "odict_keys")) return nt.val(&@import("odict.zig").keys_type);
    if (std.mem.eql(u8, name, "odict_values")) return nt.val(&@import("odict.zig").values_type);
    if (std.mem.eql(u8, name, "odict_items")) return nt.val(&@import("odict.zig").items_type);
    return null;
}

const count_attr = mu.func("_count_elements", countElements_);
const namedtuple_attr = mu.func("namedtuple", @import("namedtuple.zig").namedtuple_);

/// `_count_elements(mapping, iterable)`: mapping[x] = mapping.get(x, 0) + 1 for each item,
/// straight on the dict when the mapping's class keeps dict's get and __setitem__.
fn countElements_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("_count_elements", args, 2, 2);
    return countElements(args.pos[0], args.pos[1]);
}

pub fn countElements(mapping: Value, iterable: Value) Error!Value {
    const it = try rt.iter.iter(iterable);
    const one = Value.fromSmall(1);
    if (mapping.isKind(.dict) and usesDictMethods(mapping.obj.ty)) {
        const d = mapping.as(rt.Dict);
        while (try rt.iter.next(it)) |x| {
            const old = try rt.dict.get(d, x);
            try rt.dict.set(d, x, if (old) |o| try rt.ops.binary(.add, o, one) else one);
        }
        return .none;
    }
    const get_name = mu.lit("get");
    const zero = Value.fromSmall(0);
    while (try rt.iter.next(it)) |x| {
        const old = try rt.attr.callMethod(mapping, get_name, .{ .pos = &.{ x, zero } });
        try rt.sub.setitem(mapping, x, try rt.ops.binary(.add, old, one));
    }
    return .none;
}

fn usesDictMethods(t: *rt.Type) bool {
    inline for (.{ "get", "__setitem__" }) |n| {
        const m = rt.attr.lookupType(t, mu.lit(n)) orelse return false;
        if (!(m == .obj and m.obj.ty.kind == .builtin_function)) return false;
    }
    return true;
}

// ---- _tuplegetter -----------------------------------------------------------------------------

/// The field accessors of namedtuple classes: a read-only data descriptor for item `index`.
const TupleGetter = @import("../core/tuplegetter.zig").TupleGetter;

/// Exported (abi/surface.zig): attribute sites answer `p.x` from it inline.
pub var tuplegetter_type = nt.template("_collections._tuplegetter", .native, &.{ .repr = tgRepr });
var tuplegetter_methods = nt.defs("_collections._tuplegetter", .{
    .{ "__get__", tgGet },
    .{ "__set__", tgSet },
    .{ "__delete__", tgDelete },
});
var tuplegetter_new = rt.call.builtin("__new__", tgNew);
var tuplegetter_doc = rt.call.builtin("__doc__", tgDoc);

fn tgNew(_: Value, args: rt.Args) Error!Value {
    const cls = try nt.newCls(&tuplegetter_type, args);
    const a = nt.rest(args);
    try @import("clinic.zig").unpack("_tuplegetter", a, 2, 2);
    const index = try mu.toSsize(a.pos[0]);
    const g = rt.mem.create(TupleGetter, .scan);
    g.* = .{ .base = .{ .ty = cls }, .index = @intCast(@max(index, 0)), .doc = a.pos[1] };
    return .{ .obj = &g.base };
}

fn tgGet(self: Value, args: rt.Args) Error!Value {
    const g = try nt.selfAs(TupleGetter, &tuplegetter_type, self);
    if (args.pos.len == 0 or args.pos[0] == .none) return self;
    const obj = args.pos[0];
    if (!obj.isKind(.tuple))
        return exc.raiseFmt(&types.TypeError, "descriptor for index '{d}' for tuple subclasses doesn't apply to '{s}' object", .{ g.index, rt.ops.typeName(obj) });
    const items = obj.as(rt.Tuple).items;
    if (g.index >= items.len) return exc.raiseMsg(&types.IndexError, "tuple index out of range");
    return items[g.index];
}

/// repr(P.x): "_tuplegetter(0, 'Alias for field number 0')", as CPython shows it.
fn tgRepr(v: Value, w: *std.Io.Writer) anyerror!void {
    const g: *TupleGetter = @fieldParentPtr("base", v.obj);
    try w.print("_tuplegetter({d}, ", .{g.index});
    try w.writeAll((try rt.repr.repr(g.doc)).bytes);
    try w.writeAll(")");
}

fn tgSet(_: Value, _: rt.Args) Error!Value {
    return exc.raiseMsg(&types.AttributeError, "can't set attribute");
}

fn tgDelete(_: Value, _: rt.Args) Error!Value {
    return exc.raiseMsg(&types.AttributeError, "can't delete attribute");
}

fn tgDoc(_: Value, args: rt.Args) Error!Value {
    if (args.pos.len == 0 or !(args.pos[0] == .obj and args.pos[0].obj.ty.isSubtype(&tuplegetter_type))) return .none;
    return args.pos[0].as(TupleGetter).doc;
}

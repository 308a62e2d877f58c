//! `collections.OrderedDict`, as CPython 3.11's C type: pyaot's dicts already keep insertion
//! order, so this dict subclass adds the order-aware operations (move_to_end, popitem(last=),
//! order-sensitive ==), the `odict_keys`/`odict_values`/`odict_items` views (dict views under
//! those names) and the `OrderedDict([('a', 1)])` repr.
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const nt = @import("nativetype.zig");
const clinic = @import("clinic.zig");
const dictm = @import("../methods/dict.zig");
const views = @import("../core/views.zig");
const Value = rt.Value;
const Error = rt.Error;
const Dict = rt.Dict;
const exc = rt.exc;
const types = rt.types;
const ops = rt.ops;

pub var odict_type = nt.templateOf("collections.OrderedDict", .dict, &types.dict_type, &.{ .repr = repr });

var methods = nt.defs("collections.OrderedDict", .{
    .{ "move_to_end", moveToEnd_ },
    .{ "popitem", popitem_ },
    .{ "keys", view(.keys) },
    .{ "values", view(.values) },
    .{ "items", view(.items) },
    .{ "__reversed__", reversed_ },
    .{ "__eq__", eq_ },
    .{ "__ne__", ne_ },
    .{ "copy", copy_ },
    .{ "__copy__", copy_ },
    .{ "__or__", or_ },
    .{ "__ror__", ror_ },
    .{ "__ior__", ior_ },
    .{ "__reduce__", reduce_ },
});
var fromkeys_def = rt.call.builtin("fromkeys", fromkeys_);

/// The views: dict views (the runtime's dict_view kind) under CPython's odict names,
/// subclasses of dict_keys/dict_values/dict_items as in CPython.
pub var keys_type: rt.Type = viewType("odict_keys", &views.keys_type, &keys_type);
pub var values_type: rt.Type = viewType("odict_values", &views.values_type, &values_type);
pub var items_type: rt.Type = viewType("odict_items", &views.items_type, &items_type);

fn viewType(comptime name: []const u8, comptime base: *rt.Type, comptime self: *rt.Type) rt.Type {
    return .{
        .base = .{ .ty = &types.type_type },
        .kind = .dict_view,
        .name = name,
        .qualname = name,
        .bases = &.{base},
        .mro = &.{ self, base, &types.object_type },
        .flags = .{ .final = true },
    };
}

pub fn setup() void {
    if (odict_type.dict != null) return;
    nt.setup(&odict_type, &methods, null);
    nt.unhashable(&odict_type);
    nt.classmethod(&odict_type, &fromkeys_def);
    nt.classmethod(&odict_type, &nt.class_getitem);
}

fn isOdict(v: Value) bool {
    return v == .obj and v.obj.ty.isSubtype(&odict_type);
}

fn self_(self: Value) Error!*Dict {
    return nt.selfAs(Dict, &odict_type, self);
}

fn notImplemented() Value {
    return .{ .obj = &ops.not_implemented };
}

// ---- Order -------------------------------------------------------------------------------------

/// move_to_end(key, last=True): KeyError when the key is absent.
fn moveToEnd_(self: Value, args: rt.Args) Error!Value {
    const d = try self_(self);
    const p = try clinic.bind(.{ .name = "move_to_end", .names = &.{ "key", "last" }, .n_pos = 2, .n_req = 1 }, args);
    const key = p[0].?;
    const last = if (p[1]) |l| try ops.truthy(l) else true;
    const v = (try rt.dict.remove(d, key)) orelse return exc.raiseWith(&types.KeyError, key);
    if (last) {
        try rt.dict.set(d, key, v);
        return .none;
    }
    // To the front: rebuild the table with the key first (entries are kept in insertion order).
    const rebuilt = rt.dict.withCapacity(d.len + 1);
    try rt.dict.set(rebuilt, key, v);
    var i: usize = 0;
    while (rt.dict.nextEntry(d, &i)) |e| try rt.dict.setHashed(rebuilt, e.key, e.hash, e.value);
    d.len = rebuilt.len;
    d.used = rebuilt.used;
    d.entries = rebuilt.entries;
    d.index = rebuilt.index;
    d.bloom |= rebuilt.bloom;
    rt.dict.bumpVersion(d);
    return .none;
}

/// popitem(last=True): the last (or first) pair; KeyError when empty.
fn popitem_(self: Value, args: rt.Args) Error!Value {
    const d = try self_(self);
    const p = try clinic.bind(.{ .name = "popitem", .names = &.{"last"}, .n_pos = 1, .n_req = 0 }, args);
    const last = if (p[0]) |l| try ops.truthy(l) else true;
    if (d.len == 0) return exc.raiseWith(&types.KeyError, rt.str.static("dictionary is empty").val());
    var i: usize = 0;
    const entry = if (last) rt.dict.lastEntry(d).? else rt.dict.nextEntry(d, &i).?;
    // A copy the removal cannot clobber (a `const` bound to entry.key may alias the entry).
    var key: Value = undefined;
    key = entry.key;
    const v = (try rt.dict.remove(d, key)).?;
    return rt.tuple.pair(key, v).val();
}

fn view(comptime which: views.Which) fn (Value, rt.Args) Error!Value {
    return struct {
        fn f(self: Value, args: rt.Args) Error!Value {
            try rt.call.expectArgs(@tagName(which), args, 0, 0);
            const v = rt.mem.create(views.View, .scan);
            v.* = .{ .base = .{ .ty = switch (which) {
                .keys => &keys_type,
                .values => &values_type,
                .items => &items_type,
            } }, .dict = try self_(self), .which = which };
            return .{ .obj = &v.base };
        }
    }.f;
}

fn reversed_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__reversed__", args, 0, 0);
    return views.reversed(try self_(self), .keys);
}

// ---- Comparison and copies ---------------------------------------------------------------------

/// == with another OrderedDict also compares the order; with a plain dict it is dict ==.
fn equal(a: Value, b: Value) Error!bool {
    if (!b.isKind(.dict)) return false;
    const da = a.as(Dict);
    const db = b.as(Dict);
    if (da.len != db.len) return false;
    var i: usize = 0;
    while (rt.dict.nextEntry(da, &i)) |e| {
        const other = (try rt.dict.get(db, e.key)) orelse return false;
        if (!try ops.eq(e.value, other)) return false;
    }
    if (!isOdict(b)) return true;
    var ia: usize = 0;
    var ib: usize = 0;
    while (rt.dict.nextEntry(da, &ia)) |ea| {
        const eb = rt.dict.nextEntry(db, &ib) orelse return false;
        if (!try ops.eq(ea.key, eb.key)) return false;
    }
    return true;
}

fn eq_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__eq__", args, 1, 1);
    if (!isOdict(self) or !args.pos[0].isKind(.dict)) return notImplemented();
    return Value.fromBool(try equal(self, args.pos[0]));
}

fn ne_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__ne__", args, 1, 1);
    if (!isOdict(self) or !args.pos[0].isKind(.dict)) return notImplemented();
    return Value.fromBool(!try equal(self, args.pos[0]));
}

fn construct(cls: *rt.Type, src: ?Value) Error!Value {
    const pos: []const Value = if (src) |s| &.{s} else &.{};
    return rt.call.call(.{ .obj = &cls.base }, .{ .pos = pos });
}

fn copy_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("copy", args, 0, 0);
    return construct(ops.typeOf(self), self);
}

fn fromkeys_(_: Value, args: rt.Args) Error!Value {
    const cls = try nt.newCls(&odict_type, args);
    const p = try clinic.bind(.{ .name = "fromkeys", .names = &.{ "iterable", "value" }, .n_pos = 2, .n_req = 1 }, nt.rest(args));
    const r = try construct(cls, null);
    const v = p[1] orelse .none;
    const it = try rt.iter.iter(p[0].?);
    while (try rt.iter.next(it)) |k| try rt.sub.setitem(r, k, v);
    return r;
}

fn or_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__or__", args, 1, 1);
    if (!args.pos[0].isKind(.dict)) return notImplemented();
    const new = try construct(ops.typeOf(self), self);
    _ = try rt.attr.callMethod(new, mu.lit("update"), .{ .pos = &.{args.pos[0]} });
    return new;
}

fn ror_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__ror__", args, 1, 1);
    if (!args.pos[0].isKind(.dict)) return notImplemented();
    const new = try construct(ops.typeOf(self), args.pos[0]);
    _ = try rt.attr.callMethod(new, mu.lit("update"), .{ .pos = &.{self} });
    return new;
}

fn ior_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__ior__", args, 1, 1);
    _ = try rt.attr.callMethod(self, mu.lit("update"), .{ .pos = &.{args.pos[0]} });
    return self;
}

fn reduce_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__reduce__", args, 0, 0);
    const items = try rt.iter.iter(views.new(try self_(self), .items));
    return rt.tupleOf(&.{ .{ .obj = &ops.typeOf(self).base }, rt.tuple.empty.val(), .none, .none, items });
}

// ---- repr -------------------------------------------------------------------------------------

/// `OrderedDict([('a', 1)])`, `OrderedDict()`; an OrderedDict inside itself shows as `...`.
fn repr(v: Value, w: *std.Io.Writer) anyerror!void {
    const d = v.as(Dict);
    const name = nt.shortName(v.obj.ty);
    if (d.len == 0) return w.print("{s}()", .{name});
    if (!nt.reprEnter(v.obj)) return w.writeAll("...");
    defer nt.reprLeave();
    var b = rt.Builder{};
    b.append(name);
    b.append("([");
    var i: usize = 0;
    var first = true;
    while (rt.dict.nextEntry(d, &i)) |e| {
        if (!first) b.append(", ");
        first = false;
        b.appendByte('(');
        try rt.repr.reprInto(&b, e.key);
        b.append(", ");
        try rt.repr.reprInto(&b, e.value);
        b.appendByte(')');
    }
    b.append("])");
    try w.writeAll(b.slice());
}

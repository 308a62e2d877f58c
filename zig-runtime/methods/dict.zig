//! Methods of `dict` and of its views (`dict_keys`, `dict_values`, `dict_items`), with
//! CPython 3.11's semantics and messages: typed functions over `*Dict`, and thin table wrappers
//! that check the arguments.
const std = @import("std");
const rt = @import("../rt.zig");
const cargs = @import("cargs.zig");
const natives = @import("../core/natives.zig");
const views = @import("../core/views.zig");
const ctors = @import("../builtins/ctors.zig");
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const Dict = rt.Dict;
const types = rt.types;
const exc = rt.exc;

// ---- Typed operations ------------------------------------------------------------------------

/// `d[key]` with `__missing__` for subclasses (defaultdict-style), else KeyError(key).
pub fn getitem(d: *Dict, key: Value) Error!Value {
    if (try rt.dict.get(d, key)) |v| return v;
    if (d.base.ty.flags.heap) {
        if (rt.attr.lookupType(d.base.ty, &rt.names.__missing__)) |f| return rt.call.callUnbound(f, d.val(), &.{key});
    }
    return exc.raiseWith(&types.KeyError, key);
}

pub fn delitem(d: *Dict, key: Value) Error!void {
    if ((try rt.dict.remove(d, key)) == null) return exc.raiseWith(&types.KeyError, key);
}

/// `d.setdefault(key, default)`.
pub fn setdefault(d: *Dict, key: Value, default: Value) Error!Value {
    return rt.dict.setDefaultHashed(d, key, try rt.dict.keyHash(key), default);
}

/// `d.pop(key[, default])`: KeyError(key) without a default.
pub fn pop(d: *Dict, key: Value, default: ?Value) Error!Value {
    // An empty dict answers before hashing the key (CPython's _PyDict_Pop): `{}.pop([])` is a
    // KeyError, not a TypeError.
    if (d.len == 0) return default orelse exc.raiseWith(&types.KeyError, key);
    if (try rt.dict.remove(d, key)) |v| {
        trimTail(d);
        return v;
    }
    return default orelse exc.raiseWith(&types.KeyError, key);
}

/// `d.popitem()`: the last inserted pair (LIFO).
pub fn popitem(d: *Dict) Error!Value {
    const e = rt.dict.lastEntry(d) orelse return exc.raiseMsg(&types.KeyError, "popitem(): dictionary is empty");
    const pair = rt.tuple.pair(e.key, e.value);
    _ = try rt.dict.remove(d, e.key);
    trimTail(d);
    return pair.val();
}

/// Drops deleted entries at the end of the entry array, as CPython's popitem shrinks
/// dk_nentries, so that draining a dict with popitem() stays linear and new keys reuse the room.
/// Safe because a deleted entry's index slot is already a dummy (no slot points at it).
fn trimTail(d: *Dict) void {
    while (d.used > 0) {
        const e = &d.entries[d.used - 1];
        if (!(e.key == .none and e.hash == std.math.minInt(i64))) break;
        d.used -= 1;
    }
}

/// `d.update(src, **kw)` / `d |= src`.
pub fn update(d: *Dict, src: ?Value, kwnames: []const *rt.Str, kwvals: []const Value) Error!void {
    if (src) |s| try ctors.dictUpdateFrom(d, s);
    for (kwnames, kwvals) |k, v| try rt.dict.set(d, k.val(), v);
}

/// `cls.fromkeys(iterable, value)`: a plain dict directly, a subclass through its constructor
/// and `__setitem__`.
pub fn fromkeys(cls: *rt.Type, src: Value, v: Value) Error!Value {
    if (cls == &types.dict_type) {
        const d = rt.dict.new();
        const it = try rt.iter.iter(src);
        while (try rt.iter.next(it)) |k| try rt.dict.set(d, k, v);
        return d.val();
    }
    const r = try rt.call.call(.{ .obj = &cls.base }, .{ .pos = &.{} });
    const it = try rt.iter.iter(src);
    while (try rt.iter.next(it)) |k| try rt.sub.setitem(r, k, v);
    return r;
}

/// `a | b` (a new plain dict).
pub fn unionOf(a: *Dict, b: *Dict) Error!*Dict {
    const r = rt.dict.copy(a);
    try rt.seq.dictUpdate(r, b);
    return r;
}

pub fn reprInto(b: *rt.Builder, d: *Dict) Error!void {
    if (!cargs.reprEnter(&d.base)) return b.append("{...}");
    defer cargs.reprLeave();
    b.appendByte('{');
    var i: usize = 0;
    var first = true;
    while (rt.dict.nextEntry(d, &i)) |e| {
        if (!first) b.append(", ");
        first = false;
        try rt.repr.reprInto(b, e.key);
        b.append(": ");
        try rt.repr.reprInto(b, e.value);
    }
    b.appendByte('}');
}

// ---- The dict table --------------------------------------------------------------------------

fn m(comptime name: []const u8, comptime impl: cargs.Impl) rt.call.Builtin {
    return cargs.method("dict", name, cargs.isDict, impl);
}

inline fn self_(v: Value) *Dict {
    return v.as(Dict);
}

fn getImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("dict.get", "get", args, 1, 2);
    if (try rt.dict.get(self_(self), args.pos[0])) |v| return v;
    return if (args.pos.len == 2) args.pos[1] else .none;
}

fn setdefaultImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("dict.setdefault", "setdefault", args, 1, 2);
    return setdefault(self_(self), args.pos[0], cargs.opt(args, 1) orelse .none);
}

fn popImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("dict.pop", "pop", args, 1, 2);
    return pop(self_(self), args.pos[0], cargs.opt(args, 1));
}

fn popitemImpl(self: Value, args: Args) Error!Value {
    try cargs.none("dict.popitem", args);
    return popitem(self_(self));
}

fn keysImpl(self: Value, args: Args) Error!Value {
    try cargs.none("dict.keys", args);
    return views.new(self_(self), .keys);
}

fn valuesImpl(self: Value, args: Args) Error!Value {
    try cargs.none("dict.values", args);
    return views.new(self_(self), .values);
}

fn itemsImpl(self: Value, args: Args) Error!Value {
    try cargs.none("dict.items", args);
    return views.new(self_(self), .items);
}

fn updateImpl(self: Value, args: Args) Error!Value {
    if (args.pos.len > 1) return exc.raiseFmt(&types.TypeError, "update expected at most 1 argument, got {d}", .{args.pos.len});
    try update(self_(self), cargs.opt(args, 0), args.kwnames, args.kwvals);
    return .none;
}

fn clearImpl(self: Value, args: Args) Error!Value {
    try cargs.none("dict.clear", args);
    rt.dict.clear(self_(self));
    return .none;
}

fn copyImpl(self: Value, args: Args) Error!Value {
    try cargs.none("dict.copy", args);
    return rt.dict.copy(self_(self)).val();
}

/// A classmethod: the receiver is the class (`dict.fromkeys`, `D.fromkeys`) or an instance.
fn fromkeysImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("dict.fromkeys", "fromkeys", args, 1, 2);
    const cls: *rt.Type = if (self == .none) &types.dict_type else if (self.isKind(.type)) self.as(rt.Type) else rt.ops.typeOf(self);
    return fromkeys(cls, args.pos[0], cargs.opt(args, 1) orelse .none);
}

fn lenImpl(self: Value, args: Args) Error!Value {
    try cargs.none("dict.__len__", args);
    return Value.fromSmall(@intCast(self_(self).len));
}

fn getitemImpl(self: Value, args: Args) Error!Value {
    return getitem(self_(self), try cargs.one("dict.__getitem__", args));
}

fn setitemImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("dict.__setitem__", "__setitem__", args, 2, 2);
    try rt.dict.set(self_(self), args.pos[0], args.pos[1]);
    return .none;
}

fn delitemImpl(self: Value, args: Args) Error!Value {
    try delitem(self_(self), try cargs.one("dict.__delitem__", args));
    return .none;
}

fn containsImpl(self: Value, args: Args) Error!Value {
    return Value.fromBool(try rt.dict.contains(self_(self), try cargs.one("dict.__contains__", args)));
}

fn iterImpl(self: Value, args: Args) Error!Value {
    try cargs.none("dict.__iter__", args);
    return rt.iter.dictKeys(self_(self));
}

fn reversedImpl(self: Value, args: Args) Error!Value {
    try cargs.none("dict.__reversed__", args);
    return views.reversed(self_(self), .keys);
}

fn orImpl(self: Value, args: Args) Error!Value {
    const other = try cargs.one("dict.__or__", args);
    if (!other.isKind(.dict)) return cargs.notImplemented();
    return (try unionOf(self_(self), other.as(Dict))).val();
}

fn rorImpl(self: Value, args: Args) Error!Value {
    const other = try cargs.one("dict.__ror__", args);
    if (!other.isKind(.dict)) return cargs.notImplemented();
    return (try unionOf(other.as(Dict), self_(self))).val();
}

fn iorImpl(self: Value, args: Args) Error!Value {
    try update(self_(self), try cargs.one("dict.__ior__", args), &.{}, &.{});
    return self;
}

fn cmpImpl(comptime op: rt.ops.CmpOp) cargs.Impl {
    return struct {
        fn f(self: Value, args: Args) Error!Value {
            const other = try cargs.one("dict.__" ++ @tagName(op) ++ "__", args);
            if (!other.isKind(.dict)) return cargs.notImplemented();
            const r = (try rt.seq.sequenceCompare(op, self.obj, other.obj)) orelse return cargs.notImplemented();
            return Value.fromBool(r);
        }
    }.f;
}

/// `dict.__init__(self, src=(), **kw)`: updates (never clears) the dict.
fn initImpl(self: Value, args: Args) Error!Value {
    if (args.pos.len > 1) return exc.raiseFmt(&types.TypeError, "dict expected at most 1 argument, got {d}", .{args.pos.len});
    try update(self_(self), cargs.opt(args, 0), args.kwnames, args.kwvals);
    return .none;
}

fn reprImpl(self: Value, args: Args) Error!Value {
    try cargs.none("dict.__repr__", args);
    var b = rt.Builder{};
    try reprInto(&b, self_(self));
    return b.finish().val();
}

fn hashImpl(self: Value, args: Args) Error!Value {
    _ = args;
    return cargs.unhashable(self);
}

var get_b = m("get", getImpl);
var setdefault_b = m("setdefault", setdefaultImpl);
var pop_b = m("pop", popImpl);
var popitem_b = m("popitem", popitemImpl);
var keys_b = m("keys", keysImpl);
var values_b = m("values", valuesImpl);
var items_b = m("items", itemsImpl);
var update_b = m("update", updateImpl);
var clear_b = m("clear", clearImpl);
var copy_b = m("copy", copyImpl);
var fromkeys_b = natives.method("dict", "fromkeys", fromkeysImpl);
var len_b = m("__len__", lenImpl);
var getitem_b = m("__getitem__", getitemImpl);
var setitem_b = m("__setitem__", setitemImpl);
var delitem_b = m("__delitem__", delitemImpl);
var contains_b = m("__contains__", containsImpl);
var iter_b = m("__iter__", iterImpl);
var reversed_b = m("__reversed__", reversedImpl);
var or_b = m("__or__", orImpl);
var ror_b = m("__ror__", rorImpl);
var ior_b = m("__ior__", iorImpl);
var eq_b = m("__eq__", cmpImpl(.eq));
var ne_b = m("__ne__", cmpImpl(.ne));
var init_b = m("__init__", initImpl);
var repr_b = m("__repr__", reprImpl);
var hash_b = m("__hash__", hashImpl);

pub const table = natives.Table.initComptime(.{
    .{ "get", &get_b },
    .{ "setdefault", &setdefault_b },
    .{ "pop", &pop_b },
    .{ "popitem", &popitem_b },
    .{ "keys", &keys_b },
    .{ "values", &values_b },
    .{ "items", &items_b },
    .{ "update", &update_b },
    .{ "clear", &clear_b },
    .{ "copy", &copy_b },
    .{ "fromkeys", &fromkeys_b },
    .{ "__len__", &len_b },
    .{ "__getitem__", &getitem_b },
    .{ "__setitem__", &setitem_b },
    .{ "__delitem__", &delitem_b },
    .{ "__contains__", &contains_b },
    .{ "__iter__", &iter_b },
    .{ "__reversed__", &reversed_b },
    .{ "__or__", &or_b },
    .{ "__ror__", &ror_b },
    .{ "__ior__", &ior_b },
    .{ "__eq__", &eq_b },
    .{ "__ne__", &ne_b },
    .{ "__init__", &init_b },
    .{ "__repr__", &repr_b },
    .{ "__hash__", &hash_b },
});

// ---- The views' tables -----------------------------------------------------------------------

fn isView(v: Value) bool {
    return v.isKind(.dict_view);
}

fn viewMethod(comptime owner: []const u8, comptime name: []const u8, comptime impl: cargs.Impl) rt.call.Builtin {
    return cargs.method(owner, name, isView, impl);
}

inline fn view_(v: Value) *views.View {
    return views.fromObj(v.obj);
}

fn viewLenImpl(self: Value, args: Args) Error!Value {
    try cargs.none("__len__", args);
    return Value.fromSmall(@intCast(view_(self).dict.len));
}

fn viewIterImpl(self: Value, args: Args) Error!Value {
    try cargs.none("__iter__", args);
    return views.iter(self.obj);
}

fn viewReversedImpl(self: Value, args: Args) Error!Value {
    try cargs.none("__reversed__", args);
    const v = view_(self);
    return views.reversed(v.dict, v.which);
}

fn viewContainsImpl(self: Value, args: Args) Error!Value {
    return Value.fromBool(try views.contains(self.obj, try cargs.one("__contains__", args)));
}

fn viewIsdisjointImpl(self: Value, args: Args) Error!Value {
    return Value.fromBool(try views.isDisjoint(self, try cargs.one("isdisjoint", args)));
}

fn viewTables(comptime owner: []const u8) type {
    return struct {
        var vlen_b = viewMethod(owner, "__len__", viewLenImpl);
        var viter_b = viewMethod(owner, "__iter__", viewIterImpl);
        var vreversed_b = viewMethod(owner, "__reversed__", viewReversedImpl);
        var vcontains_b = viewMethod(owner, "__contains__", viewContainsImpl);
        var visdisjoint_b = viewMethod(owner, "isdisjoint", viewIsdisjointImpl);
        const common = .{
            .{ "__len__", &vlen_b },
            .{ "__iter__", &viter_b },
            .{ "__reversed__", &vreversed_b },
        };
        pub const set_like = natives.Table.initComptime(common ++ .{
            .{ "__contains__", &vcontains_b },
            .{ "isdisjoint", &visdisjoint_b },
        });
        pub const values = natives.Table.initComptime(common);
    };
}

pub const keys_table = viewTables("dict_keys").set_like;
pub const items_table = viewTables("dict_items").set_like;
pub const values_table = viewTables("dict_values").values;

/// The method table of a dict view type.
pub fn viewTable(t: *const rt.Type) ?*const natives.Table {
    if (t == &views.keys_type) return &keys_table;
    if (t == &views.items_type) return &items_table;
    if (t == &views.values_type) return &values_table;
    return null;
}

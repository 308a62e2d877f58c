//! `collections.ChainMap`, a native port of CPython 3.11's (pure Python) class: a view over a
//! list of mappings, the first one taking the writes. Instances are ordinary instances (their
//! `maps` attribute is in their dict, as in CPython), and every method reads `self.maps` and
//! calls through the generic protocols, so subclasses behave as with the Python class. Its
//! keys()/items()/values() are live views named KeysView/ItemsView/ValuesView.
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const nt = @import("nativetype.zig");
const clinic = @import("clinic.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;
const ops = rt.ops;

pub var chainmap_type = nt.templateIn("collections", "ChainMap", .instance, &types.object_type, &.{ .repr = repr });

var methods = nt.defs("collections.ChainMap", .{
    .{ "__init__", init_ },
    .{ "__missing__", missing_ },
    .{ "__getitem__", getitem_ },
    .{ "get", get_ },
    .{ "__len__", len_ },
    .{ "__iter__", iter_ },
    .{ "__contains__", contains_ },
    .{ "__bool__", bool_ },
    .{ "copy", copy_ },
    .{ "__copy__", copy_ },
    .{ "new_child", newChild_ },
    .{ "__setitem__", setitem_ },
    .{ "__delitem__", delitem_ },
    .{ "popitem", popitem_ },
    .{ "pop", pop_ },
    .{ "clear", clear_ },
    .{ "keys", view(.keys) },
    .{ "items", view(.items) },
    .{ "values", view(.values) },
    .{ "setdefault", setdefault_ },
    .{ "update", update_ },
    .{ "__eq__", eq_ },
    .{ "__ior__", ior_ },
    .{ "__or__", or_ },
    .{ "__ror__", ror_ },
});
var fromkeys_def = rt.call.builtin("fromkeys", fromkeys_);
var parents_def = rt.call.builtin("parents", parents_);

pub fn setup() void {
    if (chainmap_type.dict != null) return;
    nt.setup(&chainmap_type, &methods, null);
    nt.unhashable(&chainmap_type);
    nt.classmethod(&chainmap_type, &fromkeys_def);
    const p = rt.mem.create(rt.attr.Property, .scan);
    p.* = .{ .base = .{ .ty = &types.property_type }, .fget = parents_def.val() };
    rt.dict.setStr(chainmap_type.dict.?, mu.lit("parents"), .{ .obj = &p.base });
    // Mapping's `__reversed__ = None`: reversed() refuses a ChainMap.
    rt.dict.setStr(chainmap_type.dict.?, mu.lit("__reversed__"), .none);
    for ([_]*rt.Type{ &keys_type, &items_type, &values_type }, [_]*[view_methods.len]rt.call.Builtin{ &keys_methods, &items_methods, &values_methods }) |t, ms| {
        const d = rt.dict.new();
        for (ms) |*b| rt.dict.setStr(d, rt.str.static(b.name), b.val());
        rt.dict.setStr(d, mu.lit("__module__"), rt.str.static("collections.abc").val());
        rt.dict.setStr(d, mu.lit("__hash__"), .none);
        t.dict = d;
        const mro = rt.mem.allocSlice(*rt.Type, .scan, 2);
        mro[0] = t;
        mro[1] = &types.object_type;
        t.mro = mro;
        rt.mem.addRoot(@ptrCast(t), @sizeOf(rt.Type));
    }
}

// ---- Helpers ----------------------------------------------------------------------------------

fn method(self: Value, comptime name: []const u8, pos: []const Value) Error!Value {
    return rt.attr.callMethod(self, mu.lit(name), .{ .pos = pos });
}

/// `self.maps` as a slice (a list's own items: do not keep across calls that may mutate it).
fn mapsOf(self: Value) Error![]Value {
    return rt.iter.toSlice(try rt.attr.getattr(self, mu.lit("maps")));
}

fn first(self: Value) Error!Value {
    const maps = try mapsOf(self);
    if (maps.len == 0) return exc.raiseMsg(&types.IndexError, "list index out of range");
    return maps[0];
}

fn construct(self: Value, pos: []const Value) Error!Value {
    return rt.call.call(.{ .obj = &ops.typeOf(self).base }, .{ .pos = pos });
}

fn notImplemented() Value {
    return .{ .obj = &ops.not_implemented };
}

/// What collections.abc.Mapping recognizes: dicts, ChainMaps, and classes with the mapping
/// methods (Mapping's mixins give every Mapping keys, items and __getitem__).
pub fn isMapping(v: Value) bool {
    if (v.isKind(.dict)) return true;
    const t = ops.typeOf(v);
    if (t.isSubtype(&chainmap_type)) return true;
    inline for (.{ "keys", "items", "__getitem__" }) |n| {
        if (rt.attr.lookupType(t, mu.lit(n)) == null) return false;
    }
    return true;
}

/// `KeyError(msg)` with `msg` built by `fmt` from the key's repr.
fn keyError(comptime prefix: []const u8, key: Value) Error {
    var b = rt.Builder{};
    b.append(prefix);
    try rt.repr.reprInto(&b, key);
    return exc.raiseWith(&types.KeyError, b.finish().val());
}

// ---- Mapping ----------------------------------------------------------------------------------

fn init_(self: Value, args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseFmt(&types.TypeError, "ChainMap.__init__() got an unexpected keyword argument '{s}'", .{args.kwnames[0].bytes});
    const maps = if (args.pos.len == 0) rt.list.fromSlice(&.{rt.dict.new().val()}) else rt.list.fromSlice(args.pos);
    try rt.attr.setattr(self, mu.lit("maps"), maps.val());
    return .none;
}

fn missing_(_: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__missing__", args, 1, 1);
    return exc.raiseWith(&types.KeyError, args.pos[0]);
}

fn lookup(self: Value, key: Value) Error!?Value {
    for (try mapsOf(self)) |m| {
        return rt.sub.getitem(m, key) catch |e| {
            if (exc.pendingIs(&types.KeyError)) {
                _ = exc.take();
                continue;
            }
            return e;
        };
    }
    return null;
}

fn getitem_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__getitem__", args, 1, 1);
    return (try lookup(self, args.pos[0])) orelse method(self, "__missing__", &.{args.pos[0]});
}

fn containsKey(self: Value, key: Value) Error!bool {
    for (try mapsOf(self)) |m| if (try rt.sub.contains(m, key)) return true;
    return false;
}

fn get_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("get", args, 1, 2);
    if (try rt.sub.contains(self, args.pos[0])) return rt.sub.getitem(self, args.pos[0]);
    return if (args.pos.len == 2) args.pos[1] else .none;
}

/// The keys in iteration order: the last map's first, each key where it first appears.
fn keyDict(self: Value) Error!*rt.Dict {
    const d = rt.dict.new();
    const maps = try mapsOf(self);
    var i = maps.len;
    while (i > 0) {
        i -= 1;
        const it = try rt.iter.iter(maps[i]);
        while (try rt.iter.next(it)) |k| try rt.dict.set(d, k, .none);
    }
    return d;
}

fn len_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__len__", args, 0, 0);
    return Value.fromSmall(@intCast((try keyDict(self)).len));
}

fn iter_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__iter__", args, 0, 0);
    return rt.iter.dictKeys(try keyDict(self));
}

fn contains_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__contains__", args, 1, 1);
    return Value.fromBool(try containsKey(self, args.pos[0]));
}

fn bool_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__bool__", args, 0, 0);
    for (try mapsOf(self)) |m| if (try ops.truthy(m)) return Value.True;
    return Value.False;
}

fn fromkeys_(_: Value, args: rt.Args) Error!Value {
    const cls = try nt.newCls(&chainmap_type, args);
    const a = nt.rest(args);
    if (a.pos.len < 1) return exc.raiseMsg(&types.TypeError, "ChainMap.fromkeys() missing 1 required positional argument: 'iterable'");
    const d = try @import("../methods/dict.zig").fromkeys(&types.dict_type, a.pos[0], if (a.pos.len > 1) a.pos[1] else .none);
    return rt.call.call1(.{ .obj = &cls.base }, d);
}

fn copy_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("copy", args, 0, 0);
    const maps = try mapsOf(self);
    if (maps.len == 0) return exc.raiseMsg(&types.IndexError, "list index out of range");
    const pos = rt.mem.allocSlice(Value, .scan, maps.len);
    pos[0] = try method(maps[0], "copy", &.{});
    @memcpy(pos[1..], maps[1..]);
    return construct(self, pos);
}

fn newChild_(self: Value, args: rt.Args) Error!Value {
    if (args.pos.len > 1) return exc.raiseFmt(&types.TypeError, "ChainMap.new_child() takes from 1 to 2 positional arguments but {d} were given", .{args.pos.len + 1});
    var m: Value = if (args.pos.len == 1) args.pos[0] else .none;
    const kwargs = rt.dict.new();
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "m") and args.pos.len == 0 and m == .none) {
            m = v;
            continue;
        }
        rt.dict.setStr(kwargs, k, v);
    }
    if (m == .none) {
        m = kwargs.val();
    } else if (kwargs.len > 0) {
        _ = try method(m, "update", &.{kwargs.val()});
    }
    const maps = try mapsOf(self);
    const pos = rt.mem.allocSlice(Value, .scan, maps.len + 1);
    pos[0] = m;
    @memcpy(pos[1..], maps);
    return construct(self, pos);
}

fn parents_(_: Value, args: rt.Args) Error!Value {
    const self = args.pos[0];
    const maps = try mapsOf(self);
    return construct(self, if (maps.len > 0) maps[1..] else maps);
}

fn setitem_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__setitem__", args, 2, 2);
    try rt.sub.setitem(try first(self), args.pos[0], args.pos[1]);
    return .none;
}

fn delitem_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__delitem__", args, 1, 1);
    rt.sub.delitem(try first(self), args.pos[0]) catch |e| {
        if (!exc.pendingIs(&types.KeyError)) return e;
        _ = exc.take();
        return keyError("Key not found in the first mapping: ", args.pos[0]);
    };
    return .none;
}

fn popitem_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("popitem", args, 0, 0);
    return method(try first(self), "popitem", &.{}) catch |e| {
        if (!exc.pendingIs(&types.KeyError)) return e;
        _ = exc.take();
        return exc.raiseWith(&types.KeyError, rt.str.static("No keys found in the first mapping.").val());
    };
}

fn pop_(self: Value, args: rt.Args) Error!Value {
    if (args.pos.len < 1) return exc.raiseMsg(&types.TypeError, "ChainMap.pop() missing 1 required positional argument: 'key'");
    return rt.attr.callMethod(try first(self), mu.lit("pop"), .{ .pos = args.pos }) catch |e| {
        if (!exc.pendingIs(&types.KeyError)) return e;
        _ = exc.take();
        return keyError("Key not found in the first mapping: ", args.pos[0]);
    };
}

fn clear_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("clear", args, 0, 0);
    _ = try method(try first(self), "clear", &.{});
    return .none;
}

fn setdefault_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("setdefault", args, 1, 2);
    const key = args.pos[0];
    if (!try rt.sub.contains(self, key)) try rt.sub.setitem(self, key, if (args.pos.len == 2) args.pos[1] else .none);
    return rt.sub.getitem(self, key);
}

/// MutableMapping.update: from a mapping, an object with keys(), or pairs; then keywords.
pub fn updateFrom(self: Value, other: Value) Error!void {
    if (isMapping(other) or try rt.attr.hasattr(other, mu.lit("keys"))) {
        const keys = if (isMapping(other)) try rt.iter.iter(other) else try rt.iter.iter(try method(other, "keys", &.{}));
        while (try rt.iter.next(keys)) |k| try rt.sub.setitem(self, k, try rt.sub.getitem(other, k));
        return;
    }
    const it = try rt.iter.iter(other);
    while (try rt.iter.next(it)) |pair| {
        const kv = try rt.unpack(pair, 2);
        try rt.sub.setitem(self, kv[0], kv[1]);
    }
}

fn update_(self: Value, args: rt.Args) Error!Value {
    if (args.pos.len > 1) return exc.raiseFmt(&types.TypeError, "ChainMap.update() takes from 1 to 2 positional arguments but {d} were given", .{args.pos.len + 1});
    if (args.pos.len == 1) try updateFrom(self, args.pos[0]);
    for (args.kwnames, args.kwvals) |k, v| try rt.sub.setitem(self, k.val(), v);
    return .none;
}

/// Mapping.__eq__: dict(self.items()) == dict(other.items()).
fn eq_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__eq__", args, 1, 1);
    const other = args.pos[0];
    if (!isMapping(other)) return notImplemented();
    const a = try rt.call.call1(.{ .obj = &types.dict_type.base }, try method(self, "items", &.{}));
    const b = try rt.call.call1(.{ .obj = &types.dict_type.base }, try method(other, "items", &.{}));
    return Value.fromBool(try ops.eq(a, b));
}

fn ior_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__ior__", args, 1, 1);
    _ = try method(try first(self), "update", &.{args.pos[0]});
    return self;
}

fn or_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__or__", args, 1, 1);
    if (!isMapping(args.pos[0])) return notImplemented();
    const m = try method(self, "copy", &.{});
    _ = try method(try first(m), "update", &.{args.pos[0]});
    return m;
}

fn ror_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__ror__", args, 1, 1);
    if (!isMapping(args.pos[0])) return notImplemented();
    const m = try rt.call.call1(.{ .obj = &types.dict_type.base }, args.pos[0]);
    const maps = try mapsOf(self);
    var i = maps.len;
    while (i > 0) {
        i -= 1;
        _ = try method(m, "update", &.{maps[i]});
    }
    return construct(self, &.{m});
}

/// `ChainMap({'a': 1}, {'b': 2})`; a ChainMap inside itself shows as `...`.
fn repr(v: Value, w: *std.Io.Writer) anyerror!void {
    if (!nt.reprEnter(v.obj)) return w.writeAll("...");
    defer nt.reprLeave();
    try w.print("{s}(", .{nt.shortName(v.obj.ty)});
    for (try mapsOf(v), 0..) |m, i| {
        if (i > 0) try w.writeAll(", ");
        try w.writeAll((try rt.repr.repr(m)).bytes);
    }
    try w.writeAll(")");
}

// ---- Views (collections.abc's KeysView/ItemsView/ValuesView over a ChainMap) -------------------

const Which = enum { keys, items, values };

const View = struct {
    base: rt.Object,
    mapping: Value,
    which: Which,
};

fn viewType(comptime name: []const u8) rt.Type {
    return .{
        .base = .{ .ty = &types.type_type },
        .kind = .native,
        .name = name,
        .qualname = name,
        .module = "collections.abc",
        .bases = &.{&types.object_type},
        .flags = .{ .heap = true, .final = true },
        .native = &view_ops,
    };
}

pub var keys_type: rt.Type = viewType("KeysView");
pub var items_type: rt.Type = viewType("ItemsView");
pub var values_type: rt.Type = viewType("ValuesView");
const view_ops: rt.value.NativeOps = .{ .repr = viewRepr, .len = viewLen, .iter = viewIter, .contains = viewContains };

const view_methods = .{
    .{ "__len__", viewLen_ },
    .{ "__iter__", viewIter_ },
    .{ "__contains__", viewContains_ },
    .{ "__eq__", viewSetOp(.eq) },
    .{ "__and__", viewBinOp(.band) },
    .{ "__or__", viewBinOp(.bor) },
    .{ "__sub__", viewBinOp(.sub) },
    .{ "__xor__", viewBinOp(.bxor) },
    .{ "isdisjoint", isdisjoint_ },
};
var keys_methods = nt.defs("KeysView", view_methods);
var items_methods = nt.defs("ItemsView", view_methods);
var values_methods = nt.defs("ValuesView", view_methods);

fn view(comptime which: Which) fn (Value, rt.Args) Error!Value {
    return struct {
        fn f(self: Value, args: rt.Args) Error!Value {
            try rt.call.expectArgs(@tagName(which), args, 0, 0);
            const v = rt.mem.create(View, .scan);
            v.* = .{ .base = .{ .ty = switch (which) {
                .keys => &keys_type,
                .items => &items_type,
                .values => &values_type,
            } }, .mapping = self, .which = which };
            return .{ .obj = &v.base };
        }
    }.f;
}

fn viewOf(v: Value) Error!*View {
    if (v == .obj and (v.obj.ty == &keys_type or v.obj.ty == &items_type or v.obj.ty == &values_type)) return v.as(View);
    return exc.raiseFmt(&types.TypeError, "descriptor requires a mapping view, not '{s}'", .{ops.typeName(v)});
}

fn viewLen(v: Value) anyerror!usize {
    return rt.iter.len((try viewOf(v)).mapping);
}

fn viewLen_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__len__", args, 0, 0);
    return Value.fromSmall(@intCast(try rt.iter.len((try viewOf(self)).mapping)));
}

/// Live iteration: keys from the mapping, values and items read as they go.
fn viewIter(v: Value) anyerror!Value {
    const view_ = try viewOf(v);
    const keys = try rt.iter.iter(view_.mapping);
    if (view_.which == .keys) return keys;
    const it = rt.iter.newIter(&rt.iter.iterator_type, viewNext, keys);
    it.b = view_.mapping;
    it.i = @intFromBool(view_.which == .items);
    return it.val();
}

fn viewNext(it: *rt.iter.NativeIter) Error!?Value {
    const key = (try rt.iter.next(it.a)) orelse return null;
    const value = try rt.sub.getitem(it.b, key);
    return if (it.i == 1) rt.tuple.pair(key, value).val() else value;
}

fn viewIter_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__iter__", args, 0, 0);
    return viewIter(self) catch |e| return @errorCast(e);
}

fn viewContains(v: Value, x: Value) anyerror!bool {
    const view_ = try viewOf(v);
    switch (view_.which) {
        .keys => return rt.sub.contains(view_.mapping, x),
        .items => {
            const kv = try rt.unpack(x, 2);
            const got = (try lookupOpt(view_.mapping, kv[0])) orelse return false;
            return ops.identical(got, kv[1]) or try ops.eq(got, kv[1]);
        },
        .values => {
            const it = try rt.iter.iter(view_.mapping);
            while (try rt.iter.next(it)) |k| {
                const got = try rt.sub.getitem(view_.mapping, k);
                if (ops.identical(got, x) or try ops.eq(got, x)) return true;
            }
            return false;
        },
    }
}

fn lookupOpt(m: Value, key: Value) Error!?Value {
    return rt.sub.getitem(m, key) catch |e| {
        if (!exc.pendingIs(&types.KeyError)) return e;
        _ = exc.take();
        return null;
    };
}

fn viewContains_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__contains__", args, 1, 1);
    return Value.fromBool(viewContains(self, args.pos[0]) catch |e| return @errorCast(e));
}

/// The view's items as a set (KeysView and ItemsView take set operations from Set).
fn asSet(v: Value) Error!Value {
    return rt.call.call1(.{ .obj = &types.set_type.base }, v);
}

fn isSetLike(v: Value) bool {
    if (v == .obj and (v.obj.ty == &keys_type or v.obj.ty == &items_type)) return true;
    return v.isKind(.set) or v.isKind(.frozenset) or v.isKind(.dict_view);
}

fn viewSetOp(comptime op: ops.CmpOp) fn (Value, rt.Args) Error!Value {
    return struct {
        fn f(self: Value, args: rt.Args) Error!Value {
            try rt.call.expectArgs("__eq__", args, 1, 1);
            const v = try viewOf(self);
            if (v.which == .values) return Value.fromBool(ops.identical(self, args.pos[0]));
            if (!isSetLike(args.pos[0])) return notImplemented();
            return ops.compare(op, try asSet(self), try asSet(args.pos[0]));
        }
    }.f;
}

fn viewBinOp(comptime op: ops.BinOp) fn (Value, rt.Args) Error!Value {
    return struct {
        fn f(self: Value, args: rt.Args) Error!Value {
            try rt.call.expectArgs("__op__", args, 1, 1);
            if ((try viewOf(self)).which == .values) return notImplemented();
            return ops.binary(op, try asSet(self), try asSet(args.pos[0]));
        }
    }.f;
}

fn isdisjoint_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("isdisjoint", args, 1, 1);
    const it = try rt.iter.iter(args.pos[0]);
    while (try rt.iter.next(it)) |x| if (viewContains(self, x) catch |e| return @errorCast(e)) return Value.False;
    return Value.True;
}

/// `KeysView(ChainMap({'a': 1}))`.
fn viewRepr(v: Value, w: *std.Io.Writer) anyerror!void {
    const view_ = try viewOf(v);
    try w.print("{s}(", .{v.obj.ty.name});
    try w.writeAll((try rt.repr.repr(view_.mapping)).bytes);
    try w.writeAll(")");
}

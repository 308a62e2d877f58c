//! `functools.partial` and the `lru_cache` wrapper, as CPython 3.11's C versions in
//! _functools: callable objects with an attribute dict (update_wrapper writes `__name__`,
//! `__wrapped__`... there), CPython's messages and reprs.
//!
//! The LRU order lives in the cache dict itself: pyaot's dicts keep insertion order, so a hit
//! re-inserts its key at the end and eviction removes the first key, as CPython's linked list
//! of links does.
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const nt = @import("nativetype.zig");
const Value = rt.Value;
const Error = rt.Error;
const Dict = rt.Dict;
const exc = rt.exc;
const types = rt.types;
const ops = rt.ops;

// ---- partial ----------------------------------------------------------------------------------

/// A partial object: an ordinary instance (its dict holds user attributes) plus the call.
const Partial = struct {
    inst: rt.attr.Instance,
    func: Value,
    args: Value,
    keywords: *Dict,
};

pub var partial_type = nt.template("functools.partial", .instance, &.{ .repr = partialRepr });
var partial_methods = nt.defs("functools.partial", .{
    .{ "__call__", partialCall },
});
var partial_new = rt.call.builtin("__new__", partialNew);
var func_get = rt.call.builtin("func", partialFunc);
var args_get = rt.call.builtin("args", partialArgs);
var keywords_get = rt.call.builtin("keywords", partialKeywords);

fn readonly(t: *rt.Type, getter: *rt.call.Builtin) void {
    const p = rt.mem.create(rt.attr.Property, .scan);
    p.* = .{ .base = .{ .ty = &types.property_type }, .fget = getter.val() };
    rt.dict.setStr(t.dict.?, rt.str.static(getter.name), .{ .obj = &p.base });
}

pub fn setup() void {
    if (partial_type.dict != null) return;
    nt.setup(&partial_type, &partial_methods, &partial_new);
    readonly(&partial_type, &func_get);
    readonly(&partial_type, &args_get);
    readonly(&partial_type, &keywords_get);
    nt.classmethod(&partial_type, &nt.class_getitem);
    nt.setup(&lru_type, &lru_methods, null);
}

fn isPartial(v: Value) bool {
    return v == .obj and v.obj.ty.isSubtype(&partial_type);
}

fn asPartial(v: Value) Error!*Partial {
    return nt.selfAs(Partial, &partial_type, v);
}

/// partial(func, /, *args, **keywords); a partial of a partial (one that has not got its own
/// __call__ nor instance attributes) is flattened.
fn partialNew(_: Value, args: rt.Args) Error!Value {
    const cls = try nt.newCls(&partial_type, args);
    const a = nt.rest(args);
    if (a.pos.len == 0) return exc.raiseMsg(&types.TypeError, "type 'partial' takes at least one argument");
    var func = a.pos[0];
    if (!try callable(func)) return exc.raiseMsg(&types.TypeError, "the first argument must be callable");
    const kw = rt.dict.new();
    var pos = a.pos[1..];
    if (isPartial(func) and flattenable(func)) {
        const inner = try asPartial(func);
        const inner_args = inner.args.as(rt.Tuple).items;
        const joined = rt.mem.allocSlice(Value, .scan, inner_args.len + pos.len);
        @memcpy(joined[0..inner_args.len], inner_args);
        @memcpy(joined[inner_args.len..], pos);
        pos = joined;
        try @import("../methods/dict.zig").update(kw, inner.keywords.val(), &.{}, &.{});
        func = inner.func;
    }
    for (a.kwnames, a.kwvals) |k, v| rt.dict.setStr(kw, k, v);
    const p = rt.mem.create(Partial, .scan);
    p.* = .{ .inst = .{ .base = .{ .ty = cls }, .dict = rt.dict.new() }, .func = func, .args = rt.tupleOf(pos), .keywords = kw };
    return p.inst.val();
}

/// CPython flattens when the inner object is called by partial's own __call__ and has no
/// instance attributes.
fn flattenable(v: Value) bool {
    const call_attr = rt.attr.lookupType(v.obj.ty, &rt.names.__call__) orelse return false;
    if (!(call_attr == .obj and call_attr.obj == &partial_methods[0].base)) return false;
    return v.as(rt.attr.Instance).dict.len == 0;
}

fn callable(v: Value) Error!bool {
    const r = try rt.bi.callable_(.{ .pos = &.{v} });
    return r == .bool and r.bool;
}

fn partialCall(self: Value, args: rt.Args) Error!Value {
    const p = try asPartial(self);
    const stored = p.args.as(rt.Tuple).items;
    var pos = args.pos;
    if (stored.len > 0) {
        const joined = rt.mem.allocSlice(Value, .scan, stored.len + args.pos.len);
        @memcpy(joined[0..stored.len], stored);
        @memcpy(joined[stored.len..], args.pos);
        pos = joined;
    }
    if (p.keywords.len == 0) return rt.call.call(p.func, .{ .pos = pos, .kwnames = args.kwnames, .kwvals = args.kwvals });
    // {**self.keywords, **keywords}
    const merged = rt.dict.copy(p.keywords);
    for (args.kwnames, args.kwvals) |k, v| rt.dict.setStr(merged, k, v);
    const names = rt.mem.allocSlice(*rt.Str, .scan, merged.len);
    const vals = rt.mem.allocSlice(Value, .scan, merged.len);
    var i: usize = 0;
    var n: usize = 0;
    while (rt.dict.nextEntry(merged, &i)) |e| : (n += 1) {
        names[n] = e.key.as(rt.Str);
        vals[n] = e.value;
    }
    return rt.call.call(p.func, .{ .pos = pos, .kwnames = names, .kwvals = vals });
}

fn partialFunc(_: Value, args: rt.Args) Error!Value {
    return (try asPartial(args.pos[0])).func;
}
fn partialArgs(_: Value, args: rt.Args) Error!Value {
    return (try asPartial(args.pos[0])).args;
}
fn partialKeywords(_: Value, args: rt.Args) Error!Value {
    return (try asPartial(args.pos[0])).keywords.val();
}

/// `functools.partial(<function f at 0x...>, 1, key=2)`; a subclass shows its own name.
fn partialRepr(v: Value, w: *std.Io.Writer) anyerror!void {
    const p = try asPartial(v);
    if (!nt.reprEnter(v.obj)) return w.writeAll("...");
    defer nt.reprLeave();
    try w.print("{s}(", .{v.obj.ty.name});
    try w.writeAll((try rt.repr.repr(p.func)).bytes);
    for (p.args.as(rt.Tuple).items) |x| {
        try w.writeAll(", ");
        try w.writeAll((try rt.repr.repr(x)).bytes);
    }
    var i: usize = 0;
    while (rt.dict.nextEntry(p.keywords, &i)) |e| {
        try w.print(", {s}=", .{(try rt.repr.str(e.key)).bytes});
        try w.writeAll((try rt.repr.repr(e.value)).bytes);
    }
    try w.writeAll(")");
}

// ---- lru_cache --------------------------------------------------------------------------------

/// The wrapper `lru_cache` returns: an ordinary instance (update_wrapper fills its dict) plus
/// the cache.
const Lru = struct {
    inst: rt.attr.Instance,
    func: Value,
    /// Key -> result, least recently used first. Null when maxsize is 0 (no caching).
    cache: *Dict,
    /// -1: unbounded.
    maxsize: i64,
    typed: bool,
    hits: i64 = 0,
    misses: i64 = 0,
    info_type: Value,
};

pub var lru_type = nt.template("functools._lru_cache_wrapper", .instance, null);
var lru_methods = nt.defs("functools._lru_cache_wrapper", .{
    .{ "__call__", lruCall },
    .{ "cache_info", cacheInfo },
    .{ "cache_clear", cacheClear },
    .{ "__get__", lruGet },
    .{ "__copy__", lruSelf },
    .{ "__deepcopy__", lruSelf },
});

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
pub fn lruWrapper_(args: rt.Args) Error!Value {
    try @import("clinic.zig").unpack("_lru_cache_wrapper", args, 4, 4);
    const func = args.pos[0];
    if (!try callable(func)) return exc.raiseMsg(&types.TypeError, "the first argument must be callable");
    const maxsize: i64 = if (args.pos[1] == .none) -1 else @max(0, try mu.toSsize(args.pos[1]));
    const l = rt.mem.create(Lru, .scan);
    l.* = .{
        .inst = .{ .base = .{ .ty = &lru_type }, .dict = rt.dict.new() },
        .func = func,
        .cache = rt.dict.new(),
        .maxsize = maxsize,
        .typed = try ops.truthy(args.pos[2]),
        .info_type = args.pos[3],
    };
    return l.inst.val();
}

fn asLru(v: Value) Error!*Lru {
    return nt.selfAs(Lru, &lru_type, v);
}

var kwd_mark: rt.Object = .{ .ty = &types.object_type };

/// CPython's lru_cache_make_key: the positional arguments, a marker and the keyword pairs,
/// then (typed) the argument types; a lone int or str argument is its own key.
fn makeKey(args: rt.Args, typed: bool) Value {
    if (!typed and args.kwnames.len == 0) {
        if (args.pos.len == 1) {
            const a = args.pos[0];
            if (a == .int or a.objType() == &types.str_type or a.objType() == &types.int_type) return a;
        }
        return rt.tupleOf(args.pos);
    }
    var n = args.pos.len;
    if (args.kwnames.len > 0) n += 1 + 2 * args.kwnames.len;
    if (typed) n += args.pos.len + args.kwnames.len;
    const t = rt.tuple.alloc(n);
    var i: usize = 0;
    for (args.pos) |a| {
        t.items[i] = a;
        i += 1;
    }
    if (args.kwnames.len > 0) {
        t.items[i] = .{ .obj = &kwd_mark };
        i += 1;
        for (args.kwnames, args.kwvals) |k, v| {
            t.items[i] = k.val();
            t.items[i + 1] = v;
            i += 2;
        }
    }
    if (typed) {
        for (args.pos) |a| {
            t.items[i] = .{ .obj = &ops.typeOf(a).base };
            i += 1;
        }
        for (args.kwvals) |v| {
            t.items[i] = .{ .obj = &ops.typeOf(v).base };
            i += 1;
        }
    }
    return t.val();
}

fn lruCall(self: Value, args: rt.Args) Error!Value {
    const l = try asLru(self);
    if (l.maxsize == 0) {
        l.misses += 1;
        return rt.call.call(l.func, args);
    }
    const key = makeKey(args, l.typed);
    const h = try ops.hash(key);
    if (try rt.dict.getHashed(l.cache, key, h)) |hit| {
        if (l.maxsize > 0) {
            // Most recently used: to the end of the order.
            _ = try rt.dict.remove(l.cache, key);
            try rt.dict.setHashed(l.cache, key, h, hit);
        }
        l.hits += 1;
        return hit;
    }
    l.misses += 1;
    const result = try rt.call.call(l.func, args);
    if (l.maxsize > 0) {
        // Added while the call ran (a recursive call): keep that entry.
        if ((try rt.dict.getHashed(l.cache, key, h)) != null) return result;
        if (l.cache.len >= @as(usize, @intCast(l.maxsize))) {
            var i: usize = 0;
            // A copy the removal cannot clobber (a `const` bound to the entry may alias it).
            var oldest: Value = undefined;
            oldest = rt.dict.nextEntry(l.cache, &i).?.key;
            _ = try rt.dict.remove(l.cache, oldest);
        }
    }
    try rt.dict.setHashed(l.cache, key, h, result);
    return result;
}

fn cacheInfo(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("cache_info", args, 0, 0);
    const l = try asLru(self);
    const maxsize: Value = if (l.maxsize < 0) .none else Value.fromSmall(l.maxsize);
    return rt.call.call(l.info_type, .{ .pos = &.{ Value.fromSmall(l.hits), Value.fromSmall(l.misses), maxsize, Value.fromSmall(@intCast(l.cache.len)) } });
}

fn cacheClear(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("cache_clear", args, 0, 0);
    const l = try asLru(self);
    rt.dict.clear(l.cache);
    l.hits = 0;
    l.misses = 0;
    return .none;
}

/// As a class attribute the wrapper binds like a function (methods can be cached).
fn lruGet(self: Value, args: rt.Args) Error!Value {
    if (args.pos.len == 0 or args.pos[0] == .none) return self;
    return rt.call.newMethod(self, args.pos[0]).val();
}

fn lruSelf(self: Value, _: rt.Args) Error!Value {
    return self;
}

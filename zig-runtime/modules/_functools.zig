//! `_functools`, the C half of functools in CPython 3.11: reduce, cmp_to_key (whose key
//! objects are `functools.KeyWrapper` instances comparing through the user's cmp function),
//! partial and the lru_cache wrapper (functools_partial.zig). They sit on hot paths (folds,
//! sorts, memoized recursion), and native code costs a program no compile time.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const clinic = @import("clinic.zig");
const nt = @import("nativetype.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;

pub fn module() Value {
    @import("functools_partial.zig").setup();
    if (keywrapper_type.dict == null) {
        nt.setup(&keywrapper_type, &keywrapper_methods, null);
        nt.unhashable(&keywrapper_type);
        const p = rt.mem.create(rt.attr.Property, .scan);
        p.* = .{ .base = .{ .ty = &types.property_type }, .fget = obj_get.val() };
        rt.dict.setStr(keywrapper_type.dict.?, mu.lit("obj"), .{ .obj = &p.base });
        keywrapper_type.flags.final = true;
    }
    return registry.nativeModule(&mod, "_functools", get);
}

const attrs = mu.Map.initComptime(.{
    .{ "reduce", mu.func("reduce", reduce_) },
    .{ "cmp_to_key", mu.func("cmp_to_key", cmpToKey_) },
    .{ "_lru_cache_wrapper", mu.func("_lru_cache_wrapper", @import("functools_partial.zig").lruWrapper_) },
    .{ "total_ordering", mu.func("total_ordering", totalOrdering_) },
});

fn get(name: []const u8) ?Value {
    if (attrs.get(name)) |a| return a.value();
    if (std.mem.eql(u8, name, "KeyWrapper")) return nt.val(&keywrapper_type);
    if (std.mem.eql(u8, name, "partial")) return nt.val(&@import("functools_partial.zig").partial_type);
    return null;
}

/// reduce(function, iterable[, initial]).
fn reduce_(args: rt.Args) Error!Value {
    try clinic.unpack("reduce", args, 2, 3);
    const func = args.pos[0];
    const it = rt.iter.iter(args.pos[1]) catch |e| {
        if (exc.pendingIs(&types.TypeError)) {
            _ = exc.take();
            return exc.raiseMsg(&types.TypeError, "reduce() arg 2 must support iteration");
        }
        return e;
    };
    var acc: ?Value = if (args.pos.len == 3) args.pos[2] else null;
    while (try rt.iter.next(it)) |x| {
        acc = if (acc) |a| try rt.call.call2(func, a, x) else x;
    }
    return acc orelse exc.raiseMsg(&types.TypeError, "reduce() of empty iterable with no initial value");
}

// ---- cmp_to_key -------------------------------------------------------------------------------

/// A key object: the cmp function and, once called on an item, that item.
const Key = struct {
    base: rt.Object,
    cmp: Value,
    obj: ?Value,
};

var keywrapper_type = nt.template("functools.KeyWrapper", .native, null);
var keywrapper_methods = nt.defs("functools.KeyWrapper", .{
    .{ "__call__", keyCall },
    .{ "__lt__", keyCmp(.lt) },
    .{ "__le__", keyCmp(.le) },
    .{ "__eq__", keyCmp(.eq) },
    .{ "__ne__", keyCmp(.ne) },
    .{ "__gt__", keyCmp(.gt) },
    .{ "__ge__", keyCmp(.ge) },
});
var obj_get = rt.call.builtin("obj", objGet);

fn newKey(cmp: Value, obj: ?Value) Value {
    const k = rt.mem.create(Key, .scan);
    k.* = .{ .base = .{ .ty = &keywrapper_type }, .cmp = cmp, .obj = obj };
    return .{ .obj = &k.base };
}

fn cmpToKey_(args: rt.Args) Error!Value {
    const p = try clinic.bind(.{ .name = "cmp_to_key", .names = &.{"mycmp"}, .n_pos = 1, .n_req = 1 }, args);
    return newKey(p[0].?, null);
}

/// K(obj): a key object for `obj`.
fn keyCall(self: Value, args: rt.Args) Error!Value {
    const k = try nt.selfAs(Key, &keywrapper_type, self);
    const p = try clinic.bind(.{ .name = "K", .names = &.{"obj"}, .n_pos = 1, .n_req = 1 }, args);
    return newKey(k.cmp, p[0].?);
}

fn keyCmp(comptime op: rt.ops.CmpOp) fn (Value, rt.Args) Error!Value {
    return struct {
        fn f(self: Value, args: rt.Args) Error!Value {
            const k = try nt.selfAs(Key, &keywrapper_type, self);
            try rt.call.expectArgs("__cmp__", args, 1, 1);
            const other = args.pos[0];
            if (!(other == .obj and other.obj.ty == k.base.ty)) return exc.raiseMsg(&types.TypeError, "other argument must be K instance");
            const x = k.obj orelse return exc.raiseMsg(&types.AttributeError, "object");
            const y = other.as(Key).obj orelse return exc.raiseMsg(&types.AttributeError, "object");
            const r = try rt.call.call2(k.cmp, x, y);
            return rt.ops.compare(op, r, Value.fromSmall(0));
        }
    }.f;
}

fn objGet(_: Value, args: rt.Args) Error!Value {
    const k = try nt.selfAs(Key, &keywrapper_type, args.pos[0]);
    return k.obj orelse exc.raiseMsg(&types.AttributeError, "obj");
}

// ---- total_ordering ---------------------------------------------------------------------------

/// How a derived comparison combines the root's result r (CPython's _gt_from_lt & co.).
const Formula = enum {
    /// not r and self != other
    not_and_ne,
    /// r or self == other
    or_eq,
    /// not r
    not_,
    /// not r or self == other
    not_or_eq,
    /// r and self != other
    and_ne,
};

/// A comparison method derived from `root` (e.g. __gt__ from __lt__).
fn Derived(comptime name: []const u8, comptime root: []const u8, comptime formula: Formula) type {
    return struct {
        var def = @import("../core/natives.zig").method("functools", name, mu.unboundToo(impl));

        fn impl(self: Value, args: rt.Args) Error!Value {
            try rt.call.expectArgs(name, args, 1, 1);
            const other = args.pos[0];
            const m = rt.attr.lookupType(rt.ops.typeOf(self), mu.lit(root)) orelse
                return exc.raiseFmt(&types.AttributeError, "type object '{s}' has no attribute '" ++ root ++ "'", .{rt.ops.typeName(self)});
            const r = try rt.call.callUnbound(m, self, &.{other});
            if (rt.ops.isNotImplemented(r)) return r;
            const t = try rt.ops.truthy(r);
            return switch (formula) {
                .not_and_ne => if (t) Value.False else rt.ops.compare(.ne, self, other),
                .or_eq => if (t) r else rt.ops.compare(.eq, self, other),
                .not_ => Value.fromBool(!t),
                .not_or_eq => if (!t) Value.True else rt.ops.compare(.eq, self, other),
                .and_ne => if (!t) r else rt.ops.compare(.ne, self, other),
            };
        }
    };
}

const roots = [_][]const u8{ "__lt__", "__le__", "__gt__", "__ge__" };

/// For each root (in CPython's preference order), the three methods it derives.
const derived = [4][3]struct { []const u8, *rt.call.Builtin }{
    .{ .{ "__gt__", &Derived("__gt__", "__lt__", .not_and_ne).def }, .{ "__le__", &Derived("__le__", "__lt__", .or_eq).def }, .{ "__ge__", &Derived("__ge__", "__lt__", .not_).def } },
    .{ .{ "__ge__", &Derived("__ge__", "__le__", .not_or_eq).def }, .{ "__lt__", &Derived("__lt__", "__le__", .and_ne).def }, .{ "__gt__", &Derived("__gt__", "__le__", .not_).def } },
    .{ .{ "__lt__", &Derived("__lt__", "__gt__", .not_and_ne).def }, .{ "__ge__", &Derived("__ge__", "__gt__", .or_eq).def }, .{ "__le__", &Derived("__le__", "__gt__", .not_).def } },
    .{ .{ "__le__", &Derived("__le__", "__ge__", .not_or_eq).def }, .{ "__gt__", &Derived("__gt__", "__ge__", .and_ne).def }, .{ "__lt__", &Derived("__lt__", "__ge__", .not_).def } },
};

/// total_ordering(cls): fills in the ordering methods the class does not define from the one
/// it prefers (__lt__, then __le__, __gt__, __ge__) among those it does.
fn totalOrdering_(args: rt.Args) Error!Value {
    const p = try mu.bind(.{ .name = "total_ordering", .names = &.{"cls"}, .n_pos = 1, .n_req = 1 }, args);
    const cls = p[0].?;
    var defined: [4]bool = undefined;
    var root: ?usize = null;
    const object = Value{ .obj = &types.object_type.base };
    inline for (roots, 0..) |name, i| {
        const mine = try rt.attr.getattrOpt(cls, mu.lit(name));
        const objects = try rt.attr.getattrOpt(object, mu.lit(name));
        defined[i] = mine != null and !(objects != null and rt.ops.identical(mine.?, objects.?));
        if (defined[i] and root == null) root = i;
    }
    const r = root orelse return exc.raiseMsg(&types.ValueError, "must define at least one ordering operation: < > <= >=");
    for (derived[r]) |d| {
        const i = for (roots, 0..) |name, j| {
            if (std.mem.eql(u8, name, d[0])) break j;
        } else unreachable;
        if (!defined[i]) try rt.attr.setattr(cls, rt.str.static(d[0]), d[1].val());
    }
    return cls;
}

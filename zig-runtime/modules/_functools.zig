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

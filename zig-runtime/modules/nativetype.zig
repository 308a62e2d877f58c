//! Classes implemented in Zig for the stdlib modules (collections.deque, itertools.count,
//! operator.itemgetter, ...): a static `rt.Type` whose namespace dict is filled at first import
//! with builtin methods, so attribute lookup, `help`-style introspection (`T.__dict__`) and
//! user subclasses all go through the ordinary class machinery.
//!
//! Such a type is `heap`-flagged: calling it runs its `__new__` (a staticmethod in the dict),
//! and the generic protocols consult its dunders. Its `name` is CPython's tp_name
//! ("collections.deque"), which error messages show; `__name__` is the part after the dot.
const std = @import("std");
const rt = @import("../rt.zig");
const natives = @import("../core/natives.zig");
const mu = @import("modutil.zig");
const Value = rt.Value;
const Error = rt.Error;
const types = rt.types;

pub const MethodFn = *const fn (Value, rt.Args) Error!Value;

/// A static type template; `setup` completes it.
pub fn template(comptime tp_name: []const u8, comptime kind: rt.Kind, comptime ops: ?*const rt.value.NativeOps) rt.Type {
    const dot = comptime std.mem.lastIndexOfScalar(u8, tp_name, '.').?;
    return .{
        .base = .{ .ty = &types.type_type },
        .kind = kind,
        .name = tp_name,
        .qualname = tp_name[dot + 1 ..],
        .module = tp_name[0..dot],
        .bases = &.{&types.object_type},
        .flags = .{ .heap = true },
        .native = ops,
    };
}

/// Builtin method objects for a method table, made at compile time. Each also works called
/// through the class (`deque.append(d, x)`, and `__call__` reached by `d(...)`), where the
/// receiver arrives as the first argument.
pub fn defs(comptime owner: []const u8, comptime table: anytype) [table.len]rt.call.Builtin {
    var out: [table.len]rt.call.Builtin = undefined;
    for (table, 0..) |m, i| out[i] = natives.method(owner, m[0], mu.unboundToo(m[1]));
    return out;
}

/// Completes `t`: MRO (itself, object), a namespace with `methods` (and `__new__` as a
/// staticmethod when given), `__module__`, and a GC root for the dict. Idempotent.
pub fn setup(t: *rt.Type, methods: []rt.call.Builtin, new: ?*rt.call.Builtin) void {
    if (t.dict != null) return;
    const mro = rt.mem.allocSlice(*rt.Type, .scan, 2);
    mro[0] = t;
    mro[1] = &types.object_type;
    t.mro = mro;
    const d = rt.dict.new();
    for (methods) |*b| rt.dict.setStr(d, rt.str.static(b.name), b.val());
    if (new) |n| {
        const w = rt.mem.create(rt.attr.Wrapper, .scan);
        w.* = .{ .base = .{ .ty = &types.staticmethod_type }, .func = n.val() };
        rt.dict.setStr(d, rt.str.static("__new__"), .{ .obj = &w.base });
    }
    rt.dict.setStr(d, rt.str.static("__module__"), rt.str.static(t.module).val());
    rt.dict.setStr(d, rt.str.static("__doc__"), .none);
    t.dict = d;
    rt.mem.addRoot(@ptrCast(t), @sizeOf(rt.Type));
}

/// Marks `t` unhashable (`__hash__ = None`), as CPython's mutable containers are.
pub fn unhashable(t: *rt.Type) void {
    rt.dict.setStr(t.dict.?, rt.str.static("__hash__"), .none);
}

/// The class argument of a `__new__(cls, ...)`: a subtype of `t`, else CPython's TypeError.
pub fn newCls(t: *rt.Type, args: rt.Args) Error!*rt.Type {
    if (args.pos.len == 0 or !args.pos[0].isKind(.type))
        return rt.exc.raiseFmt(&types.TypeError, "{s}.__new__(X): X is not a type object", .{t.qualname});
    const cls = args.pos[0].as(rt.Type);
    if (!cls.isSubtype(t))
        return rt.exc.raiseFmt(&types.TypeError, "{s}.__new__({s}): {s} is not a subtype of {s}", .{ t.qualname, cls.name, cls.name, t.qualname });
    return cls;
}

/// The arguments after `cls` in a `__new__` call.
pub fn rest(args: rt.Args) rt.Args {
    return .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals };
}

/// `self` as an instance of native struct `T` (whose first field `it` or `base` begins with
/// the object header), or CPython's descriptor TypeError.
pub fn selfAs(comptime T: type, t: *rt.Type, self: Value) Error!*T {
    if (self == .obj and self.obj.ty.isSubtype(t)) return @ptrCast(@alignCast(self.obj));
    return rt.exc.raiseFmt(&types.TypeError, "descriptor for '{s}' objects doesn't apply to a '{s}' object", .{ t.name, rt.ops.typeName(self) });
}

/// The type object as a value.
pub fn val(t: *rt.Type) Value {
    return .{ .obj = &t.base };
}

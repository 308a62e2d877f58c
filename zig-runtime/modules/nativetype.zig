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

/// A template for a class CPython writes in Python (collections.Counter): its name has no
/// module prefix (messages say 'Counter'), its `__module__` is `module`.
pub fn templateIn(comptime module: []const u8, comptime name: []const u8, comptime kind: rt.Kind, comptime base: *rt.Type, comptime ops: ?*const rt.value.NativeOps) rt.Type {
    var t = template(module ++ "." ++ name, kind, ops);
    t.name = name;
    t.bases = &.{base};
    return t;
}

/// A static template for a native subclass of builtin type `base` (collections.Counter of
/// dict): instances are laid out as `base`'s, so every builtin operation of `base` applies.
pub fn templateOf(comptime tp_name: []const u8, comptime kind: rt.Kind, comptime base: *rt.Type, comptime ops: ?*const rt.value.NativeOps) rt.Type {
    var t = template(tp_name, kind, ops);
    t.bases = &.{base};
    return t;
}

/// Builtin method objects for a method table, made at compile time. Each also works called
/// through the class (`deque.append(d, x)`, and `__call__` reached by `d(...)`), where the
/// receiver arrives as the first argument.
pub fn defs(comptime owner: []const u8, comptime table: anytype) [table.len]rt.call.Builtin {
    var out: [table.len]rt.call.Builtin = undefined;
    for (table, 0..) |m, i| out[i] = natives.method(owner, m[0], mu.unboundToo(m[1]));
    return out;
}

/// Completes `t`: MRO (itself, then its base's), a namespace with `methods` (and `__new__` as a
/// staticmethod when given), `__module__`, and a GC root for the dict. Idempotent.
pub fn setup(t: *rt.Type, methods: []rt.call.Builtin, new: ?*rt.call.Builtin) void {
    if (t.dict != null) return;
    const base = t.bases[0];
    const mro = rt.mem.allocSlice(*rt.Type, .scan, base.mro.len + 1);
    mro[0] = t;
    @memcpy(mro[1..], base.mro);
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

/// Adds a classmethod implemented by builtin `b` to `t`'s namespace.
pub fn classmethod(t: *rt.Type, b: *rt.call.Builtin) void {
    const w = rt.mem.create(rt.attr.Wrapper, .scan);
    w.* = .{ .base = .{ .ty = &types.classmethod_type }, .func = b.val() };
    rt.dict.setStr(t.dict.?, rt.str.static(b.name), .{ .obj = &w.base });
}

/// `__class_getitem__`: `Counter[str]` is a types.GenericAlias, as CPython's
/// Py_GenericAlias gives.
pub var class_getitem = rt.call.builtin("__class_getitem__", classGetitem);

fn classGetitem(_: Value, args: rt.Args) Error!Value {
    if (args.pos.len != 2) return rt.exc.raiseMsg(&types.TypeError, "__class_getitem__ expected 2 arguments");
    return @import("../builtins/generic_alias.zig").make(args.pos[0], args.pos[1]);
}

/// The part of a type's name after its module (CPython's _PyType_Name).
pub fn shortName(t: *const rt.Type) []const u8 {
    return t.name[if (std.mem.lastIndexOfScalar(u8, t.name, '.')) |i| i + 1 else 0..];
}

/// Objects whose repr is being built, for reprs that guard against recursion (Py_ReprEnter).
var repr_stack: [64]*const anyopaque = undefined;
var repr_depth: usize = 0;

/// False when `p`'s repr is already being built (the caller prints "..." or similar).
pub fn reprEnter(p: *const anyopaque) bool {
    for (repr_stack[0..@min(repr_depth, repr_stack.len)]) |x| if (x == p) return false;
    if (repr_depth < repr_stack.len) repr_stack[repr_depth] = p;
    repr_depth += 1;
    return true;
}

pub fn reprLeave() void {
    repr_depth -= 1;
}

//! `list[int]`, `dict[str, list[int]]`, `collections.deque[int]`: `types.GenericAlias`, what
//! subscripting a builtin class gives (CPython's genericaliasobject.c). Annotations evaluated
//! at run time build these; programs print them, compare them, call them (`list[int]()` is a
//! list) and subclass them (`class Stack(list[int])` has base list and `__orig_bases__`).
//!
//! As in CPython, every attribute but a few of its own is the origin's (`list[int].__name__` is
//! 'list'), `repr` names builtin classes bare and others as module.qualname, equal aliases hash
//! alike, and isinstance() against one is a TypeError. Substituting type variables
//! (`dict[str, T][int]`) is not supported: it raises a NotImplementedError saying so.
const std = @import("std");
const rt = @import("../rt.zig");
const nt = @import("../modules/nativetype.zig");
const Value = rt.Value;
const Error = rt.Error;
const types = rt.types;
const exc = rt.exc;

const Alias = struct {
    inst: rt.attr.Instance,
    origin: Value,
    /// A tuple.
    args: Value,
    /// A tuple: the type variables among the arguments.
    params: Value,
};

pub var alias_type = nt.template("types.GenericAlias", .instance, &alias_ops);

/// repr() of an alias (core/repr.zig asks native classes through these).
const alias_ops: rt.value.NativeOps = .{ .repr = reprNative };

fn reprNative(v: Value, w: *std.Io.Writer) anyerror!void {
    const s = try reprImpl(v, .{ .pos = &.{} });
    try w.writeAll(s.as(rt.Str).bytes);
}

var methods = nt.defs("types.GenericAlias", .{
    .{ "__repr__", reprImpl },
    .{ "__eq__", eqImpl },
    .{ "__ne__", neImpl },
    .{ "__hash__", hashImpl },
    .{ "__call__", callImpl },
    .{ "__getattribute__", getattributeImpl },
    .{ "__getitem__", getitemImpl },
    .{ "__mro_entries__", mroEntriesImpl },
    .{ "__instancecheck__", instancecheckImpl },
    .{ "__subclasscheck__", subclasscheckImpl },
    .{ "__or__", orImpl },
    .{ "__ror__", rorImpl },
});
var mro_entries_def = rt.call.builtin("__mro_entries__", mroEntriesImpl);
var new_def = rt.call.builtin("__new__", newImpl);

fn setup() void {
    if (alias_type.dict != null) return;
    nt.setup(&alias_type, &methods, &new_def);
    // Its own __getattribute__ forwards to the origin (flags are derived from class bodies
    // for classes of class statements; a native class sets them itself).
    alias_type.flags.has_getattribute = true;
}

pub fn isAlias(v: Value) bool {
    return v == .obj and v.obj.ty == &alias_type;
}

fn asAlias(v: Value) Error!*Alias {
    return nt.selfAs(Alias, &alias_type, v);
}

/// `GenericAlias(origin, args)`, as `__class_getitem__ = classmethod(GenericAlias)` calls it.
fn newImpl(_: Value, args: rt.Args) Error!Value {
    const cls = try nt.newCls(&alias_type, args);
    const a = nt.rest(args);
    if (a.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "GenericAlias() takes no keyword arguments");
    if (a.pos.len != 2) return exc.raiseFmt(&types.TypeError, "GenericAlias expected 2 arguments, got {d}", .{a.pos.len});
    if (cls != &alias_type) return exc.raiseMsg(&types.NotImplementedError, "subclasses of types.GenericAlias are not supported by pyaot");
    return make(a.pos[0], a.pos[1]);
}

/// `origin[key]`: the alias, its arguments `key` itself or, for a tuple, its items.
pub fn make(origin: Value, key: Value) Value {
    setup();
    const args = if (key.isKind(.tuple) and key.obj.ty == &types.tuple_type) key else rt.tuple.fromSlice(&.{key}).val();
    const a = rt.mem.create(Alias, .scan);
    a.* = .{ .inst = .{ .base = .{ .ty = &alias_type }, .dict = rt.dict.new() }, .origin = origin, .args = args, .params = parameters(args.as(rt.Tuple).items) };
    return .{ .obj = &a.inst.base };
}

/// _Py_make_parameters: the type variables among `args`, and those of aliases among them, once
/// each in order of appearance.
fn parameters(args: []const Value) Value {
    var out: std.ArrayListUnmanaged(Value) = .empty;
    const gpa = rt.mem.allocator(.scan);
    for (args) |a| {
        if (isTypeVar(a)) {
            addOnce(&out, gpa, a);
        } else if (isAlias(a)) {
            const inner: *Alias = @ptrCast(@alignCast(a.obj));
            for (inner.params.as(rt.Tuple).items) |p| addOnce(&out, gpa, p);
        }
    }
    return rt.tuple.fromSlice(out.items).val();
}

fn isTypeVar(v: Value) bool {
    if (v != .obj or v.isKind(.type)) return false;
    const n = v.obj.ty.name;
    return std.mem.eql(u8, n, "TypeVar") or std.mem.eql(u8, n, "ParamSpec") or std.mem.eql(u8, n, "TypeVarTuple");
}

fn addOnce(out: *std.ArrayListUnmanaged(Value), gpa: std.mem.Allocator, v: Value) void {
    for (out.items) |x| if (x == .obj and v == .obj and x.obj == v.obj) return;
    out.append(gpa, v) catch {};
}

// ---- repr -------------------------------------------------------------------------------------

/// ga_repr_item: `...` as is, an alias by its repr, a class as `qualname` (builtins) or
/// `module.qualname`, anything else by its repr.
fn reprItem(b: *rt.Builder, v: Value) Error!void {
    if (v == .obj and v.obj == &rt.ops.ellipsis) return b.append("...");
    if (isAlias(v)) return rt.repr.reprInto(b, v);
    const qualname = optAttr(v, "__qualname__");
    const module = optAttr(v, "__module__");
    if (qualname) |q| if (module) |m| if (q.isKind(.str) and m.isKind(.str)) {
        if (!std.mem.eql(u8, m.as(rt.Str).bytes, "builtins")) {
            b.append(m.as(rt.Str).bytes);
            b.append(".");
        }
        return b.append(q.as(rt.Str).bytes);
    };
    return rt.repr.reprInto(b, v);
}

/// An attribute, or null when reading it fails (the error is dropped, as ga_repr_item does).
fn optAttr(v: Value, comptime name: []const u8) ?Value {
    return rt.attr.getattrOpt(v, rt.str.static(name)) catch {
        _ = exc.take();
        return null;
    };
}

fn reprImpl(self: Value, _: rt.Args) Error!Value {
    const a = try asAlias(self);
    var b = rt.Builder{};
    try reprItem(&b, a.origin);
    b.append("[");
    const items = a.args.as(rt.Tuple).items;
    if (items.len == 0) b.append("()");
    for (items, 0..) |x, i| {
        if (i > 0) b.append(", ");
        if (x.isKind(.list)) {
            // Callable[[int, str], T]-style argument lists.
            b.append("[");
            for (x.as(rt.List).items(), 0..) |y, j| {
                if (j > 0) b.append(", ");
                try reprItem(&b, y);
            }
            b.append("]");
        } else try reprItem(&b, x);
    }
    b.append("]");
    return b.finish().val();
}

// ---- comparison, hash, call -------------------------------------------------------------------

fn eqImpl(self: Value, args: rt.Args) Error!Value {
    const a = try asAlias(self);
    if (args.pos.len != 1) return exc.raiseMsg(&types.TypeError, "expected 1 argument");
    const other = args.pos[0];
    if (!isAlias(other)) return .{ .obj = &rt.ops.not_implemented };
    const o: *Alias = @ptrCast(@alignCast(other.obj));
    if (!try rt.ops.eq(a.origin, o.origin)) return Value.fromBool(false);
    return Value.fromBool(try rt.ops.eq(a.args, o.args));
}

fn neImpl(self: Value, args: rt.Args) Error!Value {
    const r = try eqImpl(self, args);
    if (r != .bool) return r;
    return Value.fromBool(!r.bool);
}

fn hashImpl(self: Value, _: rt.Args) Error!Value {
    const a = try asAlias(self);
    const h = (try rt.ops.hash(a.origin)) ^ (try rt.ops.hash(a.args));
    return .{ .int = rt.Int.fromI64(if (h == -1) -2 else h) };
}

/// `list[int](...)` makes a list; the result gets `__orig_class__` where it takes attributes.
fn callImpl(self: Value, args: rt.Args) Error!Value {
    const a = try asAlias(self);
    const r = try rt.call.call(a.origin, args);
    rt.attr.setattr(r, rt.str.static("__orig_class__"), self) catch |e| {
        if (!exc.pendingIs(&types.AttributeError) and !exc.pendingIs(&types.TypeError)) return e;
        _ = exc.take();
    };
    return r;
}

// ---- attributes -------------------------------------------------------------------------------

/// ga_getattro: its own few attributes, every other one the origin's.
fn getattributeImpl(self: Value, args: rt.Args) Error!Value {
    const a = try asAlias(self);
    if (args.pos.len != 1 or !args.pos[0].isKind(.str)) return exc.raiseMsg(&types.TypeError, "attribute name must be string");
    const name = args.pos[0].as(rt.Str).bytes;
    if (std.mem.eql(u8, name, "__origin__")) return a.origin;
    if (std.mem.eql(u8, name, "__args__")) return a.args;
    if (std.mem.eql(u8, name, "__parameters__")) return a.params;
    if (std.mem.eql(u8, name, "__class__")) return nt.val(&alias_type);
    if (std.mem.eql(u8, name, "__unpacked__")) return Value.fromBool(false);
    if (std.mem.eql(u8, name, "__typing_unpacked_tuple_args__")) return .none;
    if (std.mem.eql(u8, name, "__mro_entries__")) return rt.call.bindBuiltin(&mro_entries_def, self).val();
    const own = [_][]const u8{ "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__" };
    for (own) |n| if (std.mem.eql(u8, name, n))
        return exc.raiseFmt(&types.AttributeError, "'types.GenericAlias' object has no attribute '{s}'", .{name});
    return rt.attr.getattr(a.origin, args.pos[0].as(rt.Str));
}

/// `class C(list[int])` derives from list (and records the alias in `__orig_bases__`).
fn mroEntriesImpl(self: Value, _: rt.Args) Error!Value {
    const a = try asAlias(self);
    return rt.tuple.fromSlice(&.{a.origin}).val();
}

fn getitemImpl(self: Value, _: rt.Args) Error!Value {
    const a = try asAlias(self);
    if (a.params.as(rt.Tuple).items.len == 0) {
        var b = rt.Builder{};
        try rt.repr.reprInto(&b, self);
        b.append(" is not a generic class");
        return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
    }
    return exc.raiseMsg(&types.NotImplementedError, "pyaot: substituting the type variables of a generic alias is not supported");
}

fn instancecheckImpl(_: Value, _: rt.Args) Error!Value {
    return exc.raiseMsg(&types.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

fn subclasscheckImpl(_: Value, _: rt.Args) Error!Value {
    return exc.raiseMsg(&types.TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

/// `list[int] | None`: a types.UnionType, as `int | None`.
fn orImpl(self: Value, args: rt.Args) Error!Value {
    if (args.pos.len != 1) return exc.raiseMsg(&types.TypeError, "expected 1 argument");
    return (try @import("union_type.zig").unionOr(self, args.pos[0])) orelse .{ .obj = &rt.ops.not_implemented };
}

fn rorImpl(self: Value, args: rt.Args) Error!Value {
    if (args.pos.len != 1) return exc.raiseMsg(&types.TypeError, "expected 1 argument");
    return (try @import("union_type.zig").unionOr(args.pos[0], self)) orelse .{ .obj = &rt.ops.not_implemented };
}

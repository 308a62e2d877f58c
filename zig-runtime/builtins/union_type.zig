//! `int | None`, `str | bytes | None`: `types.UnionType` (PEP 604), made by `|` between classes,
//! None and unions. Annotations such as `def f(x: int | None)` are evaluated when the function
//! is defined, so every typed modern program builds these.
//!
//! A union is laid out as a tuple of its members (None stored as NoneType, duplicates dropped,
//! nested unions flattened) whose type is a native subclass of tuple: isinstance() and
//! issubclass() already test each item of a tuple, which is what they do with a union.
//! Its own `__repr__` (`int | None`), `__eq__` (the same members in any order), `__hash__` and
//! `__args__` are CPython's.
const std = @import("std");
const rt = @import("../rt.zig");
const nativetype = @import("../modules/nativetype.zig");
const Value = rt.Value;
const Error = rt.Error;
const types = rt.types;

var union_type: rt.Type = nativetype.templateOf("types.UnionType", .tuple, &types.tuple_type, &union_ops);

/// repr() of a union (core/repr.zig asks a native class of a builtin kind through these; its
/// `__repr__` method answers explicit calls).
const union_ops: rt.value.NativeOps = .{ .repr = reprNative };

fn reprNative(v: Value, w: *std.Io.Writer) anyerror!void {
    const s = try reprImpl(v, .{ .pos = &.{} });
    try w.writeAll(s.as(rt.Str).bytes);
}

/// Whether `o` is a union (core/ops.zig hashes it as its members' frozenset, not as a tuple).
pub fn isUnionObject(o: *rt.Object) bool {
    return o.ty == &union_type;
}

/// hash(frozenset(args)), as CPython's union_hash: equal unions list their members in any order.
pub fn hash(o: *rt.Object) Error!i64 {
    const s = rt.set.newFrozen();
    for (rt.Object.as(o, rt.Tuple).items) |m| try rt.set.add(s, m);
    return rt.ops.hash(s.val());
}

fn members(v: Value) []const Value {
    return v.as(rt.Tuple).items;
}

fn isUnion(v: Value) bool {
    return v == .obj and v.obj.ty == &union_type;
}

/// `a | b` when both sides are classes, None or unions; null otherwise (the operator then
/// tries the operands' own dunders and fails as before).
pub fn unionOr(a: Value, b: Value) Error!?Value {
    if (!operand(a) or !operand(b)) return null;
    // type.__or__ / __ror__ answer: one side must be a class or a union (`None | None` is a
    // TypeError).
    if (a == .none and b == .none) return null;
    if (a != .none and b != .none and !isUnion(a) and !isUnion(b)) {
        // Two classes: `int | int` is int itself.
        if (a.obj == b.obj) return a;
    }
    var items: std.ArrayListUnmanaged(Value) = .empty;
    const gpa = rt.mem.allocator(.scan);
    for ([_]Value{ a, b }) |side| {
        if (isUnion(side)) {
            for (members(side)) |m| try add(&items, gpa, m);
        } else try add(&items, gpa, if (side == .none) nativetype.val(&types.none_type) else side);
    }
    if (items.items.len == 1) return items.items[0];
    setup();
    const t = rt.tuple.fromSlice(items.items);
    t.base.ty = &union_type;
    return t.val();
}

fn operand(v: Value) bool {
    return v == .none or v.isKind(.type) or isUnion(v) or @import("generic_alias.zig").isAlias(v);
}

fn add(items: *std.ArrayListUnmanaged(Value), gpa: std.mem.Allocator, m: Value) Error!void {
    for (items.items) |x| if (x == .obj and m == .obj and x.obj == m.obj) return;
    items.append(gpa, m) catch return rt.exc.raiseEmpty(&types.MemoryError);
}

fn setup() void {
    if (union_type.dict != null) return;
    nativetype.setup(&union_type, &methods, null);
    const p = rt.mem.create(rt.attr.Property, .scan);
    p.* = .{ .base = .{ .ty = &types.property_type }, .fget = args_getter.val() };
    rt.dict.setStr(union_type.dict.?, rt.str.static("__args__"), .{ .obj = &p.base });
}

var methods = nativetype.defs("types.UnionType", .{
    .{ "__repr__", reprImpl },
    .{ "__eq__", eqImpl },
    .{ "__ne__", neImpl },
    .{ "__hash__", hashImpl },
});

/// The getter of the `__args__` property.
var args_getter = rt.call.builtin("__args__", argsImpl);

fn self_(v: Value) Error![]const Value {
    if (!isUnion(v)) return rt.exc.raiseFmt(&types.TypeError, "descriptor for 'types.UnionType' objects doesn't apply to a '{s}' object", .{rt.ops.typeName(v)});
    return members(v);
}

/// CPython's union_repr: None for NoneType, a builtin class by its name, others as
/// `module.qualname`; anything else by its repr.
fn reprImpl(self: Value, args: rt.Args) Error!Value {
    _ = args;
    var b = rt.Builder{};
    for (try self_(self), 0..) |m, i| {
        if (i > 0) b.append(" | ");
        if (m.isKind(.type)) {
            const t = m.as(rt.Type);
            if (t == &types.none_type) {
                b.append("None");
                continue;
            }
            const module = try rt.attr.getattr(m, rt.str.static("__module__"));
            if (!(module.isKind(.str) and std.mem.eql(u8, module.as(rt.Str).bytes, "builtins"))) {
                try rt.repr.strInto(&b, module);
                b.append(".");
            }
            try rt.repr.strInto(&b, try rt.attr.getattr(m, rt.str.static("__qualname__")));
        } else try rt.repr.reprInto(&b, m);
    }
    return b.finish().val();
}

/// Equal to another union with the same members, in any order.
fn sameMembers(a: []const Value, b: []const Value) bool {
    if (a.len != b.len) return false;
    for (a) |x| {
        for (b) |y| {
            if (x == .obj and y == .obj and x.obj == y.obj) break;
        } else return false;
    }
    return true;
}

fn eqImpl(self: Value, args: rt.Args) Error!Value {
    const a = try self_(self);
    if (args.pos.len != 1) return rt.exc.raiseMsg(&types.TypeError, "expected 1 argument");
    const other = args.pos[0];
    if (!isUnion(other)) return .{ .obj = &rt.ops.not_implemented };
    return Value.fromBool(sameMembers(a, members(other)));
}

fn neImpl(self: Value, args: rt.Args) Error!Value {
    const r = try eqImpl(self, args);
    if (r != .bool) return r;
    return Value.fromBool(!r.bool);
}

fn hashImpl(self: Value, args: rt.Args) Error!Value {
    _ = args;
    _ = try self_(self);
    return Value{ .int = rt.Int.fromI64(try hash(self.obj)) };
}

/// `__args__`: the members, None as NoneType.
fn argsImpl(self: Value, args: rt.Args) Error!Value {
    // Called as a property getter: the union arrives as the one argument.
    const u = if (args.pos.len == 1) args.pos[0] else self;
    return rt.tuple.fromSlice(try self_(u)).val();
}

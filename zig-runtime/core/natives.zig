//! Methods of builtin types, found by attribute lookup on a builtin type in an MRO (so that
//! `"abc".upper`, `super().__init__(...)` in an Exception subclass and `list.append(self, x)`
//! in a list subclass all resolve). Each builtin type's table lives in zig-runtime/methods.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const str_mod = @import("str.zig");
const tuple_mod = @import("tuple.zig");
const call = @import("call.zig");
const attr = @import("attr.zig");
const ops = @import("ops.zig");
const repr = @import("repr.zig");
const Value = value.Value;
const Type = value.Type;
const Builtin = call.Builtin;
const Args = call.Args;
const Error = @import("err.zig").Error;

pub const Table = std.StaticStringMap(*const Builtin);

/// A method of builtin type `owner` (bound to its receiver on attribute access).
pub fn method(comptime owner: []const u8, comptime name: []const u8, impl: *const fn (self: Value, args: Args) Error!Value) Builtin {
    return .{ .base = .{ .ty = &types.builtin_function_type }, .name = name, .impl = impl, .owner = owner };
}

pub fn lookup(t: *const Type, name: []const u8) ?*const Builtin {
    if (t == &types.object_type) return object_table.get(name);
    if (t == &types.BaseException) return exception_table.get(name);
    if (t == &types.BaseExceptionGroup) return group_table.get(name);
    if (t.kind == .exception) return null;
    return @import("../methods/registry.zig").lookup(t, name);
}

// ---- object ----------------------------------------------------------------------------------

/// Called through its class (`object.__setattr__(self, k, v)`, `Exception.__init__(self, m)`),
/// a method arrives unbound: self is None and the receiver is the first argument. A None
/// receiver (`None.__repr__()`) looks the same, so methods of `object` tell the two apart by
/// the argument count (`bound_args` when bound; null: any, and unbound whenever one is given).
/// `owner_check`, when given, names the type every receiver must be an instance of.
fn receiverFirst(comptime owner: []const u8, comptime name: []const u8, comptime bound_args: ?usize, comptime owner_check: ?fn (Value) bool, comptime f: fn (Value, Args) Error!Value) Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            if (self != .none) return f(self, args);
            const unbound = if (bound_args) |n| args.pos.len == n + 1 else args.pos.len >= 1;
            if (!unbound) {
                if (owner_check != null) return exc.raiseMsg(&types.TypeError, "descriptor '" ++ name ++ "' of '" ++ owner ++ "' object needs an argument");
                return f(self, args);
            }
            const recv = args.pos[0];
            if (owner_check) |ok| if (!ok(recv))
                return exc.raiseFmt(&types.TypeError, "descriptor '" ++ name ++ "' requires a '" ++ owner ++ "' object but received a '{s}'", .{ops.typeName(recv)});
            return f(recv, .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals });
        }
    };
    return method(owner, name, W.impl);
}

var object_init = receiverFirst("object", "__init__", null, null, objectInit);
var object_new = method("object", "__new__", objectNew);
var object_setattr = receiverFirst("object", "__setattr__", 2, null, objectSetattr);
var object_getattribute = receiverFirst("object", "__getattribute__", 1, null, objectGetattribute);
var object_delattr = receiverFirst("object", "__delattr__", 1, null, objectDelattr);
var object_repr = receiverFirst("object", "__repr__", 0, null, objectRepr);
var object_str = receiverFirst("object", "__str__", 0, null, objectStr);
var object_eq = receiverFirst("object", "__eq__", 1, null, objectEq);
var object_ne = receiverFirst("object", "__ne__", 1, null, objectNe);
var object_hash = receiverFirst("object", "__hash__", 0, null, objectHash);
var object_format = receiverFirst("object", "__format__", 1, null, objectFormat);
var object_init_subclass = method("object", "__init_subclass__", objectInitSubclass);

const object_table = Table.initComptime(.{
    .{ "__init__", &object_init },
    .{ "__new__", &object_new },
    .{ "__setattr__", &object_setattr },
    .{ "__getattribute__", &object_getattribute },
    .{ "__delattr__", &object_delattr },
    .{ "__repr__", &object_repr },
    .{ "__str__", &object_str },
    .{ "__eq__", &object_eq },
    .{ "__ne__", &object_ne },
    .{ "__hash__", &object_hash },
    .{ "__format__", &object_format },
    .{ "__init_subclass__", &object_init_subclass },
});

/// object.__init__ accepts extra arguments only when the class overrides __new__ (CPython's
/// rule); a class with neither __init__ nor __new__ rejects them.
fn objectInit(self: Value, args: Args) Error!Value {
    if (args.pos.len > 0 or args.kwnames.len > 0) {
        const t = ops.typeOf(self);
        const new_fn = attr.lookupType(t, &@import("names.zig").__new__);
        // Any __new__ but object's counts (str.__new__ of a str subclass included).
        // Immutable builtins (tuple, frozenset, bytes) take their arguments in __new__, as do
        // their subclasses (core/class.zig allocInstance); bytearray's own __init__ does too.
        const overrides_new = new_fn != null and !(new_fn.? == .obj and new_fn.?.obj == &object_new.base) or
            switch (t.kind) {
                .tuple, .frozenset, .bytes, .bytearray => true,
                else => false,
            };
        if (!overrides_new) {
            const init_fn = attr.lookupType(t, &@import("names.zig").__init__);
            const overrides_init = init_fn != null and !(init_fn.? == .obj and init_fn.?.obj.ty.kind == .builtin_function);
            if (overrides_init) return exc.raiseMsg(&types.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return exc.raiseFmt(&types.TypeError, "{s}() takes no arguments", .{t.name});
        }
    }
    return .none;
}

/// object.__new__(cls, ...) — `super().__new__(cls)` in a user __new__.
fn objectNew(self: Value, args: Args) Error!Value {
    _ = self;
    if (args.pos.len == 0 or !args.pos[0].isKind(.type)) return exc.raiseMsg(&types.TypeError, "object.__new__(X): X is not a type object");
    const t = args.pos[0].as(Type);
    return @import("class.zig").allocInstance(t, .{ .pos = args.pos[1..] });
}

fn strArg(args: Args, i: usize) Error!*str_mod.Str {
    if (i >= args.pos.len or !args.pos[i].isKind(.str)) return exc.raiseMsg(&types.TypeError, "attribute name must be string");
    return args.pos[i].as(str_mod.Str);
}

fn objectSetattr(self: Value, args: Args) Error!Value {
    try call.expectArgs("__setattr__", args, 2, 2);
    try attr.genericSetattr(self, try strArg(args, 0), args.pos[1]);
    return .none;
}

fn objectGetattribute(self: Value, args: Args) Error!Value {
    try call.expectArgs("__getattribute__", args, 1, 1);
    const name = try strArg(args, 0);
    // The generic lookup without the class's own __getattribute__ override.
    const t = ops.typeOf(self);
    const saved = t.flags.has_getattribute;
    t.flags.has_getattribute = false;
    defer t.flags.has_getattribute = saved;
    const saved_ga = t.flags.has_getattr;
    t.flags.has_getattr = false;
    defer t.flags.has_getattr = saved_ga;
    return attr.getattr(self, name);
}

fn objectDelattr(self: Value, args: Args) Error!Value {
    try call.expectArgs("__delattr__", args, 1, 1);
    const name = try strArg(args, 0);
    // A slot of a `__slots__` class (core/slots.zig) is a member descriptor on the class.
    if (attr.lookupType(ops.typeOf(self), name)) |ca| if (@import("slots.zig").isMember(ca)) {
        try @import("slots.zig").delete(ca, self);
        return .none;
    };
    if (self == .obj) if (attr.instanceDict(self.obj)) |d| {
        if ((try @import("dict.zig").remove(d, name.val())) != null) return .none;
    };
    // As attr.delattr: CPython sets no `name` on a deletion's AttributeError.
    return exc.raiseFmt(&types.AttributeError, "'{s}' object has no attribute '{s}'", .{ ops.typeName(self), name.bytes });
}

fn objectRepr(self: Value, args: Args) Error!Value {
    _ = args;
    var b = str_mod.Builder{};
    const t = ops.typeOf(self);
    if (self == .obj and t.flags.heap) {
        b.print("<{s}.{s} object at 0x{x:0>12}>", .{ t.module, t.qualname, @intFromPtr(self.obj) });
    } else try repr.reprInto(&b, self);
    return b.finish().val();
}

fn objectStr(self: Value, args: Args) Error!Value {
    _ = args;
    return (try repr.repr(self)).val();
}

fn objectEq(self: Value, args: Args) Error!Value {
    try call.expectArgs("__eq__", args, 1, 1);
    if (ops.identical(self, args.pos[0])) return Value.True;
    return .{ .obj = &ops.not_implemented };
}

fn objectNe(self: Value, args: Args) Error!Value {
    try call.expectArgs("__ne__", args, 1, 1);
    const r = try ops.compare(.eq, self, args.pos[0]);
    if (ops.isNotImplemented(r)) return r;
    return Value.fromBool(!(try ops.truthy(r)));
}

fn objectHash(self: Value, args: Args) Error!Value {
    _ = args;
    if (self == .obj) return Value.fromSmall(ops.identityHash(self.obj));
    // None, bools, ints and floats: the hash hash() gives them (`None.__hash__() == hash(None)`).
    return Value.fromSmall(try ops.hash(self));
}

fn objectFormat(self: Value, args: Args) Error!Value {
    try call.expectArgs("__format__", args, 1, 1);
    const spec = try strArg(args, 0);
    if (spec.bytes.len != 0) return exc.raiseFmt(&types.TypeError, "unsupported format string passed to {s}.__format__", .{ops.typeName(self)});
    return (try repr.str(self)).val();
}

fn objectInitSubclass(self: Value, args: Args) Error!Value {
    // Keywords a class statement passed up the chain that nothing consumed (CPython's message
    // names the new class).
    if (args.kwnames.len > 0) {
        const name = if (self.isKind(.type)) self.as(Type).name else ops.typeName(self);
        return exc.raiseFmt(&types.TypeError, "{s}.__init_subclass__() takes no keyword arguments", .{name});
    }
    return .none;
}

// ---- BaseException ---------------------------------------------------------------------------

fn isException(v: Value) bool {
    return v == .obj and v.obj.ty.kind == .exception;
}

var exc_init = receiverFirst("BaseException", "__init__", null, isException, excInit);
var exc_str = receiverFirst("BaseException", "__str__", null, isException, excStr);
var exc_repr = receiverFirst("BaseException", "__repr__", null, isException, excRepr);
var exc_with_traceback = receiverFirst("BaseException", "with_traceback", null, isException, excWithTraceback);
var exc_add_note = receiverFirst("BaseException", "add_note", null, isException, excAddNote);

const exception_table = Table.initComptime(.{
    .{ "__init__", &exc_init },
    .{ "__str__", &exc_str },
    .{ "__repr__", &exc_repr },
    .{ "with_traceback", &exc_with_traceback },
    .{ "add_note", &exc_add_note },
});

/// BaseException.__init__(*args) stores args (keyword arguments are rejected).
fn excInit(self: Value, args: Args) Error!Value {
    if (args.kwnames.len > 0) return exc.raiseFmt(&types.TypeError, "{s}() takes no keyword arguments", .{ops.typeName(self)});
    const e = self.as(exc.ExcObject);
    e.args = tuple_mod.fromSlice(args.pos);
    return .none;
}

fn excStr(self: Value, args: Args) Error!Value {
    _ = args;
    var b = str_mod.Builder{};
    try repr.excStr(&b, self.as(exc.ExcObject));
    return b.finish().val();
}

fn excRepr(self: Value, args: Args) Error!Value {
    _ = args;
    const e = self.as(exc.ExcObject);
    var b = str_mod.Builder{};
    b.append(e.base.ty.name);
    b.appendByte('(');
    for (exc.visibleArgs(e), 0..) |x, i| {
        if (i > 0) b.append(", ");
        try repr.reprInto(&b, x);
    }
    b.appendByte(')');
    return b.finish().val();
}

fn excWithTraceback(self: Value, args: Args) Error!Value {
    try call.expectArgs("with_traceback", args, 1, 1);
    try @import("../builtins/traceback_obj.zig").assign(self.as(exc.ExcObject), args.pos[0]);
    return self;
}

fn excAddNote(self: Value, args: Args) Error!Value {
    try call.expectArgs("add_note", args, 1, 1);
    if (!args.pos[0].isKind(.str)) return exc.raiseFmt(&types.TypeError, "note must be a str, not '{s}'", .{ops.typeName(args.pos[0])});
    const notes_name = str_mod.static("__notes__");
    const cur = try attr.getattrOpt(self, notes_name);
    const l = if (cur) |c| c else blk: {
        const nl = @import("list.zig").new().val();
        try attr.genericSetattr(self, notes_name, nl);
        break :blk nl;
    };
    @import("list.zig").append(l.as(@import("list.zig").List), args.pos[0]);
    return .none;
}

// ---- BaseExceptionGroup ----------------------------------------------------------------------

const excgroup = @import("excgroup.zig");

fn groupSplit(self: Value, args: Args) Error!Value {
    try call.expectArgs("split", args, 1, 1);
    const s = try excgroup.split(self.as(exc.ExcObject), args.pos[0]);
    const m: Value = if (s.match) |x| x.val() else .none;
    const r: Value = if (s.rest) |x| x.val() else .none;
    return tuple_mod.pair(m, r).val();
}

fn groupSubgroup(self: Value, args: Args) Error!Value {
    try call.expectArgs("subgroup", args, 1, 1);
    const s = try excgroup.split(self.as(exc.ExcObject), args.pos[0]);
    return if (s.match) |x| x.val() else .none;
}

fn groupDerive(self: Value, args: Args) Error!Value {
    try call.expectArgs("derive", args, 1, 1);
    const e = self.as(exc.ExcObject);
    return excgroup.construct(&types.BaseExceptionGroup, &.{ e.args.items[0], args.pos[0] });
}

var group_split = method("BaseExceptionGroup", "split", groupSplit);
var group_subgroup = method("BaseExceptionGroup", "subgroup", groupSubgroup);
var group_derive = method("BaseExceptionGroup", "derive", groupDerive);

const group_table = Table.initComptime(.{
    .{ "split", &group_split },
    .{ "subgroup", &group_subgroup },
    .{ "derive", &group_derive },
});

//! Variables in generated code: the UNBOUND marker, cells for closures, and the checks that
//! raise UnboundLocalError / NameError when an unassigned variable is read.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const dict_mod = @import("dict.zig");
const Value = value.Value;
const Object = value.Object;
const Error = @import("err.zig").Error;

/// The value of a variable that has not been assigned (or was deleted).
pub var unbound_obj: Object = .{ .ty = &types.object_type };
pub const UNBOUND: Value = .{ .obj = &unbound_obj };

pub inline fn isUnbound(v: Value) bool {
    return v == .obj and v.obj == &unbound_obj;
}

/// A variable captured by an inner function: both scopes share this box.
pub const Cell = struct {
    base: Object,
    v: Value,

    pub const kind: value.Kind = .cell;
};

pub fn newCell() *Cell {
    return newCellWith(UNBOUND);
}

pub fn newCellWith(v: Value) *Cell {
    const c = mem.create(Cell, .scan);
    c.* = .{ .base = .{ .ty = &types.cell_type }, .v = v };
    return c;
}

pub inline fn checkLocal(v: Value, comptime name: []const u8) Error!Value {
    if (isUnbound(v)) return exc.raiseMsg(&types.UnboundLocalError, "cannot access local variable '" ++ name ++ "' where it is not associated with a value");
    return v;
}

pub inline fn checkCell(c: *Cell, comptime name: []const u8) Error!Value {
    const v = c.v;
    if (isUnbound(v)) return exc.raiseMsg(&types.NameError, "cannot access free variable '" ++ name ++ "' where it is not associated with a value in enclosing scope");
    return v;
}

pub inline fn checkGlobal(v: Value, comptime name: []const u8) Error!Value {
    if (isUnbound(v)) return nameError(name);
    return v;
}

pub fn nameError(comptime name: []const u8) Error {
    @branchHint(.cold);
    return raiseNameError(name);
}

/// NameError("name 'x' is not defined") with NameError.name = 'x' (kept in `extra`).
pub fn raiseNameError(name: []const u8) Error {
    @branchHint(.cold);
    var b = str_mod.Builder{};
    b.print("name '{s}' is not defined", .{name});
    const e = exc.newException(&types.NameError, &.{b.finish().val()});
    e.extra = str_mod.fromBytes(name).val();
    return exc.raise(e);
}

/// A name read in a class body: the class namespace first, then `fallback` (the module global
/// or builtin; UNBOUND when neither has it).
pub fn classLookup(ns: *dict_mod.Dict, name: *str_mod.Str, fallback: Value) Error!Value {
    if (dict_mod.getStr(ns, name)) |v| return v;
    if (isUnbound(fallback)) return raiseNameError(name.bytes);
    return fallback;
}

pub fn classDelete(ns: *dict_mod.Dict, name: *str_mod.Str) Error!void {
    if ((try dict_mod.remove(ns, name.val())) == null) return raiseNameError(name.bytes);
}

/// For module accessors: a global's value, or null when unassigned.
pub inline fn boundOrNull(v: Value) ?Value {
    return if (isUnbound(v)) null else v;
}

/// Rebinding a module-level function the compiler calls directly (a "sealed" global) from
/// dynamic code: refused loudly rather than silently ignored by the compiled direct calls.
pub fn sealedRebind(comptime module: []const u8, comptime name: []const u8) Error!bool {
    @branchHint(.cold);
    return exc.raiseMsg(&types.AttributeError, "pyaot: cannot rebind function '" ++ name ++ "' of module '" ++ module ++ "' at run time (it is compiled as a direct call)");
}

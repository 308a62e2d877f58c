//! Runtime entry points that exist only for compiled programs: non-generic versions of the
//! runtime's comptime-parameterized helpers (a symbol exported from the runtime object cannot be
//! generic), and accessors for runtime state the program reads or writes.
const std = @import("std");
const interrupt = @import("../core/interrupt.zig");
const rt = @import("../rt.zig");
const gc = @import("../gc/gc.zig");
const Value = rt.Value;
const Error = rt.Error;

pub fn memAlloc(kind: u8, size: usize) [*]align(16) u8 {
    return if (kind == 0) gc.alloc(.scan, size) else gc.alloc(.noscan, size);
}

pub fn memRealloc(kind: u8, old: [*]u8, old_size: usize, new_size: usize) [*]align(16) u8 {
    const p: [*]align(16) u8 = @alignCast(old);
    return if (kind == 0) gc.realloc(.scan, p, old_size, new_size) else gc.realloc(.noscan, p, old_size, new_size);
}

pub fn memAddRoot(address: *const anyopaque, len_bytes: usize) void {
    gc.addRoot(address, len_bytes);
}

pub fn raiseUnboundLocal(name: []const u8) Error {
    return rt.exc.raiseFmt(&rt.types.UnboundLocalError, "cannot access local variable '{s}' where it is not associated with a value", .{name});
}

pub fn raiseUnboundFree(name: []const u8) Error {
    var b = rt.Builder{};
    b.print("cannot access free variable '{s}' where it is not associated with a value in enclosing scope", .{name});
    const e = rt.exc.newException(&rt.types.NameError, &.{b.finish().val()});
    e.extra = rt.str.fromBytes(name).val(); // NameError.name
    return rt.exc.raise(e);
}

pub fn raiseNameError(name: []const u8) Error {
    return @import("../core/names_rt.zig").raiseNameError(name);
}

pub fn raiseSealedRebind(module: []const u8, name: []const u8) Error {
    return rt.exc.raiseFmt(&rt.types.AttributeError, "pyaot: cannot rebind function '{s}' of module '{s}' at run time (it is compiled as a direct call)", .{ name, module });
}

/// A Python call went deeper than the stack allows (client.zig checkStack): CPython's
/// RecursionError, instead of a crash when the native stack runs out.
/// It is also how a pending Ctrl-C surfaces: core/interrupt.zig lowers the limit to make the
/// next call fail here.
pub fn raiseRecursion() Error {
    if (interrupt.take()) return rt.exc.raiseEmpty(&rt.types.KeyboardInterrupt);
    return rt.exc.raiseMsg(&rt.types.RecursionError, "maximum recursion depth exceeded");
}

/// Ctrl-C handling for the program's stack limit (client.zig start).
pub fn interruptInstall(stack_limit: *usize) void {
    interrupt.install(stack_limit);
}

pub fn raiseInternal(what: []const u8) Error {
    return rt.exc.raiseFmt(&rt.types.SystemError, "pyaot internal error: {s}", .{what});
}

pub fn raiseTypeBug(v: Value, want: []const u8) Error {
    return rt.exc.raiseFmt(&rt.types.SystemError, "pyaot internal error: expected {s}, got {s}; please report this program", .{ want, rt.ops.typeName(v) });
}

pub fn getCurrent() ?*rt.exc.ExcObject {
    return rt.exc.current;
}

pub fn setCurrent(e: ?*rt.exc.ExcObject) void {
    rt.exc.current = e;
}

pub fn builderAppend(b: *rt.Builder, bytes: []const u8) void {
    b.append(bytes);
}

pub fn builderFinish(b: *rt.Builder) *rt.Str {
    return b.finish();
}

pub fn kwAdd(k: *rt.KwBuilder, name: *rt.Str, v: Value) Error!void {
    return k.add(name, v);
}

pub fn kwAddMapping(k: *rt.KwBuilder, m: Value) Error!void {
    return k.addMapping(m);
}

pub fn kwStarExtend(k: *rt.KwBuilder, pos: *rt.List, v: Value, sole: bool) Error!void {
    return k.starExtend(pos, v, sole);
}

pub fn kwArgs(k: *rt.KwBuilder, pos: []const Value) rt.Args {
    return k.args(pos);
}

pub fn bytesFromSlice(bytes: []const u8) Value {
    return rt.bytes.fromSlice(bytes).val();
}

/// An int literal beyond the small range, from its decimal digits.
pub fn bigFromDigits(digits: []const u8) Error!Value {
    return .{ .int = rt.intops.parse(digits, 10) catch |e| switch (e) {
        error.PyException => return error.PyException,
        else => return rt.exc.raiseMsg(&rt.types.SystemError, "pyaot internal error: bad int literal"),
    } };
}

pub fn fromI64Big(v: i64) rt.Int {
    return @import("../core/bigint.zig").fromI64Big(v);
}

pub fn toI64Big(a: rt.Int) ?i64 {
    return @import("../core/bigint.zig").toI64Big(a);
}

/// The sizes of the types both objects must agree on (checked by the program at start).
pub fn layoutDigest() u64 {
    var h: u64 = 0;
    inline for (.{ rt.Value, rt.Int, rt.Object, rt.Type, rt.Str, rt.List, rt.Tuple, rt.Dict, rt.Function, rt.Code, rt.Cell, rt.Module, rt.exc.ExcObject, rt.exc.Loc, rt.Args, rt.Builder, rt.KwBuilder, rt.gen.Generator, rt.call.Builtin, rt.set.Set }) |T| {
        h = h *% 1099511628211 +% @sizeOf(T);
        h = h *% 1099511628211 +% @alignOf(T);
    }
    return h;
}

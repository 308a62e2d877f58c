//! Exception groups (PEP 654): construction with CPython's checks, `split`/`subgroup`/`derive`,
//! str/repr, and the runtime side of `except*` (matching a group clause by clause and building
//! what is re-raised, as CPython's _PyExc_PrepReraiseStar does).
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const list_mod = @import("list.zig");
const tuple_mod = @import("tuple.zig");
const call = @import("call.zig");
const ops = @import("ops.zig");
const iter = @import("iter.zig");
const Value = value.Value;
const Type = value.Type;
const ExcObject = exc.ExcObject;
const Error = @import("err.zig").Error;

pub fn isGroup(e: *ExcObject) bool {
    return e.base.ty.isSubtype(&types.BaseExceptionGroup);
}

/// The sub-exceptions of a group (args[1], kept as given; a tuple view of it).
pub fn members(e: *ExcObject) []const Value {
    if (e.args.items.len < 2) return &.{};
    return iter.toSlice(e.args.items[1]) catch &.{};
}

/// `BaseExceptionGroup(message, exceptions)` and subclasses, with CPython's checks; a plain
/// BaseExceptionGroup of only Exceptions becomes an ExceptionGroup.
pub fn construct(t: *Type, args: []const Value) Error!Value {
    if (args.len != 2) return exc.raiseFmt(&types.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments ({d} given)", .{args.len});
    if (!args[0].isKind(.str)) return exc.raiseFmt(&types.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not {s}", .{ops.typeName(args[0])});
    const items = iter.toSlice(args[1]) catch |e| {
        if (exc.pendingIs(&types.TypeError)) {
            _ = exc.take();
            return exc.raiseMsg(&types.TypeError, "second argument (exceptions) must be a sequence");
        }
        return e;
    };
    if (items.len == 0) return exc.raiseMsg(&types.ValueError, "second argument (exceptions) must be a non-empty sequence");
    var all_exceptions = true;
    for (items, 0..) |x, i| {
        if (!x.isKind(.exception)) return exc.raiseFmt(&types.ValueError, "Item {d} of second argument (exceptions) is not an exception", .{i});
        if (!x.obj.ty.isSubtype(&types.Exception)) all_exceptions = false;
    }
    var cls = t;
    if (t == &types.BaseExceptionGroup and all_exceptions) cls = &types.ExceptionGroup;
    if (t.isSubtype(&types.Exception) and !all_exceptions) {
        return exc.raiseFmt(&types.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup", .{});
    }
    const e = exc.newException(cls, args);
    return e.val();
}

/// A new group like `g` (same class, message and metadata) holding `excs`.
fn derive(g: *ExcObject, excs: []const Value) *ExcObject {
    var all_exceptions = true;
    for (excs) |x| if (!x.obj.ty.isSubtype(&types.Exception)) {
        all_exceptions = false;
    };
    const cls: *Type = if (g.base.ty == &types.BaseExceptionGroup and all_exceptions) &types.ExceptionGroup else if (g.base.ty.flags.heap) (if (all_exceptions) &types.ExceptionGroup else &types.BaseExceptionGroup) else g.base.ty;
    const e = exc.newException(cls, &.{ g.args.items[0], list_mod.fromSlice(excs).val() });
    e.cause = g.cause;
    e.context = g.context;
    e.suppress_context = g.suppress_context;
    e.dict = g.dict;
    // As CPython's split(): the parts keep the original's traceback (a copy: entries are
    // appended in place as each propagates).
    if (g.trace_len > 0) {
        e.trace = mem.allocSlice(*const exc.Loc, .scan, g.trace_len);
        @memcpy(e.trace, g.trace[0..g.trace_len]);
        e.trace_len = g.trace_len;
    }
    e.raised = g.raised;
    e.tb_set = g.tb_set;
    e.traceback = g.traceback;
    return e;
}

/// Whether `e` matches an `except*` condition: a class, a tuple of classes, or a predicate.
fn matches(e: *ExcObject, cond: Value) Error!bool {
    if (cond.isKind(.type) or cond.isKind(.tuple)) return @import("stmt_rt.zig").excMatches(e, cond);
    return ops.truthy(try call.call1(cond, e.val()));
}

pub const Split = struct { match: ?*ExcObject, rest: ?*ExcObject };

pub fn split(g: *ExcObject, cond: Value) Error!Split {
    if (try matches(g, cond)) return .{ .match = g, .rest = null };
    if (!isGroup(g)) return .{ .match = null, .rest = g };
    var m = list_mod.new();
    var r = list_mod.new();
    for (members(g)) |x| {
        const s = try split(x.as(ExcObject), cond);
        if (s.match) |y| list_mod.append(m, y.val());
        if (s.rest) |y| list_mod.append(r, y.val());
    }
    return .{
        .match = if (m.len == 0) null else derive(g, m.items()),
        .rest = if (r.len == 0) null else derive(g, r.items()),
    };
}

/// `str(eg)`: "message (N sub-exceptions)".
pub fn strInto(b: *str_mod.Builder, e: *ExcObject) void {
    const n = members(e).len;
    if (e.args.items.len > 0 and e.args.items[0].isKind(.str)) b.append(e.args.items[0].as(str_mod.Str).bytes);
    b.print(" ({d} sub-exception{s})", .{ n, if (n == 1) "" else "s" });
}

// ---- except* ---------------------------------------------------------------------------------

/// What `except*` clauses match against: the raised exception (a group, or a naked exception
/// that a matching clause sees wrapped, see starMatch).
pub fn starBegin(e: *ExcObject) *ExcObject {
    return e;
}

/// One `except*` clause: splits the unhandled part `rest.*` by `cond`; returns the matching
/// part (the clause runs with it) and keeps the remainder.
pub fn starMatch(rest: *?*ExcObject, cond: Value) Error!?*ExcObject {
    const g = rest.* orelse return null;
    if (!isGroup(g)) {
        // A naked exception that matches runs the clause as `ExceptionGroup('', (e,))` (a
        // tuple, unlike the lists split() derives), as CPython's CHECK_EG_MATCH builds it.
        if (!try matches(g, cond)) return null;
        rest.* = null;
        const cls: *Type = if (g.base.ty.isSubtype(&types.Exception)) &types.ExceptionGroup else &types.BaseExceptionGroup;
        return exc.newException(cls, &.{ str_mod.static("").val(), tuple_mod.fromSlice(&.{g.val()}).val() });
    }
    const s = try split(g, cond);
    rest.* = s.rest;
    return s.match;
}

fn collectLeaves(e: *ExcObject, out: *std.AutoHashMapUnmanaged(usize, void)) void {
    if (isGroup(e)) {
        for (members(e)) |x| collectLeaves(x.as(ExcObject), out);
    } else out.put(mem.allocator(.noscan), @intFromPtr(e), {}) catch {};
}

fn isReraise(e: *ExcObject, leaves: *std.AutoHashMapUnmanaged(usize, void)) bool {
    if (isGroup(e)) {
        for (members(e)) |x| if (!isReraise(x.as(ExcObject), leaves)) return false;
        return true;
    }
    return leaves.contains(@intFromPtr(e));
}

/// The original group restricted to the leaves of `keep` (nesting preserved), or null.
fn projection(g: *ExcObject, keep: *std.AutoHashMapUnmanaged(usize, void)) ?*ExcObject {
    if (!isGroup(g)) return if (keep.contains(@intFromPtr(g))) g else null;
    var l = list_mod.new();
    for (members(g)) |x| if (projection(x.as(ExcObject), keep)) |p| list_mod.append(l, p.val());
    if (l.len == 0) return null;
    return derive(g, l.items());
}

/// After the clauses: raise what is left — the unmatched part and whatever the handlers raised
/// (the list `raised`), combined as CPython does. Returns normally when nothing is left.
pub fn starEnd(orig: *ExcObject, rest: ?*ExcObject, raised: *list_mod.List) Error!void {
    if (rest) |r| list_mod.append(raised, r.val());
    if (raised.len == 0) return;
    if (!isGroup(orig)) {
        // A naked exception: at most one clause ran, so there is one thing to raise (the
        // unmatched exception itself, or what the clause raised).
        return exc.raise(raised.buf()[0].as(ExcObject));
    }
    var leaves: std.AutoHashMapUnmanaged(usize, void) = .{};
    collectLeaves(orig, &leaves);
    var new_raised = list_mod.new();
    var kept: std.AutoHashMapUnmanaged(usize, void) = .{};
    for (raised.items()) |x| {
        const e = x.as(ExcObject);
        if (isReraise(e, &leaves)) collectLeaves(e, &kept) else list_mod.append(new_raised, x);
    }
    const reraised = projection(orig, &kept);
    if (new_raised.len == 0) {
        const e = reraised orelse return;
        exc.current = e;
        return error.PyException;
    }
    if (reraised) |e| list_mod.append(new_raised, e.val());
    if (new_raised.len == 1) {
        exc.current = new_raised.buf()[0].as(ExcObject);
        return error.PyException;
    }
    const g = exc.newException(&types.ExceptionGroup, &.{ str_mod.static("").val(), new_raised.val() });
    exc.current = g;
    return error.PyException;
}

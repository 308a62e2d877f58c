//! Builtin iterator functions: enumerate, zip, map, filter, reversed, iter(callable, sentinel).
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;
const iter = rt.iter;
const NativeIter = iter.NativeIter;

pub fn enumerate_(args: rt.Args) Error!Value {
    var start: Value = Value.fromSmall(0);
    if (args.pos.len < 1 or args.pos.len > 2) return rt.exc.raiseFmt(&rt.types.TypeError, "enumerate() takes at most 2 arguments ({d} given)", .{args.pos.len});
    if (args.pos.len == 2) start = args.pos[1];
    if (rt.call.kwarg(args, "start")) |s| start = s;
    if (start != .int and start != .bool) return rt.exc.raiseFmt(&rt.types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(start)});
    const it = iter.newIter(&iter.enumerate_type, enumerateNext, try iter.iter(args.pos[0]));
    it.b = if (start == .bool) Value.fromSmall(@intFromBool(start.bool)) else start;
    return it.val();
}

fn enumerateNext(it: *NativeIter) Error!?Value {
    const v = (try iter.next(it.a)) orelse return null;
    const i = it.b;
    it.b = .{ .int = rt.intops.add(i.int, rt.Int.one) };
    return rt.tuple.pair(i, v).val();
}

pub fn zip_(args: rt.Args) Error!Value {
    var strict = false;
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "strict")) strict = try rt.ops.truthy(v) else return rt.exc.raiseFmt(&rt.types.TypeError, "zip() got an unexpected keyword argument '{s}'", .{k.bytes});
    }
    const its = rt.mem.allocSlice(Value, .scan, args.pos.len);
    for (args.pos, 0..) |a, i| {
        its[i] = iter.iter(a) catch |e| {
            if (rt.exc.pendingIs(&rt.types.TypeError)) {
                _ = rt.exc.take();
                return rt.exc.raiseFmt(&rt.types.TypeError, "zip argument #{d} must support iteration", .{i + 1});
            }
            return e;
        };
    }
    const it = iter.newIter(&iter.zip_type, zipNext, .none);
    it.many = its;
    it.k = @intFromBool(strict);
    return it.val();
}

fn zipNext(it: *NativeIter) Error!?Value {
    if (it.many.len == 0 or it.j != 0) return null;
    const t = rt.tuple.alloc(it.many.len);
    for (it.many, 0..) |sub, i| {
        if (try iter.next(sub)) |v| {
            t.items[i] = v;
        } else {
            it.j = 1;
            if (it.k != 0) {
                if (i > 0) return rt.exc.raiseFmt(&rt.types.ValueError, "zip() argument {d} is shorter than argument{s} 1{s}", .{ i + 1, if (i > 1) "s" else "", if (i > 1) "-" else "" });
                for (it.many[1..], 2..) |other, n| {
                    if ((try iter.next(other)) != null) return rt.exc.raiseFmt(&rt.types.ValueError, "zip() argument {d} is longer than argument{s} 1{s}", .{ n, if (n > 2) "s" else "", if (n > 2) "-" else "" });
                }
            }
            return null;
        }
    }
    return t.val();
}

pub fn map_(args: rt.Args) Error!Value {
    if (args.pos.len < 2) return rt.exc.raiseMsg(&rt.types.TypeError, "map() must have at least two arguments.");
    const its = rt.mem.allocSlice(Value, .scan, args.pos.len - 1);
    for (args.pos[1..], 0..) |a, i| its[i] = try iter.iter(a);
    const it = iter.newIter(&iter.map_type, mapNext, args.pos[0]);
    it.many = its;
    return it.val();
}

fn mapNext(it: *NativeIter) Error!?Value {
    var buf: [8]Value = undefined;
    const vals: []Value = if (it.many.len <= buf.len) buf[0..it.many.len] else rt.mem.allocSlice(Value, .scan, it.many.len);
    for (it.many, 0..) |sub, i| vals[i] = (try iter.next(sub)) orelse return null;
    return try rt.call.call(it.a, .{ .pos = vals });
}

pub fn filter_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("filter", args, 2, 2);
    const it = iter.newIter(&iter.filter_type, filterNext, args.pos[0]);
    it.b = try iter.iter(args.pos[1]);
    return it.val();
}

fn filterNext(it: *NativeIter) Error!?Value {
    while (try iter.next(it.b)) |v| {
        const keep = if (it.a == .none) try rt.ops.truthy(v) else try rt.ops.truthy(try rt.call.call1(it.a, v));
        if (keep) return v;
    }
    return null;
}

pub fn reversed_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("reversed", args, 1, 1);
    const v = args.pos[0];
    if (v == .obj) {
        switch (v.obj.ty.kind) {
            .list => if (!v.obj.ty.flags.heap) return iter.reversedList(v.as(rt.List)),
            .range => return rt.range.reversed(v.obj),
            else => {},
        }
        // A user __reversed__, or a builtin one (dict, dict views, list subclasses).
        if (rt.attr.lookupType(v.obj.ty, &rt.names.__reversed__)) |m| return rt.call.callUnbound(m, v, &.{});
        if (v.obj.ty.kind == .dict) {
            const keys = try rt.iter.toList(v);
            return iter.reversedList(keys);
        }
        if (v.obj.ty.kind == .tuple or v.obj.ty.kind == .str or v.obj.ty.kind == .list or
            rt.attr.lookupType(v.obj.ty, &rt.names.__getitem__) != null)
        {
            const n = try iter.len(v);
            const it = iter.newIter(&iter.reversed_type, seqRevNext, v);
            it.i = @as(i64, @intCast(n)) - 1;
            return it.val();
        }
    }
    return rt.exc.raiseFmt(&rt.types.TypeError, "'{s}' object is not reversible", .{rt.ops.typeName(v)});
}

fn seqRevNext(it: *NativeIter) Error!?Value {
    if (it.i < 0) return null;
    const v = try rt.sub.getitem(it.a, Value.fromSmall(it.i));
    it.i -= 1;
    return v;
}

/// iter(callable, sentinel).
pub fn callableIter(f: Value, sentinel: Value) Error!Value {
    const it = iter.newIter(&iter.callable_iterator_type, callableNext, f);
    it.b = sentinel;
    return it.val();
}

fn callableNext(it: *NativeIter) Error!?Value {
    if (it.j != 0) return null;
    const v = try rt.call.call0(it.a);
    if (try rt.ops.eq(v, it.b)) {
        it.j = 1;
        return null;
    }
    return v;
}

//! Methods of generator objects: send, throw, close, and the iterator protocol.
const std = @import("std");
const rt = @import("../rt.zig");
const natives = @import("../core/natives.zig");
const Value = rt.Value;
const Error = rt.Error;
const Generator = rt.gen.Generator;

fn gen(v: Value) *Generator {
    return v.as(Generator);
}

fn send(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("send", args, 1, 1);
    return rt.gen.send(gen(self), args.pos[0]);
}

/// throw(exc) / throw(type[, value]) (the 3-argument form is deprecated but accepted).
fn throw(self: Value, args: rt.Args) Error!Value {
    if (args.pos.len < 1 or args.pos.len > 3) return rt.exc.raiseFmt(&rt.types.TypeError, "throw expected at least 1 argument, got {d}", .{args.pos.len});
    var e = args.pos[0];
    if (e.isKind(.type)) {
        const t = e.as(rt.Type);
        if (!t.isSubtype(&rt.types.BaseException)) return rt.exc.raiseMsg(&rt.types.TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
        e = try rt.call.call(e, .{ .pos = if (args.pos.len > 1 and args.pos[1] != .none) args.pos[1..2] else &.{} });
    }
    if (!e.isKind(.exception)) return rt.exc.raiseFmt(&rt.types.TypeError, "exceptions must be classes or instances deriving from BaseException, not {s}", .{rt.ops.typeName(e)});
    return rt.gen.throw(gen(self), e.as(rt.exc.ExcObject));
}

fn close(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("close", args, 0, 0);
    try rt.gen.close(gen(self));
    return .none;
}

fn iterSelf(self: Value, args: rt.Args) Error!Value {
    _ = args;
    return self;
}

fn nextMethod(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__next__", args, 0, 0);
    if (try rt.gen.next(self.obj)) |v| return v;
    const rv = rt.gen.returnValueOf(gen(self));
    if (rv != .none) return rt.exc.raiseWith(&rt.types.StopIteration, rv);
    return rt.exc.raiseEmpty(&rt.types.StopIteration);
}

var send_b = natives.method("generator", "send", send);
var throw_b = natives.method("generator", "throw", throw);
var close_b = natives.method("generator", "close", close);
var iter_b = natives.method("generator", "__iter__", iterSelf);
var next_b = natives.method("generator", "__next__", nextMethod);

pub const table = natives.Table.initComptime(.{
    .{ "send", &send_b },
    .{ "throw", &throw_b },
    .{ "close", &close_b },
    .{ "__iter__", &iter_b },
    .{ "__next__", &next_b },
});

/// Iterators of builtin kinds answer __iter__ and __next__ too (iter(it) is it).
fn iterNext(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__next__", args, 0, 0);
    if (try rt.iter.next(self)) |v| return v;
    return rt.exc.raiseEmpty(&rt.types.StopIteration);
}
var it_iter_b = natives.method("iterator", "__iter__", iterSelf);
var it_next_b = natives.method("iterator", "__next__", iterNext);
pub const iterator_table = natives.Table.initComptime(.{
    .{ "__iter__", &it_iter_b },
    .{ "__next__", &it_next_b },
});

fn conjugate(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("conjugate", args, 0, 0);
    return rt.complex.conjugate(self.obj);
}
var conjugate_b = natives.method("complex", "conjugate", conjugate);
pub const complex_table = natives.Table.initComptime(.{.{ "conjugate", &conjugate_b }});

//! The builtin functions (`print`, `len`, ...). Each has the call form `<name>_(args)` that
//! compiled code calls directly, and a first-class object `<name>_obj` for uses like
//! `key=len` or `f = print`.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const types = rt.types;
const exc = rt.exc;

fn obj(comptime name: []const u8, comptime f: fn (Args) Error!Value) rt.call.Builtin {
    const S = struct {
        fn impl(self: Value, args: Args) Error!Value {
            _ = self;
            return f(args);
        }
    };
    return rt.call.builtin(name, S.impl);
}

// ---- output ----------------------------------------------------------------------------------

pub fn print_(args: Args) Error!Value {
    var sep: []const u8 = " ";
    var end: []const u8 = "\n";
    var file: Value = .none;
    var flush = false;
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "sep")) {
            sep = try optStr(v, "sep");
        } else if (std.mem.eql(u8, k.bytes, "end")) {
            end = try optStr(v, "end");
        } else if (std.mem.eql(u8, k.bytes, "file")) {
            file = v;
        } else if (std.mem.eql(u8, k.bytes, "flush")) {
            flush = try rt.ops.truthy(v);
        } else return exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for print()", .{k.bytes});
    }
    var b = rt.Builder{};
    for (args.pos, 0..) |v, i| {
        if (i > 0) b.append(sep);
        try rt.repr.strInto(&b, v);
    }
    b.append(end);
    try @import("files.zig").writeTo(file, b.slice(), flush);
    return .none;
}

fn optStr(v: Value, comptime what: []const u8) Error![]const u8 {
    if (v == .none) return if (std.mem.eql(u8, what, "sep")) " " else "\n";
    if (!v.isKind(.str)) return exc.raiseFmt(&types.TypeError, what ++ " must be None or a string, not {s}", .{rt.ops.typeName(v)});
    return v.as(rt.Str).bytes;
}
pub var print_obj = obj("print", print_);

pub fn input_(args: Args) Error!Value {
    try rt.call.expectArgs("input", args, 0, 1);
    if (args.pos.len == 1) {
        var b = rt.Builder{};
        try rt.repr.strInto(&b, args.pos[0]);
        rt.io.stdout.write(b.slice());
    }
    rt.io.stdout.flush();
    try rt.interrupt.check(); // a Ctrl-C that came before the wait
    const got = rt.io.stdin.readLine();
    try rt.interrupt.check(); // Ctrl-C while waiting for the line
    const line = got orelse return exc.raiseMsg(&types.EOFError, "EOF when reading a line");
    const trimmed = if (line.len > 0 and line[line.len - 1] == '\n') line[0 .. line.len - 1] else line;
    return rt.str.fromBytes(trimmed).val();
}
pub var input_obj = obj("input", input_);

// ---- introspection ---------------------------------------------------------------------------

pub fn len_(args: Args) Error!Value {
    try rt.call.expectArgs("len", args, 1, 1);
    return Value.fromSmall(@intCast(try rt.iter.len(args.pos[0])));
}
pub var len_obj = obj("len", len_);

pub fn repr_(args: Args) Error!Value {
    try rt.call.expectArgs("repr", args, 1, 1);
    return (try rt.repr.repr(args.pos[0])).val();
}
pub var repr_obj = obj("repr", repr_);

pub fn ascii_(args: Args) Error!Value {
    try rt.call.expectArgs("ascii", args, 1, 1);
    return (try rt.fmt.ascii(args.pos[0])).val();
}
pub var ascii_obj = obj("ascii", ascii_);

pub fn format_(args: Args) Error!Value {
    try rt.call.expectArgs("format", args, 1, 2);
    var spec: []const u8 = "";
    if (args.pos.len == 2) {
        if (!args.pos[1].isKind(.str)) return exc.raiseFmt(&types.TypeError, "format() argument 2 must be str, not {s}", .{rt.ops.typeName(args.pos[1])});
        spec = args.pos[1].as(rt.Str).bytes;
    }
    var b = rt.Builder{};
    try rt.fmt.formatValueInto(&b, args.pos[0], spec);
    return b.finish().val();
}
pub var format_obj = obj("format", format_);

/// isinstance(x, T) with T a class or a tuple of classes (nested tuples too).
pub fn isinstanceOf(x: Value, t: Value) Error!bool {
    if (t.isKind(.type)) {
        const ty = t.as(rt.Type);
        const xt = rt.ops.typeOf(x);
        if (xt.isSubtype(ty)) return true;
        if (try abcHook(ty, &instancecheck_name, x)) |r| return r;
        return false;
    }
    if (t.isKind(.tuple)) {
        for (t.as(rt.Tuple).items) |it| if (try isinstanceOf(x, it)) return true;
        return false;
    }
    // Any other object answers through its class's __instancecheck__ (types.GenericAlias
    // raises there), as PyObject_IsInstance asks.
    if (try checkHook(t, &instancecheck_name, x)) |r| return r;
    return exc.raiseMsg(&types.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

/// `type(t).__instancecheck__(t, arg)` (or __subclasscheck__) for a `t` that is no class.
fn checkHook(t: Value, name: *rt.Str, arg: Value) Error!?bool {
    if (t != .obj or !t.obj.ty.flags.heap) return null;
    const m = rt.attr.lookupType(t.obj.ty, name) orelse return null;
    return try rt.ops.truthy(try rt.call.callUnbound(m, t, &.{arg}));
}

var instancecheck_name = rt.str.literal("__instancecheck__");
var subclasscheck_name = rt.str.literal("__subclasscheck__");

/// pyaot has no metaclasses, so ABCMeta's hooks cannot live on a metaclass: a class stands in
/// for it by defining `__instancecheck__` / `__subclasscheck__` as classmethods on itself
/// (collections.abc does, for virtual subclasses such as list being a Sequence). They are
/// consulted only when the MRO alone says no; null when the class has none.
fn abcHook(ty: *rt.Type, name: *rt.Str, arg: Value) Error!?bool {
    if (!ty.flags.heap) return null;
    const m = rt.attr.lookupType(ty, name) orelse return null;
    if (!(m == .obj and m.obj.ty.kind == .classmethod)) return null;
    return try rt.ops.truthy(try rt.call.call2(rt.attr.descriptorTarget(m), .{ .obj = &ty.base }, arg));
}

pub fn isinstance_(args: Args) Error!Value {
    try rt.call.expectArgs("isinstance", args, 2, 2);
    return Value.fromBool(try isinstanceOf(args.pos[0], args.pos[1]));
}
pub var isinstance_obj = obj("isinstance", isinstance_);

fn issubclassOf(c: *rt.Type, t: Value) Error!bool {
    if (t.isKind(.type)) {
        if (c.isSubtype(t.as(rt.Type))) return true;
        if (try abcHook(t.as(rt.Type), &subclasscheck_name, .{ .obj = &c.base })) |r| return r;
        return false;
    }
    if (t.isKind(.tuple)) {
        for (t.as(rt.Tuple).items) |it| if (try issubclassOf(c, it)) return true;
        return false;
    }
    if (try checkHook(t, &subclasscheck_name, .{ .obj = &c.base })) |r| return r;
    return exc.raiseMsg(&types.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

pub fn issubclass_(args: Args) Error!Value {
    try rt.call.expectArgs("issubclass", args, 2, 2);
    if (!args.pos[0].isKind(.type)) return exc.raiseMsg(&types.TypeError, "issubclass() arg 1 must be a class");
    return Value.fromBool(try issubclassOf(args.pos[0].as(rt.Type), args.pos[1]));
}
pub var issubclass_obj = obj("issubclass", issubclass_);

fn nameArg(args: Args, comptime fname: []const u8) Error!*rt.Str {
    if (!args.pos[1].isKind(.str)) return exc.raiseFmt(&types.TypeError, fname ++ "(): attribute name must be string, not '{s}'", .{rt.ops.typeName(args.pos[1])});
    return args.pos[1].as(rt.Str);
}

pub fn getattr_(args: Args) Error!Value {
    try rt.call.expectArgs("getattr", args, 2, 3);
    const name = try nameArg(args, "getattr");
    if (args.pos.len == 3) {
        const r = rt.attr.getattrOpt(args.pos[0], name) catch |e| {
            if (exc.pendingIs(&types.AttributeError)) {
                _ = exc.take();
                return args.pos[2];
            }
            return e;
        };
        return r orelse args.pos[2];
    }
    return rt.attr.getattr(args.pos[0], name);
}
pub var getattr_obj = obj("getattr", getattr_);

pub fn setattr_(args: Args) Error!Value {
    try rt.call.expectArgs("setattr", args, 3, 3);
    try rt.attr.setattr(args.pos[0], try nameArg(args, "setattr"), args.pos[2]);
    return .none;
}
pub var setattr_obj = obj("setattr", setattr_);

pub fn delattr_(args: Args) Error!Value {
    try rt.call.expectArgs("delattr", args, 2, 2);
    try rt.attr.delattr(args.pos[0], try nameArg(args, "delattr"));
    return .none;
}
pub var delattr_obj = obj("delattr", delattr_);

pub fn hasattr_(args: Args) Error!Value {
    try rt.call.expectArgs("hasattr", args, 2, 2);
    return Value.fromBool(try rt.attr.hasattr(args.pos[0], try nameArg(args, "hasattr")));
}
pub var hasattr_obj = obj("hasattr", hasattr_);

pub fn id_(args: Args) Error!Value {
    try rt.call.expectArgs("id", args, 1, 1);
    const v = args.pos[0];
    return switch (v) {
        .obj => |o| Value.fromSmall(@intCast(@intFromPtr(o) >> 1)),
        else => Value.fromSmall(@bitCast((try rt.ops.hash(v)) & 0x3fffffffffffffff)),
    };
}
pub var id_obj = obj("id", id_);

pub fn hash_(args: Args) Error!Value {
    try rt.call.expectArgs("hash", args, 1, 1);
    return .{ .int = rt.Int.fromI64(try rt.ops.hash(args.pos[0])) };
}
pub var hash_obj = obj("hash", hash_);

pub fn callable_(args: Args) Error!Value {
    try rt.call.expectArgs("callable", args, 1, 1);
    const v = args.pos[0];
    if (v != .obj) return Value.False;
    return Value.fromBool(switch (v.obj.ty.kind) {
        .function, .builtin_function, .method, .type => true,
        else => rt.attr.lookupType(v.obj.ty, &rt.names.__call__) != null,
    });
}
pub var callable_obj = obj("callable", callable_);

// ---- iteration -------------------------------------------------------------------------------

pub fn iter_(args: Args) Error!Value {
    try rt.call.expectArgs("iter", args, 1, 2);
    if (args.pos.len == 2) return @import("iterators.zig").callableIter(args.pos[0], args.pos[1]);
    return rt.iter.iter(args.pos[0]);
}
pub var iter_obj = obj("iter", iter_);

pub fn next_(args: Args) Error!Value {
    try rt.call.expectArgs("next", args, 1, 2);
    const it = args.pos[0];
    if (it != .obj or !isIterator(it)) return exc.raiseFmt(&types.TypeError, "'{s}' object is not an iterator", .{rt.ops.typeName(it)});
    if (it.obj.ty.flags.heap and it.obj.ty.kind == .instance) {
        // A class's own __next__: its StopIteration (with its args) propagates unchanged.
        if (rt.attr.lookupType(it.obj.ty, &rt.names.__next__)) |m| {
            return rt.call.callUnbound(m, it, &.{}) catch |e| {
                if (args.pos.len == 2 and exc.pendingIs(&types.StopIteration)) {
                    _ = exc.take();
                    return args.pos[1];
                }
                return e;
            };
        }
    }
    if (try rt.iter.next(it)) |v| return v;
    if (args.pos.len == 2) return args.pos[1];
    if (it.isKind(.generator)) {
        const g = it.as(rt.gen.Generator);
        const rv = rt.gen.returnValueOf(g);
        if (rv != .none) return exc.raiseWith(&types.StopIteration, rv);
    }
    return exc.raiseEmpty(&types.StopIteration);
}
pub var next_obj = obj("next", next_);

fn isIterator(v: Value) bool {
    const k = v.obj.ty.kind;
    if (k == .iterator or k == .generator) return true;
    if (v.obj.ty.native) |n| if (n.next != null) return true;
    return rt.attr.lookupType(v.obj.ty, &rt.names.__next__) != null;
}

pub fn all_(args: Args) Error!Value {
    try rt.call.expectArgs("all", args, 1, 1);
    const it = try rt.iter.iter(args.pos[0]);
    while (try rt.iter.next(it)) |v| if (!try rt.ops.truthy(v)) return Value.False;
    return Value.True;
}
pub var all_obj = obj("all", all_);

pub fn any_(args: Args) Error!Value {
    try rt.call.expectArgs("any", args, 1, 1);
    const it = try rt.iter.iter(args.pos[0]);
    while (try rt.iter.next(it)) |v| if (try rt.ops.truthy(v)) return Value.True;
    return Value.False;
}
pub var any_obj = obj("any", any_);

pub fn sum_(args: Args) Error!Value {
    var start: Value = Value.fromSmall(0);
    if (args.pos.len < 1 or args.pos.len > 2) return exc.raiseFmt(&types.TypeError, "sum() takes at most 2 arguments ({d} given)", .{args.pos.len});
    if (args.pos.len == 2) start = args.pos[1];
    if (rt.call.kwarg(args, "start")) |s| start = s;
    if (start.isKind(.str)) return exc.raiseMsg(&types.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    var acc = start;
    const src = args.pos[0];
    if (src.isKind(.list) or src.isKind(.tuple)) {
        for (try rt.iter.toSlice(src)) |v| acc = try rt.ops.add(acc, v);
        return acc;
    }
    const it = try rt.iter.iter(src);
    while (try rt.iter.next(it)) |v| acc = try rt.ops.add(acc, v);
    return acc;
}
pub var sum_obj = obj("sum", sum_);

/// min/max with an optional key= and default=.
fn minmax(args: Args, comptime name: []const u8, comptime op: rt.ops.CmpOp) Error!Value {
    var key: Value = .none;
    var default: ?Value = null;
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "key")) key = v else if (std.mem.eql(u8, k.bytes, "default")) default = v else return exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for " ++ name ++ "()", .{k.bytes});
    }
    if (args.pos.len == 0) return exc.raiseFmt(&types.TypeError, name ++ " expected at least 1 argument, got 0", .{});
    var items: []const Value = undefined;
    if (args.pos.len == 1) {
        items = try rt.iter.toSlice(args.pos[0]);
        if (items.len == 0) {
            if (default) |d| return d;
            return exc.raiseFmt(&types.ValueError, name ++ "() arg is an empty sequence", .{});
        }
    } else {
        if (default != null) return exc.raiseFmt(&types.TypeError, "Cannot specify a default for " ++ name ++ "() with multiple positional arguments", .{});
        items = args.pos;
    }
    var best = items[0];
    var best_key = if (key == .none) best else try rt.call.call1(key, best);
    for (items[1..]) |v| {
        const kv = if (key == .none) v else try rt.call.call1(key, v);
        if (try rt.ops.truthy(try rt.ops.compare(op, kv, best_key))) {
            best = v;
            best_key = kv;
        }
    }
    return best;
}

pub fn min_(args: Args) Error!Value {
    return minmax(args, "min", .lt);
}
pub var min_obj = obj("min", min_);
pub fn max_(args: Args) Error!Value {
    return minmax(args, "max", .gt);
}
pub var max_obj = obj("max", max_);

pub const sorted_ = @import("sorting.zig").sorted_;
pub var sorted_obj = obj("sorted", sorted_);

const iterators = @import("iterators.zig");
pub const enumerate_ = iterators.enumerate_;
pub var enumerate_obj = obj("enumerate", enumerate_);
pub const zip_ = iterators.zip_;
pub var zip_obj = obj("zip", zip_);
pub const map_ = iterators.map_;
pub var map_obj = obj("map", map_);
pub const filter_ = iterators.filter_;
pub var filter_obj = obj("filter", filter_);
pub const reversed_ = iterators.reversed_;
pub var reversed_obj = obj("reversed", reversed_);

// ---- numbers ---------------------------------------------------------------------------------

const numeric = @import("numeric.zig");
pub const abs_ = numeric.abs_;
pub var abs_obj = obj("abs", abs_);
pub const divmod_ = numeric.divmod_;
pub var divmod_obj = obj("divmod", divmod_);
pub const pow_ = numeric.pow_;
pub var pow_obj = obj("pow", pow_);
pub const round_ = numeric.round_;
pub var round_obj = obj("round", round_);
pub const hex_ = numeric.hex_;
pub var hex_obj = obj("hex", hex_);
pub const oct_ = numeric.oct_;
pub var oct_obj = obj("oct", oct_);
pub const bin_ = numeric.bin_;
pub var bin_obj = obj("bin", bin_);
pub const ord_ = numeric.ord_;
pub var ord_obj = obj("ord", ord_);
pub const chr_ = numeric.chr_;
pub var chr_obj = obj("chr", chr_);

// ---- objects, files, exit --------------------------------------------------------------------

pub fn vars_(args: Args) Error!Value {
    try rt.call.expectArgs("vars", args, 1, 1);
    return rt.attr.getattr(args.pos[0], &rt.names.__dict__) catch |e| {
        if (exc.pendingIs(&types.AttributeError)) {
            _ = exc.take();
            return exc.raiseMsg(&types.TypeError, "vars() argument must have __dict__ attribute");
        }
        return e;
    };
}
pub var vars_obj = obj("vars", vars_);

pub const dir_ = @import("objattrs.zig").dir_;
pub var dir_obj = obj("dir", dir_);

pub const open_ = @import("files.zig").open_;
pub var open_obj = obj("open", open_);

pub fn exit_(args: Args) Error!Value {
    try rt.call.expectArgs("exit", args, 0, 1);
    return exc.raise(exc.newException(&types.SystemExit, args.pos));
}
pub var exit_obj = obj("exit", exit_);
pub const quit_ = exit_;
pub var quit_obj = obj("quit", quit_);

fn unsupported(comptime name: []const u8) fn (Args) Error!Value {
    return struct {
        fn f(args: Args) Error!Value {
            _ = args;
            return exc.raiseMsg(&types.NotImplementedError, name ++ "() is not supported by pyaot");
        }
    }.f;
}
pub const aiter_ = unsupported("aiter");
pub var aiter_obj = obj("aiter", aiter_);
pub const anext_ = unsupported("anext");
pub var anext_obj = obj("anext", anext_);
pub const breakpoint_ = unsupported("breakpoint");
pub var breakpoint_obj = obj("breakpoint", breakpoint_);
pub const help_ = unsupported("help");
pub var help_obj = obj("help", help_);

// ---- eval ------------------------------------------------------------------------------------

/// eval(text) of a literal (see literal_eval.zig); with globals or locals it is a compile error.
pub fn eval_(args: Args) Error!Value {
    try rt.call.expectArgs("eval", args, 1, 1);
    return @import("literal_eval.zig").eval(args.pos[0]);
}
pub var eval_obj = obj("eval", eval_);

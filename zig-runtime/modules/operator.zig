//! The `operator` module, as CPython 3.11's _operator: every operator as a builtin function
//! (dunder aliases are the same objects, as `operator.__add__ is operator.add`), and the
//! callable classes itemgetter, attrgetter and methodcaller with their reprs and messages.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const clinic = @import("clinic.zig");
const nt = @import("nativetype.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;
const ops = rt.ops;

var mod: ?*rt.Module = null;

pub fn module() Value {
    if (itemgetter_type.dict == null) initTypes();
    return registry.nativeModule(&mod, "operator", get);
}

fn get(name: []const u8) ?Value {
    if (attrs.get(name)) |a| return a.value();
    // `__add__` is `add`, `__and__` is `and_`, `__not__` is `not_` ...
    if (name.len > 4 and std.mem.startsWith(u8, name, "__") and std.mem.endsWith(u8, name, "__")) {
        const base = name[2 .. name.len - 2];
        if (attrs.get(base)) |a| if (a == .func) return a.value();
        var buf: [16]u8 = undefined;
        if (base.len < buf.len) {
            @memcpy(buf[0..base.len], base);
            buf[base.len] = '_';
            if (attrs.get(buf[0 .. base.len + 1])) |a| if (a == .func) return a.value();
        }
    }
    if (std.mem.eql(u8, name, "itemgetter")) return nt.val(&itemgetter_type);
    if (std.mem.eql(u8, name, "attrgetter")) return nt.val(&attrgetter_type);
    if (std.mem.eql(u8, name, "methodcaller")) return nt.val(&methodcaller_type);
    return null;
}

const attrs = mu.Map.initComptime(.{
    binary("add", addFn),          binary("sub", subFn),             binary("mul", mulFn),
    binary("truediv", truedivFn),  binary("floordiv", floordivFn),   binary("mod", modFn),
    binary("pow", powFn),          binary("lshift", lshiftFn),       binary("rshift", rshiftFn),
    binary("and_", andFn),         binary("or_", orFn),              binary("xor", xorFn),
    binary("matmul", matmulFn),    binary("iadd", iaddFn),           binary("isub", isubFn),
    binary("imul", imulFn),        binary("itruediv", itruedivFn),   binary("ifloordiv", ifloordivFn),
    binary("imod", imodFn),        binary("ipow", ipowFn),           binary("ilshift", ilshiftFn),
    binary("irshift", irshiftFn),  binary("iand", iandFn),           binary("ior", iorFn),
    binary("ixor", ixorFn),        binary("imatmul", imatmulFn),     binary("lt", ltFn),
    binary("le", leFn),            binary("eq", eqFn),               binary("ne", neFn),
    binary("gt", gtFn),            binary("ge", geFn),               binary("is_", isFn),
    binary("is_not", isNotFn),     binary("concat", concatFn),       binary("iconcat", iconcatFn),
    binary("contains", containsFn), binary("countOf", countOfFn),    binary("indexOf", indexOfFn),
    binary("getitem", getitemFn),  binary("delitem", delitemFn),     unary("neg", ops.neg),
    unary("pos", ops.pos),         unary("invert", ops.invert),      unary("inv", ops.invert),
    unary("abs", absFn),           unary("index", indexFn),          unary("not_", notFn),
    unary("truth", truthFn),
    .{ "setitem", mu.func("setitem", setitem_) },
    .{ "length_hint", mu.func("length_hint", lengthHint_) },
    .{ "call", mu.func("call", call_) },
});

// ---- Functions --------------------------------------------------------------------------------

const BinFn = fn (Value, Value) Error!Value;
const UnFn = fn (Value) Error!Value;

/// A two-argument function: positional only, `name expected 2 arguments, got N`.
fn binary(comptime name: []const u8, comptime f: BinFn) struct { []const u8, mu.Attr } {
    const S = struct {
        fn impl(args: rt.Args) Error!Value {
            if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "_operator." ++ name ++ "() takes no keyword arguments");
            try clinic.unpackPos(name, args.pos.len, 2, 2);
            return f(args.pos[0], args.pos[1]);
        }
    };
    return .{ name, mu.func(name, S.impl) };
}

/// A one-argument function (METH_O): `_operator.name() takes exactly one argument (N given)`.
fn unary(comptime name: []const u8, comptime f: UnFn) struct { []const u8, mu.Attr } {
    const S = struct {
        fn impl(args: rt.Args) Error!Value {
            if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "_operator." ++ name ++ "() takes no keyword arguments");
            if (args.pos.len != 1) return exc.raiseFmt(&types.TypeError, "_operator." ++ name ++ "() takes exactly one argument ({d} given)", .{args.pos.len});
            return f(args.pos[0]);
        }
    };
    return .{ name, mu.func(name, S.impl) };
}

fn binOp(comptime op: ops.BinOp) BinFn {
    return struct {
        fn f(a: Value, b: Value) Error!Value {
            return ops.binary(op, a, b);
        }
    }.f;
}
fn inplaceOp(comptime op: ops.BinOp) BinFn {
    return struct {
        fn f(a: Value, b: Value) Error!Value {
            return ops.inplace(op, a, b);
        }
    }.f;
}
fn cmpOp(comptime op: ops.CmpOp) BinFn {
    return struct {
        fn f(a: Value, b: Value) Error!Value {
            return ops.compare(op, a, b);
        }
    }.f;
}

const addFn = binOp(.add);
const subFn = binOp(.sub);
const mulFn = binOp(.mul);
const truedivFn = binOp(.truediv);
const floordivFn = binOp(.floordiv);
const modFn = binOp(.mod);
const powFn = binOp(.pow);
const lshiftFn = binOp(.lshift);
const rshiftFn = binOp(.rshift);
const andFn = binOp(.band);
const orFn = binOp(.bor);
const xorFn = binOp(.bxor);
const matmulFn = binOp(.matmul);
const iaddFn = inplaceOp(.add);
const isubFn = inplaceOp(.sub);
const imulFn = inplaceOp(.mul);
const itruedivFn = inplaceOp(.truediv);
const ifloordivFn = inplaceOp(.floordiv);
const imodFn = inplaceOp(.mod);
const ipowFn = inplaceOp(.pow);
const ilshiftFn = inplaceOp(.lshift);
const irshiftFn = inplaceOp(.rshift);
const iandFn = inplaceOp(.band);
const iorFn = inplaceOp(.bor);
const ixorFn = inplaceOp(.bxor);
const imatmulFn = inplaceOp(.matmul);
const ltFn = cmpOp(.lt);
const leFn = cmpOp(.le);
const eqFn = cmpOp(.eq);
const neFn = cmpOp(.ne);
const gtFn = cmpOp(.gt);
const geFn = cmpOp(.ge);

fn isFn(a: Value, b: Value) Error!Value {
    return Value.fromBool(ops.identical(a, b));
}
fn isNotFn(a: Value, b: Value) Error!Value {
    return Value.fromBool(!ops.identical(a, b));
}
fn notFn(a: Value) Error!Value {
    return Value.fromBool(!try ops.truthy(a));
}
fn truthFn(a: Value) Error!Value {
    return Value.fromBool(try ops.truthy(a));
}
fn absFn(a: Value) Error!Value {
    return @import("../builtins/numeric.zig").abs_(.{ .pos = &.{a} });
}

/// PyNumber_Index: an int (True becomes 1), else `__index__`.
fn indexFn(a: Value) Error!Value {
    return .{ .int = try mu.toIndex(a) };
}

/// PySequence_Check: the builtin sequences and classes with `__getitem__` (not dicts).
fn isSequence(v: Value) bool {
    if (v != .obj) return false;
    const t = v.obj.ty;
    switch (t.kind) {
        .str, .list, .tuple, .bytes, .bytearray, .range => return true,
        .dict => return false,
        else => return t.flags.heap and rt.attr.lookupType(t, &rt.names.__getitem__) != null,
    }
}

fn concatFn(a: Value, b: Value) Error!Value {
    if (!isSequence(a)) return exc.raiseFmt(&types.TypeError, "'{s}' object can't be concatenated", .{ops.typeName(a)});
    return ops.binary(.add, a, b);
}
fn iconcatFn(a: Value, b: Value) Error!Value {
    if (!isSequence(a)) return exc.raiseFmt(&types.TypeError, "'{s}' object can't be concatenated", .{ops.typeName(a)});
    return ops.inplace(.add, a, b);
}
fn containsFn(a: Value, b: Value) Error!Value {
    return Value.fromBool(try rt.sub.contains(a, b));
}
fn countOfFn(a: Value, b: Value) Error!Value {
    const it = try rt.iter.iter(a);
    var n: i64 = 0;
    while (try rt.iter.next(it)) |x| {
        if (ops.identical(x, b) or try ops.eq(x, b)) n += 1;
    }
    return Value.fromSmall(n);
}
fn indexOfFn(a: Value, b: Value) Error!Value {
    const it = try rt.iter.iter(a);
    var i: i64 = 0;
    while (try rt.iter.next(it)) |x| : (i += 1) {
        if (ops.identical(x, b) or try ops.eq(x, b)) return Value.fromSmall(i);
    }
    return exc.raiseMsg(&types.ValueError, "sequence.index(x): x not in sequence");
}
fn getitemFn(a: Value, b: Value) Error!Value {
    return rt.sub.getitem(a, b);
}
fn delitemFn(a: Value, b: Value) Error!Value {
    try rt.sub.delitem(a, b);
    return .none;
}

fn setitem_(args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "_operator.setitem() takes no keyword arguments");
    try clinic.unpackPos("setitem", args.pos.len, 3, 3);
    try rt.sub.setitem(args.pos[0], args.pos[1], args.pos[2]);
    return .none;
}

/// PyObject_LengthHint: len(), else `__length_hint__`, else the default.
fn lengthHint_(args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "_operator.length_hint() takes no keyword arguments");
    try clinic.unpackPos("length_hint", args.pos.len, 1, 2);
    const default: i64 = if (args.pos.len == 2) try clinic.ssize(args.pos[1]) else 0;
    const o = args.pos[0];
    if (try nativeHint(o)) |n| return Value.fromSmall(n);
    if (try hasLen(o)) return Value.fromSmall(@intCast(try rt.iter.len(o)));
    const m = rt.attr.lookupType(ops.typeOf(o), mu.lit("__length_hint__")) orelse return Value.fromSmall(default);
    const r = try rt.call.callUnbound(m, o, &.{});
    if (ops.isNotImplemented(r)) return Value.fromSmall(default);
    if (r != .int) return exc.raiseFmt(&types.TypeError, "__length_hint__ must be an integer, not {s}", .{ops.typeName(r)});
    if (rt.intops.isNegative(r.int)) return exc.raiseMsg(&types.ValueError, "__length_hint__() should return >= 0");
    return r;
}

/// The remaining length of the runtime's sequence and dict iterators (their
/// `__length_hint__`), from their NativeIter fields (see core/iter.zig, core/range.zig).
fn nativeHint(o: Value) Error!?i64 {
    if (o != .obj or o.obj.ty.kind != .iterator) return null;
    const t = o.obj.ty;
    const it = o.as(rt.iter.NativeIter);
    if (t == &rt.iter.list_iterator_type) return @max(0, @as(i64, @intCast(it.a.as(rt.List).len)) - it.i);
    if (t == &rt.iter.tuple_iterator_type) return @max(0, @as(i64, @intCast(it.a.as(rt.Tuple).items.len)) - it.i);
    if (t == &rt.iter.list_reverseiterator_type) return if (it.i >= 0 and it.i < it.a.as(rt.List).len) it.i + 1 else 0;
    if (t == &rt.iter.range_iterator_type) return @max(0, it.k);
    if (t == &rt.iter.str_iterator_type) {
        const bytes = it.a.as(rt.Str).bytes;
        return @intCast(rt.str.countCodePoints(bytes[@min(bytes.len, @as(usize, @intCast(it.i)))..]));
    }
    if (t == &rt.iter.dict_keyiterator_type or t == &rt.iter.dict_valueiterator_type or t == &rt.iter.dict_itemiterator_type) {
        // A dict that changed size has no hint (its iterator will raise).
        return if (it.k >= 0 and it.a.as(rt.Dict).len == @as(usize, @intCast(it.k))) @max(0, it.j) else 0;
    }
    return null;
}

fn hasLen(o: Value) Error!bool {
    if (o != .obj) return false;
    return switch (o.obj.ty.kind) {
        .str, .list, .tuple, .dict, .set, .frozenset, .bytes, .bytearray, .range, .dict_view => true,
        .native => if (o.obj.ty.native) |n| n.len != null else false,
        else => rt.attr.lookupType(o.obj.ty, &rt.names.__len__) != null,
    };
}

fn call_(args: rt.Args) Error!Value {
    if (args.pos.len == 0) return exc.raiseMsg(&types.TypeError, "call() missing 1 required positional argument: 'obj'");
    return rt.call.call(args.pos[0], .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals });
}

// ---- itemgetter, attrgetter, methodcaller -----------------------------------------------------

/// An instance of one of the three callable classes: what to fetch, and for methodcaller the
/// name, positional and keyword arguments.
const Getter = struct {
    base: rt.Object,
    /// itemgetter: the keys; attrgetter: the attribute names as given (dotted); methodcaller:
    /// the name then the positional arguments.
    items: []const Value,
    /// attrgetter: each name split at dots.
    paths: []const []const *rt.Str = &.{},
    kwnames: []const *rt.Str = &.{},
    kwvals: []const Value = &.{},
};

var itemgetter_type = nt.template("operator.itemgetter", .native, &.{ .repr = itemgetterRepr });
var attrgetter_type = nt.template("operator.attrgetter", .native, &.{ .repr = attrgetterRepr });
var methodcaller_type = nt.template("operator.methodcaller", .native, &.{ .repr = methodcallerRepr });

var itemgetter_defs = nt.defs("operator.itemgetter", .{.{ "__call__", itemgetterCall }});
var attrgetter_defs = nt.defs("operator.attrgetter", .{.{ "__call__", attrgetterCall }});
var methodcaller_defs = nt.defs("operator.methodcaller", .{.{ "__call__", methodcallerCall }});
var itemgetter_new = rt.call.builtin("__new__", itemgetterNew);
var attrgetter_new = rt.call.builtin("__new__", attrgetterNew);
var methodcaller_new = rt.call.builtin("__new__", methodcallerNew);

fn initTypes() void {
    nt.setup(&itemgetter_type, &itemgetter_defs, &itemgetter_new);
    nt.setup(&attrgetter_type, &attrgetter_defs, &attrgetter_new);
    nt.setup(&methodcaller_type, &methodcaller_defs, &methodcaller_new);
    // CPython's three classes cannot be subclassed.
    for ([_]*rt.Type{ &itemgetter_type, &attrgetter_type, &methodcaller_type }) |t| t.flags.final = true;
}

fn newGetter(t: *rt.Type, items: []const Value) *Getter {
    const g = rt.mem.create(Getter, .scan);
    const copy = rt.mem.allocSlice(Value, .scan, items.len);
    @memcpy(copy, items);
    g.* = .{ .base = .{ .ty = t }, .items = copy };
    return g;
}

fn itemgetterNew(_: Value, args: rt.Args) Error!Value {
    const cls = try nt.newCls(&itemgetter_type, args);
    const a = nt.rest(args);
    if (a.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "itemgetter() takes no keyword arguments");
    if (a.pos.len == 0) return exc.raiseMsg(&types.TypeError, "itemgetter expected 1 argument, got 0");
    return .{ .obj = &newGetter(cls, a.pos).base };
}

fn attrgetterNew(_: Value, args: rt.Args) Error!Value {
    const cls = try nt.newCls(&attrgetter_type, args);
    const a = nt.rest(args);
    if (a.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "attrgetter() takes no keyword arguments");
    if (a.pos.len == 0) return exc.raiseMsg(&types.TypeError, "attrgetter expected 1 argument, got 0");
    const paths = rt.mem.allocSlice([]const *rt.Str, .scan, a.pos.len);
    for (a.pos, 0..) |v, i| {
        if (!v.isKind(.str)) return exc.raiseMsg(&types.TypeError, "attribute name must be a string");
        const text = v.as(rt.Str).bytes;
        const parts = rt.mem.allocSlice(*rt.Str, .scan, std.mem.count(u8, text, ".") + 1);
        var it = std.mem.splitScalar(u8, text, '.');
        var k: usize = 0;
        while (it.next()) |p| : (k += 1) parts[k] = rt.str.fromBytes(p);
        paths[i] = parts;
    }
    const g = newGetter(cls, a.pos);
    g.paths = paths;
    return .{ .obj = &g.base };
}

fn methodcallerNew(_: Value, args: rt.Args) Error!Value {
    const cls = try nt.newCls(&methodcaller_type, args);
    const a = nt.rest(args);
    if (a.pos.len == 0) return exc.raiseMsg(&types.TypeError, "methodcaller needs at least one argument, the method name");
    if (!a.pos[0].isKind(.str)) return exc.raiseMsg(&types.TypeError, "method name must be a string");
    const g = newGetter(cls, a.pos);
    const kn = rt.mem.allocSlice(*rt.Str, .scan, a.kwnames.len);
    @memcpy(kn, a.kwnames);
    const kv = rt.mem.allocSlice(Value, .scan, a.kwvals.len);
    @memcpy(kv, a.kwvals);
    g.kwnames = kn;
    g.kwvals = kv;
    return .{ .obj = &g.base };
}

/// The single argument of a getter call.
fn callArg(comptime name: []const u8, args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, name ++ "() takes no keyword arguments");
    try clinic.unpackPos(name, args.pos.len, 1, 1);
    return args.pos[0];
}

fn itemgetterCall(self: Value, args: rt.Args) Error!Value {
    const g = try nt.selfAs(Getter, &itemgetter_type, self);
    const obj = try callArg("itemgetter", args);
    if (g.items.len == 1) return rt.sub.getitem(obj, g.items[0]);
    const t = rt.tuple.alloc(g.items.len);
    for (g.items, 0..) |k, i| t.items[i] = try rt.sub.getitem(obj, k);
    return t.val();
}

fn attrgetterCall(self: Value, args: rt.Args) Error!Value {
    const g = try nt.selfAs(Getter, &attrgetter_type, self);
    const obj = try callArg("attrgetter", args);
    if (g.paths.len == 1) return dotted(obj, g.paths[0]);
    const t = rt.tuple.alloc(g.paths.len);
    for (g.paths, 0..) |p, i| t.items[i] = try dotted(obj, p);
    return t.val();
}

fn dotted(obj: Value, path: []const *rt.Str) Error!Value {
    var v = obj;
    for (path) |name| v = try rt.attr.getattr(v, name);
    return v;
}

fn methodcallerCall(self: Value, args: rt.Args) Error!Value {
    const g = try nt.selfAs(Getter, &methodcaller_type, self);
    const obj = try callArg("methodcaller", args);
    return rt.attr.callMethod(obj, g.items[0].as(rt.Str), .{ .pos = g.items[1..], .kwnames = g.kwnames, .kwvals = g.kwvals });
}

fn writeRepr(w: *std.Io.Writer, v: Value) anyerror!void {
    try w.writeAll((try rt.repr.repr(v)).bytes);
}

fn writeItems(w: *std.Io.Writer, items: []const Value) anyerror!void {
    for (items, 0..) |v, i| {
        if (i > 0) try w.writeAll(", ");
        try writeRepr(w, v);
    }
}

fn itemgetterRepr(v: Value, w: *std.Io.Writer) anyerror!void {
    try w.print("{s}(", .{v.obj.ty.name});
    try writeItems(w, v.as(Getter).items);
    try w.writeAll(")");
}

fn attrgetterRepr(v: Value, w: *std.Io.Writer) anyerror!void {
    try w.print("{s}(", .{v.obj.ty.name});
    try writeItems(w, v.as(Getter).items);
    try w.writeAll(")");
}

fn methodcallerRepr(v: Value, w: *std.Io.Writer) anyerror!void {
    const g = v.as(Getter);
    try w.print("{s}(", .{v.obj.ty.name});
    try writeItems(w, g.items);
    for (g.kwnames, g.kwvals) |k, x| {
        try w.print(", {s}=", .{k.bytes});
        try writeRepr(w, x);
    }
    try w.writeAll(")");
}

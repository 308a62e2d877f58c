//! `collections.namedtuple`, a native port of CPython 3.11's factory: the same validation and
//! messages, and a tuple subclass whose `__new__` binds arguments with the errors of the
//! `def __new__(_cls, x, y=...)` CPython generates, `_make`, `_replace`, `_asdict`,
//! `_fields`, `_field_defaults`, `__match_args__`, `_tuplegetter` fields and the
//! `Point(x=1, y=2)` repr (a NativeOps hook, inherited by subclasses that add methods).
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const nt = @import("nativetype.zig");
const Value = rt.Value;
const Error = rt.Error;
const Tuple = rt.Tuple;
const exc = rt.exc;
const types = rt.types;

/// Marks the classes namedtuple makes (and gives them their repr).
const ops: rt.value.NativeOps = .{ .repr = repr };

var new_def = rt.call.builtin("__new__", new_);
var make_def = rt.call.builtin("_make", make_);
var methods = nt.defs("namedtuple", .{
    .{ "_replace", replace_ },
    .{ "_asdict", asdict_ },
    .{ "__getnewargs__", getnewargs_ },
    .{ "__repr__", reprMethod_ },
});

const keywords = [_][]const u8{ "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield" };

fn isKeyword(s: []const u8) bool {
    for (keywords) |k| if (std.mem.eql(u8, k, s)) return true;
    return false;
}

fn isIdentifier(s: Value) Error!bool {
    return rt.ops.truthy(try rt.attr.callMethod(s, mu.lit("isidentifier"), .{ .pos = &.{} }));
}

fn valueError(comptime what: []const u8, name: Value) Error {
    var b = rt.Builder{};
    b.append(what);
    try rt.repr.reprInto(&b, name);
    return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
}

/// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
pub fn namedtuple_(args: rt.Args) Error!Value {
    const p = try mu.bind(.{ .name = "namedtuple", .names = &.{ "typename", "field_names", "rename", "defaults", "module" }, .n_pos = 2, .n_req = 2 }, args);
    var field_arg = p[1].?;
    if (field_arg.isKind(.str)) {
        const spaced = try rt.attr.callMethod(field_arg, mu.lit("replace"), .{ .pos = &.{ rt.str.static(",").val(), rt.str.static(" ").val() } });
        field_arg = try rt.attr.callMethod(spaced, mu.lit("split"), .{ .pos = &.{} });
    }
    const fields = try rt.iter.toList(field_arg);
    for (fields.items()) |*f| f.* = (try rt.repr.str(f.*)).val();
    const typename = try rt.repr.str(p[0].?);
    const rename = if (p[2]) |r| try rt.ops.truthy(r) else false;

    if (rename) {
        const seen = rt.dict.new();
        for (fields.items(), 0..) |*f, i| {
            const name = f.*;
            const s = name.as(rt.Str).bytes;
            if (!try isIdentifier(name) or isKeyword(s) or std.mem.startsWith(u8, s, "_") or try rt.dict.contains(seen, name)) {
                var b = rt.Builder{};
                b.print("_{d}", .{i});
                f.* = b.finish().val();
            }
            try rt.dict.set(seen, name, .none);
        }
    }
    const typename_v = [_]Value{typename.val()};
    for ([_][]const Value{ &typename_v, fields.items() }) |names| {
        for (names) |name| {
            if (!try isIdentifier(name)) return valueError("Type names and field names must be valid identifiers: ", name);
            if (isKeyword(name.as(rt.Str).bytes)) return valueError("Type names and field names cannot be a keyword: ", name);
        }
    }
    const seen = rt.dict.new();
    for (fields.items()) |name| {
        if (!rename and std.mem.startsWith(u8, name.as(rt.Str).bytes, "_")) return valueError("Field names cannot start with an underscore: ", name);
        if (try rt.dict.contains(seen, name)) return valueError("Encountered duplicate field name: ", name);
        try rt.dict.set(seen, name, .none);
    }

    const n = fields.len;
    const field_defaults = rt.dict.new();
    if (p[3]) |d| if (d != .none) {
        const defaults = try rt.iter.toSlice(d);
        if (defaults.len > n) return exc.raiseMsg(&types.TypeError, "Got more default values than field names");
        for (defaults, n - defaults.len..) |v, i| try rt.dict.set(field_defaults, fields.items()[i], v);
    };

    const ns = rt.dict.new();
    const field_tuple = rt.tupleOf(fields.items());
    var doc = rt.Builder{};
    doc.print("{s}(", .{typename.bytes});
    for (fields.items(), 0..) |f, i| {
        if (i > 0) doc.append(", ");
        doc.append(f.as(rt.Str).bytes);
    }
    if (n == 1) doc.append(",");
    doc.append(")");
    rt.dict.setStr(ns, mu.lit("__doc__"), doc.finish().val());
    rt.dict.setStr(ns, mu.lit("__slots__"), rt.tuple.empty.val());
    rt.dict.setStr(ns, mu.lit("_fields"), field_tuple);
    rt.dict.setStr(ns, mu.lit("_field_defaults"), field_defaults.val());
    rt.dict.setStr(ns, mu.lit("__match_args__"), field_tuple);
    rt.dict.setStr(ns, mu.lit("__new__"), wrap(&types.staticmethod_type, new_def.val()));
    rt.dict.setStr(ns, mu.lit("_make"), wrap(&types.classmethod_type, make_def.val()));
    for (&methods) |*b| rt.dict.setStr(ns, rt.str.static(b.name), b.val());
    const module = p[4] orelse .none;
    rt.dict.setStr(ns, mu.lit("__module__"), if (module == .none) rt.str.static("__main__").val() else module);
    const getter_type = try rt.attr.getattr(try rt.modules.import("_collections"), mu.lit("_tuplegetter"));
    for (fields.items(), 0..) |f, i| {
        var b = rt.Builder{};
        b.print("Alias for field number {d}", .{i});
        const getter = try rt.call.call2(getter_type, Value.fromSmall(@intCast(i)), b.finish().val());
        try rt.dict.set(ns, f, getter);
    }
    const module_name = if (module == .none) "__main__" else (try rt.repr.str(module)).bytes;
    const cls = try rt.class.newClass(typename.bytes, typename.bytes, module_name, &.{.{ .obj = &types.tuple_type.base }}, ns);
    cls.native = &ops;
    return .{ .obj = &cls.base };
}

pub fn wrap(t: *rt.Type, f: Value) Value {
    const w = rt.mem.create(rt.attr.Wrapper, .scan);
    w.* = .{ .base = .{ .ty = t }, .func = f };
    return .{ .obj = &w.base };
}

// ---- The generated class's methods -------------------------------------------------------------

/// The class namedtuple made (in `t`'s MRO; subclasses inherit its repr hook): its fields
/// and defaults live in its dict.
fn defining(t: *rt.Type) *rt.Type {
    for (t.mro) |c| {
        if (c.native != &ops) continue;
        const d = c.dict orelse continue;
        if (rt.dict.getStr(d, mu.lit("_field_defaults")) != null) return c;
    }
    return t;
}

fn fieldsOf(t: *rt.Type) []Value {
    const d = defining(t).dict orelse return &.{};
    const f = rt.dict.getStr(d, mu.lit("_fields")) orelse return &.{};
    return if (f.isKind(.tuple)) f.as(Tuple).items else &.{};
}

/// A tuple of class `cls` holding `items` (never the shared empty tuple).
fn tupleOfType(cls: *rt.Type, items: []const Value) *Tuple {
    const t = if (items.len == 0) blk: {
        const e = rt.mem.create(Tuple, .scan);
        e.* = .{ .base = .{ .ty = cls }, .items = &.{} };
        break :blk e;
    } else rt.tuple.fromSlice(items);
    t.base.ty = cls;
    return t;
}

/// `"'a'"`, `"'a' and 'b'"`, `"'a', 'b', and 'c'"`, as CPython lists missing arguments.
fn nameList(b: *rt.Builder, names: []const Value) Error!void {
    for (names, 0..) |name, i| {
        if (i > 0) {
            if (names.len == 2) b.append(" and ") else if (i == names.len - 1) b.append(", and ") else b.append(", ");
        }
        try rt.repr.reprInto(b, name);
    }
}

/// `__new__(_cls, *fields)` with the binding errors of the Python function CPython generates
/// (its qualname is `Typename.__new__`).
pub fn new_(_: Value, args: rt.Args) Error!Value {
    if (args.pos.len == 0 or !args.pos[0].isKind(.type)) return exc.raiseMsg(&types.TypeError, "__new__(): not enough arguments");
    const cls = args.pos[0].as(rt.Type);
    const def = defining(cls);
    const fields = fieldsOf(cls);
    const given = args.pos[1..];
    const qual = def.name;
    const defaults_v = rt.dict.getStr(def.dict orelse return exc.raiseMsg(&types.TypeError, "not a namedtuple class"), mu.lit("_field_defaults")) orelse
        return exc.raiseMsg(&types.TypeError, "not a namedtuple class");
    const defaults = defaults_v.as(rt.Dict);
    const n_req = fields.len - defaults.len;
    if (given.len > fields.len) {
        var b = rt.Builder{};
        if (defaults.len > 0) {
            b.print("{s}.__new__() takes from {d} to {d} positional arguments but {d} were given", .{ qual, n_req + 1, fields.len + 1, given.len + 1 });
        } else {
            b.print("{s}.__new__() takes {d} positional argument{s} but {d} were given", .{ qual, fields.len + 1, if (fields.len == 0) "" else "s", given.len + 1 });
        }
        return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
    }
    if (args.kwnames.len == 0 and given.len == fields.len) return tupleOfType(cls, given).val();
    const values = rt.mem.allocSlice(?Value, .scan, fields.len);
    @memset(values, null);
    for (given, 0..) |v, i| values[i] = v;
    for (args.kwnames, args.kwvals) |k, v| {
        const i = for (fields, 0..) |f, j| {
            if (std.mem.eql(u8, f.as(rt.Str).bytes, k.bytes)) break j;
        } else return exc.raiseFmt(&types.TypeError, "{s}.__new__() got an unexpected keyword argument '{s}'", .{ qual, k.bytes });
        if (values[i] != null) return exc.raiseFmt(&types.TypeError, "{s}.__new__() got multiple values for argument '{s}'", .{ qual, k.bytes });
        values[i] = v;
    }
    const missing = rt.list.new();
    for (fields[0..n_req], 0..) |f, i| if (values[i] == null) rt.list.append(missing, f);
    if (missing.len > 0) {
        var b = rt.Builder{};
        b.print("{s}.__new__() missing {d} required positional argument{s}: ", .{ qual, missing.len, if (missing.len == 1) "" else "s" });
        try nameList(&b, missing.items());
        return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
    }
    const items = rt.mem.allocSlice(Value, .scan, fields.len);
    for (items, values, fields) |*it, v, f| it.* = v orelse (rt.dict.getStr(defaults, f.as(rt.Str)) orelse .none);
    return tupleOfType(cls, items).val();
}

/// `_make(iterable)` (a classmethod): Expected N arguments, got M.
fn make_(_: Value, args: rt.Args) Error!Value {
    if (args.pos.len != 2 or !args.pos[0].isKind(.type)) return exc.raiseFmt(&types.TypeError, "_make() takes 2 positional arguments but {d} were given", .{args.pos.len});
    const cls = args.pos[0].as(rt.Type);
    const items = try rt.iter.toSlice(args.pos[1]);
    const n = fieldsOf(cls).len;
    if (items.len != n) return exc.raiseFmt(&types.TypeError, "Expected {d} arguments, got {d}", .{ n, items.len });
    return tupleOfType(cls, items).val();
}

fn selfTuple(self: Value) Error!*Tuple {
    if (self.isKind(.tuple)) return self.as(Tuple);
    return exc.raiseFmt(&types.TypeError, "descriptor requires a namedtuple, not '{s}'", .{rt.ops.typeName(self)});
}

/// `_replace(**kwds)`: self._make(map(kwds.pop, field_names, self)).
fn replace_(self: Value, args: rt.Args) Error!Value {
    if (args.pos.len != 0) return exc.raiseFmt(&types.TypeError, "_replace() takes 1 positional argument but {d} were given", .{args.pos.len + 1});
    const t = try selfTuple(self);
    const fields = fieldsOf(t.base.ty);
    const kwds = rt.dict.new();
    for (args.kwnames, args.kwvals) |k, v| rt.dict.setStr(kwds, k, v);
    const values = rt.list.new();
    for (fields, 0..) |f, i| {
        if (i >= t.items.len) break;
        rt.list.append(values, (try rt.dict.remove(kwds, f)) orelse t.items[i]);
    }
    if (kwds.len > 0) {
        var b = rt.Builder{};
        b.append("Got unexpected field names: ");
        const keys = rt.list.new();
        var i: usize = 0;
        while (rt.dict.nextEntry(kwds, &i)) |e| rt.list.append(keys, e.key);
        try rt.repr.reprInto(&b, keys.val());
        return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
    }
    return rt.attr.callMethod(self, mu.lit("_make"), .{ .pos = &.{values.val()} });
}

/// `_asdict()`: dict(zip(self._fields, self)).
fn asdict_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("_asdict", args, 0, 0);
    const t = try selfTuple(self);
    const fields = try rt.iter.toSlice(try rt.attr.getattr(self, mu.lit("_fields")));
    const d = rt.dict.new();
    for (fields, t.items[0..@min(fields.len, t.items.len)]) |f, v| try rt.dict.set(d, f, v);
    return d.val();
}

fn getnewargs_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__getnewargs__", args, 0, 0);
    return rt.tupleOf((try selfTuple(self)).items);
}

/// `Point.__repr__` in the class dict, as CPython's generated class has one (pprint tells a
/// namedtuple from a plain tuple by it; `super().__repr__()` in a subclass calls it). repr()
/// itself still goes through the hook below: a builtin `__repr__` does not shadow it.
fn reprMethod_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__repr__", args, 0, 0);
    _ = try selfTuple(self);
    var b = rt.Builder{};
    var w = rt.repr.BuilderWriter.init(&b);
    repr(self, &w.writer) catch |e| return @errorCast(e);
    return b.finish().val();
}

/// `Point(x=1, y=2)`: the instance's class name (a subclass shows its own) and the fields.
/// The full name, as CPython's tp_name: a namedtuple's has no dot, `sys.version_info`'s has.
fn repr(v: Value, w: *std.Io.Writer) anyerror!void {
    const t = v.as(Tuple);
    const fields = fieldsOf(v.obj.ty);
    try w.print("{s}(", .{v.obj.ty.name});
    for (fields, 0..) |f, i| {
        if (i > 0) try w.writeAll(", ");
        try w.print("{s}=", .{f.as(rt.Str).bytes});
        if (i < t.items.len) try w.writeAll((try rt.repr.repr(t.items[i])).bytes);
    }
    try w.writeAll(")");
}

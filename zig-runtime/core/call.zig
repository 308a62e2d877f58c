//! Calling Python callables from dynamic code: compiled functions, bound methods, builtins and
//! classes, with CPython's argument binding rules and error messages.
//!
//! Statically resolved calls never come here: the compiler calls the specialized Zig function
//! directly. This path serves first-class function values, methods looked up by name on values
//! of unknown type, and callbacks from the runtime (sort keys, `map`, dunder methods).
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const tuple_mod = @import("tuple.zig");
const dict_mod = @import("dict.zig");
const attr = @import("attr.zig");
const ops = @import("ops.zig");
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Str = str_mod.Str;
const Tuple = tuple_mod.Tuple;
const Dict = dict_mod.Dict;
const Error = @import("err.zig").Error;

/// Arguments of a call: positional values, then keyword names with their values.
pub const Args = struct {
    pos: []const Value,
    kwnames: []const *Str = &.{},
    kwvals: []const Value = &.{},

    pub inline fn positional(pos: []const Value) Args {
        return .{ .pos = pos };
    }
    pub inline fn hasKw(a: Args) bool {
        return a.kwnames.len != 0;
    }
};

/// Static description of a compiled Python function (one per `def`/`lambda`, emitted by the
/// compiler as a constant).
pub const Code = struct {
    name: []const u8,
    qualname: []const u8,
    /// Parameter names: positional-only, then positional-or-keyword, then keyword-only, then
    /// `*args` (if any), then `**kwargs` (if any).
    params: []const []const u8,
    n_posonly: u32 = 0,
    /// Positional parameters (positional-only included).
    n_pos: u32,
    n_kwonly: u32 = 0,
    varargs: bool = false,
    varkw: bool = false,
    /// Runs the function on fully bound parameter slots (one per entry of `params`). Compiled
    /// programs are a separate object from the runtime, so this crosses with the C ABI: it
    /// returns 0 with the result in `out`, or 1 with an exception pending (see abi/).
    entry: *const fn (f: *Function, slots: [*]const Value, n: usize, out: *Value) callconv(.c) u8,
    file: []const u8 = "",
    line: u32 = 0,
    /// Parameter and local variable names (`__code__.co_varnames`).
    varnames: []const []const u8 = &.{},
    /// Names captured from enclosing functions, in closure order (`co_freevars`).
    freevars: []const []const u8 = &.{},
};

/// Marks a parameter slot not yet bound, and a keyword-only parameter without a default.
pub var missing_obj: Object = .{ .ty = &types.object_type };
pub const MISSING: Value = .{ .obj = &missing_obj };

pub const Function = struct {
    base: Object,
    code: *const Code,
    /// Defaults of the last `defaults.len` positional parameters.
    defaults: []const Value = &.{},
    /// One per keyword-only parameter: its default, or MISSING.
    kwdefaults: []const Value = &.{},
    /// The closure environment the compiler built for this function (cells it captures).
    closure: ?*anyopaque = null,
    /// Function attributes (`f.calls = 0`), `__doc__`, `__wrapped__`, ... created on first set.
    dict: ?*Dict = null,
    name: *Str,
    qualname: *Str,
    module: []const u8 = "__main__",
    doc: Value = .none,
    /// `__annotations__`, evaluated at the definition (created empty on first read otherwise).
    annotations: ?*Dict = null,

    pub const kind: value.Kind = .function;
    pub inline fn val(f: *Function) Value {
        return .{ .obj = &f.base };
    }
};

pub fn newFunction(code: *const Code, defaults: []const Value, kwdefaults: []const Value, closure: ?*anyopaque) *Function {
    const f = mem.create(Function, .scan);
    f.* = .{
        .base = .{ .ty = &types.function_type },
        .code = code,
        .defaults = if (defaults.len == 0) &.{} else mem.allocSlice(Value, .scan, defaults.len),
        .kwdefaults = if (kwdefaults.len == 0) &.{} else mem.allocSlice(Value, .scan, kwdefaults.len),
        .closure = closure,
        .name = str_mod.static(code.name),
        .qualname = str_mod.static(code.qualname),
    };
    if (defaults.len != 0) @memcpy(@constCast(f.defaults), defaults);
    if (kwdefaults.len != 0) @memcpy(@constCast(f.kwdefaults), kwdefaults);
    return f;
}

/// A function bound to an instance (`obj.method`).
pub const Method = struct {
    base: Object,
    func: Value,
    self: Value,

    pub const kind: value.Kind = .method;
    pub inline fn val(m: *Method) Value {
        return .{ .obj = &m.base };
    }
};

pub fn newMethod(func: Value, self: Value) *Method {
    const m = mem.create(Method, .scan);
    m.* = .{ .base = .{ .ty = &types.method_type }, .func = func, .self = self };
    return m;
}

/// A function implemented in Zig (builtins, methods of builtin types, native modules).
/// `self` is the bound receiver for methods (`"abc".upper`), None for plain functions.
pub const Builtin = struct {
    base: Object,
    name: []const u8,
    impl: *const fn (self: Value, args: Args) Error!Value,
    self: Value = .none,
    /// The owning type's name for messages and repr (`str.upper`), empty for functions.
    owner: []const u8 = "",

    pub const kind: value.Kind = .builtin_function;
    pub inline fn val(b: *Builtin) Value {
        return .{ .obj = &b.base };
    }
};

/// A static builtin descriptor (for `pub var` tables in native modules).
pub fn builtin(comptime name: []const u8, impl: *const fn (self: Value, args: Args) Error!Value) Builtin {
    return .{ .base = .{ .ty = &types.builtin_function_type }, .name = name, .impl = impl };
}

pub fn bindBuiltin(def: *const Builtin, self: Value) *Builtin {
    const b = mem.create(Builtin, .scan);
    b.* = def.*;
    b.self = self;
    return b;
}

// ---- Calling ---------------------------------------------------------------------------------

pub fn call(callee: Value, args: Args) Error!Value {
    if (callee != .obj) return notCallable(callee);
    const o = callee.obj;
    switch (o.ty.kind) {
        .function => return callFunction(Object.as(o, Function), args),
        .builtin_function => {
            const b = Object.as(o, Builtin);
            return b.impl(b.self, args);
        },
        .method => {
            const m = Object.as(o, Method);
            return callWithSelf(m.func, m.self, args);
        },
        .type => return @import("class.zig").callType(Object.as(o, Type), args),
        else => {},
    }
    // An instance whose class defines __call__.
    if (attr.lookupType(o.ty, &@import("names.zig").__call__)) |m| return callWithSelf(m, callee, args);
    return notCallable(callee);
}

fn notCallable(v: Value) Error {
    return exc.raiseFmt(&types.TypeError, "'{s}' object is not callable", .{ops.typeName(v)});
}

pub inline fn call0(f: Value) Error!Value {
    return call(f, .{ .pos = &.{} });
}
pub inline fn call1(f: Value, a: Value) Error!Value {
    return call(f, .{ .pos = &.{a} });
}
pub inline fn call2(f: Value, a: Value, b: Value) Error!Value {
    return call(f, .{ .pos = &.{ a, b } });
}

/// Calls `func` (found on a class) with `self` prepended to the arguments.
pub fn callWithSelf(func: Value, self: Value, args: Args) Error!Value {
    var buf: [16]Value = undefined;
    const pos: []Value = if (args.pos.len + 1 <= buf.len)
        buf[0 .. args.pos.len + 1]
    else
        mem.allocSlice(Value, .scan, args.pos.len + 1);
    pos[0] = self;
    @memcpy(pos[1..], args.pos);
    return call(func, .{ .pos = pos, .kwnames = args.kwnames, .kwvals = args.kwvals });
}

/// Calls a class attribute `m` (as found by attr.lookupType) as a method of `self`, applying
/// the descriptor rules of staticmethod/classmethod: the runtime's dunder dispatch uses this.
pub fn callUnbound(m: Value, self: Value, pos: []const Value) Error!Value {
    if (m == .obj) switch (m.obj.ty.kind) {
        .staticmethod => return call(attr.descriptorTarget(m), .{ .pos = pos }),
        .classmethod => return callWithSelf(attr.descriptorTarget(m), .{ .obj = &ops.typeOf(self).base }, .{ .pos = pos }),
        .builtin_function => {
            const b = Object.as(m.obj, Builtin);
            return b.impl(self, .{ .pos = pos });
        },
        else => {},
    };
    return callWithSelf(m, self, .{ .pos = pos });
}

/// Calls `obj.name(args)` without materializing the bound method.
pub fn callMethod(obj: Value, name: *Str, args: Args) Error!Value {
    return attr.callMethod(obj, name, args);
}

pub fn callFunction(f: *Function, args: Args) Error!Value {
    const code = f.code;
    // Fast path: exactly the positional parameters, nothing else to bind.
    if (args.kwnames.len == 0 and args.pos.len == code.n_pos and code.n_kwonly == 0 and
        !code.varargs and !code.varkw)
        return runEntry(f, args.pos);
    var buf: [16]Value = undefined;
    const slots: []Value = if (code.params.len <= buf.len)
        buf[0..code.params.len]
    else
        mem.allocSlice(Value, .scan, code.params.len);
    try bind(f, args, slots);
    return runEntry(f, slots);
}

inline fn runEntry(f: *Function, slots: []const Value) Error!Value {
    var out: Value = undefined;
    if (f.code.entry(f, slots.ptr, slots.len, &out) != 0) return error.PyException;
    return out;
}

/// Binds `args` to the parameters of `f` into `slots`, with CPython's rules and messages.
pub fn bind(f: *Function, args: Args, slots: []Value) Error!void {
    const code = f.code;
    const n_pos = code.n_pos;
    const kw_start = n_pos;
    const kw_end = n_pos + code.n_kwonly;
    for (slots) |*s| s.* = MISSING;

    // Positional arguments.
    const n_given = args.pos.len;
    const n_take = @min(n_given, n_pos);
    @memcpy(slots[0..n_take], args.pos[0..n_take]);
    if (code.varargs) {
        slots[kw_end] = tuple_mod.fromSlice(if (n_given > n_pos) args.pos[n_pos..] else &.{}).val();
    } else if (n_given > n_pos) {
        return tooManyPositional(f, n_given, args);
    }
    var kwdict: ?*Dict = null;
    if (code.varkw) {
        kwdict = dict_mod.new();
        slots[slots.len - 1] = kwdict.?.val();
    }

    // Keyword arguments.
    for (args.kwnames, args.kwvals) |name, v| {
        var found: ?usize = null;
        for (code.params[0..kw_end], 0..) |p, i| {
            if (std.mem.eql(u8, p, name.bytes)) {
                found = i;
                break;
            }
        }
        if (found) |i| {
            if (i < code.n_posonly) {
                if (kwdict) |d| {
                    try dict_mod.set(d, name.val(), v);
                    continue;
                }
                return posonlyAsKeyword(code, args);
            }
            if (slots[i] != .obj or slots[i].obj != &missing_obj)
                return exc.raiseFmt(&types.TypeError, "{s}() got multiple values for argument '{s}'", .{ code.qualname, name.bytes });
            slots[i] = v;
        } else if (kwdict) |d| {
            try dict_mod.set(d, name.val(), v);
        } else {
            return exc.raiseFmt(&types.TypeError, "{s}() got an unexpected keyword argument '{s}'", .{ code.qualname, name.bytes });
        }
    }

    // Defaults, then complain about what is still missing.
    const n_def = f.defaults.len;
    var missing_pos: [64][]const u8 = undefined;
    var n_missing: usize = 0;
    for (0..n_pos) |i| {
        if (!isMissing(slots[i])) continue;
        if (i >= n_pos - n_def) {
            slots[i] = f.defaults[i - (n_pos - n_def)];
        } else if (n_missing < missing_pos.len) {
            missing_pos[n_missing] = code.params[i];
            n_missing += 1;
        }
    }
    if (n_missing > 0) return missingArgs(code.qualname, "positional", missing_pos[0..n_missing]);
    for (kw_start..kw_end) |i| {
        if (!isMissing(slots[i])) continue;
        const d = f.kwdefaults[i - kw_start];
        if (!isMissing(d)) {
            slots[i] = d;
        } else if (n_missing < missing_pos.len) {
            missing_pos[n_missing] = code.params[i];
            n_missing += 1;
        }
    }
    if (n_missing > 0) return missingArgs(code.qualname, "keyword-only", missing_pos[0..n_missing]);
}

pub inline fn isMissing(v: Value) bool {
    return v == .obj and v.obj == &missing_obj;
}

/// CPython lists every positional-only parameter passed by keyword, joined with ", ".
fn posonlyAsKeyword(code: *const Code, args: Args) Error {
    var b = str_mod.Builder{};
    for (args.kwnames) |name| {
        for (code.params[0..code.n_posonly]) |p| {
            if (std.mem.eql(u8, p, name.bytes)) {
                if (b.len > 0) b.append(", ");
                b.append(name.bytes);
                break;
            }
        }
    }
    return exc.raiseFmt(&types.TypeError, "{s}() got some positional-only arguments passed as keyword arguments: '{s}'", .{ code.qualname, b.slice() });
}

fn tooManyPositional(f: *Function, n_given: usize, args: Args) Error {
    const code = f.code;
    const n_def = f.defaults.len;
    const n_req = code.n_pos - n_def;
    var n_kwonly_given: usize = 0;
    for (args.kwnames) |name| {
        for (code.params[code.n_pos .. code.n_pos + code.n_kwonly]) |p| {
            if (std.mem.eql(u8, p, name.bytes)) n_kwonly_given += 1;
        }
    }
    var b = str_mod.Builder{};
    if (n_def > 0) {
        b.print("{s}() takes from {d} to {d} positional arguments but {d}", .{ code.qualname, n_req, code.n_pos, n_given });
    } else {
        b.print("{s}() takes {d} positional argument{s} but {d}", .{ code.qualname, code.n_pos, if (code.n_pos == 1) "" else "s", n_given });
    }
    if (n_kwonly_given > 0) {
        b.print(" positional argument{s} (and {d} keyword-only argument{s}) were given", .{ if (n_given == 1) "" else "s", n_kwonly_given, if (n_kwonly_given == 1) "" else "s" });
    } else {
        b.print(" {s} given", .{if (n_given == 1) "was" else "were"});
    }
    return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
}

fn missingArgs(qualname: []const u8, what: []const u8, missing: []const []const u8) Error {
    var b = str_mod.Builder{};
    b.print("{s}() missing {d} required {s} argument{s}: ", .{ qualname, missing.len, what, if (missing.len == 1) "" else "s" });
    for (missing, 0..) |name, i| {
        if (i > 0) {
            if (missing.len == 2) b.append(" and ") else if (i == missing.len - 1) b.append(", and ") else b.append(", ");
        }
        b.print("'{s}'", .{name});
    }
    return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
}

/// Checks a builtin's argument count, raising CPython's message (`len() takes exactly one
/// argument (2 given)` style is builtin-specific; this is the common form).
pub fn expectArgs(name: []const u8, args: Args, min: usize, max: usize) Error!void {
    if (args.kwnames.len != 0) return exc.raiseFmt(&types.TypeError, "{s}() takes no keyword arguments", .{name});
    const n = args.pos.len;
    if (n >= min and n <= max) return;
    if (min == max) {
        if (min == 0) return exc.raiseFmt(&types.TypeError, "{s}() takes no arguments ({d} given)", .{ name, n });
        if (min == 1) return exc.raiseFmt(&types.TypeError, "{s}() takes exactly one argument ({d} given)", .{ name, n });
        return exc.raiseFmt(&types.TypeError, "{s} expected {d} arguments, got {d}", .{ name, min, n });
    }
    if (n < min) return exc.raiseFmt(&types.TypeError, "{s} expected at least {d} argument{s}, got {d}", .{ name, min, if (min == 1) "" else "s", n });
    return exc.raiseFmt(&types.TypeError, "{s} expected at most {d} argument{s}, got {d}", .{ name, max, if (max == 1) "" else "s", n });
}

/// Finds keyword argument `name` in `args`, or null.
pub fn kwarg(args: Args, name: []const u8) ?Value {
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, name)) return v;
    }
    return null;
}

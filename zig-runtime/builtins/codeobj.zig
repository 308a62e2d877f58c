//! Introspection of compiled functions: `f.__code__` (a code object with CPython's co_*
//! attributes), `f.__closure__` and `f.__kwdefaults__`.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;

pub var code_type: rt.Type = .{ .base = .{ .ty = &rt.types.type_type }, .kind = .native, .name = "code", .qualname = "code", .bases = &.{&rt.types.object_type}, .mro = &.{&rt.types.object_type}, .flags = .{ .final = true } };

pub const CodeObj = struct {
    base: rt.Object,
    code: *const rt.Code,
};

pub fn codeOf(f: *rt.Function) Value {
    const c = rt.mem.create(CodeObj, .scan);
    c.* = .{ .base = .{ .ty = &code_type }, .code = f.code };
    return .{ .obj = &c.base };
}

fn names(list: []const []const u8) Value {
    const t = rt.tuple.alloc(list.len);
    for (list, 0..) |n, i| t.items[i] = rt.str.static(n).val();
    return t.val();
}

/// `code.co_*`.
pub fn attr(o: *rt.Object, name: []const u8) ?Value {
    const c = rt.Object.as(o, CodeObj).code;
    const eql = std.mem.eql;
    if (eql(u8, name, "co_argcount")) return Value.fromSmall(c.n_pos);
    if (eql(u8, name, "co_posonlyargcount")) return Value.fromSmall(c.n_posonly);
    if (eql(u8, name, "co_kwonlyargcount")) return Value.fromSmall(c.n_kwonly);
    if (eql(u8, name, "co_nlocals")) return Value.fromSmall(@intCast(c.varnames.len));
    if (eql(u8, name, "co_varnames")) return names(c.varnames);
    if (eql(u8, name, "co_freevars")) return names(c.freevars);
    if (eql(u8, name, "co_name")) return rt.str.static(c.name).val();
    if (eql(u8, name, "co_qualname")) return rt.str.static(c.qualname).val();
    if (eql(u8, name, "co_filename")) return rt.str.static(c.file).val();
    if (eql(u8, name, "co_firstlineno")) return Value.fromSmall(c.line);
    if (eql(u8, name, "co_flags")) {
        var flags: i64 = 3; // CO_OPTIMIZED | CO_NEWLOCALS
        if (c.varargs) flags |= 4;
        if (c.varkw) flags |= 8;
        if (c.freevars.len == 0) flags |= 0;
        return Value.fromSmall(flags);
    }
    return null;
}

/// The closure cells (a tuple of cells, in co_freevars order), or None.
pub fn closureOf(f: *rt.Function) Value {
    const n = f.code.freevars.len;
    if (n == 0 or f.closure == null) return .none;
    const cells: [*]const *rt.Cell = @ptrCast(@alignCast(f.closure.?));
    const t = rt.tuple.alloc(n);
    for (0..n) |i| t.items[i] = .{ .obj = &cells[i].base };
    return t.val();
}

pub fn kwdefaultsOf(f: *rt.Function) Error!Value {
    if (f.kwdefaults.len == 0) return .none;
    const d = rt.dict.new();
    const code = f.code;
    for (f.kwdefaults, 0..) |v, i| {
        if (rt.call.isMissing(v)) continue;
        rt.dict.setStr(d, rt.str.static(code.params[code.n_pos + i]), v);
    }
    if (d.len == 0) return .none;
    return d.val();
}

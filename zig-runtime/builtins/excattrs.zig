//! Attributes of builtin exceptions beyond `args`: StopIteration.value, OSError.errno and
//! strerror and filename, KeyError's key via args, SystemExit.code, ExceptionGroup members.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;
const ExcObject = rt.exc.ExcObject;

pub fn get(e: *ExcObject, name: []const u8) Error!?Value {
    const t = e.base.ty;
    const args = e.args.items;
    if (t.isSubtype(&rt.types.StopIteration) and std.mem.eql(u8, name, "value")) return if (args.len > 0) args[0] else .none;
    if (t.isSubtype(&rt.types.SystemExit) and std.mem.eql(u8, name, "code")) return if (args.len == 0) .none else if (args.len == 1) args[0] else e.args.val();
    if (t.isSubtype(&rt.types.OSError)) {
        if (std.mem.eql(u8, name, "errno")) return if (args.len >= 2) args[0] else .none;
        if (std.mem.eql(u8, name, "strerror")) return if (args.len >= 2) args[1] else .none;
        if (std.mem.eql(u8, name, "filename")) return if (args.len >= 3) args[2] else .none;
    }
    if (t.isSubtype(&rt.types.BaseExceptionGroup)) {
        if (std.mem.eql(u8, name, "message")) return if (args.len > 0) args[0] else .none;
        if (std.mem.eql(u8, name, "exceptions")) return if (args.len > 1) rt.tupleOf(try rt.iter.toSlice(args[1])) else .none;
    }
    if (std.mem.eql(u8, name, "__notes__")) return null;
    return null;
}

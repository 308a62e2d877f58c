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
    if (std.mem.eql(u8, name, "args")) {
        // The stored tuple itself (e.args is e.args), unless OSError hides its filename part.
        const visible = rt.exc.visibleArgs(e);
        return if (visible.len == e.args.items.len) e.args.val() else rt.tupleOf(visible);
    }
    if (std.mem.eql(u8, name, "__traceback__")) return @import("traceback_obj.zig").of(e);
    if (t.isSubtype(&rt.types.UnicodeError)) if (unicodeFields(e)) |u| {
        if (std.mem.eql(u8, name, "encoding")) return u.encoding;
        if (std.mem.eql(u8, name, "object")) return u.object;
        if (std.mem.eql(u8, name, "start")) return u.start;
        if (std.mem.eql(u8, name, "end")) return u.end;
        if (std.mem.eql(u8, name, "reason")) return u.reason;
    };
    if (t.isSubtype(&rt.types.StopIteration) and std.mem.eql(u8, name, "value")) return if (args.len > 0) args[0] else .none;
    if (t.isSubtype(&rt.types.SystemExit) and std.mem.eql(u8, name, "code")) return if (args.len == 0) .none else if (args.len == 1) args[0] else e.args.val();
    if (t.isSubtype(&rt.types.OSError)) {
        if (std.mem.eql(u8, name, "errno")) return if (args.len >= 2) args[0] else .none;
        if (std.mem.eql(u8, name, "strerror")) return if (args.len >= 2) args[1] else .none;
        if (std.mem.eql(u8, name, "filename")) return if (args.len >= 3) args[2] else .none;
    }
    if (t.isSubtype(&rt.types.SyntaxError)) {
        const f = syntaxFields(e);
        const names = [_][]const u8{ "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line" };
        const vals = [_]Value{ f.msg, f.filename, f.lineno, f.offset, f.text, f.end_lineno, f.end_offset, .none };
        for (names, vals) |n, v| if (std.mem.eql(u8, name, n)) return v;
    }
    if (t.isSubtype(&rt.types.BaseExceptionGroup)) {
        if (std.mem.eql(u8, name, "message")) return if (args.len > 0) args[0] else .none;
        if (std.mem.eql(u8, name, "exceptions")) return if (args.len > 1) rt.tupleOf(try rt.iter.toSlice(args[1])) else .none;
    }
    if (t.isSubtype(&rt.types.AttributeError)) {
        const no: []const Value = if (e.extra.isKind(.tuple)) e.extra.as(rt.Tuple).items else &.{ .none, .none };
        if (std.mem.eql(u8, name, "name")) return no[0];
        if (std.mem.eql(u8, name, "obj")) return no[1];
    }
    if (t.isSubtype(&rt.types.NameError) and std.mem.eql(u8, name, "name")) return e.extra;
    if (std.mem.eql(u8, name, "__notes__")) return null;
    return null;
}

/// AttributeError.name and .obj (set when attribute lookup fails, as CPython does), kept in
/// `extra` as a (name, obj) pair.
pub fn setNameObj(e: *ExcObject, name: Value, obj: Value) void {
    if (!e.base.ty.isSubtype(&rt.types.AttributeError)) return;
    e.extra = rt.tuple.pair(name, obj).val();
}

/// Assignments to BaseException's own fields (they are slots in CPython, never in `__dict__`);
/// false for other names.
pub fn set(e: *ExcObject, name: []const u8, x: Value) Error!bool {
    const eql = std.mem.eql;
    if (eql(u8, name, "args")) {
        e.args = rt.tuple.fromSlice(try rt.iter.toSlice(x));
        return true;
    }
    if (eql(u8, name, "__traceback__")) {
        try @import("traceback_obj.zig").assign(e, x);
        return true;
    }
    if (eql(u8, name, "__cause__") or eql(u8, name, "__context__")) {
        if (x != .none and !x.isKind(.exception)) {
            return rt.exc.raiseFmt(&rt.types.TypeError, "exception {s} must be None or derive from BaseException", .{if (name[2] == 'c' and name[3] == 'a') "cause" else "context"});
        }
        if (name[3] == 'a') {
            e.cause = x;
            e.suppress_context = true;
        } else e.context = x;
        return true;
    }
    if (e.base.ty.isSubtype(&rt.types.AttributeError) and (eql(u8, name, "name") or eql(u8, name, "obj"))) {
        const old: []const Value = if (e.extra.isKind(.tuple)) e.extra.as(rt.Tuple).items else &.{ .none, .none };
        e.extra = if (name[0] == 'n') rt.tuple.pair(x, old[1]).val() else rt.tuple.pair(old[0], x).val();
        return true;
    }
    if (e.base.ty.isSubtype(&rt.types.NameError) and eql(u8, name, "name")) {
        e.extra = x;
        return true;
    }
    if (eql(u8, name, "__suppress_context__")) {
        e.suppress_context = try rt.ops.truthy(x);
        return true;
    }
    return false;
}

const UnicodeFields = struct { encoding: Value, object: Value, start: Value, end: Value, reason: Value };

/// The fields of UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason)
/// and UnicodeTranslateError(object, start, end, reason), when built with those arguments.
fn unicodeFields(e: *ExcObject) ?UnicodeFields {
    const a = e.args.items;
    const t = e.base.ty;
    if (t.isSubtype(&rt.types.UnicodeDecodeError) or t.isSubtype(&rt.types.UnicodeEncodeError)) {
        if (a.len != 5) return null;
        return .{ .encoding = a[0], .object = a[1], .start = a[2], .end = a[3], .reason = a[4] };
    }
    return null;
}

/// CPython's str() of UnicodeDecodeError and UnicodeEncodeError ("'utf-8' codec can't decode
/// byte 0xff in position 0: invalid start byte"); false when the fields do not have the
/// types the message needs (str() then falls back to the generic form).
pub fn unicodeStr(b: *rt.Builder, e: *ExcObject) Error!bool {
    const u = unicodeFields(e) orelse return false;
    if (!u.encoding.isKind(.str) or !u.reason.isKind(.str) or u.start != .int or u.end != .int) return false;
    const start = u.start.int.toI64() orelse return false;
    const end = u.end.int.toI64() orelse return false;
    const enc = u.encoding.as(rt.Str).bytes;
    const reason = u.reason.as(rt.Str).bytes;
    if (e.base.ty.isSubtype(&rt.types.UnicodeDecodeError)) {
        if (!u.object.isKind(.bytes) and !u.object.isKind(.bytearray)) return false;
        const data = u.object.as(rt.bytes.Bytes).data();
        if (start >= 0 and start < data.len and end == start + 1) {
            b.print("'{s}' codec can't decode byte 0x{x:0>2} in position {d}: {s}", .{ enc, data[@intCast(start)], start, reason });
        } else {
            b.print("'{s}' codec can't decode bytes in position {d}-{d}: {s}", .{ enc, start, end - 1, reason });
        }
        return true;
    }
    if (!u.object.isKind(.str)) return false;
    const s = u.object.as(rt.Str);
    if (start >= 0 and start < s.len and end == start + 1) {
        const off = rt.str.byteOffset(s, @intCast(start));
        // pyaot's decoder: str text may hold lone surrogates (which std's rejects).
        const ch = @import("../unicode/utf8.zig").decode(s.bytes[off..]).cp;
        b.print("'{s}' codec can't encode character '", .{enc});
        if (ch <= 0xff) b.print("\\x{x:0>2}", .{ch}) else if (ch <= 0xffff) b.print("\\u{x:0>4}", .{ch}) else b.print("\\U{x:0>8}", .{ch});
        b.print("' in position {d}: {s}", .{ start, reason });
    } else {
        b.print("'{s}' codec can't encode characters in position {d}-{d}: {s}", .{ enc, start, end - 1, reason });
    }
    return true;
}

/// Raises UnicodeDecodeError(codec, data, start, end, reason) for the bytes data[start..end)
/// (its str() is CPython's message, built by unicodeStr).
pub fn raiseDecodeError(codec: []const u8, data: []const u8, start: usize, end: usize, reason: []const u8) Error {
    const args = [_]Value{
        rt.str.fromBytes(codec).val(),
        rt.bytes.fromSlice(data).val(),
        Value.fromSmall(@intCast(start)),
        Value.fromSmall(@intCast(end)),
        rt.str.fromBytes(reason).val(),
    };
    return rt.exc.raise(rt.exc.newException(&rt.types.UnicodeDecodeError, &args));
}

pub const SyntaxFields = struct {
    msg: Value = .none,
    filename: Value = .none,
    lineno: Value = .none,
    offset: Value = .none,
    text: Value = .none,
    end_lineno: Value = .none,
    end_offset: Value = .none,
};

/// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])), as CPython's
/// SyntaxError_init reads its arguments (other shapes set just msg).
pub fn syntaxFields(e: *ExcObject) SyntaxFields {
    const args = e.args.items;
    var f = SyntaxFields{};
    if (args.len >= 1) f.msg = args[0];
    if (args.len == 2 and args[1].isKind(.tuple)) {
        const info = args[1].as(rt.Tuple).items;
        if (info.len >= 4 and info.len <= 6) {
            f.filename = info[0];
            f.lineno = info[1];
            f.offset = info[2];
            f.text = info[3];
            if (info.len >= 5) f.end_lineno = info[4];
            if (info.len >= 6) f.end_offset = info[5];
        }
    }
    return f;
}

/// CPython's SyntaxError_str: "msg (file.py, line N)" with the file's basename.
pub fn syntaxStr(b: *rt.str.Builder, e: *ExcObject) Error!void {
    const f = syntaxFields(e);
    const filename: ?[]const u8 = if (f.filename.isKind(.str)) blk: {
        const full = f.filename.as(rt.Str).bytes;
        break :blk if (std.mem.lastIndexOfScalar(u8, full, '/')) |i| full[i + 1 ..] else full;
    } else null;
    const have_lineno = f.lineno == .int;
    try rt.repr.strInto(b, f.msg);
    if (filename == null and !have_lineno) return;
    if (filename) |name| {
        b.append(" (");
        b.append(name);
        if (have_lineno) {
            b.append(", line ");
            try rt.repr.strInto(b, f.lineno);
        }
        b.append(")");
    } else {
        b.append(" (line ");
        try rt.repr.strInto(b, f.lineno);
        b.append(")");
    }
}

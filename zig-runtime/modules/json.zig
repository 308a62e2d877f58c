//! The `json` module, exact with CPython 3.11: dumps/dump/loads/load, the JSONEncoder and
//! JSONDecoder classes (user code subclasses JSONEncoder to override default()), and
//! JSONDecodeError (a ValueError with msg, doc, pos, lineno and colno). The work is done by
//! json_encode.zig and json_decode.zig; this file binds arguments the way json/__init__.py,
//! encoder.py and decoder.py do.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const natives = @import("../core/natives.zig");
const files = @import("../builtins/files.zig");
const mu = @import("modutil.zig");
const enc = @import("json_encode.zig");
const dec = @import("json_decode.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;

pub fn module() Value {
    if (mod == null) init();
    return registry.nativeModule(&mod, "json", get);
}

fn get(name: []const u8) ?Value {
    const a = attrs.get(name) orelse return null;
    return a.value();
}

const attrs = mu.Map.initComptime(.{
    .{ "dumps", mu.func("dumps", dumps_) },
    .{ "dump", mu.func("dump", dump_) },
    .{ "loads", mu.func("loads", loads_) },
    .{ "load", mu.func("load", load_) },
    .{ "JSONDecodeError", mu.Attr{ .slot = decodeErrorValue } },
    .{ "JSONEncoder", mu.Attr{ .slot = encoderValue } },
    .{ "JSONDecoder", mu.Attr{ .slot = decoderValue } },
    .{ "decoder", mu.Attr{ .slot = decoderSlot } },
    .{ "encoder", mu.Attr{ .slot = encoderSlot } },
});

var decoder_mod: ?*rt.Module = null;
var encoder_mod: ?*rt.Module = null;

/// json.decoder: JSONDecoder and JSONDecodeError.
pub fn decoderModule() Value {
    if (mod == null) _ = module();
    return registry.nativeModule(&decoder_mod, "json.decoder", getDecoder);
}

/// json.encoder: JSONEncoder.
pub fn encoderModule() Value {
    if (mod == null) _ = module();
    return registry.nativeModule(&encoder_mod, "json.encoder", getEncoder);
}

fn getDecoder(name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "JSONDecoder")) return decoderValue();
    if (std.mem.eql(u8, name, "JSONDecodeError")) return decodeErrorValue();
    return null;
}

fn getEncoder(name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "JSONEncoder")) return encoderValue();
    return null;
}

fn decoderSlot() Value {
    return decoderModule();
}
fn encoderSlot() Value {
    return encoderModule();
}

fn decodeErrorValue() Value {
    return .{ .obj = &decode_error_type.base };
}
fn encoderValue() Value {
    return .{ .obj = &encoder_type.base };
}
fn decoderValue() Value {
    return .{ .obj = &decoder_type.base };
}

fn classType(comptime name: []const u8, comptime module_name: []const u8, kind: rt.Kind, comptime self: *rt.Type, comptime chain: []const *rt.Type) rt.Type {
    return .{
        .base = .{ .ty = &types.type_type },
        .kind = kind,
        .name = name,
        .qualname = name,
        .module = module_name,
        .bases = chain[0..1],
        .mro = &[_]*rt.Type{self} ++ chain,
        // heap: instances are built by __init__ from the class dict, and it may be subclassed.
        .flags = .{ .heap = true },
    };
}

pub var decode_error_type: rt.Type = classType("JSONDecodeError", "json.decoder", .exception, &decode_error_type, &.{ &types.ValueError, &types.Exception, &types.BaseException, &types.object_type });
pub var encoder_type: rt.Type = classType("JSONEncoder", "json.encoder", .instance, &encoder_type, &.{&types.object_type});
pub var decoder_type: rt.Type = classType("JSONDecoder", "json.decoder", .instance, &decoder_type, &.{&types.object_type});

fn init() void {
    decode_error_type.dict = classDict("json.decoder", &.{mu.method("JSONDecodeError", "__init__", decodeErrorInit)});
    encoder_type.dict = classDict("json.encoder", &.{
        mu.method("JSONEncoder", "__init__", encoderInit),
        &default_def,
        mu.method("JSONEncoder", "encode", encoderEncode),
        mu.method("JSONEncoder", "iterencode", encoderIterencode),
    });
    rt.dict.setStr(encoder_type.dict.?, mu.lit("item_separator"), mu.lit(", ").val());
    rt.dict.setStr(encoder_type.dict.?, mu.lit("key_separator"), mu.lit(": ").val());
    decoder_type.dict = classDict("json.decoder", &.{
        mu.method("JSONDecoder", "__init__", decoderInit),
        mu.method("JSONDecoder", "decode", decoderDecode),
        mu.method("JSONDecoder", "raw_decode", decoderRawDecode),
    });
    for ([_]*rt.Type{ &decode_error_type, &encoder_type, &decoder_type }) |t| rt.mem.addRoot(@ptrCast(t), @sizeOf(rt.Type));
}

fn classDict(comptime module_name: []const u8, methods: []const *rt.call.Builtin) *rt.Dict {
    const d = rt.dict.new();
    for (methods) |b| rt.dict.setStr(d, rt.str.static(b.name), b.val());
    rt.dict.setStr(d, mu.lit("__module__"), mu.lit(module_name).val());
    rt.dict.setStr(d, mu.lit("__doc__"), .none);
    return d;
}

// ---- JSONDecodeError ---------------------------------------------------------------------------

/// Raises JSONDecodeError(msg, doc, pos) for the byte offset `at` of `doc`.
pub fn raiseDecodeError(msg: []const u8, doc: *rt.Str, at: usize) Error {
    if (mod == null) init();
    const e = exc.newException(&decode_error_type, &.{});
    fillDecodeError(e, rt.str.fromBytes(msg), doc, @min(at, doc.bytes.len));
    return exc.raise(e);
}

/// JSONDecodeError.__init__: args is the formatted message; msg, doc, pos, lineno, colno
/// are attributes.
fn fillDecodeError(e: *exc.ExcObject, msg: *rt.Str, doc: *rt.Str, at: usize) void {
    const before = doc.bytes[0..at];
    const pos = if (doc.ascii) at else rt.str.countCodePoints(before);
    const lineno = std.mem.count(u8, before, "\n") + 1;
    const colno = if (std.mem.lastIndexOfScalar(u8, before, '\n')) |nl|
        pos - (if (doc.ascii) nl else rt.str.countCodePoints(before[0..nl]))
    else
        pos + 1;
    var b = rt.Builder{};
    b.print("{s}: line {d} column {d} (char {d})", .{ msg.bytes, lineno, colno, pos });
    e.args = rt.tuple.fromSlice(&.{b.finish().val()});
    const d = rt.dict.new();
    rt.dict.setStr(d, mu.lit("msg"), msg.val());
    rt.dict.setStr(d, mu.lit("doc"), doc.val());
    rt.dict.setStr(d, mu.lit("pos"), Value.fromSmall(@intCast(pos)));
    rt.dict.setStr(d, mu.lit("lineno"), Value.fromSmall(@intCast(lineno)));
    rt.dict.setStr(d, mu.lit("colno"), Value.fromSmall(@intCast(colno)));
    e.dict = d;
}

fn decodeErrorInit(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "JSONDecodeError.__init__", .names = &.{ "msg", "doc", "pos" }, .n_pos = 3, .n_req = 3 }, args);
    const msg = try mu.expectStr("msg", a[0].?);
    const doc = try mu.expectStr("doc", a[1].?);
    const pos = try mu.toSsize(a[2].?);
    const at = rt.str.byteOffset(doc, @intCast(std.math.clamp(pos, 0, @as(i64, @intCast(doc.len)))));
    fillDecodeError(self.as(exc.ExcObject), msg, doc, at);
    return .none;
}

// ---- Encoding ----------------------------------------------------------------------------------

/// The keyword arguments dumps()/dump() and JSONEncoder() share.
const enc_names = [_][]const u8{ "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "separators", "default", "sort_keys" };

/// Options from keyword values (null = not given), as JSONEncoder.__init__ sets them.
fn encoderOptions(vals: *const [enc_names.len]?Value) Error!enc.Options {
    var o: enc.Options = .{};
    if (vals[0]) |v| o.skipkeys = try rt.ops.truthy(v);
    if (vals[1]) |v| o.ensure_ascii = try rt.ops.truthy(v);
    if (vals[2]) |v| o.check_circular = try rt.ops.truthy(v);
    if (vals[3]) |v| o.allow_nan = try rt.ops.truthy(v);
    const indent = vals[4] orelse .none;
    if (indent != .none) {
        o.indent = try indentText(indent);
        o.item_separator = ",";
    }
    if (vals[5]) |seps| if (seps != .none) {
        const parts = try rt.unpack(seps, 2);
        o.item_separator = (try separator(parts[0])).bytes;
        o.key_separator = (try separator(parts[1])).bytes;
    };
    if (vals[6]) |v| o.default = v;
    if (vals[7]) |v| o.sort_keys = try rt.ops.truthy(v);
    return o;
}

/// The text of one indent level: a str as is, an int n as n spaces.
fn indentText(v: Value) Error![]const u8 {
    if (v.isKind(.str)) return v.as(rt.Str).bytes;
    if (v == .float) return exc.raiseMsg(&types.TypeError, "can't multiply sequence by non-int of type 'float'");
    const n = try mu.toSsize(v);
    if (n <= 0) return "";
    const buf = rt.mem.allocSlice(u8, .noscan, @intCast(n));
    @memset(buf, ' ');
    return buf;
}

fn separator(v: Value) Error!*rt.Str {
    if (v.isKind(.str)) return v.as(rt.Str);
    return exc.raiseFmt(&types.TypeError, "make_encoder() argument 6 must be str, not {s}", .{rt.ops.typeName(v)});
}

/// dumps()/dump() arguments: the encoder keywords, `cls`, and any other keywords (passed on to
/// `cls`).
const DumpArgs = struct {
    vals: [enc_names.len]?Value = @splat(null),
    cls: Value = .none,
    extra_names: []const *rt.Str = &.{},
    extra_vals: []const Value = &.{},
};

fn dumpArgs(comptime name: []const u8, kwnames: []const *rt.Str, kwvals: []const Value) Error!DumpArgs {
    var r: DumpArgs = .{};
    var n_extra: usize = 0;
    const extra_names = rt.mem.allocSlice(*rt.Str, .scan, kwnames.len);
    const extra_vals = rt.mem.allocSlice(Value, .scan, kwnames.len);
    for (kwnames, kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "cls")) {
            r.cls = v;
            continue;
        }
        if (std.mem.eql(u8, k.bytes, "obj") or std.mem.eql(u8, k.bytes, "fp")) return exc.raiseFmt(&types.TypeError, name ++ "() got multiple values for argument '{s}'", .{k.bytes});
        for (enc_names, 0..) |en, i| {
            if (std.mem.eql(u8, en, k.bytes)) {
                r.vals[i] = v;
                break;
            }
        } else {
            extra_names[n_extra] = k;
            extra_vals[n_extra] = v;
            n_extra += 1;
        }
    }
    r.extra_names = extra_names[0..n_extra];
    r.extra_vals = extra_vals[0..n_extra];
    return r;
}

/// json.dumps's body: the default encoder directly, or `cls(**kw).encode(obj)`.
fn encodeWith(obj: Value, a: *const DumpArgs) Error!*rt.Str {
    if ((a.cls == .none or a.cls.isKind(.type) and a.cls.as(rt.Type) == &encoder_type) and a.extra_names.len == 0) {
        const opts = try encoderOptions(&a.vals);
        return encodeToStr(obj, &opts);
    }
    if (a.cls == .none) return exc.raiseFmt(&types.TypeError, "JSONEncoder.__init__() got an unexpected keyword argument '{s}'", .{a.extra_names[0].bytes});
    var kw = rt.KwBuilder{};
    for (enc_names, a.vals) |n, v| try kw.add(rt.str.static(n), v orelse defaultKw(n));
    for (a.extra_names, a.extra_vals) |n, v| try kw.add(n, v);
    const inst = try rt.call.call(a.cls, kw.args(&.{}));
    const r = try rt.attr.callMethod(inst, mu.lit("encode"), .{ .pos = &.{obj} });
    if (!r.isKind(.str)) return exc.raiseFmt(&types.TypeError, "encode() returned {s}, not str", .{rt.ops.typeName(r)});
    return r.as(rt.Str);
}

/// The default values dumps() passes on to `cls`.
fn defaultKw(name: []const u8) Value {
    const true_names = [_][]const u8{ "ensure_ascii", "check_circular", "allow_nan" };
    for (true_names) |t| if (std.mem.eql(u8, t, name)) return Value.True;
    if (std.mem.eql(u8, name, "skipkeys") or std.mem.eql(u8, name, "sort_keys")) return Value.False;
    return .none;
}

fn encodeToStr(obj: Value, opts: *const enc.Options) Error!*rt.Str {
    var e = enc.Encoder.init(opts);
    try e.encode(obj);
    return e.b.finish();
}

fn dumps_(args: rt.Args) Error!Value {
    if (args.pos.len != 1) {
        if (args.pos.len == 0) return exc.raiseMsg(&types.TypeError, "dumps() missing 1 required positional argument: 'obj'");
        return exc.raiseFmt(&types.TypeError, "dumps() takes 1 positional argument but {d} were given", .{args.pos.len});
    }
    if (args.kwnames.len == 0) return (try encodeToStr(args.pos[0], &default_options)).val();
    const a = try dumpArgs("dumps", args.kwnames, args.kwvals);
    return (try encodeWith(args.pos[0], &a)).val();
}

const default_options: enc.Options = .{};

fn dump_(args: rt.Args) Error!Value {
    if (args.pos.len != 2) {
        if (args.pos.len < 2) return exc.raiseMsg(&types.TypeError, "dump() missing 1 required positional argument: 'fp'");
        return exc.raiseFmt(&types.TypeError, "dump() takes 2 positional arguments but {d} were given", .{args.pos.len});
    }
    const a = try dumpArgs("dump", args.kwnames, args.kwvals);
    const text = try encodeWith(args.pos[0], &a);
    const fp = args.pos[1];
    if (fp.isKind(.file) and fp.as(files.File).binary) return exc.raiseMsg(&types.TypeError, "a bytes-like object is required, not 'str'");
    try files.writeTo(fp, text.bytes, false);
    return .none;
}

// ---- JSONEncoder -------------------------------------------------------------------------------

var default_def = natives.method("JSONEncoder", "default", mu.unboundToo(encoderDefault));

fn encoderDefault(_: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("default", args, 1, 1);
    return enc.notSerializable(args.pos[0]);
}

fn encoderInit(self: Value, args: rt.Args) Error!Value {
    if (args.pos.len > 0) return exc.raiseFmt(&types.TypeError, "JSONEncoder.__init__() takes 1 positional argument but {d} were given", .{args.pos.len + 1});
    const a = try mu.bind(.{ .name = "JSONEncoder.__init__", .names = &enc_names, .n_pos = 0, .n_req = 0 }, args);
    const set = struct {
        fn f(obj: Value, comptime name: []const u8, v: Value) Error!void {
            try rt.attr.setattr(obj, mu.lit(name), v);
        }
    }.f;
    try set(self, "skipkeys", a[0] orelse Value.False);
    try set(self, "ensure_ascii", a[1] orelse Value.True);
    try set(self, "check_circular", a[2] orelse Value.True);
    try set(self, "allow_nan", a[3] orelse Value.True);
    try set(self, "sort_keys", a[7] orelse Value.False);
    const indent = a[4] orelse .none;
    try set(self, "indent", indent);
    const seps = a[5] orelse .none;
    if (seps != .none) {
        const parts = try rt.unpack(seps, 2);
        try set(self, "item_separator", parts[0]);
        try set(self, "key_separator", parts[1]);
    } else if (indent != .none) {
        try set(self, "item_separator", mu.lit(",").val());
    }
    if (a[6]) |d| if (d != .none) try set(self, "default", d);
    return .none;
}

/// The options a JSONEncoder instance (or a subclass's) holds in its attributes.
fn instanceOptions(self: Value) Error!enc.Options {
    const get_ = struct {
        fn f(obj: Value, comptime name: []const u8) Error!Value {
            return rt.attr.getattr(obj, mu.lit(name));
        }
    }.f;
    var o: enc.Options = .{
        .skipkeys = try rt.ops.truthy(try get_(self, "skipkeys")),
        .ensure_ascii = try rt.ops.truthy(try get_(self, "ensure_ascii")),
        .check_circular = try rt.ops.truthy(try get_(self, "check_circular")),
        .allow_nan = try rt.ops.truthy(try get_(self, "allow_nan")),
        .sort_keys = try rt.ops.truthy(try get_(self, "sort_keys")),
        .item_separator = (try separator(try get_(self, "item_separator"))).bytes,
        .key_separator = (try separator(try get_(self, "key_separator"))).bytes,
    };
    const indent = try get_(self, "indent");
    if (indent != .none) o.indent = try indentText(indent);
    const default = try get_(self, "default");
    // JSONEncoder's own default() needs no call: it always raises the TypeError.
    const is_base = default.isKind(.builtin_function) and default.as(rt.call.Builtin).impl == default_def.impl;
    if (!is_base) o.default = default;
    return o;
}

fn encoderEncode(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "JSONEncoder.encode", .names = &.{"o"}, .n_pos = 1, .n_req = 1 }, args);
    const opts = try instanceOptions(self);
    return (try encodeToStr(a[0].?, &opts)).val();
}

/// iterencode(o): the chunks of the encoding; pyaot produces the whole text as one chunk.
fn encoderIterencode(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "JSONEncoder.iterencode", .names = &.{ "o", "_one_shot" }, .n_pos = 2, .n_req = 1 }, args);
    const opts = try instanceOptions(self);
    const text = try encodeToStr(a[0].?, &opts);
    return rt.iter.iter(rt.listOf(&.{text.val()}));
}

// ---- Decoding ----------------------------------------------------------------------------------

const hook_names = [_][]const u8{ "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict" };

/// Hooks from keyword values (null = not given). float and int as parse functions are the
/// defaults, as CPython's scanner treats them.
fn hooksFrom(vals: []const ?Value) Error!dec.Hooks {
    const norm = struct {
        fn f(v: ?Value, default_type: *rt.Type) Value {
            const x = v orelse return .none;
            if (x.isKind(.type) and x.as(rt.Type) == default_type) return .none;
            return x;
        }
    }.f;
    return .{
        .object_hook = vals[0] orelse .none,
        .parse_float = norm(vals[1], &types.float_type),
        .parse_int = norm(vals[2], &types.int_type),
        .parse_constant = vals[3] orelse .none,
        .object_pairs_hook = vals[4] orelse .none,
        .strict = if (vals[5]) |v| try rt.ops.truthy(v) else true,
    };
}

/// The document as text: a str as is, bytes decoded (json.detect_encoding).
fn documentText(s: Value) Error!*rt.Str {
    if (s.isKind(.str)) {
        const doc = s.as(rt.Str);
        if (std.mem.startsWith(u8, doc.bytes, "\u{feff}")) return raiseDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", doc, 0);
        return doc;
    }
    if (s.isKind(.bytes) or s.isKind(.bytearray)) return @import("json_bytes.zig").decodeDocument(rt.bytes.fromObj(s.obj).data());
    return exc.raiseFmt(&types.TypeError, "the JSON object must be str, bytes or bytearray, not {s}", .{rt.ops.typeName(s)});
}

/// JSONDecoder.decode: one value, surrounded only by whitespace.
fn decodeDoc(doc: *rt.Str, hooks: *const dec.Hooks) Error!Value {
    var d = dec.Decoder.init(doc, hooks);
    var end: usize = undefined;
    const v = try d.value(dec.skipWs(doc.bytes, 0), &end);
    end = dec.skipWs(doc.bytes, end);
    if (end != doc.bytes.len) return raiseDecodeError("Extra data", doc, end);
    return v;
}

fn loads_(args: rt.Args) Error!Value {
    if (args.pos.len != 1) {
        if (args.pos.len == 0) return exc.raiseMsg(&types.TypeError, "loads() missing 1 required positional argument: 's'");
        return exc.raiseFmt(&types.TypeError, "loads() takes 1 positional argument but {d} were given", .{args.pos.len});
    }
    return loadsWith(args.pos[0], args.kwnames, args.kwvals);
}

fn load_(args: rt.Args) Error!Value {
    if (args.pos.len != 1) {
        if (args.pos.len == 0) return exc.raiseMsg(&types.TypeError, "load() missing 1 required positional argument: 'fp'");
        return exc.raiseFmt(&types.TypeError, "load() takes 1 positional argument but {d} were given", .{args.pos.len});
    }
    const text = try rt.attr.callMethod(args.pos[0], mu.lit("read"), .{ .pos = &.{} });
    return loadsWith(text, args.kwnames, args.kwvals);
}

/// json.loads's body: the default decoder with the given hooks, or `cls(**kw).decode(s)`.
fn loadsWith(s: Value, kwnames: []const *rt.Str, kwvals: []const Value) Error!Value {
    const doc = try documentText(s);
    var cls: Value = .none;
    var vals: [hook_names.len]?Value = @splat(null);
    var other = false;
    for (kwnames, kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "cls")) {
            cls = v;
            continue;
        }
        for (hook_names[0..5], 0..) |h, i| {
            if (std.mem.eql(u8, h, k.bytes)) {
                vals[i] = v;
                break;
            }
        } else other = true;
    }
    if (cls == .none and !other) {
        const hooks = try hooksFrom(&vals);
        return decodeDoc(doc, &hooks);
    }
    var kw = rt.KwBuilder{};
    for (kwnames, kwvals) |k, v| if (!std.mem.eql(u8, k.bytes, "cls")) try kw.add(k, v);
    const c = if (cls == .none) decoderValue() else cls;
    const inst = try rt.call.call(c, kw.args(&.{}));
    return rt.attr.callMethod(inst, mu.lit("decode"), .{ .pos = &.{doc.val()} });
}

// ---- JSONDecoder -------------------------------------------------------------------------------

fn decoderInit(self: Value, args: rt.Args) Error!Value {
    if (args.pos.len > 0) return exc.raiseFmt(&types.TypeError, "JSONDecoder.__init__() takes 1 positional argument but {d} were given", .{args.pos.len + 1});
    const a = try mu.bind(.{ .name = "JSONDecoder.__init__", .names = &hook_names, .n_pos = 0, .n_req = 0 }, args);
    try rt.attr.setattr(self, mu.lit("object_hook"), a[0] orelse .none);
    try rt.attr.setattr(self, mu.lit("parse_float"), a[1] orelse decodeTypeDefault(&types.float_type));
    try rt.attr.setattr(self, mu.lit("parse_int"), a[2] orelse decodeTypeDefault(&types.int_type));
    try rt.attr.setattr(self, mu.lit("parse_constant"), a[3] orelse .none);
    try rt.attr.setattr(self, mu.lit("object_pairs_hook"), a[4] orelse .none);
    try rt.attr.setattr(self, mu.lit("strict"), a[5] orelse Value.True);
    return .none;
}

fn decodeTypeDefault(t: *rt.Type) Value {
    return .{ .obj = &t.base };
}

fn instanceHooks(self: Value) Error!dec.Hooks {
    var vals: [hook_names.len]?Value = undefined;
    inline for (hook_names, 0..) |n, i| vals[i] = try rt.attr.getattr(self, mu.lit(n));
    return hooksFrom(&vals);
}

fn decoderDecode(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "JSONDecoder.decode", .names = &.{ "s", "_w" }, .n_pos = 2, .n_req = 1 }, args);
    const s = a[0].?;
    if (!s.isKind(.str)) return exc.raiseMsg(&types.TypeError, "cannot use a string pattern on a bytes-like object");
    const hooks = try instanceHooks(self);
    return decodeDoc(s.as(rt.Str), &hooks);
}

fn decoderRawDecode(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "JSONDecoder.raw_decode", .names = &.{ "s", "idx" }, .n_pos = 2, .n_req = 1 }, args);
    const s = a[0].?;
    if (!s.isKind(.str)) return exc.raiseFmt(&types.TypeError, "first argument must be a string, not {s}", .{rt.ops.typeName(s)});
    const doc = s.as(rt.Str);
    const idx = if (a[1]) |v| try mu.toSsize(v) else 0;
    if (idx < 0) return exc.raiseMsg(&types.ValueError, "idx cannot be negative");
    const hooks = try instanceHooks(self);
    var d = dec.Decoder.init(doc, &hooks);
    const start = if (idx >= doc.len) doc.bytes.len else rt.str.byteOffset(doc, @intCast(idx));
    var end: usize = undefined;
    const v = try d.value(start, &end);
    const end_chars = if (doc.ascii) end else rt.str.countCodePoints(doc.bytes[0..end]);
    return rt.tupleOf(&.{ v, Value.fromSmall(@intCast(end_chars)) });
}

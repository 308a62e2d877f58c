//! The methods of `str`: the typed API (`upper(s)`, `find(s, sub, start, end)`, ...) that
//! compiled code can call directly, and the method table whose thin wrappers parse Python
//! arguments (with CPython 3.11's messages) for dynamic calls, `str.method(x)` and `super()`.
//!
//! The algorithms live in zig-runtime/text: strsearch (find/count/replace), strsplit
//! (split/join/partition/splitlines), strpad (strip/justify/expandtabs), strcase (case
//! mapping and is*()), strcodec (encode), translate, strformat (format/format_map).
const std = @import("std");
const rt = @import("../rt.zig");
const natives = @import("../core/natives.zig");
const margs = @import("../text/args.zig");
const strsearch = @import("../text/strsearch.zig");
const strsplit = @import("../text/strsplit.zig");
const strpad = @import("../text/strpad.zig");
const strcase = @import("../text/strcase.zig");
const strcodec = @import("../text/strcodec.zig");
const translate_mod = @import("../text/translate.zig");
const strformat = @import("../text/strformat.zig");
const Str = rt.Str;
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const Int = rt.Int;
const types = rt.types;
const exc = rt.exc;

// ---- Typed API ---------------------------------------------------------------------------------

pub const find = strsearch.find;
pub const rfind = strsearch.rfind;
pub const index = strsearch.index;
pub const rindex = strsearch.rindex;
pub const count = strsearch.count;
pub const contains = strsearch.contains;
pub const replace = strsearch.replace;
pub const split = strsplit.split;
pub const rsplit = strsplit.rsplit;
pub const splitlines = strsplit.splitlines;
pub const partition = strsplit.partition;
pub const rpartition = strsplit.rpartition;
pub const join = strsplit.join;
pub const center = strpad.center;
pub const ljust = strpad.ljust;
pub const rjust = strpad.rjust;
pub const zfill = strpad.zfill;
pub const expandtabs = strpad.expandtabs;
pub const removeprefix = strpad.removeprefix;
pub const removesuffix = strpad.removesuffix;
pub const encode = strcodec.encode;
pub const translate = translate_mod.translate;
pub const format = strformat.format;
pub const formatMap = strformat.formatMap;

pub fn strip(s: *Str, chars: ?*Str) *Str {
    return strpad.strip(s, chars, strpad.both);
}
pub fn lstrip(s: *Str, chars: ?*Str) *Str {
    return strpad.strip(s, chars, strpad.left_only);
}
pub fn rstrip(s: *Str, chars: ?*Str) *Str {
    return strpad.strip(s, chars, strpad.right_only);
}
pub fn upper(s: *Str) *Str {
    return strcase.convert(s, .upper);
}
pub fn lower(s: *Str) *Str {
    return strcase.convert(s, .lower);
}
pub fn casefold(s: *Str) *Str {
    return strcase.convert(s, .casefold);
}
pub fn swapcase(s: *Str) *Str {
    return strcase.convert(s, .swapcase);
}
pub fn title(s: *Str) *Str {
    return strcase.convert(s, .title);
}
pub fn capitalize(s: *Str) *Str {
    return strcase.convert(s, .capitalize);
}
pub fn startswith(s: *Str, prefix: *Str, start: ?i64, end: ?i64) bool {
    return strsearch.tailMatch(s, prefix, start, end, .start);
}
pub fn endswith(s: *Str, suffix: *Str, start: ?i64, end: ?i64) bool {
    return strsearch.tailMatch(s, suffix, start, end, .end);
}

// ---- Argument helpers --------------------------------------------------------------------------

fn recv(comptime name: []const u8, self: Value, args: Args) Error!struct { *Str, Args } {
    const b = try margs.receiver("str", name, self, args, margs.isStr);
    return .{ b.self.as(Str), b.args };
}

fn recvSlot(comptime name: []const u8, self: Value, args: Args) Error!struct { *Str, Args } {
    const b = try margs.slotReceiver("str", name, self, args, margs.isStr);
    return .{ b.self.as(Str), b.args };
}

fn intVal(n: anytype) Value {
    return Value.fromSmall(@intCast(n));
}

/// A method without arguments: `str.<name>() takes no arguments`.
fn noArgs(comptime name: []const u8, comptime f: fn (*Str) Value) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const s, const a = try recv(name, self, args);
            try margs.none("str." ++ name, a);
            return f(s);
        }
    };
    return natives.method("str", name, W.impl);
}

fn caseMethod(comptime name: []const u8, comptime op: strcase.Op) rt.call.Builtin {
    const W = struct {
        fn f(s: *Str) Value {
            return strcase.convert(s, op).val();
        }
    };
    return noArgs(name, W.f);
}

fn predMethod(comptime name: []const u8, comptime p: strcase.Pred) rt.call.Builtin {
    const W = struct {
        fn f(s: *Str) Value {
            return Value.fromBool(strcase.predicate(s, p));
        }
    };
    return noArgs(name, W.f);
}

// ---- find family -------------------------------------------------------------------------------

const Search = enum { find, rfind, index, rindex, count };

/// find/rfind/index/rindex/count: "O|OO:name" (no keywords).
fn searchMethod(comptime name: []const u8, comptime which: Search) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const s, const a = try recv(name, self, args);
            try margs.tuple("str." ++ name, name, a, 1, 3);
            const sub = try margs.str("", a.pos[0]);
            const start = try margs.sliceIndex(if (a.pos.len > 1) a.pos[1] else null);
            const end = try margs.sliceIndex(if (a.pos.len > 2) a.pos[2] else null);
            return switch (which) {
                .find => intVal(find(s, sub, start, end)),
                .rfind => intVal(rfind(s, sub, start, end)),
                .index => intVal(try index(s, sub, start, end)),
                .rindex => intVal(try rindex(s, sub, start, end)),
                .count => intVal(count(s, sub, start, end)),
            };
        }
    };
    return natives.method("str", name, W.impl);
}

/// startswith/endswith: a str or a tuple of str, with optional start/end.
fn tailMethod(comptime name: []const u8, comptime side: strsearch.Side) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const s, const a = try recv(name, self, args);
            try margs.tuple("str." ++ name, name, a, 1, 3);
            const start = try margs.sliceIndex(if (a.pos.len > 1) a.pos[1] else null);
            const end = try margs.sliceIndex(if (a.pos.len > 2) a.pos[2] else null);
            const x = a.pos[0];
            if (x.isKind(.tuple)) {
                for (x.as(rt.Tuple).items) |item| {
                    if (!item.isKind(.str)) return exc.raiseFmt(&types.TypeError, "tuple for " ++ name ++ " must only contain str, not {s}", .{rt.ops.typeName(item)});
                    if (strsearch.tailMatch(s, item.as(Str), start, end, side)) return Value.True;
                }
                return Value.False;
            }
            if (!x.isKind(.str)) return exc.raiseFmt(&types.TypeError, name ++ " first arg must be str or a tuple of str, not {s}", .{rt.ops.typeName(x)});
            return Value.fromBool(strsearch.tailMatch(s, x.as(Str), start, end, side));
        }
    };
    return natives.method("str", name, W.impl);
}

fn replaceImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("replace", self, args);
    try margs.positional("str.replace", "replace", a, 2, 3);
    const old = try margs.str("replace() argument 1 ", a.pos[0]);
    const new = try margs.str("replace() argument 2 ", a.pos[1]);
    const max: i64 = if (a.pos.len > 2) try margs.ssize(a.pos[2]) else -1;
    return replace(s, old, new, max).val();
}

// ---- split family ------------------------------------------------------------------------------

fn splitMethod(comptime name: []const u8, comptime f: fn (*Str, ?*Str, i64) Error!*rt.List) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const s, const a = try recv(name, self, args);
            var p: [2]?Value = undefined;
            try margs.keywords(name, a, &.{ "sep", "maxsplit" }, 2, 0, &p);
            const sep = try margs.strOrNone("", p[0]);
            const max: i64 = if (p[1]) |m| try margs.ssize(m) else -1;
            return (try f(s, sep, max)).val();
        }
    };
    return natives.method("str", name, W.impl);
}

fn splitlinesImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("splitlines", self, args);
    var p: [1]?Value = undefined;
    try margs.keywords("splitlines", a, &.{"keepends"}, 1, 0, &p);
    const keep = if (p[0]) |k| try margs.intFlag(k) else false;
    return splitlines(s, keep).val();
}

fn partitionMethod(comptime name: []const u8, comptime f: fn (*Str, *Str) Error!*rt.Tuple) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const s, const a = try recv(name, self, args);
            const sep = try margs.str("", try margs.one("str." ++ name, a));
            return (try f(s, sep)).val();
        }
    };
    return natives.method("str", name, W.impl);
}

fn joinImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("join", self, args);
    return (try join(s, try margs.one("str.join", a))).val();
}

// ---- strip, padding ----------------------------------------------------------------------------

fn stripMethod(comptime name: []const u8, comptime sides: strpad.Sides) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const s, const a = try recv(name, self, args);
            try margs.positional("str." ++ name, name, a, 0, 1);
            var chars: ?*Str = null;
            if (a.pos.len == 1 and a.pos[0] != .none) {
                if (!a.pos[0].isKind(.str)) return exc.raiseMsg(&types.TypeError, name ++ " arg must be None or str");
                chars = a.pos[0].as(Str);
            }
            return strpad.strip(s, chars, sides).val();
        }
    };
    return natives.method("str", name, W.impl);
}

fn fillChar(v: Value) Error!strpad.Fill {
    if (!v.isKind(.str)) return exc.raiseFmt(&types.TypeError, "The fill character must be a unicode character, not {s}", .{rt.ops.typeName(v)});
    const f = v.as(Str);
    if (f.len != 1) return exc.raiseMsg(&types.TypeError, "The fill character must be exactly one character long");
    return .{ .bytes = f.bytes, .ascii = f.ascii };
}

fn justifyMethod(comptime name: []const u8, comptime f: fn (*Str, i64, strpad.Fill) Error!*Str) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const s, const a = try recv(name, self, args);
            try margs.positional("str." ++ name, name, a, 1, 2);
            const width = try margs.ssize(a.pos[0]);
            const fill = if (a.pos.len > 1) try fillChar(a.pos[1]) else strpad.space_fill;
            return (try f(s, width, fill)).val();
        }
    };
    return natives.method("str", name, W.impl);
}

fn zfillImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("zfill", self, args);
    return (try zfill(s, try margs.ssize(try margs.one("str.zfill", a)))).val();
}

fn expandtabsImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("expandtabs", self, args);
    var p: [1]?Value = undefined;
    try margs.keywords("expandtabs", a, &.{"tabsize"}, 1, 0, &p);
    const ts: i32 = if (p[0]) |t| try margs.cInt(t) else 8;
    return (try expandtabs(s, ts)).val();
}

fn affixMethod(comptime name: []const u8, comptime f: fn (*Str, *Str) *Str) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const s, const a = try recv(name, self, args);
            const x = try margs.one("str." ++ name, a);
            return f(s, try margs.str(name ++ "() argument ", x)).val();
        }
    };
    return natives.method("str", name, W.impl);
}

// ---- encode, translate, format -----------------------------------------------------------------

fn encodeImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("encode", self, args);
    var p: [2]?Value = undefined;
    try margs.keywords("encode", a, &.{ "encoding", "errors" }, 2, 0, &p);
    const enc = try optStrArg("encode() argument 'encoding' ", p[0]);
    const errs = try optStrArg("encode() argument 'errors' ", p[1]);
    return (try encode(s, enc, errs)).val();
}

fn optStrArg(comptime prefix: []const u8, v: ?Value) Error!?*Str {
    const x = v orelse return null;
    return try margs.str(prefix, x);
}

fn translateImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("translate", self, args);
    return (try translate(s, try margs.one("str.translate", a))).val();
}

/// str.maketrans is a static method: the receiver (if any) is ignored.
fn maketransImpl(self: Value, args: Args) Error!Value {
    _ = self;
    try margs.positional("str.maketrans", "maketrans", args, 1, 3);
    if (args.pos.len == 1) return (try translate_mod.maketrans1(args.pos[0])).val();
    if (!args.pos[0].isKind(.str)) return exc.raiseMsg(&types.TypeError, "first maketrans argument must be a string if there is a second argument");
    const y = try margs.str("maketrans() argument 2 ", args.pos[1]);
    const z = if (args.pos.len > 2) try margs.str("maketrans() argument 3 ", args.pos[2]) else null;
    return (try translate_mod.maketrans(args.pos[0].as(Str), y, z)).val();
}

fn formatImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("format", self, args);
    return (try format(s, a)).val();
}

fn formatMapImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("format_map", self, args);
    return (try formatMap(s, try margs.one("str.format_map", a))).val();
}

// ---- Dunders -----------------------------------------------------------------------------------

/// Slot wrappers (`"a".__len__()`) count arguments in their own words.
fn slotArgs(comptime name: []const u8, args: Args, comptime n: usize) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "wrapper " ++ name ++ "() takes no keyword arguments");
    if (args.pos.len != n) return exc.raiseFmt(&types.TypeError, "expected {d} argument" ++ (if (n == 1) "" else "s") ++ ", got {d}", .{ n, args.pos.len });
}

fn lenImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recvSlot("__len__", self, args);
    try slotArgs("__len__", a, 0);
    return intVal(s.len);
}

fn containsImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recvSlot("__contains__", self, args);
    try slotArgs("__contains__", a, 1);
    const x = a.pos[0];
    if (!x.isKind(.str)) return exc.raiseFmt(&types.TypeError, "'in <string>' requires string as left operand, not {s}", .{rt.ops.typeName(x)});
    return Value.fromBool(contains(s, x.as(Str)));
}

fn getitemImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recvSlot("__getitem__", self, args);
    try slotArgs("__getitem__", a, 1);
    return rt.sub.strGet(s, a.pos[0]);
}

fn addImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recvSlot("__add__", self, args);
    try slotArgs("__add__", a, 1);
    const x = a.pos[0];
    if (!x.isKind(.str)) return exc.raiseFmt(&types.TypeError, "can only concatenate str (not \"{s}\") to str", .{rt.ops.typeName(x)});
    return rt.str.concat(s, x.as(Str)).val();
}

fn mulMethod(comptime name: []const u8) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const s, const a = try recvSlot(name, self, args);
            try slotArgs(name, a, 1);
            const n = (try margs.indexInt(a.pos[0])) orelse return margs.notInteger(a.pos[0]);
            if (n.toI64() == null) return exc.raiseMsg(&types.OverflowError, "cannot fit 'int' into an index-sized integer");
            return rt.ops.mul(s.val(), .{ .int = n });
        }
    };
    return natives.method("str", name, W.impl);
}

fn modImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recvSlot("__mod__", self, args);
    try slotArgs("__mod__", a, 1);
    return @import("../text/percent.zig").format(s, a.pos[0]);
}

fn rmodImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recvSlot("__rmod__", self, args);
    try slotArgs("__rmod__", a, 1);
    if (!a.pos[0].isKind(.str)) return .{ .obj = &rt.ops.not_implemented };
    return @import("../text/percent.zig").format(a.pos[0].as(Str), s.val());
}

fn compareMethod(comptime name: []const u8, comptime op: rt.ops.CmpOp) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const s, const a = try recvSlot(name, self, args);
            try slotArgs(name, a, 1);
            if (!a.pos[0].isKind(.str)) return .{ .obj = &rt.ops.not_implemented };
            const o = rt.str.order(s, a.pos[0].as(Str));
            return Value.fromBool(op.fromOrder(o));
        }
    };
    return natives.method("str", name, W.impl);
}

fn hashImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recvSlot("__hash__", self, args);
    try slotArgs("__hash__", a, 0);
    return .{ .int = Int.fromI64(rt.str.hash(s)) };
}

fn iterImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recvSlot("__iter__", self, args);
    try slotArgs("__iter__", a, 0);
    return rt.iter.iter(s.val());
}

fn strImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recvSlot("__str__", self, args);
    try slotArgs("__str__", a, 0);
    return @import("../text/strbuild.zig").slice(s, 0, s.bytes.len).val();
}

fn reprImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recvSlot("__repr__", self, args);
    try slotArgs("__repr__", a, 0);
    var b = rt.Builder.initCapacity(s.bytes.len + 2);
    rt.repr.reprStr(&b, s);
    return b.finish().val();
}

fn formatDunderImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("__format__", self, args);
    const spec = try margs.one("str.__format__", a);
    if (!spec.isKind(.str)) return exc.raiseFmt(&types.TypeError, "__format__() argument must be str, not {s}", .{rt.ops.typeName(spec)});
    var b = rt.Builder{};
    // A plain str value, so a subclass's own __format__ does not recurse here.
    try rt.fmt.formatValueInto(&b, @import("../text/strbuild.zig").known(s.bytes, s.len, s.ascii).val(), spec.as(Str).bytes);
    return b.finish().val();
}

/// str.__new__(cls, object='', encoding=..., errors=...): str() for `cls` str itself, else
/// an instance of the subclass holding that text. Like object.__new__, it reads the class from
/// its first argument and ignores any receiver.
pub fn newOfType(t: *rt.Type, args: Args) Error!Value {
    const v = try @import("../builtins/ctors.zig").construct(&types.str_type, args);
    if (t == &types.str_type) return v;
    const s = v.as(Str);
    return @import("../text/strbuild.zig").ofType(t, s.bytes, s.len, s.ascii).val();
}

fn newImpl(self: Value, args: Args) Error!Value {
    _ = self;
    if (args.pos.len == 0) return exc.raiseMsg(&types.TypeError, "str.__new__(): not enough arguments");
    const c = args.pos[0];
    if (!c.isKind(.type)) return exc.raiseFmt(&types.TypeError, "str.__new__(X): X is not a type object ({s})", .{rt.ops.typeName(c)});
    const t = c.as(rt.Type);
    if (!t.isSubtype(&types.str_type)) return exc.raiseFmt(&types.TypeError, "str.__new__({s}): {s} is not a subtype of str", .{ t.name, t.name });
    return newOfType(t, .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals });
}

fn getnewargsImpl(self: Value, args: Args) Error!Value {
    const s, const a = try recv("__getnewargs__", self, args);
    try margs.none("str.__getnewargs__", a);
    const copy = @import("../text/strbuild.zig").known(s.bytes, s.len, s.ascii);
    return rt.tuple.fromSlice(&.{copy.val()}).val();
}

// ---- The table ---------------------------------------------------------------------------------

var capitalize_b = caseMethod("capitalize", .capitalize);
var casefold_b = caseMethod("casefold", .casefold);
var lower_b = caseMethod("lower", .lower);
var swapcase_b = caseMethod("swapcase", .swapcase);
var title_b = caseMethod("title", .title);
var upper_b = caseMethod("upper", .upper);
var isalnum_b = predMethod("isalnum", .alnum);
var isalpha_b = predMethod("isalpha", .alpha);
var isascii_b = predMethod("isascii", .ascii);
var isdecimal_b = predMethod("isdecimal", .decimal);
var isdigit_b = predMethod("isdigit", .digit);
var isidentifier_b = predMethod("isidentifier", .identifier);
var islower_b = predMethod("islower", .lower);
var isnumeric_b = predMethod("isnumeric", .numeric);
var isprintable_b = predMethod("isprintable", .printable);
var isspace_b = predMethod("isspace", .space);
var istitle_b = predMethod("istitle", .title);
var isupper_b = predMethod("isupper", .upper);
var find_b = searchMethod("find", .find);
var rfind_b = searchMethod("rfind", .rfind);
var index_b = searchMethod("index", .index);
var rindex_b = searchMethod("rindex", .rindex);
var count_b = searchMethod("count", .count);
var startswith_b = tailMethod("startswith", .start);
var endswith_b = tailMethod("endswith", .end);
var replace_b = natives.method("str", "replace", replaceImpl);
var split_b = splitMethod("split", split);
var rsplit_b = splitMethod("rsplit", rsplit);
var splitlines_b = natives.method("str", "splitlines", splitlinesImpl);
var partition_b = partitionMethod("partition", partition);
var rpartition_b = partitionMethod("rpartition", rpartition);
var join_b = natives.method("str", "join", joinImpl);
var strip_b = stripMethod("strip", strpad.both);
var lstrip_b = stripMethod("lstrip", strpad.left_only);
var rstrip_b = stripMethod("rstrip", strpad.right_only);
var center_b = justifyMethod("center", center);
var ljust_b = justifyMethod("ljust", ljust);
var rjust_b = justifyMethod("rjust", rjust);
var zfill_b = natives.method("str", "zfill", zfillImpl);
var expandtabs_b = natives.method("str", "expandtabs", expandtabsImpl);
var removeprefix_b = affixMethod("removeprefix", removeprefix);
var removesuffix_b = affixMethod("removesuffix", removesuffix);
var encode_b = natives.method("str", "encode", encodeImpl);
var translate_b = natives.method("str", "translate", translateImpl);
var maketrans_b = natives.method("str", "maketrans", maketransImpl);
var format_b = natives.method("str", "format", formatImpl);
var format_map_b = natives.method("str", "format_map", formatMapImpl);
var len_b = natives.method("str", "__len__", lenImpl);
var contains_b = natives.method("str", "__contains__", containsImpl);
var getitem_b = natives.method("str", "__getitem__", getitemImpl);
var add_b = natives.method("str", "__add__", addImpl);
var mul_b = mulMethod("__mul__");
var rmul_b = mulMethod("__rmul__");
var mod_b = natives.method("str", "__mod__", modImpl);
var rmod_b = natives.method("str", "__rmod__", rmodImpl);
var eq_b = compareMethod("__eq__", .eq);
var ne_b = compareMethod("__ne__", .ne);
var lt_b = compareMethod("__lt__", .lt);
var le_b = compareMethod("__le__", .le);
var gt_b = compareMethod("__gt__", .gt);
var ge_b = compareMethod("__ge__", .ge);
var hash_b = natives.method("str", "__hash__", hashImpl);
var iter_b = natives.method("str", "__iter__", iterImpl);
var str_b = natives.method("str", "__str__", strImpl);
var repr_b = natives.method("str", "__repr__", reprImpl);
var format_dunder_b = natives.method("str", "__format__", formatDunderImpl);
var getnewargs_b = natives.method("str", "__getnewargs__", getnewargsImpl);
var new_b = natives.method("str", "__new__", newImpl);

pub const table = natives.Table.initComptime(.{
    .{ "capitalize", &capitalize_b },     .{ "casefold", &casefold_b },
    .{ "center", &center_b },             .{ "count", &count_b },
    .{ "encode", &encode_b },             .{ "endswith", &endswith_b },
    .{ "expandtabs", &expandtabs_b },     .{ "find", &find_b },
    .{ "format", &format_b },             .{ "format_map", &format_map_b },
    .{ "index", &index_b },               .{ "isalnum", &isalnum_b },
    .{ "isalpha", &isalpha_b },           .{ "isascii", &isascii_b },
    .{ "isdecimal", &isdecimal_b },       .{ "isdigit", &isdigit_b },
    .{ "isidentifier", &isidentifier_b }, .{ "islower", &islower_b },
    .{ "isnumeric", &isnumeric_b },       .{ "isprintable", &isprintable_b },
    .{ "isspace", &isspace_b },           .{ "istitle", &istitle_b },
    .{ "isupper", &isupper_b },           .{ "join", &join_b },
    .{ "ljust", &ljust_b },               .{ "lower", &lower_b },
    .{ "lstrip", &lstrip_b },             .{ "maketrans", &maketrans_b },
    .{ "partition", &partition_b },       .{ "removeprefix", &removeprefix_b },
    .{ "removesuffix", &removesuffix_b }, .{ "replace", &replace_b },
    .{ "rfind", &rfind_b },               .{ "rindex", &rindex_b },
    .{ "rjust", &rjust_b },               .{ "rpartition", &rpartition_b },
    .{ "rsplit", &rsplit_b },             .{ "rstrip", &rstrip_b },
    .{ "split", &split_b },               .{ "splitlines", &splitlines_b },
    .{ "startswith", &startswith_b },     .{ "strip", &strip_b },
    .{ "swapcase", &swapcase_b },         .{ "title", &title_b },
    .{ "translate", &translate_b },       .{ "upper", &upper_b },
    .{ "zfill", &zfill_b },               .{ "__len__", &len_b },
    .{ "__contains__", &contains_b },     .{ "__getitem__", &getitem_b },
    .{ "__add__", &add_b },               .{ "__mul__", &mul_b },
    .{ "__rmul__", &rmul_b },             .{ "__mod__", &mod_b },
    .{ "__rmod__", &rmod_b },             .{ "__eq__", &eq_b },
    .{ "__ne__", &ne_b },                 .{ "__lt__", &lt_b },
    .{ "__le__", &le_b },                 .{ "__gt__", &gt_b },
    .{ "__ge__", &ge_b },                 .{ "__hash__", &hash_b },
    .{ "__iter__", &iter_b },             .{ "__str__", &str_b },
    .{ "__repr__", &repr_b },             .{ "__format__", &format_dunder_b },
    .{ "__getnewargs__", &getnewargs_b }, .{ "__new__", &new_b },
});

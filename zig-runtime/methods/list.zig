//! Methods of `list`, with CPython 3.11's semantics and messages. The logic is in typed
//! functions over `*List` (callable directly by compiled code); the table entries are thin
//! wrappers that check the arguments.
//!
//! Element comparisons may run user `__eq__`, which may mutate the list: loops re-read `l.len`
//! and `l.buf()` at every step instead of holding a slice.
const std = @import("std");
const rt = @import("../rt.zig");
const cargs = @import("cargs.zig");
const natives = @import("../core/natives.zig");
const sorting = @import("../builtins/sorting.zig");
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const List = rt.List;
const types = rt.types;
const exc = rt.exc;

// ---- Typed operations ------------------------------------------------------------------------

/// `a == b` as containers compare elements: identity first, then `==`.
pub inline fn itemEq(a: Value, b: Value) Error!bool {
    if (rt.ops.identical(a, b)) return true;
    return rt.ops.eq(a, b);
}

/// `l.extend(src)`: any iterable; `l.extend(l)` doubles the list.
pub fn extend(l: *List, src: Value) Error!void {
    if (src.isKind(.list) or src.isKind(.tuple)) {
        const items = if (src.isKind(.list)) src.as(List).items() else src.as(rt.Tuple).items;
        const n = items.len;
        // Reserve first, then copy from the (possibly moved) source: `l.extend(l)`.
        rt.list.reserve(l, n);
        const from = if (src.isKind(.list)) src.as(List).buf()[0..n] else items;
        @memcpy(l.buf()[l.len..][0..n], from);
        l.len += n;
        return;
    }
    const it = try rt.iter.iter(src);
    while (try rt.iter.next(it)) |v| rt.list.append(l, v);
}

/// `l.index(x, start, stop)`.
pub fn index(l: *List, x: Value, start: i64, stop: i64) Error!usize {
    const r = cargs.searchRange(start, stop, l.len);
    var i = r.lo;
    while (i < r.hi and i < l.len) : (i += 1) {
        if (try itemEq(l.buf()[i], x)) return i;
    }
    var b = rt.Builder{};
    try rt.repr.reprInto(&b, x);
    b.append(" is not in list");
    return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
}

pub fn count(l: *List, x: Value) Error!usize {
    var n: usize = 0;
    var i: usize = 0;
    while (i < l.len) : (i += 1) {
        if (try itemEq(l.buf()[i], x)) n += 1;
    }
    return n;
}

/// `l.remove(x)`: the first equal item.
pub fn remove(l: *List, x: Value) Error!void {
    var i: usize = 0;
    while (i < l.len) : (i += 1) {
        if (try itemEq(l.buf()[i], x)) {
            if (i < l.len) rt.list.deleteRange(l, i, i + 1);
            return;
        }
    }
    return exc.raiseMsg(&types.ValueError, "list.remove(x): x not in list");
}

pub fn contains(l: *List, x: Value) Error!bool {
    var i: usize = 0;
    while (i < l.len) : (i += 1) {
        if (try itemEq(l.buf()[i], x)) return true;
    }
    return false;
}

pub fn copy(l: *List) *List {
    return rt.list.fromSlice(l.items());
}

/// `list + list` (a new plain list).
pub fn concat(a: *List, b: *List) *List {
    const r = rt.list.withCapacity(a.len + b.len);
    rt.list.extendSlice(r, a.items());
    rt.list.extendSlice(r, b.items());
    return r;
}

/// `l * n` (a new plain list; n <= 0 gives []).
pub fn repeat(l: *List, n: i64) Error!*List {
    if (n <= 0 or l.len == 0) return rt.list.new();
    const k: usize = @intCast(n);
    try checkRepeat(l.len, k);
    return rt.list.repeat(l, k);
}

/// `l *= n`.
pub fn repeatInPlace(l: *List, n: i64) Error!void {
    if (n <= 0) return rt.list.clear(l);
    const k: usize = @intCast(n);
    const len = l.len;
    if (k == 1 or len == 0) return;
    try checkRepeat(len, k);
    rt.list.reserve(l, len * (k - 1));
    for (1..k) |_| rt.list.extendSlice(l, l.buf()[0..len]);
}

fn checkRepeat(len: usize, n: usize) Error!void {
    if (n > (@as(usize, 1) << 40) / len) return exc.raiseEmpty(&types.MemoryError);
}

/// The count of `seq * n`: an index-like int (huge ones do not fit).
pub fn repeatArg(v: Value) Error!i64 {
    if (v == .int and v.int.isSmall()) return v.int.small();
    const i = (try cargs.indexInt(v)) orelse return cargs.notInteger(v);
    return i.toI64() orelse exc.raiseFmt(&types.OverflowError, "cannot fit '{s}' into an index-sized integer", .{rt.ops.typeName(v)});
}

/// `l.__init__(iterable)`: empties the list, then extends it.
pub fn init(l: *List, src: ?Value) Error!void {
    rt.list.clear(l);
    if (src) |s| try extend(l, s);
}

pub fn reprInto(b: *rt.Builder, l: *List) Error!void {
    if (!cargs.reprEnter(&l.base)) return b.append("[...]");
    defer cargs.reprLeave();
    try cargs.reprItems(b, l.items(), "[", "]");
}

/// A forward iterator over the list's storage (what `list.__iter__` returns).
pub fn iterOf(l: *List) Value {
    return rt.iter.newIter(&rt.iter.list_iterator_type, listNext, l.val()).val();
}

fn listNext(it: *rt.iter.NativeIter) Error!?Value {
    const l = it.a.as(List);
    const i: usize = @intCast(it.i);
    if (i >= l.len) {
        it.i = std.math.maxInt(i32); // exhausted for good, even if the list grows later
        return null;
    }
    it.i += 1;
    return l.buf()[i];
}

// ---- The table -------------------------------------------------------------------------------

fn m(comptime name: []const u8, comptime impl: cargs.Impl) rt.call.Builtin {
    return cargs.method("list", name, cargs.isList, impl);
}

inline fn self_(v: Value) *List {
    return v.as(List);
}

fn appendImpl(self: Value, args: Args) Error!Value {
    rt.list.append(self_(self), try cargs.one("list.append", args));
    return .none;
}

fn extendImpl(self: Value, args: Args) Error!Value {
    try extend(self_(self), try cargs.one("list.extend", args));
    return .none;
}

fn insertImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("list.insert", "insert", args, 2, 2);
    rt.list.insert(self_(self), try cargs.ssize(args.pos[0]), args.pos[1]);
    return .none;
}

fn removeImpl(self: Value, args: Args) Error!Value {
    try remove(self_(self), try cargs.one("list.remove", args));
    return .none;
}

fn popImpl(self: Value, args: Args) Error!Value {
    if (args.pos.len == 0 and args.kwnames.len == 0) return rt.list.pop(self_(self), -1);
    try cargs.positional("list.pop", "pop", args, 0, 1);
    return rt.list.pop(self_(self), try cargs.ssize(args.pos[0]));
}

fn clearImpl(self: Value, args: Args) Error!Value {
    try cargs.none("list.clear", args);
    rt.list.clear(self_(self));
    return .none;
}

fn indexImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("list.index", "index", args, 1, 3);
    const start = if (cargs.opt(args, 1)) |v| try cargs.sliceIndexNotNone(v) else 0;
    const stop = if (cargs.opt(args, 2)) |v| try cargs.sliceIndexNotNone(v) else std.math.maxInt(i64);
    return Value.fromSmall(@intCast(try index(self_(self), args.pos[0], start, stop)));
}

fn countImpl(self: Value, args: Args) Error!Value {
    return Value.fromSmall(@intCast(try count(self_(self), try cargs.one("list.count", args))));
}

fn reverseImpl(self: Value, args: Args) Error!Value {
    try cargs.none("list.reverse", args);
    rt.list.reverse(self_(self));
    return .none;
}

fn sortImpl(self: Value, args: Args) Error!Value {
    return sorting.listSort(self_(self), args);
}

fn copyImpl(self: Value, args: Args) Error!Value {
    try cargs.none("list.copy", args);
    return copy(self_(self)).val();
}

fn lenImpl(self: Value, args: Args) Error!Value {
    try cargs.none("list.__len__", args);
    return Value.fromSmall(@intCast(self_(self).len));
}

fn getitemImpl(self: Value, args: Args) Error!Value {
    return rt.sub.listGet(self_(self), try cargs.one("list.__getitem__", args));
}

fn setitemImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("list.__setitem__", "__setitem__", args, 2, 2);
    try rt.sub.listSet(self_(self), args.pos[0], args.pos[1]);
    return .none;
}

fn delitemImpl(self: Value, args: Args) Error!Value {
    try rt.sub.listDel(self_(self), try cargs.one("list.__delitem__", args));
    return .none;
}

fn containsImpl(self: Value, args: Args) Error!Value {
    return Value.fromBool(try contains(self_(self), try cargs.one("list.__contains__", args)));
}

fn iterImpl(self: Value, args: Args) Error!Value {
    try cargs.none("list.__iter__", args);
    return iterOf(self_(self));
}

fn reversedImpl(self: Value, args: Args) Error!Value {
    try cargs.none("list.__reversed__", args);
    return rt.iter.reversedList(self_(self));
}

fn addImpl(self: Value, args: Args) Error!Value {
    const other = try cargs.one("list.__add__", args);
    if (!other.isKind(.list)) return exc.raiseFmt(&types.TypeError, "can only concatenate list (not \"{s}\") to list", .{rt.ops.typeName(other)});
    return concat(self_(self), other.as(List)).val();
}

fn iaddImpl(self: Value, args: Args) Error!Value {
    try extend(self_(self), try cargs.one("list.__iadd__", args));
    return self;
}

fn mulImpl(self: Value, args: Args) Error!Value {
    return (try repeat(self_(self), try repeatArg(try cargs.one("list.__mul__", args)))).val();
}

fn rmulImpl(self: Value, args: Args) Error!Value {
    return (try repeat(self_(self), try repeatArg(try cargs.one("list.__rmul__", args)))).val();
}

fn imulImpl(self: Value, args: Args) Error!Value {
    try repeatInPlace(self_(self), try repeatArg(try cargs.one("list.__imul__", args)));
    return self;
}

fn cmpImpl(comptime op: rt.ops.CmpOp) cargs.Impl {
    return struct {
        fn f(self: Value, args: Args) Error!Value {
            const other = try cargs.one("list.__" ++ @tagName(op) ++ "__", args);
            if (!other.isKind(.list)) return cargs.notImplemented();
            return Value.fromBool(try rt.seq.itemsCompare(op, self_(self).items(), other.as(List).items()));
        }
    }.f;
}

fn initImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("list", "list", args, 0, 1);
    try init(self_(self), cargs.opt(args, 0));
    return .none;
}

fn reprImpl(self: Value, args: Args) Error!Value {
    try cargs.none("list.__repr__", args);
    var b = rt.Builder{};
    try reprInto(&b, self_(self));
    return b.finish().val();
}

fn hashImpl(self: Value, args: Args) Error!Value {
    _ = args;
    return cargs.unhashable(self);
}

var append_b = m("append", appendImpl);
var extend_b = m("extend", extendImpl);
var insert_b = m("insert", insertImpl);
var remove_b = m("remove", removeImpl);
var pop_b = m("pop", popImpl);
var clear_b = m("clear", clearImpl);
var index_b = m("index", indexImpl);
var count_b = m("count", countImpl);
var reverse_b = m("reverse", reverseImpl);
var sort_b = m("sort", sortImpl);
var copy_b = m("copy", copyImpl);
var len_b = m("__len__", lenImpl);
var getitem_b = m("__getitem__", getitemImpl);
var setitem_b = m("__setitem__", setitemImpl);
var delitem_b = m("__delitem__", delitemImpl);
var contains_b = m("__contains__", containsImpl);
var iter_b = m("__iter__", iterImpl);
var reversed_b = m("__reversed__", reversedImpl);
var add_b = m("__add__", addImpl);
var iadd_b = m("__iadd__", iaddImpl);
var mul_b = m("__mul__", mulImpl);
var rmul_b = m("__rmul__", rmulImpl);
var imul_b = m("__imul__", imulImpl);
var eq_b = m("__eq__", cmpImpl(.eq));
var ne_b = m("__ne__", cmpImpl(.ne));
var lt_b = m("__lt__", cmpImpl(.lt));
var le_b = m("__le__", cmpImpl(.le));
var gt_b = m("__gt__", cmpImpl(.gt));
var ge_b = m("__ge__", cmpImpl(.ge));
var init_b = m("__init__", initImpl);
var repr_b = m("__repr__", reprImpl);
var hash_b = m("__hash__", hashImpl);

pub const table = natives.Table.initComptime(.{
    .{ "append", &append_b },
    .{ "extend", &extend_b },
    .{ "insert", &insert_b },
    .{ "remove", &remove_b },
    .{ "pop", &pop_b },
    .{ "clear", &clear_b },
    .{ "index", &index_b },
    .{ "count", &count_b },
    .{ "reverse", &reverse_b },
    .{ "sort", &sort_b },
    .{ "copy", &copy_b },
    .{ "__len__", &len_b },
    .{ "__getitem__", &getitem_b },
    .{ "__setitem__", &setitem_b },
    .{ "__delitem__", &delitem_b },
    .{ "__contains__", &contains_b },
    .{ "__iter__", &iter_b },
    .{ "__reversed__", &reversed_b },
    .{ "__add__", &add_b },
    .{ "__iadd__", &iadd_b },
    .{ "__mul__", &mul_b },
    .{ "__rmul__", &rmul_b },
    .{ "__imul__", &imul_b },
    .{ "__eq__", &eq_b },
    .{ "__ne__", &ne_b },
    .{ "__lt__", &lt_b },
    .{ "__le__", &le_b },
    .{ "__gt__", &gt_b },
    .{ "__ge__", &ge_b },
    .{ "__init__", &init_b },
    .{ "__repr__", &repr_b },
    .{ "__hash__", &hash_b },
});

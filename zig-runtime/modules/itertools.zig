//! The `itertools` module, a port of CPython 3.11's itertoolsmodule.c: each iterator is a class
//! (`itertools.chain`, ...) whose instances are runtime iterators (a `NativeIter` at the head of
//! the object, so `for` loops call the `next` function directly), with CPython's argument
//! errors, laziness (what is consumed when) and reprs.
//!
//! This file holds the module table, the class plumbing and the simple iterators;
//! itertools_comb.zig the combinatoric ones, itertools_share.zig groupby and tee.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const clinic = @import("clinic.zig");
const nt = @import("nativetype.zig");
const comb = @import("itertools_comb.zig");
const share = @import("itertools_share.zig");
const Value = rt.Value;
const Error = rt.Error;
const NativeIter = rt.iter.NativeIter;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;

pub fn module() Value {
    if (mod == null) {
        inline for (classes) |c| c[1].class.setup();
        setupChain();
    }
    return registry.nativeModule(&mod, "itertools", get);
}

const classes = .{
    .{ "count", Count },
    .{ "cycle", Cycle },
    .{ "repeat", Repeat },
    .{ "accumulate", Accumulate },
    .{ "chain", Chain },
    .{ "compress", Compress },
    .{ "dropwhile", DropWhile },
    .{ "takewhile", TakeWhile },
    .{ "filterfalse", FilterFalse },
    .{ "starmap", Starmap },
    .{ "pairwise", Pairwise },
    .{ "islice", Islice },
    .{ "zip_longest", ZipLongest },
    .{ "product", comb.Product },
    .{ "permutations", comb.Permutations },
    .{ "combinations", comb.Combinations },
    .{ "combinations_with_replacement", comb.CombinationsWR },
    .{ "groupby", share.GroupBy },
    .{ "_grouper", share.Grouper },
    .{ "_tee", share.Tee },
};

fn get(name: []const u8) ?Value {
    inline for (classes) |c| {
        if (std.mem.eql(u8, name, c[0])) return nt.val(&c[1].class.ty);
    }
    if (std.mem.eql(u8, name, "tee")) return tee_attr.value();
    return null;
}

const tee_attr = mu.func("tee", share.tee_);

// ---- Class plumbing ---------------------------------------------------------------------------

/// An iterator class: its type object (kind `iterator`, or `native` for the two with a repr),
/// `__new__`, `__iter__`/`__next__` and any `extra` methods.
pub fn Class(comptime tp_name: []const u8, comptime kind: rt.Kind, comptime ops: ?*const rt.value.NativeOps, comptime new: ?nt.MethodFn, comptime extra: anytype) type {
    return struct {
        pub var ty = nt.template(tp_name, kind, ops);
        var methods = nt.defs(tp_name, .{ .{ "__iter__", iterSelf }, .{ "__next__", nextMethod } } ++ extra);
        var new_def: ?rt.call.Builtin = if (new) |f| rt.call.builtin("__new__", f) else null;

        pub fn setup() void {
            nt.setup(&ty, &methods, if (new_def) |*d| d else null);
        }
    };
}

fn iterSelf(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__iter__", args, 0, 0);
    return self;
}

fn nextMethod(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__next__", args, 0, 0);
    return (try rt.iter.next(self)) orelse exc.raiseEmpty(&types.StopIteration);
}

/// A new instance of iterator struct `T` (whose first field is `it: NativeIter`) of class
/// `cls`, stepping with `stepFn`; the caller sets the other fields.
pub fn alloc(comptime T: type, cls: *rt.Type, comptime stepFn: fn (*T) Error!?Value) *T {
    const S = struct {
        fn next(it: *NativeIter) Error!?Value {
            return stepFn(@fieldParentPtr("it", it));
        }
    };
    const p = rt.mem.create(T, .scan);
    p.it = .{ .base = .{ .ty = cls }, .nextFn = S.next };
    return p;
}

/// `__new__(cls, ...)`: the class and the constructor arguments.
pub fn newArgs(t: *rt.Type, args: rt.Args) Error!struct { *rt.Type, rt.Args } {
    return .{ try nt.newCls(t, args), nt.rest(args) };
}

/// Positional-only constructors taking exactly `n` arguments (PyArg_UnpackTuple wording).
pub fn fixedArgs(comptime name: []const u8, args: rt.Args, comptime n: usize) Error![]const Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, name ++ "() takes no keyword arguments");
    try clinic.unpackPos(name, args.pos.len, n, n);
    return args.pos;
}

// ---- count ------------------------------------------------------------------------------------

const CountObj = struct { base: rt.Object, cnt: Value, step: Value };
const Count = struct {
    pub const class = Class("itertools.count", .native, &.{ .iter = selfIter, .next = countNext, .repr = countRepr }, countNew, .{});
};

fn selfIter(v: Value) anyerror!Value {
    return v;
}

/// PyNumber_Check: what count() accepts as start and step.
fn isNumber(v: Value) bool {
    return switch (v) {
        .int, .bool, .float => true,
        .none => false,
        .obj => |o| o.ty.kind == .complex or o.ty.kind == .bigint or (o.ty.flags.heap and (rt.attr.lookupType(o.ty, &rt.names.__index__) != null or
            rt.attr.lookupType(o.ty, &rt.names.__int__) != null or rt.attr.lookupType(o.ty, &rt.names.__float__) != null)),
    };
}

fn countNew(_: Value, args: rt.Args) Error!Value {
    const cls, const a = try newArgs(&Count.class.ty, args);
    const p = try clinic.bind(.{ .name = "count", .names = &.{ "start", "step" }, .n_pos = 2, .n_req = 0 }, a);
    const start = p[0] orelse Value.fromSmall(0);
    const stp = p[1] orelse Value.fromSmall(1);
    if (!isNumber(start) or !isNumber(stp)) return exc.raiseMsg(&types.TypeError, "a number is required");
    const c = rt.mem.create(CountObj, .scan);
    c.* = .{ .base = .{ .ty = cls }, .cnt = start, .step = stp };
    return .{ .obj = &c.base };
}

fn countNext(v: Value) anyerror!?Value {
    const c = v.as(CountObj);
    const r = c.cnt;
    c.cnt = try rt.ops.binary(.add, r, c.step);
    return r;
}

/// `count(5)`, `count(0, 2)`: the step is left out when it is the int 1 (True included).
fn countRepr(v: Value, w: *std.Io.Writer) anyerror!void {
    const c = v.as(CountObj);
    try w.print("{s}(", .{shortName(v)});
    try w.writeAll((try rt.repr.repr(c.cnt)).bytes);
    const one = (c.step == .int and c.step.int.eqlFast(rt.Int.one)) or (c.step == .bool and c.step.bool);
    if (!one) {
        try w.writeAll(", ");
        try w.writeAll((try rt.repr.repr(c.step)).bytes);
    }
    try w.writeAll(")");
}

/// _PyType_Name: the type's name after the module (a subclass shows its own name).
fn shortName(v: Value) []const u8 {
    const n = v.obj.ty.name;
    return n[if (std.mem.lastIndexOfScalar(u8, n, '.')) |i| i + 1 else 0..];
}

// ---- repeat -----------------------------------------------------------------------------------

const RepeatObj = struct { base: rt.Object, element: Value, cnt: i64 };
const Repeat = struct {
    pub const class = Class("itertools.repeat", .native, &.{ .iter = selfIter, .next = repeatNext, .repr = repeatRepr }, repeatNew, .{.{ "__length_hint__", repeatHint }});
};

fn repeatNew(_: Value, args: rt.Args) Error!Value {
    const cls, const a = try newArgs(&Repeat.class.ty, args);
    const p = try clinic.bind(.{ .name = "repeat", .names = &.{ "object", "times" }, .n_pos = 2, .n_req = 1 }, a);
    // Negative counts repeat nothing; no count (-1) repeats forever.
    const cnt: i64 = if (p[1]) |t| @max(0, try clinic.ssize(t)) else -1;
    const r = rt.mem.create(RepeatObj, .scan);
    r.* = .{ .base = .{ .ty = cls }, .element = p[0].?, .cnt = cnt };
    return .{ .obj = &r.base };
}

fn repeatNext(v: Value) anyerror!?Value {
    const r = v.as(RepeatObj);
    if (r.cnt == 0) return null;
    if (r.cnt > 0) r.cnt -= 1;
    return r.element;
}

fn repeatRepr(v: Value, w: *std.Io.Writer) anyerror!void {
    const r = v.as(RepeatObj);
    try w.print("{s}(", .{shortName(v)});
    try w.writeAll((try rt.repr.repr(r.element)).bytes);
    if (r.cnt >= 0) try w.print(", {d}", .{r.cnt});
    try w.writeAll(")");
}

fn repeatHint(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__length_hint__", args, 0, 0);
    const r = try nt.selfAs(RepeatObj, &Repeat.class.ty, self);
    if (r.cnt < 0) return exc.raiseMsg(&types.TypeError, "len() of unsized object");
    return Value.fromSmall(r.cnt);
}

// ---- cycle ------------------------------------------------------------------------------------

const Cycle = struct {
    it: NativeIter,
    /// The source until it is exhausted, then None.
    src: Value,
    saved: *rt.List,
    index: usize,

    pub const class = Class("itertools.cycle", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        const pos = try fixedArgs("cycle", a, 1);
        const src = try rt.iter.iter(pos[0]);
        const c = alloc(Cycle, cls, next);
        c.src = src;
        c.saved = rt.list.new();
        c.index = 0;
        return c.it.val();
    }

    fn next(c: *Cycle) Error!?Value {
        if (c.src != .none) {
            if (try rt.iter.next(c.src)) |v| {
                rt.list.append(c.saved, v);
                return v;
            }
            c.src = .none;
        }
        if (c.saved.len == 0) return null;
        const v = c.saved.buf()[c.index];
        c.index += 1;
        if (c.index >= c.saved.len) c.index = 0;
        return v;
    }
};

// ---- accumulate -------------------------------------------------------------------------------

const Accumulate = struct {
    it: NativeIter,
    src: Value,
    func: Value,
    /// The running total, null before the first item.
    total: ?Value,
    /// `initial=`, yielded first (None when absent or already yielded).
    initial: Value,

    pub const class = Class("itertools.accumulate", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        const p = try clinic.bind(.{ .name = "accumulate", .names = &.{ "iterable", "func", "initial" }, .n_pos = 2, .n_req = 1 }, a);
        const src = try rt.iter.iter(p[0].?);
        const acc = alloc(Accumulate, cls, next);
        acc.src = src;
        acc.func = p[1] orelse .none;
        acc.total = null;
        acc.initial = p[2] orelse .none;
        return acc.it.val();
    }

    fn next(a: *Accumulate) Error!?Value {
        if (a.initial != .none) {
            a.total = a.initial;
            a.initial = .none;
            return a.total;
        }
        const v = (try rt.iter.next(a.src)) orelse return null;
        const total = a.total orelse {
            a.total = v;
            return v;
        };
        const nt_ = if (a.func == .none) try rt.ops.binary(.add, total, v) else try rt.call.call2(a.func, total, v);
        a.total = nt_;
        return nt_;
    }
};

// ---- chain ------------------------------------------------------------------------------------

const Chain = struct {
    it: NativeIter,
    /// Iterator over the iterables (None once exhausted), and the one being drained.
    source: Value,
    active: Value,

    pub const class = Class("itertools.chain", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        if (a.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "chain() takes no keyword arguments");
        return make(cls, try rt.iter.iter(rt.tupleOf(a.pos)));
    }

    fn make(cls: *rt.Type, source: Value) Value {
        const c = alloc(Chain, cls, next);
        c.source = source;
        c.active = .none;
        return c.it.val();
    }

    fn next(c: *Chain) Error!?Value {
        while (c.source != .none) {
            if (c.active == .none) {
                const iterable = (try rt.iter.next(c.source)) orelse {
                    c.source = .none;
                    return null;
                };
                c.active = rt.iter.iter(iterable) catch |e| {
                    c.source = .none;
                    return e;
                };
            }
            if (try rt.iter.next(c.active)) |v| return v;
            c.active = .none;
        }
        return null;
    }
};

var from_iterable_def = rt.call.builtin("from_iterable", fromIterable);

/// `chain.from_iterable` is a classmethod.
fn setupChain() void {
    const w = rt.mem.create(rt.attr.Wrapper, .scan);
    w.* = .{ .base = .{ .ty = &types.classmethod_type }, .func = from_iterable_def.val() };
    rt.dict.setStr(Chain.class.ty.dict.?, rt.str.static("from_iterable"), .{ .obj = &w.base });
}

fn fromIterable(_: Value, args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "chain.from_iterable() takes no keyword arguments");
    if (args.pos.len != 2) return exc.raiseFmt(&types.TypeError, "chain.from_iterable() takes exactly one argument ({d} given)", .{args.pos.len -| 1});
    const cls = try nt.newCls(&Chain.class.ty, args);
    return Chain.make(cls, try rt.iter.iter(args.pos[1]));
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap, pairwise -----------------------------

const Compress = struct {
    it: NativeIter,
    data: Value,
    selectors: Value,

    pub const class = Class("itertools.compress", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        const p = try clinic.bind(.{ .name = "compress", .names = &.{ "data", "selectors" }, .n_pos = 2, .n_req = 2 }, a);
        const data = try rt.iter.iter(p[0].?);
        const selectors = try rt.iter.iter(p[1].?);
        const c = alloc(Compress, cls, next);
        c.data = data;
        c.selectors = selectors;
        return c.it.val();
    }

    fn next(c: *Compress) Error!?Value {
        while (true) {
            const d = (try rt.iter.next(c.data)) orelse return null;
            const s = (try rt.iter.next(c.selectors)) orelse return null;
            if (try rt.ops.truthy(s)) return d;
        }
    }
};

/// dropwhile, takewhile and filterfalse: a predicate over an iterator.
const Mode = enum { dropwhile, takewhile, filterfalse };

fn PredicateIter(comptime mode: Mode) type {
    const name = @tagName(mode);
    return struct {
        it: NativeIter,
        pred: Value,
        src: Value,
        /// dropwhile: dropping is over; takewhile: taking is over.
        done: bool,

        const Self = @This();
        pub const class = Class("itertools." ++ name, .iterator, null, new, .{});

        fn new(_: Value, args: rt.Args) Error!Value {
            const cls, const a = try newArgs(&class.ty, args);
            const pos = try fixedArgs(name, a, 2);
            const src = try rt.iter.iter(pos[1]);
            const s = alloc(Self, cls, next);
            s.pred = pos[0];
            s.src = src;
            s.done = false;
            return s.it.val();
        }

        fn next(s: *Self) Error!?Value {
            switch (mode) {
                .dropwhile => while (true) {
                    const v = (try rt.iter.next(s.src)) orelse return null;
                    if (s.done) return v;
                    if (!try rt.ops.truthy(try rt.call.call1(s.pred, v))) {
                        s.done = true;
                        return v;
                    }
                },
                .takewhile => {
                    if (s.done) return null;
                    const v = (try rt.iter.next(s.src)) orelse return null;
                    if (try rt.ops.truthy(try rt.call.call1(s.pred, v))) return v;
                    s.done = true;
                    return null;
                },
                .filterfalse => while (true) {
                    const v = (try rt.iter.next(s.src)) orelse return null;
                    // None (and bool) as the predicate test the items themselves.
                    const t = if (s.pred == .none or s.pred.isObj(&types.bool_type.base)) v else try rt.call.call1(s.pred, v);
                    if (!try rt.ops.truthy(t)) return v;
                },
            }
        }
    };
}

const DropWhile = PredicateIter(.dropwhile);
const TakeWhile = PredicateIter(.takewhile);
const FilterFalse = PredicateIter(.filterfalse);

const Starmap = struct {
    it: NativeIter,
    func: Value,
    src: Value,

    pub const class = Class("itertools.starmap", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        const pos = try fixedArgs("starmap", a, 2);
        const src = try rt.iter.iter(pos[1]);
        const s = alloc(Starmap, cls, next);
        s.func = pos[0];
        s.src = src;
        return s.it.val();
    }

    fn next(s: *Starmap) Error!?Value {
        const args = (try rt.iter.next(s.src)) orelse return null;
        const items = if (args.isKind(.tuple)) args.as(rt.Tuple).items else (try rt.iter.toList(args)).items();
        return try rt.call.call(s.func, .{ .pos = items });
    }
};

const Pairwise = struct {
    it: NativeIter,
    /// The source (None once exhausted) and the previous item.
    src: Value,
    old: ?Value,

    pub const class = Class("itertools.pairwise", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        const pos = try fixedArgs("pairwise", a, 1);
        const src = try rt.iter.iter(pos[0]);
        const p = alloc(Pairwise, cls, next);
        p.src = src;
        p.old = null;
        return p.it.val();
    }

    fn next(p: *Pairwise) Error!?Value {
        if (p.src == .none) return null;
        const old = p.old orelse blk: {
            const first = (try rt.iter.next(p.src)) orelse {
                p.src = .none;
                return null;
            };
            p.old = first;
            break :blk first;
        };
        const new_ = (try rt.iter.next(p.src)) orelse {
            p.src = .none;
            p.old = null;
            return null;
        };
        p.old = new_;
        return rt.tuple.pair(old, new_).val();
    }
};

// ---- islice -----------------------------------------------------------------------------------

const Islice = struct {
    it: NativeIter,
    /// The source, None once exhausted.
    src: Value,
    /// Index of the next item to yield, items consumed so far, stop (-1: none), step.
    next_index: i64,
    cnt: i64,
    stop: i64,
    stride: i64,

    pub const class = Class("itertools.islice", .iterator, null, new, .{});

    const stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const indices_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        if (a.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "islice() takes no keyword arguments");
        try clinic.unpackPos("islice", a.pos.len, 2, 4);
        var start: i64 = 0;
        var stop: i64 = -1;
        var stride: i64 = 1;
        if (a.pos.len == 2) {
            if (a.pos[1] != .none) {
                stop = clipped(a.pos[1]) orelse -1;
                if (stop == -1) return exc.raiseMsg(&types.ValueError, stop_msg);
            }
        } else {
            if (a.pos[1] != .none) start = clipped(a.pos[1]) orelse -1;
            if (a.pos[2] != .none) {
                stop = clipped(a.pos[2]) orelse -1;
                if (stop == -1) return exc.raiseMsg(&types.ValueError, stop_msg);
            }
        }
        if (start < 0 or stop < -1) return exc.raiseMsg(&types.ValueError, indices_msg);
        if (a.pos.len == 4 and a.pos[3] != .none) stride = clipped(a.pos[3]) orelse -1;
        if (stride < 1) return exc.raiseMsg(&types.ValueError, "Step for islice() must be a positive integer or None.");
        const src = try rt.iter.iter(a.pos[0]);
        const s = alloc(Islice, cls, next);
        s.* = .{ .it = s.it, .src = src, .next_index = start, .cnt = 0, .stop = stop, .stride = stride };
        return s.it.val();
    }

    /// An index argument, or null for non-integers and ints past the i64 range (islice
    /// reports both with its ValueError).
    fn clipped(v: Value) ?i64 {
        const i = (mu.indexOpt(v) catch {
            _ = exc.take();
            return null;
        }) orelse return null;
        return i.toI64();
    }

    fn next(s: *Islice) Error!?Value {
        if (s.src == .none) return null;
        while (s.cnt < s.next_index) {
            _ = (try rt.iter.next(s.src)) orelse return s.empty();
            s.cnt += 1;
        }
        if (s.stop != -1 and s.cnt >= s.stop) return s.empty();
        const v = (try rt.iter.next(s.src)) orelse return s.empty();
        s.cnt += 1;
        const old = s.next_index;
        s.next_index +%= s.stride;
        if (s.next_index < old or (s.stop != -1 and s.next_index > s.stop)) s.next_index = s.stop;
        return v;
    }

    fn empty(s: *Islice) ?Value {
        s.src = .none;
        return null;
    }
};

// ---- zip_longest ------------------------------------------------------------------------------

const ZipLongest = struct {
    it: NativeIter,
    /// One iterator per argument; None once that one is exhausted.
    its: []Value,
    active: usize,
    fill: Value,

    pub const class = Class("itertools.zip_longest", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        var fill: Value = .none;
        for (a.kwnames, a.kwvals) |k, v| {
            if (!std.mem.eql(u8, k.bytes, "fillvalue")) return exc.raiseMsg(&types.TypeError, "zip_longest() got an unexpected keyword argument");
            fill = v;
        }
        const its = rt.mem.allocSlice(Value, .scan, a.pos.len);
        for (a.pos, 0..) |x, i| its[i] = try rt.iter.iter(x);
        const z = alloc(ZipLongest, cls, next);
        z.its = its;
        z.active = its.len;
        z.fill = fill;
        return z.it.val();
    }

    fn next(z: *ZipLongest) Error!?Value {
        if (z.its.len == 0 or z.active == 0) return null;
        const t = rt.tuple.alloc(z.its.len);
        for (z.its, 0..) |*sub, i| {
            if (sub.* == .none) {
                t.items[i] = z.fill;
                continue;
            }
            const v = rt.iter.next(sub.*) catch |e| {
                z.active = 0;
                return e;
            };
            if (v) |x| {
                t.items[i] = x;
            } else {
                z.active -= 1;
                if (z.active == 0) return null;
                sub.* = .none;
                t.items[i] = z.fill;
            }
        }
        return t.val();
    }
};

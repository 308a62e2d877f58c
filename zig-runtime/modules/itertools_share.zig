//! itertools' iterators that share one source between several objects, as CPython 3.11:
//! groupby (its `_grouper` sub-iterators read the parent's current item; a grouper stops once
//! the parent moved on) and tee (`_tee` objects reading a shared buffer of 57-item links,
//! freed as every reader passes them).
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const clinic = @import("clinic.zig");
const nt = @import("nativetype.zig");
const itertools = @import("itertools.zig");
const Value = rt.Value;
const Error = rt.Error;
const NativeIter = rt.iter.NativeIter;
const exc = rt.exc;
const types = rt.types;
const Class = itertools.Class;
const alloc = itertools.alloc;
const newArgs = itertools.newArgs;

// ---- groupby ----------------------------------------------------------------------------------

pub const GroupBy = struct {
    it: NativeIter,
    src: Value,
    keyfunc: Value,
    /// The key of the group last handed out, and the current item with its key (null when
    /// consumed or not read yet).
    tgtkey: ?Value,
    currkey: ?Value,
    currvalue: ?Value,
    /// The one grouper that may still read from this groupby.
    currgrouper: ?*Grouper,

    pub const class = Class("itertools.groupby", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        const p = try clinic.bind(.{ .name = "groupby", .names = &.{ "iterable", "key" }, .n_pos = 2, .n_req = 1 }, a);
        const src = try rt.iter.iter(p[0].?);
        const g = alloc(GroupBy, cls, next);
        g.src = src;
        g.keyfunc = p[1] orelse .none;
        g.tgtkey = null;
        g.currkey = null;
        g.currvalue = null;
        g.currgrouper = null;
        return g.it.val();
    }

    /// Reads the next item and its key; false at the end of the source.
    fn advance(g: *GroupBy) Error!bool {
        const v = (try rt.iter.next(g.src)) orelse return false;
        const k = if (g.keyfunc == .none) v else try rt.call.call1(g.keyfunc, v);
        g.currvalue = v;
        g.currkey = k;
        return true;
    }

    fn next(g: *GroupBy) Error!?Value {
        g.currgrouper = null;
        // Skip the rest of the current group.
        while (true) {
            if (g.currkey) |ck| {
                const tk = g.tgtkey orelse break;
                if (!try rt.ops.eq(tk, ck)) break;
            }
            if (!try g.advance()) return null;
        }
        const key = g.currkey.?;
        g.tgtkey = key;
        const gr = alloc(Grouper, &Grouper.class.ty, Grouper.next);
        gr.parent = g;
        gr.tgtkey = key;
        g.currgrouper = gr;
        return rt.tuple.pair(key, gr.it.val()).val();
    }
};

pub const Grouper = struct {
    it: NativeIter,
    parent: *GroupBy,
    tgtkey: Value,

    pub const class = Class("itertools._grouper", .iterator, null, null, .{});

    fn next(gr: *Grouper) Error!?Value {
        const g = gr.parent;
        if (g.currgrouper != gr) return null;
        if (g.currvalue == null) {
            if (!try g.advance()) return null;
        }
        if (!try rt.ops.eq(gr.tgtkey, g.currkey.?)) return null;
        const v = g.currvalue.?;
        g.currvalue = null;
        g.currkey = null;
        return v;
    }
};

// ---- tee --------------------------------------------------------------------------------------

/// CPython's LINKCELLS: items per buffer link.
const link_cells = 57;

/// A link of the shared buffer: up to 57 items read from the source, then the next link.
const TeeData = struct {
    src: Value,
    values: [link_cells]Value,
    numread: usize,
    running: bool,
    nextlink: ?*TeeData,

    fn create(src: Value) *TeeData {
        const d = rt.mem.create(TeeData, .scan);
        d.* = .{ .src = src, .values = undefined, .numread = 0, .running = false, .nextlink = null };
        return d;
    }

    fn item(d: *TeeData, i: usize) Error!?Value {
        if (i < d.numread) return d.values[i];
        if (d.running) return exc.raiseMsg(&types.RuntimeError, "cannot re-enter the tee iterator");
        d.running = true;
        const v = rt.iter.next(d.src) catch |e| {
            d.running = false;
            return e;
        };
        d.running = false;
        const x = v orelse return null;
        d.values[i] = x;
        d.numread += 1;
        return x;
    }

    fn jump(d: *TeeData) *TeeData {
        if (d.nextlink == null) d.nextlink = create(d.src);
        return d.nextlink.?;
    }
};

pub const Tee = struct {
    it: NativeIter,
    data: *TeeData,
    index: usize,

    pub const class = Class("itertools._tee", .iterator, null, new, .{.{ "__copy__", copy_ }});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        _ = cls;
        const pos = try itertools.fixedArgs("_tee", a, 1);
        return fromIterable(pos[0]);
    }

    fn make(data: *TeeData, index: usize) Value {
        const t = alloc(Tee, &class.ty, next);
        t.data = data;
        t.index = index;
        return t.it.val();
    }

    /// tee_fromiterable: a copy when the iterator already is a _tee, else a new buffer.
    fn fromIterable(iterable: Value) Error!Value {
        const it = try rt.iter.iter(iterable);
        if (it.objType() == &class.ty) {
            const t: *Tee = @fieldParentPtr("it", it.as(NativeIter));
            return make(t.data, t.index);
        }
        return make(TeeData.create(it), 0);
    }

    fn next(t: *Tee) Error!?Value {
        if (t.index >= link_cells) {
            t.data = t.data.jump();
            t.index = 0;
        }
        const v = (try t.data.item(t.index)) orelse return null;
        t.index += 1;
        return v;
    }

    fn copy_(self: Value, args: rt.Args) Error!Value {
        try rt.call.expectArgs("__copy__", args, 0, 0);
        const t: *Tee = @fieldParentPtr("it", (try nt.selfAs(NativeIter, &class.ty, self)));
        return make(t.data, t.index);
    }
};

/// `tee(iterable, n=2)`: n iterators over one source. An iterator with `__copy__` (a _tee)
/// is used itself as the first and copied for the others.
pub fn tee_(args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "itertools.tee() takes no keyword arguments");
    try clinic.unpackPos("tee", args.pos.len, 1, 2);
    const n = if (args.pos.len == 2) try clinic.ssize(args.pos[1]) else 2;
    if (n < 0) return exc.raiseMsg(&types.ValueError, "n must be >= 0");
    const result = rt.tuple.alloc(@intCast(n));
    if (n == 0) return result.val();
    const it = try rt.iter.iter(args.pos[0]);
    var copyable = it;
    var copyfunc = try rt.attr.getattrOpt(it, mu.lit("__copy__"));
    if (copyfunc == null) {
        copyable = try Tee.fromIterable(it);
        copyfunc = try rt.attr.getattr(copyable, mu.lit("__copy__"));
    }
    result.items[0] = copyable;
    for (result.items[1..]) |*slot| slot.* = try rt.call.call0(copyfunc.?);
    return result.val();
}

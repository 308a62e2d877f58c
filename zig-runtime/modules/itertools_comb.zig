//! itertools' combinatoric iterators, as CPython 3.11: product, permutations, combinations and
//! combinations_with_replacement. Each copies its input into a pool when created, then walks
//! index vectors with CPython's algorithms, so the output order is the same.
const std = @import("std");
const rt = @import("../rt.zig");
const clinic = @import("clinic.zig");
const itertools = @import("itertools.zig");
const Value = rt.Value;
const Error = rt.Error;
const NativeIter = rt.iter.NativeIter;
const exc = rt.exc;
const types = rt.types;
const Class = itertools.Class;
const alloc = itertools.alloc;
const newArgs = itertools.newArgs;

/// State shared by the four: the pool(s), the index vector, the previous result.
const State = struct {
    /// The items to draw from (product: all pools concatenated, see `bounds`).
    pool: []const Value,
    indices: []usize,
    /// permutations: the cycle counters; product: each pool's start in `pool`.
    aux: []usize,
    /// The last tuple's items (null before the first).
    result: ?[]Value,
    r: usize,
    stopped: bool,
};

fn usizes(n: usize) []usize {
    return rt.mem.allocSlice(usize, .noscan, n);
}

/// A snapshot of an iterable's items (toSlice may return a list's own storage).
fn dupe(items: []const Value) []const Value {
    const out = rt.mem.allocSlice(Value, .scan, items.len);
    @memcpy(out, items);
    return out;
}

fn emit(items: []const Value) Value {
    return rt.tupleOf(items);
}

/// `r` for combinations-like constructors: an index, non-negative.
fn rArg(v: Value) Error!usize {
    const r = try clinic.ssize(v);
    if (r < 0) return exc.raiseMsg(&types.ValueError, "r must be non-negative");
    return @intCast(r);
}

// ---- product ----------------------------------------------------------------------------------

pub const Product = struct {
    it: NativeIter,
    s: State,

    pub const class = Class("itertools.product", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        var repeat: i64 = 1;
        for (a.kwnames, a.kwvals) |k, v| {
            if (!std.mem.eql(u8, k.bytes, "repeat")) return exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for product()", .{k.bytes});
            repeat = try clinic.ssize(v);
            if (repeat < 0) return exc.raiseMsg(&types.ValueError, "repeat argument cannot be negative");
        }
        const n_args = a.pos.len;
        const pools = rt.mem.allocSlice([]const Value, .scan, n_args);
        for (a.pos, 0..) |x, i| pools[i] = dupe(try rt.iter.toSlice(x));
        const npools: usize = if (n_args == 0) 0 else n_args * @as(usize, @intCast(repeat));
        // One flat pool; aux[i] is pool i's start, aux[npools] the end.
        var total: usize = 0;
        for (pools) |p| total += p.len;
        const flat = rt.mem.allocSlice(Value, .scan, total * @as(usize, @intCast(@max(repeat, 0))));
        const starts = usizes(npools + 1);
        var off: usize = 0;
        for (0..npools) |i| {
            const p = pools[i % n_args];
            starts[i] = off;
            @memcpy(flat[off..][0..p.len], p);
            off += p.len;
        }
        starts[npools] = off;
        const pr = alloc(Product, cls, next);
        pr.s = .{ .pool = flat[0..off], .indices = usizes(npools), .aux = starts, .result = null, .r = npools, .stopped = false };
        @memset(pr.s.indices, 0);
        return pr.it.val();
    }

    fn poolLen(s: *const State, i: usize) usize {
        return s.aux[i + 1] - s.aux[i];
    }

    fn next(p: *Product) Error!?Value {
        const s = &p.s;
        if (s.stopped) return null;
        const n = s.r;
        if (s.result == null) {
            const res = rt.mem.allocSlice(Value, .scan, n);
            for (0..n) |i| {
                if (poolLen(s, i) == 0) return stop(s);
                res[i] = s.pool[s.aux[i]];
            }
            s.result = res;
            return emit(res);
        }
        const res = s.result.?;
        var i = n;
        while (i > 0) {
            i -= 1;
            s.indices[i] += 1;
            if (s.indices[i] == poolLen(s, i)) {
                s.indices[i] = 0;
                res[i] = s.pool[s.aux[i]];
            } else {
                res[i] = s.pool[s.aux[i] + s.indices[i]];
                return emit(res);
            }
        }
        return stop(s);
    }
};

fn stop(s: *State) ?Value {
    s.stopped = true;
    return null;
}

// ---- permutations -----------------------------------------------------------------------------

pub const Permutations = struct {
    it: NativeIter,
    s: State,

    pub const class = Class("itertools.permutations", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        const p = try clinic.bind(.{ .name = "permutations", .names = &.{ "iterable", "r" }, .n_pos = 2, .n_req = 1 }, a);
        const pool = dupe(try rt.iter.toSlice(p[0].?));
        const n = pool.len;
        var r = n;
        if (p[1]) |rv| if (rv != .none) {
            if (!(rv == .int or rv == .bool)) return exc.raiseMsg(&types.TypeError, "Expected int as r");
            r = try rArg(rv);
        };
        const pe = alloc(Permutations, cls, next);
        pe.s = .{ .pool = pool, .indices = usizes(n), .aux = usizes(r), .result = null, .r = r, .stopped = r > n };
        for (pe.s.indices, 0..) |*x, i| x.* = i;
        if (r <= n) for (pe.s.aux, 0..) |*c, i| {
            c.* = n - i;
        };
        return pe.it.val();
    }

    fn next(pe: *Permutations) Error!?Value {
        const s = &pe.s;
        if (s.stopped) return null;
        const n = s.pool.len;
        const r = s.r;
        const res = s.result orelse {
            const first = rt.mem.allocSlice(Value, .scan, r);
            for (0..r) |i| first[i] = s.pool[s.indices[i]];
            s.result = first;
            return emit(first);
        };
        if (n == 0) return stop(s);
        const idx = s.indices;
        const cycles = s.aux;
        var i = r;
        while (i > 0) {
            i -= 1;
            cycles[i] -= 1;
            if (cycles[i] == 0) {
                // Rotate indices[i:] left by one.
                const first = idx[i];
                std.mem.copyForwards(usize, idx[i .. n - 1], idx[i + 1 .. n]);
                idx[n - 1] = first;
                cycles[i] = n - i;
            } else {
                const j = cycles[i];
                std.mem.swap(usize, &idx[i], &idx[n - j]);
                for (i..r) |k| res[k] = s.pool[idx[k]];
                return emit(res);
            }
        }
        return stop(s);
    }
};

// ---- combinations -----------------------------------------------------------------------------

pub const Combinations = struct {
    it: NativeIter,
    s: State,

    pub const class = Class("itertools.combinations", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        const p = try clinic.bind(.{ .name = "combinations", .names = &.{ "iterable", "r" }, .n_pos = 2, .n_req = 2 }, a);
        const pool = dupe(try rt.iter.toSlice(p[0].?));
        const r = try rArg(p[1].?);
        const co = alloc(Combinations, cls, next);
        co.s = .{ .pool = pool, .indices = usizes(r), .aux = &.{}, .result = null, .r = r, .stopped = r > pool.len };
        for (co.s.indices, 0..) |*x, i| x.* = i;
        return co.it.val();
    }

    fn next(co: *Combinations) Error!?Value {
        const s = &co.s;
        if (s.stopped) return null;
        const n = s.pool.len;
        const r = s.r;
        const idx = s.indices;
        const res = s.result orelse {
            const first = rt.mem.allocSlice(Value, .scan, r);
            for (0..r) |i| first[i] = s.pool[idx[i]];
            s.result = first;
            return emit(first);
        };
        // The rightmost index not at its maximum (i + n - r).
        var i = r;
        while (i > 0 and idx[i - 1] == i - 1 + n - r) i -= 1;
        if (i == 0) return stop(s);
        i -= 1;
        idx[i] += 1;
        for (i + 1..r) |j| idx[j] = idx[j - 1] + 1;
        for (i..r) |k| res[k] = s.pool[idx[k]];
        return emit(res);
    }
};

pub const CombinationsWR = struct {
    it: NativeIter,
    s: State,

    pub const class = Class("itertools.combinations_with_replacement", .iterator, null, new, .{});

    fn new(_: Value, args: rt.Args) Error!Value {
        const cls, const a = try newArgs(&class.ty, args);
        const p = try clinic.bind(.{ .name = "combinations_with_replacement", .names = &.{ "iterable", "r" }, .n_pos = 2, .n_req = 2 }, a);
        const pool = dupe(try rt.iter.toSlice(p[0].?));
        const r = try rArg(p[1].?);
        const cw = alloc(CombinationsWR, cls, next);
        cw.s = .{ .pool = pool, .indices = usizes(r), .aux = &.{}, .result = null, .r = r, .stopped = pool.len == 0 and r > 0 };
        @memset(cw.s.indices, 0);
        return cw.it.val();
    }

    fn next(cw: *CombinationsWR) Error!?Value {
        const s = &cw.s;
        if (s.stopped) return null;
        const n = s.pool.len;
        const r = s.r;
        const idx = s.indices;
        const res = s.result orelse {
            const first = rt.mem.allocSlice(Value, .scan, r);
            for (first) |*x| x.* = s.pool[0];
            s.result = first;
            return emit(first);
        };
        // The rightmost index not at its maximum (n - 1); it and all to its right advance.
        var i = r;
        while (i > 0 and idx[i - 1] == n - 1) i -= 1;
        if (i == 0) return stop(s);
        i -= 1;
        const index = idx[i] + 1;
        for (i..r) |k| {
            idx[k] = index;
            res[k] = s.pool[index];
        }
        return emit(res);
    }
};

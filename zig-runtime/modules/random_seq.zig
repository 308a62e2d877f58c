//! random.py's integer and sequence methods: randrange, randint, choice, shuffle, sample,
//! choices. Each follows random.py 3.11 step by step (the same draws in the same order), so
//! a seeded program picks exactly what CPython picks.
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const libm = @import("libm.zig");
const random = @import("random.zig");
const Gen = random.Gen;
const Value = rt.Value;
const Error = rt.Error;
const Int = rt.Int;
const exc = rt.exc;
const types = rt.types;
const intops = rt.intops;

// ---- randrange, randint ------------------------------------------------------------------------

pub fn randrange_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.randrange", .names = &.{ "start", "stop", "step" }, .n_pos = 3, .n_req = 1 }, args);
    var g = try Gen.of(self);
    return randrange(&g, a[0].?, a[1] orelse .none, a[2]);
}

pub fn randint_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.randint", .names = &.{ "a", "b" }, .n_pos = 2, .n_req = 2 }, args);
    var g = try Gen.of(self);
    // Fast path: small ints, the common randint(1, 6).
    if (a[0].? == .int and a[1].? == .int and a[0].?.int.isSmall() and a[1].?.int.isSmall() and g.below == .native) {
        const lo = a[0].?.int.small();
        const hi = a[1].?.int.small();
        if (hi >= lo) return Value.fromSmall(lo + @as(i64, @intCast(try g.belowU(@intCast(hi - lo + 1)))));
    }
    return randrange(&g, a[0].?, try rt.ops.add(a[1].?, Value.fromSmall(1)), null);
}

/// operator.index(v), or for other numbers int(v) when it equals v (deprecated since 3.10, but
/// still accepted by 3.11), else ValueError "non-integer <what> for randrange()".
fn rangeArg(v: Value, comptime what: []const u8) Error!Int {
    if (try mu.indexOpt(v)) |i| return i;
    const iv = try rt.call.call(.{ .obj = &types.int_type.base }, .{ .pos = &.{v} });
    if (!try rt.ops.eq(iv, v)) return exc.raiseMsg(&types.ValueError, "non-integer " ++ what ++ " for randrange()");
    return iv.int;
}

fn randrange(g: *Gen, start: Value, stop: Value, step: ?Value) Error!Value {
    const istart = try rangeArg(start, "arg 1");
    if (stop == .none) {
        // random.py tests `step is not _ONE`: only an explicit step other than 1 is refused.
        if (step) |s| if (!(s == .int and s.int.eqlFast(Int.one))) return exc.raiseMsg(&types.TypeError, "Missing a non-None stop argument");
        if (intops.order(istart, Int.zero) == .gt) return .{ .int = try g.belowInt(istart) };
        return exc.raiseMsg(&types.ValueError, "empty range for randrange()");
    }
    const istop = try rangeArg(stop, "stop");
    const width = intops.sub(istop, istart);
    const istep = if (step) |s| try rangeArg(s, "step") else Int.one;
    if (istep.eqlFast(Int.one)) {
        if (intops.order(width, Int.zero) == .gt) return .{ .int = intops.add(istart, try g.belowInt(width)) };
        var b = rt.Builder{};
        b.append("empty range for randrange() (");
        try rt.repr.intReprInto(&b, istart);
        b.append(", ");
        try rt.repr.intReprInto(&b, istop);
        b.append(", ");
        try rt.repr.intReprInto(&b, width);
        b.append(")");
        return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
    }
    const n = switch (intops.order(istep, Int.zero)) {
        .gt => try intops.floordiv(intops.sub(intops.add(width, istep), Int.one), istep),
        .lt => try intops.floordiv(intops.add(intops.add(width, istep), Int.one), istep),
        .eq => return exc.raiseMsg(&types.ValueError, "zero step for randrange()"),
    };
    if (intops.order(n, Int.zero) != .gt) return exc.raiseMsg(&types.ValueError, "empty range for randrange()");
    return .{ .int = intops.add(istart, intops.mul(istep, try g.belowInt(n))) };
}

// ---- choice, shuffle ---------------------------------------------------------------------------

pub fn choice_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.choice", .names = &.{"seq"}, .n_pos = 1, .n_req = 1 }, args);
    var g = try Gen.of(self);
    const s = a[0].?;
    const n = try rt.iter.len(s);
    if (n == 0) return exc.raiseMsg(&types.IndexError, "Cannot choose from an empty sequence");
    const j = try g.belowU(n);
    if (s.isKind(.list)) return s.as(rt.List).items()[j];
    if (s.isKind(.tuple)) return s.as(rt.Tuple).items[j];
    return rt.sub.getitem(s, Value.fromSmall(@intCast(j)));
}

pub fn shuffle_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.shuffle", .names = &.{"x"}, .n_pos = 1, .n_req = 1 }, args);
    var g = try Gen.of(self);
    const x = a[0].?;
    const n = try rt.iter.len(x);
    var i = n;
    while (i > 1) {
        i -= 1;
        const j = try g.belowU(i + 1);
        if (x.isKind(.list) and !x.obj.ty.flags.heap) {
            const items = x.as(rt.List).items();
            std.mem.swap(Value, &items[i], &items[j]);
            continue;
        }
        // x[i], x[j] = x[j], x[i]
        const iv = Value.fromSmall(@intCast(i));
        const jv = Value.fromSmall(@intCast(j));
        const xj = try rt.sub.getitem(x, jv);
        const xi = try rt.sub.getitem(x, iv);
        try rt.sub.setitem(x, iv, xj);
        try rt.sub.setitem(x, jv, xi);
    }
    return .none;
}

// ---- sample ------------------------------------------------------------------------------------

/// isinstance(population, collections.abc.Sequence) for the builtin sequences (and native
/// ones with indexing, such as deque).
fn isSequence(v: Value) bool {
    if (v != .obj) return false;
    return switch (v.obj.ty.kind) {
        .list, .tuple, .str, .range, .bytes, .bytearray => true,
        .native => if (v.obj.ty.native) |n| n.getitem != null and n.len != null else false,
        else => false,
    };
}

pub fn sample_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.sample", .names = &.{ "population", "k", "counts" }, .n_pos = 2, .n_req = 2 }, args);
    var g = try Gen.of(self);
    return sample(&g, a[0].?, a[1].?, a[2] orelse .none);
}

fn sample(g: *Gen, population: Value, kv: Value, counts: Value) Error!Value {
    if (!isSequence(population)) return exc.raiseMsg(&types.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    const n = try rt.iter.len(population);
    if (counts != .none) return sampleCounts(g, population, n, kv, counts);
    const nv = Value.fromSmall(@intCast(n));
    if (!(try rt.ops.le(Value.fromSmall(0), kv) and try rt.ops.le(kv, nv)))
        return exc.raiseMsg(&types.ValueError, "Sample larger than population or is negative");
    if (kv != .int and kv != .bool) return exc.raiseFmt(&types.TypeError, "can't multiply sequence by non-int of type '{s}'", .{rt.ops.typeName(kv)});
    const k: usize = @intCast((try mu.toIndex(kv)).small());
    const result = rt.list.withLen(k);
    var setsize: u64 = 21; // size of a small set minus size of an empty list
    if (k > 5) {
        // 4 ** ceil(log(k * 3, 4)): the table size of a set of k items.
        const e = libm.ceil(libm.log(@floatFromInt(k * 3)) / libm.log(4.0));
        setsize += std.math.pow(u64, 4, @intFromFloat(e));
    }
    const out = result.items();
    if (n <= setsize) {
        // An n-length pool; non-selected items stay in pool[0 : n-i].
        const pool = (try rt.iter.toList(population)).items();
        for (0..k) |i| {
            const j = try g.belowU(n - i);
            out[i] = pool[j];
            pool[j] = pool[n - i - 1];
        }
        return result.val();
    }
    var selected: std.AutoHashMapUnmanaged(u64, void) = .{};
    const gpa = rt.mem.allocator(.noscan);
    for (0..k) |i| {
        var j = try g.belowU(n);
        while (selected.contains(j)) j = try g.belowU(n);
        selected.put(gpa, j, {}) catch return exc.raiseEmpty(&types.MemoryError);
        out[i] = try item(population, j);
    }
    return result.val();
}

/// population[j] with fast paths for the builtin sequences.
fn item(population: Value, j: u64) Error!Value {
    if (population.isKind(.list)) return population.as(rt.List).items()[j];
    if (population.isKind(.tuple)) return population.as(rt.Tuple).items[j];
    if (population.isKind(.range)) return .{ .int = try rt.range.itemInt(population.as(rt.range.Range), rt.intops.fromU64(j)) };
    return rt.sub.getitem(population, Value.fromSmall(@intCast(j)));
}

/// sample(population, k, counts=...): a sample of range(total), mapped back through the
/// cumulative counts.
fn sampleCounts(g: *Gen, population: Value, n: usize, kv: Value, counts: Value) Error!Value {
    const cum = try accumulate(counts);
    if (cum.len != n) return exc.raiseMsg(&types.ValueError, "The number of counts does not match the population");
    if (n == 0) return exc.raiseMsg(&types.IndexError, "pop from empty list");
    const total = cum[n - 1];
    if (total != .int) return exc.raiseMsg(&types.TypeError, "Counts must be integers");
    if (intops.order(total.int, Int.zero) != .gt) return exc.raiseMsg(&types.ValueError, "Total of counts must be greater than zero");
    const total_i = total.int.toI64() orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C ssize_t");
    const pop_range = try rt.range.new(0, total_i, 1);
    const selections = try sample(g, pop_range.val(), kv, .none);
    const sel = selections.as(rt.List).items();
    for (sel) |*s| s.* = try item(population, try bisectRight(cum[0 .. n - 1], s.*, 0, n - 1));
    return selections;
}

/// itertools.accumulate(values) as a slice: running sums with Python's `+`.
fn accumulate(values: Value) Error![]Value {
    const l = try rt.iter.toList(values);
    const items = l.items();
    if (items.len <= 1) return items;
    for (items[1..], 1..) |*x, i| x.* = try rt.ops.add(items[i - 1], x.*);
    return items;
}

/// bisect.bisect_right(a, x, lo, hi).
fn bisectRight(a: []const Value, x: Value, lo0: usize, hi0: usize) Error!usize {
    var lo = lo0;
    var hi = hi0;
    while (lo < hi) {
        const mid = (lo + hi) / 2;
        const less = if (x == .float and a[mid] == .float) x.float < a[mid].float else try rt.ops.lt(x, a[mid]);
        if (less) hi = mid else lo = mid + 1;
    }
    return lo;
}

// ---- choices -----------------------------------------------------------------------------------

pub fn choices_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.choices", .names = &.{ "population", "weights", "cum_weights", "k" }, .n_pos = 2, .n_req = 1 }, args);
    var g = try Gen.of(self);
    const population = a[0].?;
    const weights = a[1] orelse .none;
    const cum_weights = a[2] orelse .none;
    const n = try rt.iter.len(population);
    // `for i in repeat(None, k)`: k must be an int; a negative k gives no items.
    const kv = a[3] orelse Value.fromSmall(1);
    var cum: []const Value = undefined;
    if (cum_weights == .none) {
        if (weights == .none) {
            const k = try repeatCount(kv);
            const nf: f64 = @floatFromInt(n);
            const result = rt.list.withLen(k);
            for (result.items()) |*out| {
                const j = @floor((try g.random()) * nf);
                out.* = try rt.sub.getitem(population, .{ .int = try intops.fromF64(j) });
            }
            return result.val();
        }
        cum = accumulate(weights) catch |e| {
            if (!exc.pendingIs(&types.TypeError) or !(weights == .int or weights == .bool)) return e;
            _ = exc.take();
            var b = rt.Builder{};
            b.append("The number of choices must be a keyword argument: k=");
            try rt.repr.reprInto(&b, weights);
            return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
        };
    } else {
        if (weights != .none) return exc.raiseMsg(&types.TypeError, "Cannot specify both weights and cumulative weights");
        cum = try rt.iter.toSlice(cum_weights);
    }
    if (cum.len != n) return exc.raiseMsg(&types.ValueError, "The number of weights does not match the population");
    // cum_weights[-1] + 0.0
    const last = if (cum_weights != .none) try rt.sub.getitem(cum_weights, Value.fromSmall(-1)) else if (cum.len > 0) cum[cum.len - 1] else return exc.raiseMsg(&types.IndexError, "list index out of range");
    const totalv = try rt.ops.add(last, mu.float(0.0));
    if (try rt.ops.le(totalv, mu.float(0.0))) return exc.raiseMsg(&types.ValueError, "Total of weights must be greater than zero");
    const total = try mu.toF64(totalv);
    if (!std.math.isFinite(total)) return exc.raiseMsg(&types.ValueError, "Total of weights must be finite");
    const k = try repeatCount(kv);
    const hi = n - 1;
    const result = rt.list.withLen(k);
    for (result.items()) |*out| {
        const x = mu.float((try g.random()) * total);
        out.* = try item(population, try bisectRight(cum, x, 0, hi));
    }
    return result.val();
}

/// The count of itertools.repeat(None, k).
fn repeatCount(kv: Value) Error!usize {
    const k = try mu.toIndex(kv);
    if (intops.isNegative(k)) return 0;
    return @intCast(k.toI64() orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C ssize_t"));
}

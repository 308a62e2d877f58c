//! The `random` module, exact with CPython 3.11: the class `Random` (Mersenne Twister state per
//! instance, mt.zig) with random.py's methods, and the module-level functions bound to one
//! hidden instance seeded from os.urandom, as random.py's `_inst`.
//!
//! `Random` is a class user code may subclass. Its instances are laid out as an `Instance`
//! (so subclass attributes live in the usual dict) followed by the generator state. A subclass
//! that overrides random(), getrandbits() or _randbelow() in Python is honoured as random.py's
//! __init_subclass__ does (see `Gen`).
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const natives = @import("../core/natives.zig");
const mu = @import("modutil.zig");
const mt = @import("mt.zig");
const libm = @import("libm.zig");
const dist = @import("random_dist.zig");
const seq = @import("random_seq.zig");
const Value = rt.Value;
const Error = rt.Error;
const Int = rt.Int;
const exc = rt.exc;
const types = rt.types;

pub const RandomObj = struct {
    /// First, so that generic code sees an ordinary class instance with a dict.
    inst: rt.attr.Instance,
    state: mt.State,
    /// random.py's `self.gauss_next`: the second value of the last gauss() pair, or None.
    gauss_next: Value = .none,

    pub inline fn val(r: *RandomObj) Value {
        return .{ .obj = &r.inst.base };
    }
};

pub var random_type: rt.Type = .{
    .base = .{ .ty = &types.type_type },
    .kind = .instance,
    .name = "Random",
    .qualname = "Random",
    .module = "random",
    .bases = &.{&types.object_type},
    .mro = &.{ &random_type, &types.object_type },
    // heap: calling the class runs __new__/__init__ from its dict, and it may be subclassed.
    .flags = .{ .heap = true },
};

var mod: ?*rt.Module = null;
var inst: ?*RandomObj = null;
/// The module-level functions: methods of `inst`, bound once.
var bound: [methods.len]Value = undefined;
/// random.py's constants, computed with libm as CPython computes them.
var consts: struct { nv_magic: f64 = 0, log4: f64 = 0, sg_magic: f64 = 0 } = .{};

pub fn module() Value {
    if (mod == null) init();
    return registry.nativeModule(&mod, "random", get);
}

fn init() void {
    consts = .{
        .nv_magic = 4 * libm.exp(-0.5) / libm.sqrt(2.0),
        .log4 = libm.log(4.0),
        .sg_magic = 1.0 + libm.log(4.5),
    };
    const d = rt.dict.new();
    for (&method_defs) |*b| rt.dict.setStr(d, rt.str.static(b.name), b.val());
    const w = rt.mem.create(rt.attr.Wrapper, .scan);
    w.* = .{ .base = .{ .ty = &types.staticmethod_type }, .func = new_def.val() };
    rt.dict.setStr(d, rt.str.static("__new__"), .{ .obj = &w.base });
    rt.dict.setStr(d, rt.str.static("VERSION"), Value.fromSmall(3));
    rt.dict.setStr(d, rt.str.static("__module__"), rt.str.static("random").val());
    rt.dict.setStr(d, rt.str.static("__doc__"), .none);
    random_type.dict = d;
    rt.mem.addRoot(@ptrCast(&random_type), @sizeOf(rt.Type));
    rt.mem.addRoot(@ptrCast(&inst), @sizeOf(?*RandomObj));
    rt.mem.addRoot(@ptrCast(&bound), @sizeOf(@TypeOf(bound)));
    const r = alloc(&random_type);
    seedUrandom(&r.state);
    inst = r;
    for (&method_defs, 0..) |*b, i| bound[i] = rt.call.bindBuiltin(b, r.val()).val();
}

fn get(name: []const u8) ?Value {
    if (bound_index.get(name)) |i| return bound[i];
    if (std.mem.eql(u8, name, "Random")) return .{ .obj = &random_type.base };
    if (std.mem.eql(u8, name, "NV_MAGICCONST")) return mu.float(consts.nv_magic);
    if (std.mem.eql(u8, name, "LOG4")) return mu.float(consts.log4);
    if (std.mem.eql(u8, name, "SG_MAGICCONST")) return mu.float(consts.sg_magic);
    if (std.mem.eql(u8, name, "TWOPI")) return mu.float(std.math.tau);
    if (std.mem.eql(u8, name, "BPF")) return Value.fromSmall(53);
    if (std.mem.eql(u8, name, "RECIP_BPF")) return mu.float(0x1p-53);
    return null;
}

pub fn nvMagic() f64 {
    return consts.nv_magic;
}
pub fn log4() f64 {
    return consts.log4;
}
pub fn sgMagic() f64 {
    return consts.sg_magic;
}

// ---- Methods ---------------------------------------------------------------------------------

const MethodFn = *const fn (Value, rt.Args) Error!Value;
const methods = [_]struct { []const u8, MethodFn }{
    .{ "__init__", init_ },
    .{ "seed", seed_ },
    .{ "random", random_ },
    .{ "getrandbits", getrandbits_ },
    .{ "getstate", getstate_ },
    .{ "setstate", setstate_ },
    .{ "randbytes", randbytes_ },
    .{ "randrange", seq.randrange_ },
    .{ "randint", seq.randint_ },
    .{ "choice", seq.choice_ },
    .{ "shuffle", seq.shuffle_ },
    .{ "sample", seq.sample_ },
    .{ "choices", seq.choices_ },
    .{ "uniform", dist.uniform_ },
    .{ "triangular", dist.triangular_ },
    .{ "normalvariate", dist.normalvariate_ },
    .{ "gauss", dist.gauss_ },
    .{ "lognormvariate", dist.lognormvariate_ },
    .{ "expovariate", dist.expovariate_ },
    .{ "vonmisesvariate", dist.vonmisesvariate_ },
    .{ "gammavariate", dist.gammavariate_ },
    .{ "betavariate", dist.betavariate_ },
    .{ "paretovariate", dist.paretovariate_ },
    .{ "weibullvariate", dist.weibullvariate_ },
};

var method_defs: [methods.len]rt.call.Builtin = blk: {
    var defs: [methods.len]rt.call.Builtin = undefined;
    for (methods, 0..) |m, i| defs[i] = natives.method("Random", m[0], mu.unboundToo(m[1].*));
    break :blk defs;
};

const bound_index = blk: {
    var kvs: [methods.len - 1]struct { []const u8, usize } = undefined;
    for (methods[1..], 1..) |m, i| kvs[i - 1] = .{ m[0], i };
    break :blk std.StaticStringMap(usize).initComptime(kvs);
};

var new_def = rt.call.builtin("__new__", new_);

/// Random.__new__(cls, ...): a fresh, unseeded generator (__init__ seeds it).
fn new_(_: Value, args: rt.Args) Error!Value {
    if (args.pos.len == 0 or !args.pos[0].isKind(.type)) return exc.raiseMsg(&types.TypeError, "Random.__new__(X): X is not a type object");
    const t = args.pos[0].as(rt.Type);
    if (!t.isSubtype(&random_type)) return exc.raiseFmt(&types.TypeError, "Random.__new__({s}): {s} is not a subtype of Random", .{ t.name, t.name });
    if (t == &random_type and args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "Random() takes no keyword arguments");
    if (args.pos.len > 2) return exc.raiseFmt(&types.TypeError, "Random() expected at most 1 argument, got {d}", .{args.pos.len - 1});
    const r = alloc(t);
    mt.seedInt(&r.state, Int.zero);
    return r.val();
}

fn alloc(t: *rt.Type) *RandomObj {
    const r = rt.mem.create(RandomObj, .scan);
    r.* = .{ .inst = .{ .base = .{ .ty = t }, .dict = rt.dict.new() }, .state = mt.State.init() };
    return r;
}

/// The generator behind `self`, or TypeError when `self` is not a Random.
pub fn obj(self: Value) Error!*RandomObj {
    if (self == .obj and self.obj.ty.isSubtype(&random_type)) return @ptrCast(@alignCast(self.obj));
    return exc.raiseFmt(&types.TypeError, "descriptor for 'Random' objects doesn't apply to a '{s}' object", .{rt.ops.typeName(self)});
}

fn init_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.__init__", .names = &.{"x"}, .n_pos = 1, .n_req = 0 }, args);
    const r = try obj(self);
    // random.py's __init__ calls self.seed(x), which a subclass may override.
    if (self.obj.ty != &random_type) {
        _ = try rt.attr.callMethod(self, mu.lit("seed"), .{ .pos = &.{a[0] orelse .none} });
    } else {
        try seed(r, a[0] orelse .none, Value.fromSmall(2));
    }
    r.gauss_next = .none;
    return .none;
}

fn seed_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.seed", .names = &.{ "a", "version" }, .n_pos = 2, .n_req = 0 }, args);
    try seed(try obj(self), a[0] orelse .none, a[1] orelse Value.fromSmall(2));
    return .none;
}

/// random.py's Random.seed then _random.Random.seed.
pub fn seed(r: *RandomObj, a: Value, version: Value) Error!void {
    r.gauss_next = .none;
    const v1 = version == .int and version.int.eqlFast(Int.one);
    const v2 = version == .int and version.int.eqlFast(Int.fromSmall(2));
    switch (a) {
        .none => return seedUrandom(&r.state),
        .int => |i| return mt.seedInt(&r.state, rt.intops.abs(i)),
        .bool => |b| return mt.seedInt(&r.state, Int.fromSmall(@intFromBool(b))),
        // Floats seed by their hash, as an unsigned 64-bit word.
        .float => return mt.seedInt(&r.state, rt.intops.fromU64(@bitCast(try rt.ops.hash(a)))),
        .obj => |o| {
            const text: []const u8 = switch (o.ty.kind) {
                .str => a.as(rt.Str).bytes,
                .bytes, .bytearray => rt.bytes.fromObj(o).data(),
                else => return exc.raiseMsg(&types.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."),
            };
            if (v1 and o.ty.kind != .bytearray) return mt.seedInt(&r.state, seedV1(a, text));
            if (v2) return mt.seedInt(&r.state, seedV2(text));
            // Any other version: _random seeds from the object's hash.
            return mt.seedInt(&r.state, rt.intops.fromU64(@bitCast(try rt.ops.hash(a))));
        },
    }
}

/// Version 2: int.from_bytes(a + sha512(a).digest()), big-endian.
fn seedV2(text: []const u8) Int {
    const Sha512 = std.crypto.hash.sha2.Sha512;
    const buf = rt.mem.allocSlice(u8, .noscan, text.len + Sha512.digest_length);
    @memcpy(buf[0..text.len], text);
    Sha512.hash(text, buf[text.len..][0..Sha512.digest_length], .{});
    return rt.intops.fromBytes(buf, .big, false);
}

/// Version 1 (Python 2's string hash): characters are code points for str, bytes as latin-1.
fn seedV1(a: Value, text: []const u8) Int {
    var x: u64 = 0;
    var n: u64 = 0;
    var first = true;
    var i: usize = 0;
    while (i < text.len) : (n += 1) {
        var c: u64 = text[i];
        if (a.isKind(.str)) {
            c = rt.str.decodeAt(text, i);
            i += rt.str.seqLen(text[i]);
        } else {
            i += 1;
        }
        if (first) {
            x = c << 7;
            first = false;
        }
        x = (1000003 *% x) ^ c;
    }
    x ^= n;
    // x is never -1 as an unsigned word, so the `-2 if x == -1` rule never applies.
    return rt.intops.fromU64(x);
}

/// Seeds from 624 words of the OS's entropy (CPython's random_seed_urandom).
pub fn seedUrandom(s: *mt.State) void {
    var key: [mt.N]u32 = undefined;
    std.posix.getrandom(std.mem.sliceAsBytes(&key)) catch {
        // No entropy source: fall back on the time and the process id, as CPython does.
        const now = std.time.nanoTimestamp();
        key[0] = @truncate(@as(u128, @bitCast(now)));
        key[1] = @truncate(@as(u128, @bitCast(now)) >> 32);
        key[2] = @intCast(std.os.linux.getpid());
        return mt.initByArray(s, key[0..3]);
    };
    mt.initByArray(s, &key);
}

/// random.random() of the module-level generator, for compiled calls that know their callee is
/// it (compiler/codegen/native-fast.ts): reading the `random` global first ensures the module,
/// and so `inst`, exists.
pub fn moduleFloat() f64 {
    return mt.random(&inst.?.state);
}

fn random_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("random", args, 0, 0);
    const r = try obj(self);
    return mu.float(mt.random(&r.state));
}

fn getrandbits_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("getrandbits", args, 1, 1);
    const r = try obj(self);
    const k = try mu.toIndex(args.pos[0]);
    if (rt.intops.isNegative(k)) return exc.raiseMsg(&types.ValueError, "number of bits must be non-negative");
    const kv = k.toI64() orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C int");
    if (kv > std.math.maxInt(i32)) return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C int");
    return .{ .int = mt.bitsInt(&r.state, @intCast(kv)) };
}

fn randbytes_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.randbytes", .names = &.{"n"}, .n_pos = 1, .n_req = 1 }, args);
    const n = try mu.toSsize(a[0].?);
    if (n < 0) return exc.raiseMsg(&types.ValueError, "negative count");
    var g = try Gen.of(self);
    const bits = try g.bits(@intCast(n * 8));
    return rt.bytes.fromSlice(try rt.intops.toBytes(bits, @intCast(n), .little, false)).val();
}

fn getstate_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("Random.getstate", args, 0, 0);
    const r = try obj(self);
    const t = rt.tuple.alloc(mt.N + 1);
    for (r.state.mt, 0..) |w, i| t.items[i] = Value.fromSmall(w);
    t.items[mt.N] = Value.fromSmall(r.state.index);
    return rt.tupleOf(&.{ Value.fromSmall(3), t.val(), r.gauss_next });
}

fn setstate_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.setstate", .names = &.{"state"}, .n_pos = 1, .n_req = 1 }, args);
    const r = try obj(self);
    const state = a[0].?;
    const version = try rt.sub.getitem(state, Value.fromSmall(0));
    const is3 = version == .int and version.int.eqlFast(Int.fromSmall(3));
    const is2 = version == .int and version.int.eqlFast(Int.fromSmall(2));
    if (!is3 and !is2) {
        var b = rt.Builder{};
        b.append("state with version ");
        try rt.repr.strInto(&b, version);
        b.append(" passed to Random.setstate() of version 3");
        return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
    }
    const parts = try rt.unpack(state, 3);
    const internal = parts[1];
    if (!internal.isKind(.tuple)) return exc.raiseMsg(&types.TypeError, "state vector must be a tuple");
    const items = internal.as(rt.Tuple).items;
    if (items.len != mt.N + 1) return exc.raiseMsg(&types.ValueError, "state vector is the wrong size");
    var words: [mt.N]u32 = undefined;
    for (items[0..mt.N], &words) |v, *w| {
        var i = try mu.toIndex(v);
        // Version 2 saved signed words: they are taken modulo 2**32.
        if (is2) i = try rt.intops.mod(i, Int.fromI64(1 << 32));
        const u = rt.intops.toU64(i) orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C unsigned long");
        w.* = @truncate(u);
    }
    const index = (try mu.toIndex(items[mt.N])).toI64() orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C long");
    if (index < 0 or index > mt.N) return exc.raiseMsg(&types.ValueError, "invalid state");
    @memcpy(r.state.mt, &words);
    r.state.index = @intCast(index);
    r.gauss_next = parts[2];
    return .none;
}

// ---- Drawing through possible Python overrides --------------------------------------------------

/// Where a Random draws from: its own generator, or for a subclass the methods it overrides
/// (random.py picks `_randbelow` per subclass in __init_subclass__: an overridden
/// `_randbelow` is inherited, an overridden getrandbits() is used for it, and a class that
/// overrides only random() draws ints from random()).
pub const Gen = struct {
    self: Value,
    r: *RandomObj,
    random_fn: ?Value = null,
    getrandbits_fn: ?Value = null,
    below: enum { native, getrandbits, random, python } = .native,
    below_fn: ?Value = null,

    pub fn of(self: Value) Error!Gen {
        var g: Gen = .{ .self = self, .r = try obj(self) };
        const t = self.obj.ty;
        if (t == &random_type) return g;
        g.random_fn = override(t, "random");
        g.getrandbits_fn = override(t, "getrandbits");
        for (t.mro) |c| {
            if (c == &random_type) break;
            const d = c.dict orelse continue;
            if (rt.dict.getStr(d, mu.lit("_randbelow"))) |f| {
                g.below = .python;
                g.below_fn = f;
                break;
            }
            if (rt.dict.getStr(d, mu.lit("getrandbits")) != null) {
                g.below = .getrandbits;
                break;
            }
            if (rt.dict.getStr(d, mu.lit("random")) != null) {
                g.below = .random;
                break;
            }
        }
        return g;
    }

    /// A class attribute that replaces one of Random's own methods, or null.
    fn override(t: *rt.Type, comptime name: []const u8) ?Value {
        const f = rt.attr.lookupType(t, mu.lit(name)) orelse return null;
        if (f == .obj and f.obj.ty.kind == .builtin_function) return null;
        return f;
    }

    pub fn random(g: *Gen) Error!f64 {
        if (g.random_fn) |f| return mu.toF64(try rt.call.callUnbound(f, g.self, &.{}));
        return mt.random(&g.r.state);
    }

    pub fn bits(g: *Gen, k: u64) Error!Int {
        if (g.getrandbits_fn) |f| {
            const r = try rt.call.callUnbound(f, g.self, &.{Value.fromSmall(@intCast(k))});
            return mu.toIndex(r);
        }
        return mt.bitsInt(&g.r.state, k);
    }

    /// _randbelow(n) for n > 0 (a word).
    pub fn belowU(g: *Gen, n: u64) Error!u64 {
        if (g.below == .native) return mt.below(&g.r.state, n);
        const r = try g.belowInt(rt.intops.fromU64(n));
        return rt.intops.toU64(r).?;
    }

    /// _randbelow(n) for an int n > 0.
    pub fn belowInt(g: *Gen, n: Int) Error!Int {
        switch (g.below) {
            .native => return mt.belowInt(&g.r.state, n),
            .python => return mu.toIndex(try rt.call.callUnbound(g.below_fn.?, g.self, &.{.{ .int = n }})),
            .getrandbits => {
                const k = rt.intops.bitLength(n);
                var r = try g.bits(k);
                while (rt.intops.order(r, n) != .lt) r = try g.bits(k);
                return r;
            },
            .random => return g.belowWithoutGetrandbits(n),
        }
    }

    /// random.py's _randbelow_without_getrandbits (maxsize = 2**53).
    fn belowWithoutGetrandbits(g: *Gen, n: Int) Error!Int {
        const maxsize: u64 = 1 << 53;
        const nw = rt.intops.toU64(n);
        if (nw == null or nw.? >= maxsize) {
            // CPython warns that random() lacks the bits for this range, then scales.
            const x = (try g.random()) * try rt.intops.toF64(n);
            return rt.intops.fromF64(@floor(x));
        }
        const rem = maxsize % nw.?;
        const limit = @as(f64, @floatFromInt(maxsize - rem)) / @as(f64, @floatFromInt(maxsize));
        var r = try g.random();
        while (r >= limit) r = try g.random();
        const scaled: u64 = @intFromFloat(@floor(r * @as(f64, @floatFromInt(maxsize))));
        return rt.intops.fromU64(scaled % nw.?);
    }
};

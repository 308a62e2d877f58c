//! `hashlib`: md5, sha1, the SHA-2 and SHA-3 families and BLAKE2 (blake2b, blake2s at their
//! default digest sizes), computed by Zig's std.crypto; the digests are the standard ones, so
//! they equal CPython's (OpenSSL's) byte for byte.
//!
//! Every object is an instance of `_hashlib.HASH` (CPython gives SHA-3 and BLAKE2 objects
//! their own types: only their reprs and type names differ). Not provided: shake_128/256,
//! BLAKE2 parameters (digest_size, key, salt, person...), pbkdf2_hmac, scrypt, file_digest.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const nt = @import("nativetype.zig");
const Value = rt.Value;
const Error = rt.Error;
const types = rt.types;
const hash = std.crypto.hash;

const Algo = enum { md5, sha1, sha224, sha256, sha384, sha512, sha3_224, sha3_256, sha3_384, sha3_512, blake2b, blake2s };

/// The std.crypto implementation of each algorithm, in `Algo` order.
fn Impl(comptime a: Algo) type {
    return switch (a) {
        .md5 => hash.Md5,
        .sha1 => hash.Sha1,
        .sha224 => hash.sha2.Sha224,
        .sha256 => hash.sha2.Sha256,
        .sha384 => hash.sha2.Sha384,
        .sha512 => hash.sha2.Sha512,
        .sha3_224 => hash.sha3.Sha3_224,
        .sha3_256 => hash.sha3.Sha3_256,
        .sha3_384 => hash.sha3.Sha3_384,
        .sha3_512 => hash.sha3.Sha3_512,
        .blake2b => hash.blake2.Blake2b512,
        .blake2s => hash.blake2.Blake2s256,
    };
}

const State = blk: {
    const fields = @typeInfo(Algo).@"enum".fields;
    var ufields: [fields.len]std.builtin.Type.UnionField = undefined;
    for (fields, 0..) |f, i| {
        const T = Impl(@enumFromInt(f.value));
        ufields[i] = .{ .name = f.name, .type = T, .alignment = @alignOf(T) };
    }
    break :blk @Type(.{ .@"union" = .{ .layout = .auto, .tag_type = Algo, .fields = &ufields, .decls = &.{} } });
};

const HashObj = struct {
    base: rt.Object,
    state: State,
};

var hash_type = blk: {
    var t = nt.template("_hashlib.HASH", .native, &.{ .repr = hashRepr });
    t.flags.final = true;
    break :blk t;
};

var mod: ?*rt.Module = null;

pub fn module() Value {
    setupType();
    return registry.nativeModule(&mod, "hashlib", get);
}

var methods = nt.defs("_hashlib.HASH", .{
    .{ "update", update_ },
    .{ "digest", digest_ },
    .{ "hexdigest", hexdigest_ },
    .{ "copy", copy_ },
});

var name_get = rt.call.builtin("name", nameGet);
var digest_size_get = rt.call.builtin("digest_size", digestSizeGet);
var block_size_get = rt.call.builtin("block_size", blockSizeGet);

fn setupType() void {
    if (hash_type.dict != null) return;
    nt.setup(&hash_type, &methods, null);
    const props = [_]struct { []const u8, *rt.call.Builtin }{ .{ "name", &name_get }, .{ "digest_size", &digest_size_get }, .{ "block_size", &block_size_get } };
    for (props) |p| {
        const prop = rt.mem.create(rt.attr.Property, .scan);
        prop.* = .{ .base = .{ .ty = &types.property_type }, .fget = p[1].val() };
        rt.dict.setStr(hash_type.dict.?, rt.str.static(p[0]), .{ .obj = &prop.base });
    }
}

fn newHash(a: Algo) *HashObj {
    const h = rt.mem.create(HashObj, .noscan);
    h.base = .{ .ty = &hash_type };
    h.state = switch (a) {
        inline else => |t| @unionInit(State, @tagName(t), Impl(t).init(.{})),
    };
    return h;
}

/// The bytes of `v` for hashing: bytes, bytearray or memoryview; CPython's TypeErrors else.
fn dataOf(v: Value) Error![]const u8 {
    if (rt.bytes.dataOf(v)) |d| return d;
    if (v.isKind(.str)) return rt.exc.raiseMsg(&types.TypeError, "Strings must be encoded before hashing");
    if (v == .obj and std.mem.eql(u8, v.obj.ty.name, "memoryview")) {
        const b = try rt.attr.callMethod(v, rt.str.static("tobytes"), .{ .pos = &.{} });
        return rt.bytes.dataOf(b).?;
    }
    return rt.exc.raiseMsg(&types.TypeError, "object supporting the buffer API required");
}

fn feed(h: *HashObj, data: []const u8) void {
    switch (h.state) {
        inline else => |*s| s.update(data),
    }
}

/// The hash object whose header is `o` (allocations are 16-byte aligned).
fn hashOf(o: *rt.Object) *HashObj {
    const p: *align(8) HashObj = @fieldParentPtr("base", o);
    return @alignCast(p);
}

/// `self` as a hash object. Through the header field, not a pointer cast: the state union
/// (16-byte aligned: BLAKE2b counts in a u128) may be laid out before the header.
fn selfHash(self: Value) Error!*HashObj {
    if (self == .obj and self.obj.ty == &hash_type) return hashOf(self.obj);
    return rt.exc.raiseFmt(&types.TypeError, "descriptor for '_hashlib.HASH' objects doesn't apply to a '{s}' object", .{rt.ops.typeName(self)});
}

fn update_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("HASH.update", args, 1, 1);
    feed(try selfHash(self), try dataOf(args.pos[0]));
    return .none;
}

/// The digest of what was fed so far (on a copy of the state: more updates may follow).
fn finish(h: *HashObj, buf: *[64]u8) []const u8 {
    switch (h.state) {
        inline else => |s| {
            var c = s;
            const n = @TypeOf(s).digest_length;
            c.final(buf[0..n]);
            return buf[0..n];
        },
    }
}

fn digest_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("HASH.digest", args, 0, 0);
    var buf: [64]u8 = undefined;
    return rt.bytes.fromSlice(finish(try selfHash(self), &buf)).val();
}

fn hexdigest_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("HASH.hexdigest", args, 0, 0);
    var buf: [64]u8 = undefined;
    const d = finish(try selfHash(self), &buf);
    var hex: [128]u8 = undefined;
    const digits = "0123456789abcdef";
    for (d, 0..) |b, i| {
        hex[2 * i] = digits[b >> 4];
        hex[2 * i + 1] = digits[b & 15];
    }
    return rt.str.fromBytes(hex[0 .. 2 * d.len]).val();
}

fn copy_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("HASH.copy", args, 0, 0);
    const h = try selfHash(self);
    const c = rt.mem.create(HashObj, .noscan);
    c.* = h.*;
    return .{ .obj = &c.base };
}

fn propSelf(args: rt.Args) Error!*HashObj {
    if (args.pos.len != 1) return rt.exc.raiseMsg(&types.TypeError, "expected one argument");
    return selfHash(args.pos[0]);
}

fn nameGet(_: Value, args: rt.Args) Error!Value {
    const h = try propSelf(args);
    return rt.str.static(@tagName(std.meta.activeTag(h.state))).val();
}

fn digestSizeGet(_: Value, args: rt.Args) Error!Value {
    const h = try propSelf(args);
    return switch (h.state) {
        inline else => |s| Value.fromSmall(@TypeOf(s).digest_length),
    };
}

fn blockSizeGet(_: Value, args: rt.Args) Error!Value {
    const h = try propSelf(args);
    return switch (h.state) {
        inline else => |s| Value.fromSmall(@TypeOf(s).block_length),
    };
}

fn hashRepr(v: Value, w: *std.Io.Writer) anyerror!void {
    const h = hashOf(v.obj);
    try w.print("<{s} _hashlib.HASH object @ 0x{x}>", .{ @tagName(std.meta.activeTag(h.state)), @intFromPtr(h) });
}

/// `hashlib.md5(string=b'', *, usedforsecurity=True)` and the other named constructors, with
/// CPython's argument errors (its OpenSSL constructors are named openssl_md5 and so on; the
/// BLAKE2 ones take their data positionally).
fn constructor(comptime a: Algo) rt.call.Builtin {
    const W = struct {
        fn impl(_: Value, args: rt.Args) Error!Value {
            return make(a, args);
        }
    };
    return rt.call.builtin(@tagName(a), W.impl);
}

const blake_params = [_][]const u8{ "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node" };

fn make(a: Algo, args: rt.Args) Error!Value {
    const blake = a == .blake2b or a == .blake2s;
    var fname_buf: [32]u8 = undefined;
    const fname = if (blake) @tagName(a) else std.fmt.bufPrint(&fname_buf, "openssl_{s}", .{@tagName(a)}) catch unreachable;
    var data: ?Value = if (args.pos.len > 0) args.pos[0] else null;
    if (args.pos.len > 1) return rt.exc.raiseFmt(&types.TypeError, "{s}() takes at most 1 positional argument ({d} given)", .{ fname, args.pos.len });
    for (args.kwnames, args.kwvals) |k, v| {
        if (!blake and std.mem.eql(u8, k.bytes, "string")) {
            if (data != null) return rt.exc.raiseFmt(&types.TypeError, "argument for {s}() given by name ('string') and position (1)", .{fname});
            data = v;
        } else if (std.mem.eql(u8, k.bytes, "usedforsecurity")) {
            // Accepted and ignored, as everywhere outside FIPS mode.
        } else if (blake and for (blake_params) |p| {
            if (std.mem.eql(u8, k.bytes, p)) break true;
        } else false) {
            return rt.exc.raiseFmt(&types.NotImplementedError, "pyaot: {s}() parameter '{s}' is not supported", .{ fname, k.bytes });
        } else {
            return rt.exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for {s}()", .{ k.bytes, fname });
        }
    }
    const h = newHash(a);
    if (data) |d| feed(h, try dataOf(d));
    return .{ .obj = &h.base };
}

var ctors = blk: {
    const fields = @typeInfo(Algo).@"enum".fields;
    var out: [fields.len]rt.call.Builtin = undefined;
    for (fields, 0..) |f, i| out[i] = constructor(@enumFromInt(f.value));
    break :blk out;
};

/// `hashlib.new(name, data=b'', **kwargs)`: the name as OpenSSL accepts it (any case).
fn new_(_: Value, args: rt.Args) Error!Value {
    if (args.pos.len > 2) return rt.exc.raiseFmt(&types.TypeError, "__hash_new() takes from 1 to 2 positional arguments but {d} were given", .{args.pos.len});
    var name_v: ?Value = if (args.pos.len > 0) args.pos[0] else null;
    var data: ?Value = if (args.pos.len > 1) args.pos[1] else null;
    var kwn: [4]*rt.Str = undefined;
    var kwv: [4]Value = undefined;
    var nk: usize = 0;
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "name") and name_v == null) {
            name_v = v;
        } else if (std.mem.eql(u8, k.bytes, "data") and data == null) {
            data = v;
        } else if (std.mem.eql(u8, k.bytes, "string")) {
            return rt.exc.raiseMsg(&types.TypeError, "argument for new() given by name ('string') and position (2)");
        } else if (nk < kwn.len) {
            kwn[nk] = k;
            kwv[nk] = v;
            nk += 1;
        } else return rt.exc.raiseMsg(&types.TypeError, "new() got too many keyword arguments");
    }
    if (name_v == null) return rt.exc.raiseMsg(&types.TypeError, "__hash_new() missing 1 required positional argument: 'name'");
    const one = [1]Value{data orelse .none};
    const rest = rt.Args{ .pos = if (data != null) &one else &.{}, .kwnames = kwn[0..nk], .kwvals = kwv[0..nk] };
    const nv = name_v.?;
    if (!nv.isKind(.str)) return rt.exc.raiseMsg(&types.TypeError, "name must be a string");
    const name = nv.as(rt.Str).bytes;
    // CPython's lookup: its own constructors by exact name, then OpenSSL's digest names,
    // which ignore case (blake2 is never taken from OpenSSL there).
    if (std.meta.stringToEnum(Algo, name)) |a| return make(a, rest);
    var lower: [16]u8 = undefined;
    if (name.len <= lower.len) {
        const l = std.ascii.lowerString(&lower, name);
        const openssl = [_]struct { []const u8, Algo }{
            .{ "md5", .md5 },           .{ "sha1", .sha1 },         .{ "sha224", .sha224 },     .{ "sha256", .sha256 },
            .{ "sha384", .sha384 },     .{ "sha512", .sha512 },     .{ "sha3-224", .sha3_224 }, .{ "sha3-256", .sha3_256 },
            .{ "sha3-384", .sha3_384 }, .{ "sha3-512", .sha3_512 }, .{ "blake2b512", .blake2b }, .{ "blake2s256", .blake2s },
        };
        for (openssl) |al| if (std.mem.eql(u8, l, al[0])) return make(al[1], rest);
    }
    return rt.exc.raiseFmt(&types.ValueError, "unsupported hash type {s}", .{name});
}
var new_b = rt.call.builtin("new", new_);

fn algorithmsSet() Value {
    const s = rt.set.new();
    inline for (@typeInfo(Algo).@"enum".fields) |f| rt.set.add(s, rt.str.static(f.name).val()) catch unreachable;
    return s.val();
}

fn get(name: []const u8) ?Value {
    inline for (@typeInfo(Algo).@"enum".fields, 0..) |f, i| {
        if (std.mem.eql(u8, name, f.name)) return ctors[i].val();
    }
    if (std.mem.eql(u8, name, "new")) return new_b.val();
    if (std.mem.eql(u8, name, "algorithms_guaranteed") or std.mem.eql(u8, name, "algorithms_available")) return algorithmsSet();
    return null;
}

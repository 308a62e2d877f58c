//! The dynamic value model: what a Python value is when the compiler could not prove its type.
//!
//! `Value` is a 16-byte tagged union. Small payloads (None, bool, int, float) live inline, so
//! dynamically typed arithmetic allocates nothing; everything else is a pointer to a heap object
//! whose first field is the `Object` header naming its type.
//!
//! Ints are always an `Int` word (see int.zig): a small integer or a tagged pointer to a big one.
//! Statically typed code uses the same `Int` word, so boxing an int is a register move.
const std = @import("std");
const Int = @import("int.zig").Int;

/// The tag is a full word, not a byte: a Value is then two whole words with no padding, so
/// every copy (through the program/runtime ABI's argument and result structs, into locals)
/// moves two 8-byte words. With a byte tag, LLVM copied the tag and the padding after it with
/// odd-sized overlapping moves, and loads that straddled earlier narrower stores stalled on
/// store forwarding (measured: the hottest instructions of string-building loops).
pub const Value = union(enum(u64)) {
    none,
    bool: bool,
    int: Int,
    float: f64,
    obj: *Object,

    pub const None: Value = .none;
    pub const True: Value = .{ .bool = true };
    pub const False: Value = .{ .bool = false };

    /// Stored as two whole words (tag, 0 or 1): a bool payload written as its one byte makes
    /// LLVM split every Value it may flow into at that byte, and copies of such Values then move
    /// the other 7 payload bytes in odd pieces through the stack (overlapping 4-, 2- and 1-byte
    /// loads that stall on store forwarding: measured in `return a or b` of attribute reads).
    pub inline fn fromBool(b: bool) Value {
        if (@inComptime()) return .{ .bool = b };
        var v: Value = undefined;
        const w: *[2]u64 = @ptrCast(&v);
        w[0] = @intFromEnum(std.meta.Tag(Value).bool);
        w[1] = @intFromBool(b);
        return v;
    }
    pub inline fn fromInt(i: Int) Value {
        return .{ .int = i };
    }
    pub inline fn fromSmall(i: i64) Value {
        return .{ .int = Int.fromI64(i) };
    }
    pub inline fn fromFloat(f: f64) Value {
        return .{ .float = f };
    }
    /// Boxes a pointer to any heap object (a struct whose first field is `base: Object`).
    pub inline fn from(p: anytype) Value {
        return .{ .obj = &p.base };
    }
    /// True when `v` is exactly the object `o` (identity).
    pub inline fn isObj(v: Value, o: *const Object) bool {
        return v == .obj and v.obj == o;
    }
    pub inline fn isNone(v: Value) bool {
        return v == .none;
    }
    /// The object's type, for object values only.
    pub inline fn objType(v: Value) ?*Type {
        return switch (v) {
            .obj => |o| o.ty,
            else => null,
        };
    }
    /// True when `v` is an object whose type has builtin kind `k` (exactly, not a subclass).
    pub inline fn isKind(v: Value, k: Kind) bool {
        return switch (v) {
            .obj => |o| o.ty.kind == k,
            else => false,
        };
    }
    /// Downcasts to the concrete struct `T` (which declares `pub const kind: Kind`); asserts the kind.
    pub inline fn as(v: Value, comptime T: type) *T {
        std.debug.assert(v == .obj);
        return Object.as(v.obj, T);
    }
    /// Downcasts when the value is an object of T's builtin kind (or a subclass of it), else null.
    pub inline fn asOpt(v: Value, comptime T: type) ?*T {
        return switch (v) {
            .obj => |o| if (o.ty.kind == T.kind) Object.as(o, T) else null,
            else => null,
        };
    }
};

comptime {
    std.debug.assert(@sizeOf(Value) == 16);
}

/// Header of every heap object. `ty` is the object's Python type.
pub const Object = struct {
    ty: *Type,

    /// The struct that embeds this header as its `base` field.
    pub inline fn as(o: *Object, comptime T: type) *T {
        return @fieldParentPtr("base", o);
    }
};

/// The builtin "kind" of an object: which Zig struct holds it. User classes that subclass a
/// builtin (e.g. `class E(Exception)`, `class L(list)`) keep their base's kind, so the native
/// code for the base applies; `instance` is a plain user-class instance.
pub const Kind = enum(u8) {
    type,
    str,
    bytes,
    bytearray,
    list,
    tuple,
    dict,
    set,
    frozenset,
    bigint,
    range,
    slice,
    function,
    builtin_function,
    method,
    cell,
    module,
    generator,
    instance,
    exception,
    property,
    staticmethod,
    classmethod,
    super,
    iterator,
    dict_view,
    file,
    complex,
    singleton, // NotImplemented, Ellipsis
    native, // runtime-private objects (deque, Counter storage, StringIO, random state, ...)
};

/// A Python type object: builtin types are static instances, user classes are built at startup
/// by the generated module code.
pub const Type = struct {
    base: Object,
    /// Which Zig struct holds instances of this type.
    kind: Kind,
    name: []const u8,
    qualname: []const u8,
    module: []const u8 = "builtins",
    /// Direct bases, in declaration order.
    bases: []const *Type = &.{},
    /// Method resolution order, starting with this type.
    mro: []const *Type = &.{},
    /// The class namespace (attributes, methods), a dict from str to Value. Null for builtin
    /// types whose attributes are native (resolved by `kind` in attr.zig).
    dict: ?*@import("dict.zig").Dict = null,
    /// Dense id, used by generated code to switch over concrete classes.
    id: u32 = 0,
    flags: Flags = .{},
    /// Slot count of a `fixed_slots` class's instances (its own and its bases').
    n_slots: u32 = 0,
    /// Native helper table for runtime-private types (kind == .native): repr, iteration, etc.
    native: ?*const NativeOps = null,

    pub const Flags = packed struct(u32) {
        /// Created by a `class` statement (attributes may be set on it; instances have a dict).
        heap: bool = false,
        /// Instances may not get new attributes (`__slots__`).
        slots: bool = false,
        /// The class or a base defines one of these dunders: a fast test before a dict lookup.
        has_getattr: bool = false,
        has_getattribute: bool = false,
        has_setattr: bool = false,
        /// Final builtin types (bool, NoneType, ...) that cannot be subclassed.
        final: bool = false,
        /// Abstract base with unimplemented abstract methods (abc.ABC).
        abstract: bool = false,
        /// Instances have a __dict__, but a base declares __slots__: attributes named there are
        /// kept apart (Instance.slot_vals) so that __dict__ shows only the others.
        slot_base: bool = false,
        /// Instances are a fixed-slot block (core/slots.zig): `__slots__` describe them fully,
        /// so they have no dict, and each slot is a Value at a fixed index after the header.
        fixed_slots: bool = false,
        _pad: u23 = 0,
    };

    /// True when `self` is `other` or inherits from it.
    pub fn isSubtype(self: *const Type, other: *const Type) bool {
        if (self == other) return true;
        for (self.mro) |t| if (t == other) return true;
        return false;
    }
};

/// Hooks for runtime-private object types (deque, StringIO, ...), so generic code (repr, iter,
/// len, equality) can handle them without a central switch knowing each one.
pub const NativeOps = struct {
    repr: ?*const fn (v: Value, w: *std.Io.Writer) anyerror!void = null,
    len: ?*const fn (v: Value) anyerror!usize = null,
    iter: ?*const fn (v: Value) anyerror!Value = null,
    next: ?*const fn (v: Value) anyerror!?Value = null,
    eq: ?*const fn (a: Value, b: Value) anyerror!bool = null,
    contains: ?*const fn (a: Value, x: Value) anyerror!bool = null,
    getitem: ?*const fn (a: Value, k: Value) anyerror!Value = null,
    setitem: ?*const fn (a: Value, k: Value, v: Value) anyerror!void = null,
    truthy: ?*const fn (a: Value) anyerror!bool = null,
};

//! Fixed-slot instances: classes whose `__slots__` fully describe their instances.
//!
//! Why: a plain instance is an Instance, its dict and the dict's table in one block
//! (instance_block.zig), ~192 bytes for two attributes; every collection marks all of it. When
//! a class and all its bases (other than object) declare `__slots__` without `__dict__` (and
//! without `__weakref__`, kept on the older path), CPython gives instances no dict at all: each
//! slot is a member descriptor on the class reading a fixed offset. This file does the same:
//!
//!   instance = [ Object header | dict: *Dict (the shared empty `no_dict`) | slot 0 | slot 1 ... ]
//!
//! 16 + 16 * n bytes (48 for two slots, as in CPython). The `dict` word keeps the header of
//! attr.Instance, so code that reads `Instance.dict` of any `.instance` object (the program-side
//! probes of abi/client_attr.zig, vars/dir) sees an empty dict and needs no new case; the
//! dict is never written: `no_dict` has no entry room, and attr.genericSetattr stops before
//! the dict for these classes. An unset slot holds `unset` (reads raise AttributeError).
//!
//! Each class's own slots become `member_descriptor`s in its namespace (`C.x`), carrying the
//! slot index; subclasses extend the layout of the one base chain that has slots. A class
//! whose bases' slot layouts conflict (CPython raises "multiple bases have instance lay-out
//! conflict") or whose `__slots__` names clash with class attributes simply stays on the older
//! dict-backed path. A member reached from an instance of another layout (a dict-having
//! subclass, Instance.slot_vals) reads and writes the value by name there.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const dict_mod = @import("dict.zig");
const tuple_mod = @import("tuple.zig");
const list_mod = @import("list.zig");
const names = @import("names.zig");
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Str = str_mod.Str;
const Dict = dict_mod.Dict;
const Error = @import("err.zig").Error;

/// Words before the first slot: the Object header and the `no_dict` pointer.
pub const header_bytes = 16;

/// A slot descriptor (CPython's member_descriptor).
pub const Member = struct {
    base: Object,
    /// The slot name as stored (private names mangled).
    name: *Str,
    /// The class whose `__slots__` declared it.
    objclass: *Type,
    index: u32,
};

fn memberRepr(v: Value, w: *std.Io.Writer) anyerror!void {
    const m = Object.as(v.obj, Member);
    try w.print("<member '{s}' of '{s}' objects>", .{ m.name.bytes, m.objclass.name });
}

const member_ops: value.NativeOps = .{ .repr = memberRepr };

pub var member_type: Type = .{
    .base = .{ .ty = &types.type_type },
    .kind = .native,
    .name = "member_descriptor",
    .qualname = "member_descriptor",
    .bases = &.{&types.object_type},
    .mro = &.{&types.object_type},
    .flags = .{ .final = true },
    .native = &member_ops,
};

/// The dict word of every fixed-slot instance: empty, with an index of empty slots (so the
/// program side's probes answer "absent" at once) and no entry room (so its inline
/// insertion never applies).
var no_dict_index: [8]i32 = .{-1} ** 8;
pub var no_dict: Dict = .{ .base = .{ .ty = &types.dict_type }, .index = &no_dict_index, .inline_table = true };

/// The value of a slot that was never assigned (or was deleted).
pub var unset_obj: Object = .{ .ty = &types.object_type };

pub inline fn isUnset(v: Value) bool {
    return v == .obj and v.obj == &unset_obj;
}

pub inline fn isMember(v: Value) bool {
    return v == .obj and v.obj.ty == &member_type;
}

/// The slot values of a fixed-slot instance.
pub inline fn vals(o: *Object) [*]Value {
    return @ptrCast(@alignCast(@as([*]u8, @ptrCast(o)) + header_bytes));
}

/// A new instance of fixed-slot class `t`, every slot unset.
pub fn alloc(t: *Type) *Object {
    const n = t.n_slots;
    const block = mem.allocSlice(u64, .scan, 2 + 2 * @as(usize, n));
    const o: *Object = @ptrCast(block.ptr);
    o.ty = t;
    const dp: **Dict = @ptrCast(@alignCast(block.ptr + 1));
    dp.* = &no_dict;
    const vs = vals(o);
    for (0..n) |i| vs[i] = .{ .obj = &unset_obj };
    return o;
}

// ---- Class creation ----------------------------------------------------------------------------

/// The names listed by a `__slots__` value (a str, tuple or list of strs); null for anything
/// else (a dict with docs, an iterator), which stays on the older path.
fn slotNames(slots: Value) ?[]const Value {
    if (slots.isKind(.str)) {
        const one = mem.allocSlice(Value, .scan, 1);
        one[0] = slots;
        return one;
    }
    if (slots.isKind(.tuple)) return slots.as(tuple_mod.Tuple).items;
    if (slots.isKind(.list)) return slots.as(list_mod.List).items();
    return null;
}

/// Private-name mangling of a slot name (`__x` in class `_C` is `_C__x`), as type_new does.
pub fn mangle(class_name: []const u8, n: *Str) *Str {
    const b = n.bytes;
    if (!std.mem.startsWith(u8, b, "__") or std.mem.endsWith(u8, b, "__")) return n;
    const owner = std.mem.trimLeft(u8, class_name, "_");
    if (owner.len == 0) return n;
    const buf = mem.allocSlice(u8, .noscan, 1 + owner.len + b.len);
    buf[0] = '_';
    @memcpy(buf[1..][0..owner.len], owner);
    @memcpy(buf[1 + owner.len ..], b);
    return str_mod.fromBytes(buf);
}

fn isIdentifier(b: []const u8) bool {
    if (b.len == 0) return false;
    for (b, 0..) |c, i| {
        const ok = c == '_' or std.ascii.isAlphabetic(c) or (i > 0 and std.ascii.isDigit(c));
        if (!ok) return false;
    }
    return true;
}

/// Called by class.typeNew once `t.flags.slots` is known: gives `t` the fixed-slot layout when
/// it applies, adding a member descriptor for each of its own slots to `ns`.
pub fn setup(t: *Type, ns: *Dict) void {
    if (!t.flags.slots or t.kind != .instance) return;
    const slots = dict_mod.getStr(ns, &names.__slots__) orelse return;
    const items = slotNames(slots) orelse return;
    // The base whose layout this one extends: every other base must have no slots of its own
    // beyond what that one already has.
    var parent: ?*Type = null;
    for (t.bases) |b| {
        if (b == &types.object_type) continue;
        if (!b.flags.fixed_slots) return;
        if (b.n_slots == 0) continue;
        if (parent) |p| {
            if (p.isSubtype(b)) continue;
            if (!b.isSubtype(p)) return; // a lay-out conflict in CPython: keep the older path
        }
        parent = b;
    }
    // Validate first, so that a class that stays on the older path gets no descriptors.
    for (items, 0..) |it, i| {
        if (!it.isKind(.str)) return;
        const b = it.as(Str).bytes;
        // __dict__ / __weakref__ slots and odd names stay on the older path.
        if (!isIdentifier(b) or std.mem.eql(u8, b, "__dict__") or std.mem.eql(u8, b, "__weakref__")) return;
        // Private names are stored mangled, as the compiler mangles `self.__x` in the class.
        const m = mangle(t.name, it.as(Str));
        // CPython: "'x' in __slots__ conflicts with class variable".
        if (dict_mod.getStr(ns, m) != null) return;
        for (items[0..i]) |prev| if (str_mod.eql(prev.as(Str), it.as(Str))) return;
    }
    var n: u32 = if (parent) |p| p.n_slots else 0;
    for (items) |it| {
        const m = mem.create(Member, .scan);
        const name = mangle(t.name, it.as(Str));
        m.* = .{ .base = .{ .ty = &member_type }, .name = name, .objclass = t, .index = n };
        dict_mod.setStr(ns, name, .{ .obj = &m.base });
        n += 1;
    }
    t.n_slots = n;
    t.flags.fixed_slots = true;
}

/// A class whose own `__slots__` lists `__dict__` keeps the dict-backed layout, but its other
/// slots are still member descriptors (`C.x`): they read and write the instance's slot_vals
/// (byNameDict), never its __dict__.
pub fn setupByName(t: *Type, ns: *Dict) void {
    const slots = dict_mod.getStr(ns, &names.__slots__) orelse return;
    const items = slotNames(slots) orelse return;
    for (items) |it| {
        if (!it.isKind(.str)) continue;
        const b = it.as(Str).bytes;
        if (!isIdentifier(b) or std.mem.eql(u8, b, "__dict__") or std.mem.eql(u8, b, "__weakref__")) continue;
        const name = mangle(t.name, it.as(Str));
        if (dict_mod.getStr(ns, name) != null) continue;
        const m = mem.create(Member, .scan);
        m.* = .{ .base = .{ .ty = &member_type }, .name = name, .objclass = t, .index = std.math.maxInt(u32) };
        dict_mod.setStr(ns, name, .{ .obj = &m.base });
    }
}

// ---- Member access -----------------------------------------------------------------------------

/// True when `o` is laid out with `m`'s slot at `m.index`.
inline fn hasSlot(m: *const Member, o: *Object) bool {
    return o.ty.flags.fixed_slots and m.index < o.ty.n_slots and o.ty.isSubtype(m.objclass);
}

/// Where an instance of another layout keeps slot values by name: Instance.slot_vals under a
/// dict-having subclass, the private dict of an older-path `__slots__` class, or the side
/// table of a builtin subclass (what attr.genericSetattr used before members existed).
fn byNameDict(o: *Object, create: bool) ?*Dict {
    const Instance = @import("attr.zig").Instance;
    if (o.ty.kind == .instance) {
        const inst = Object.as(o, Instance);
        if (o.ty.flags.slot_base) {
            if (inst.slot_vals == null and create) inst.slot_vals = dict_mod.new();
            return inst.slot_vals;
        }
        return inst.dict;
    }
    if (o.ty.kind == .exception) {
        const e = Object.as(o, exc.ExcObject);
        if (e.dict == null and create) e.dict = dict_mod.new();
        return e.dict;
    }
    return @import("class.zig").extraDict(o, create);
}

/// The slot's value, or null when unset.
pub fn get(mv: Value, obj: Value) ?Value {
    const m = Object.as(mv.obj, Member);
    if (obj != .obj) return null;
    const o = obj.obj;
    if (hasSlot(m, o)) {
        const x = vals(o)[m.index];
        return if (isUnset(x)) null else x;
    }
    const d = byNameDict(o, false) orelse return null;
    return dict_mod.getStr(d, m.name);
}

pub fn set(mv: Value, obj: Value, x: Value) Error!void {
    const m = Object.as(mv.obj, Member);
    if (obj != .obj) return notApplicable(m, obj);
    const o = obj.obj;
    if (hasSlot(m, o)) {
        vals(o)[m.index] = x;
        return;
    }
    const d = byNameDict(o, true) orelse return notApplicable(m, obj);
    dict_mod.setStr(d, m.name, x);
}

/// `del obj.x`: CPython 3.11 raises AttributeError with just the name for an unset slot.
pub fn delete(mv: Value, obj: Value) Error!void {
    const m = Object.as(mv.obj, Member);
    if (obj != .obj) return notApplicable(m, obj);
    const o = obj.obj;
    if (hasSlot(m, o)) {
        const p = &vals(o)[m.index];
        if (isUnset(p.*)) return exc.raiseFmt(&types.AttributeError, "{s}", .{m.name.bytes});
        p.* = .{ .obj = &unset_obj };
        return;
    }
    if (byNameDict(o, false)) |d| if (try dict_mod.remove(d, m.name.val())) |_| return;
    return exc.raiseFmt(&types.AttributeError, "{s}", .{m.name.bytes});
}

fn notApplicable(m: *const Member, obj: Value) Error {
    return exc.raiseFmt(&types.TypeError, "descriptor '{s}' for '{s}' objects doesn't apply to a '{s}' object", .{ m.name.bytes, m.objclass.name, @import("ops.zig").typeName(obj) });
}

/// `member.__name__`, `member.__objclass__`, `member.__doc__` (class.specialAttr).
pub fn attr(o: *Object, n: []const u8) ?Value {
    const m = Object.as(o, Member);
    if (std.mem.eql(u8, n, "__name__")) return m.name.val();
    if (std.mem.eql(u8, n, "__objclass__")) return .{ .obj = &m.objclass.base };
    if (std.mem.eql(u8, n, "__doc__")) return .none;
    return null;
}

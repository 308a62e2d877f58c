//! User classes: creation (C3 MRO, flags), instantiation (`__new__`/`__init__`), class-level
//! attributes, `super()`, and module objects.
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
const call = @import("call.zig");
const ops = @import("ops.zig");
const attr = @import("attr.zig");
const instance_block = @import("instance_block.zig");
const natives = @import("natives.zig");
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Str = str_mod.Str;
const Dict = dict_mod.Dict;
const Tuple = tuple_mod.Tuple;
const Error = @import("err.zig").Error;

var next_class_id: u32 = 1000;

/// `class P(NamedTuple): ...`, `class M(TypedDict): ...`: a base that is not a type but has a
/// `__pyaot_class__` method (pylib/typing.py) builds the class from the body's namespace itself,
/// as the metaclasses CPython's typing uses for these do (pyaot has no metaclass `__new__`).
fn classFromHook(hook: Value, name: []const u8, module: []const u8, bases: []const Value, ns: *Dict, kw: call.Args) Error!*Type {
    const args = [_]Value{ str_mod.fromBytes(name).val(), tuple_mod.fromSlice(bases).val(), ns.val(), str_mod.fromBytes(module).val() };
    const r = try call.call(hook, .{ .pos = &args, .kwnames = kw.kwnames, .kwvals = kw.kwvals });
    if (!r.isKind(.type)) return exc.raiseFmt(&types.TypeError, "__pyaot_class__ returned a '{s}', not a class", .{ops.typeName(r)});
    return r.as(Type);
}

/// Creates a class, as a `class` statement does after running its body into `ns`.
pub fn newClass(name: []const u8, qualname: []const u8, module: []const u8, bases_in: []const Value, ns: *Dict) Error!*Type {
    return newClassMeta(name, qualname, module, bases_in, ns, .none);
}

/// `class C(bases, metaclass=meta)` (`meta` is .none without the keyword). The class object's
/// type is the most derived metaclass of `meta` and the bases' types, so class-level protocols
/// (iteration, len, `in`, [] on the class) find the metaclass's dunders through `o.ty` like any
/// instance's. A metaclass `__new__` builds the class, its `__init__` runs after, and its
/// `__call__` runs when the class is called.
pub fn newClassMeta(name: []const u8, qualname: []const u8, module: []const u8, bases_in: []const Value, ns: *Dict, meta: Value) Error!*Type {
    return newClassKw(name, qualname, module, bases_in, ns, meta, .{ .pos = &.{} });
}

/// `class C(bases, key=value)`: the keywords (other than metaclass) go to the parent's
/// `__init_subclass__` (or to a `__pyaot_class__` hook). With a metaclass that defines
/// `__new__`, that builds the class (normally through `type.__new__`), as CPython's
/// `type.__call__` does; then the metaclass's `__init__` runs if the result is its instance.
pub fn newClassKw(name: []const u8, qualname: []const u8, module: []const u8, bases_in: []const Value, ns: *Dict, meta: Value, kw: call.Args) Error!*Type {
    for (bases_in) |b| {
        if (!b.isKind(.type)) {
            if (try attrOrNull(b, "__pyaot_class__")) |hook| return classFromHook(hook, name, module, bases_in, ns, kw);
        }
    }
    const resolved = try resolveBases(bases_in, ns);
    const bases = try baseTypes(resolved);
    const metatype = try calculateMeta(meta, bases);
    const bt = tuple_mod.alloc(resolved.len);
    @memcpy(bt.items, resolved);
    const name_v = str_mod.static(name).val();
    const t: *Type = if (userNew(metatype)) |new_fn| blk: {
        // The namespace as a class body leaves it: __module__ and __qualname__ first.
        const full = dict_mod.new();
        dict_mod.setStr(full, &names.__module__, str_mod.static(module).val());
        dict_mod.setStr(full, &names.__qualname__, str_mod.static(qualname).val());
        var i: usize = 0;
        while (dict_mod.nextEntry(ns, &i)) |e| try dict_mod.set(full, e.key, e.value);
        const pos = [_]Value{ .{ .obj = &metatype.base }, name_v, bt.val(), full.val() };
        const r = try call.call(new_fn, .{ .pos = &pos, .kwnames = kw.kwnames, .kwvals = kw.kwvals });
        if (!r.isKind(.type)) return exc.raiseFmt(&types.NotImplementedError, "pyaot: a metaclass __new__ must return a class, not '{s}'", .{ops.typeName(r)});
        if (!ops.typeOf(r).isSubtype(metatype)) return r.as(Type);
        break :blk r.as(Type);
    } else try typeNew(metatype, name, qualname, module, bases, ns, kw);
    if (metatype.flags.heap) {
        if (attr.lookupType(metatype, &names.__init__)) |init| {
            if (init == .obj and init.obj.ty.kind != .builtin_function) {
                _ = try call.callWithSelf(init, .{ .obj = &t.base }, .{ .pos = &.{ name_v, bt.val(), ns.val() }, .kwnames = kw.kwnames, .kwvals = kw.kwvals });
            }
        }
    }
    return t;
}

/// A user-defined `__new__` of a metaclass (the function to call with the metaclass first).
fn userNew(metatype: *Type) ?Value {
    if (!metatype.flags.heap) return null;
    const nf = attr.lookupType(metatype, &names.__new__) orelse return null;
    if (nf != .obj or nf.obj.ty.kind == .builtin_function) return null;
    return if (nf.obj.ty.kind == .staticmethod) attr.descriptorTarget(nf) else nf;
}

/// The bases of a class statement as types (`object` when there are none).
/// `getattr(v, name, None)`: an AttributeError (from a `__getattribute__` too) means absent.
fn attrOrNull(v: Value, comptime name: []const u8) Error!?Value {
    return attr.getattrOpt(v, str_mod.static(name)) catch |e| {
        if (!exc.pendingIs(&types.AttributeError)) return e;
        _ = exc.take();
        return null;
    };
}

/// types.resolve_bases, as __build_class__ does: a base that is no class but has
/// `__mro_entries__` (`list[int]`) is replaced by what that returns, and the bases as written
/// are kept in the namespace's `__orig_bases__`.
fn resolveBases(bases: []const Value, ns: *Dict) Error![]const Value {
    var changed = false;
    var out: std.ArrayListUnmanaged(Value) = .empty;
    const gpa = mem.allocator(.scan);
    for (bases) |b| {
        const entries = if (b.isKind(.type)) null else try attrOrNull(b, "__mro_entries__");
        if (entries) |f| {
            const r = try call.call(f, .{ .pos = &.{tuple_mod.fromSlice(bases).val()} });
            if (!r.isKind(.tuple)) return exc.raiseMsg(&types.TypeError, "__mro_entries__ must return a tuple");
            out.appendSlice(gpa, r.as(Tuple).items) catch return exc.raiseEmpty(&types.MemoryError);
            changed = true;
        } else out.append(gpa, b) catch return exc.raiseEmpty(&types.MemoryError);
    }
    if (!changed) return bases;
    dict_mod.setStr(ns, str_mod.static("__orig_bases__"), tuple_mod.fromSlice(bases).val());
    return out.items;
}

fn baseTypes(bases_in: []const Value) Error![]*Type {
    var bases_buf: [16]*Type = undefined;
    var n_bases: usize = 0;
    for (bases_in) |b| {
        if (!b.isKind(.type)) return exc.raiseFmt(&types.TypeError, "bases must be types", .{});
        const bt = b.as(Type);
        if (bt.flags.final) return exc.raiseFmt(&types.TypeError, "type '{s}' is not an acceptable base type", .{bt.name});
        if (n_bases == bases_buf.len) return exc.raiseMsg(&types.TypeError, "too many base classes");
        bases_buf[n_bases] = bt;
        n_bases += 1;
    }
    if (n_bases == 0) {
        bases_buf[0] = &types.object_type;
        n_bases = 1;
    }
    const bases = mem.allocSlice(*Type, .scan, n_bases);
    @memcpy(bases, bases_buf[0..n_bases]);
    return bases;
}

/// CPython's type.__new__ once the metaclass is known: builds the class, runs `__set_name__`
/// of its descriptors and the parent's `__init_subclass__` (with `kw`).
pub fn typeNew(metatype: *Type, name: []const u8, qualname: []const u8, module: []const u8, bases: []*Type, ns: *Dict, kw: call.Args) Error!*Type {
    const t = mem.create(Type, .scan);
    t.* = .{
        .base = .{ .ty = metatype },
        .kind = .instance,
        .name = name,
        .qualname = qualname,
        .module = module,
        .bases = bases,
        .dict = ns,
        .id = next_class_id,
        .flags = .{ .heap = true },
    };
    next_class_id += 1;
    t.mro = try c3(t, bases);
    @import("../builtins/subclasses.zig").register(t);

    // Instances are laid out like the most derived builtin base (Exception, list, dict...).
    for (t.mro[1..]) |b| {
        if (b.kind != .instance) {
            t.kind = b.kind;
            // A subclass of a native class (collections.deque) keeps its hooks (repr, len...).
            t.native = b.native;
            break;
        }
    }
    // Native classes of plain instances (collections.ChainMap) pass on their repr hook too.
    if (t.native == null) for (t.mro[1..]) |b| if (b.native) |n| {
        t.native = n;
        break;
    };
    for (t.mro[1..]) |b| {
        if (b.flags.has_getattr) t.flags.has_getattr = true;
        if (b.flags.has_getattribute) t.flags.has_getattribute = true;
        if (b.flags.has_setattr) t.flags.has_setattr = true;
    }
    if (dict_mod.getStr(ns, &names.__getattr__) != null) t.flags.has_getattr = true;
    if (dict_mod.getStr(ns, &names.__getattribute__) != null) t.flags.has_getattribute = true;
    if (dict_mod.getStr(ns, &names.__setattr__) != null) t.flags.has_setattr = true;
    if (dict_mod.getStr(ns, &names.__delattr__) != null) t.flags.has_setattr = true;
    // A class that defines __eq__ without __hash__ is unhashable.
    if (dict_mod.getStr(ns, &names.__eq__) != null and dict_mod.getStr(ns, &names.__hash__) == null)
        dict_mod.setStr(ns, &names.__hash__, .none);
    // __slots__ restricts instance attributes when every base also has slots (or is object):
    // such instances have no __dict__. A class without __slots__ under one with them has a
    // __dict__ that must not show the slot attributes (they live in Instance.slot_vals).
    // A `__dict__` among the class's own slots gives its instances a __dict__ again: the
    // other slot names are kept out of it as under a slotted base.
    var dict_slot = false;
    if (dict_mod.getStr(ns, &names.__slots__)) |slots| {
        dict_slot = listsSlot(slots, "__dict__");
        var all = !dict_slot;
        for (t.mro[1..]) |b| {
            if (b == &types.object_type) continue;
            if (!(b.flags.heap and b.flags.slots)) all = false;
        }
        t.flags.slots = all;
    }
    @import("slots.zig").setup(t, ns);
    if (dict_slot) {
        t.flags.slot_base = true;
        @import("slots.zig").setupByName(t, ns);
    }
    if (!t.flags.slots) for (t.mro[1..]) |b| {
        if (b.flags.slots or b.flags.slot_base) t.flags.slot_base = true;
    };
    if (dict_mod.getStr(ns, &names.__module__) == null) dict_mod.setStr(ns, &names.__module__, str_mod.static(module).val());
    if (dict_mod.getStr(ns, &names.__qualname__) != null) {
        _ = try dict_mod.remove(ns, names.__qualname__.val());
    }
    if (dict_mod.getStr(ns, &names.__doc__) == null) dict_mod.setStr(ns, &names.__doc__, .none);

    // __set_name__ on descriptors, then the parent's __init_subclass__.
    var i: usize = 0;
    while (dict_mod.nextEntry(ns, &i)) |e| {
        if (e.value.isKind(.property) and e.key.isKind(.str)) Object.as(e.value.obj, attr.Property).name = e.key.as(Str);
        if (e.value == .obj and e.value.obj.ty.flags.heap) {
            if (attr.lookupType(e.value.obj.ty, &names.__set_name__)) |sn| {
                _ = try call.callUnbound(sn, e.value, &.{ Value{ .obj = &t.base }, e.key });
            }
        }
    }
    if (t.mro.len > 1) {
        // super(t, t).__init_subclass__: the first class after t in t's MRO that has one (with
        // `class S(str, Base)`, Base's, not the builtin str's inherited from object).
        if (lookupAfter(t, &names.__init_subclass__)) |isub| {
            if (isub == .obj and isub.obj.ty.kind != .builtin_function) {
                const f = if (isub.obj.ty.kind == .classmethod) attr.descriptorTarget(isub) else isub;
                _ = try call.call(f, .{ .pos = &.{.{ .obj = &t.base }}, .kwnames = kw.kwnames, .kwvals = kw.kwvals });
            } else if (kw.kwnames.len > 0) {
                return exc.raiseFmt(&types.TypeError, "{s}.__init_subclass__() takes no keyword arguments", .{name});
            }
        }
    }
    return t;
}

/// `name` in the classes of t's MRO after t itself (what super(t, t).name finds).
fn lookupAfter(t: *Type, name: *Str) ?Value {
    for (t.mro[1..]) |c| {
        if (c.dict) |d| {
            if (dict_mod.getStr(d, name)) |v| return v;
        } else if (natives.lookup(c, name.bytes)) |b| {
            return .{ .obj = @constCast(&b.base) };
        }
    }
    return null;
}

/// CPython's _PyType_CalculateMetaclass: the most derived of `meta` and the bases' metaclasses.
pub fn calculateMeta(meta: Value, bases: []const *Type) Error!*Type {
    var winner: *Type = &types.type_type;
    if (meta != .none) {
        if (!meta.isKind(.type)) return exc.raiseMsg(&types.TypeError, "pyaot: a metaclass must be a class");
        winner = meta.as(Type);
        if (!winner.isSubtype(&types.type_type)) return exc.raiseMsg(&types.TypeError, "pyaot: a metaclass must be a subclass of type");
    }
    for (bases) |b| {
        const bm = b.base.ty;
        if (winner.isSubtype(bm)) continue;
        if (bm.isSubtype(winner)) {
            winner = bm;
            continue;
        }
        return exc.raiseMsg(&types.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    return winner;
}

/// C3 linearization of `t` with direct bases `bases`.
fn c3(t: *Type, bases: []const *Type) Error![]const *Type {
    // Sequences to merge: each base's MRO, then the list of bases.
    var seqs_buf: [17][]const *Type = undefined;
    var heads: [17]usize = .{0} ** 17;
    const n_seqs = bases.len + 1;
    for (bases, 0..) |b, k| seqs_buf[k] = b.mro;
    seqs_buf[bases.len] = bases;
    const seqs = seqs_buf[0..n_seqs];

    var out = std.ArrayListUnmanaged(*Type){};
    const gpa = mem.allocator(.scan);
    out.append(gpa, t) catch unreachable;
    while (true) {
        var any_left = false;
        var picked: ?*Type = null;
        for (seqs, 0..) |s, k| {
            if (heads[k] >= s.len) continue;
            any_left = true;
            const cand = s[heads[k]];
            // A good head appears in no other sequence's tail.
            var in_tail = false;
            for (seqs, 0..) |s2, k2| {
                if (heads[k2] + 1 > s2.len) continue;
                for (s2[heads[k2] + 1 ..]) |x| {
                    if (x == cand) in_tail = true;
                }
            }
            if (!in_tail) {
                picked = cand;
                break;
            }
        }
        if (!any_left) break;
        const p = picked orelse {
            // CPython's set_mro_error: the message (with its line break) names the heads
            // still left to merge, each once, in order.
            var b = str_mod.Builder{};
            b.append("Cannot create a consistent method resolution\norder (MRO) for bases");
            var listed: [17]*Type = undefined;
            var n_listed: usize = 0;
            for (seqs, 0..) |s, k| {
                if (heads[k] >= s.len) continue;
                const h = s[heads[k]];
                if (std.mem.indexOfScalar(*Type, listed[0..n_listed], h) != null) continue;
                listed[n_listed] = h;
                n_listed += 1;
                b.append(if (n_listed == 1) " " else ", ");
                b.append(h.name);
            }
            return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
        };
        out.append(gpa, p) catch unreachable;
        for (seqs, 0..) |s, k| {
            if (heads[k] < s.len and s[heads[k]] == p) heads[k] += 1;
        }
    }
    return out.items;
}

/// Calling a type: its metaclass's `__call__` when that is user code (singletons, registries;
/// `super().__call__` comes back to `callTypeDirect`), else `callTypeDirect`.
pub fn callType(t: *Type, args: call.Args) Error!Value {
    const meta = t.base.ty;
    if (meta.flags.heap) if (attr.lookupType(meta, &names.__call__)) |cf| {
        if (cf == .obj and cf.obj.ty.kind != .builtin_function) return call.callWithSelf(cf, .{ .obj = &t.base }, args);
    };
    return callTypeDirect(t, args);
}

/// type.__call__: builtin constructors, or `__new__` then `__init__` for user classes.
pub fn callTypeDirect(t: *Type, args: call.Args) Error!Value {
    if (t == &types.type_type and args.pos.len == 1 and args.kwnames.len == 0) return .{ .obj = &ops.typeOf(args.pos[0]).base };
    if (!t.flags.heap) return @import("../builtins/ctors.zig").construct(t, args);

    // A user-defined __new__ (enums, singletons, immutable subclasses).
    var self: Value = undefined;
    const new_fn = attr.lookupType(t, &names.__new__);
    if (new_fn != null and new_fn.? == .obj and new_fn.?.obj.ty.kind != .builtin_function) {
        const f = if (new_fn.?.obj.ty.kind == .staticmethod) attr.descriptorTarget(new_fn.?) else new_fn.?;
        self = try call.callWithSelf(f, .{ .obj = &t.base }, args);
        // __init__ runs only when __new__ returned an instance of this class.
        if (!ops.typeOf(self).isSubtype(t)) return self;
    } else {
        self = try allocInstance(t, args);
    }
    if (attr.lookupType(t, &names.__init__)) |init| {
        if (init == .obj and init.obj.ty.kind == .builtin_function) {
            // object.__init__ / BaseException.__init__ / list.__init__ ...
            const b = Object.as(init.obj, call.Builtin);
            _ = try b.impl(self, args);
        } else {
            const r = try call.callWithSelf(init, self, args);
            if (r != .none) return exc.raiseFmt(&types.TypeError, "__init__() should return None, not '{s}'", .{ops.typeName(r)});
        }
    }
    return self;
}

/// Allocates an uninitialized instance of user class `t` (object.__new__).
pub fn allocInstance(t: *Type, args: call.Args) Error!Value {
    switch (t.kind) {
        .instance => {
            if (t.flags.fixed_slots) return .{ .obj = @import("slots.zig").alloc(t) };
            // One allocation for the instance, its dict and a table sized for the handful of
            // attributes most instances get (as dict.setHashed's first insertion would).
            return instance_block.new(t, &types.dict_type, 5).val();
        },
        .exception => {
            const e = exc.newException(t, args.pos);
            return e.val();
        },
        .str => return @import("../methods/str.zig").newOfType(t, args),
        // Immutable builtins take their contents when made (their __new__ in CPython).
        .tuple => return @import("../methods/tuple.zig").newOfType(t, args),
        .frozenset => return @import("../builtins/ctors.zig").frozensetOfType(t, args),
        .bytes, .bytearray => return @import("../builtins/ctors.zig").bytesOfType(t, args),
        else => {
            // Subclass of a builtin container: build the builtin value, then retag its type.
            const v = try @import("../builtins/ctors.zig").constructEmpty(t);
            return v;
        },
    }
}

/// Attribute dicts for instances of user subclasses of builtin types (`class D(dict)`), which
/// have no room for one in their builtin layout: a side table keyed by identity.
var extra_dicts: ?*Dict = null;

/// Assignments to a function's own attributes (`functools.update_wrapper` copies them); false
/// for other names, which go to the function's `__dict__`.
pub fn functionSetattr(f: *call.Function, name: *Str, x: Value) Error!bool {
    const n = name.bytes;
    if (std.mem.eql(u8, n, "__name__") or std.mem.eql(u8, n, "__qualname__")) {
        if (!x.isKind(.str)) return exc.raiseFmt(&types.TypeError, "{s} must be set to a string object", .{n});
        if (n.len == 8) f.name = x.as(Str) else f.qualname = x.as(Str);
        return true;
    }
    if (std.mem.eql(u8, n, "__doc__")) {
        f.doc = x;
        return true;
    }
    if (std.mem.eql(u8, n, "__annotations__")) {
        if (!x.isKind(.dict)) return exc.raiseMsg(&types.TypeError, "__annotations__ must be set to a dict object");
        f.annotations = x.as(Dict);
        return true;
    }
    return false;
}

pub fn extraDict(o: *Object, create: bool) ?*Dict {
    if (!o.ty.flags.heap) return null;
    const key = Value{ .int = @import("int.zig").Int.fromI64(@intCast(@intFromPtr(o) >> 4)) };
    if (extra_dicts == null) {
        if (!create) return null;
        extra_dicts = dict_mod.new();
        mem.addRoot(@ptrCast(&extra_dicts), @sizeOf(?*Dict));
    }
    if (dict_mod.get(extra_dicts.?, key) catch null) |d| return d.as(Dict);
    if (!create) return null;
    const d = dict_mod.new();
    dict_mod.set(extra_dicts.?, key, d.val()) catch unreachable;
    return d;
}

/// True when `slots` (a `__slots__` value: a str or a tuple/list of them) names `name`.
fn listsSlot(slots: Value, name: []const u8) bool {
    if (slots.isKind(.str)) return std.mem.eql(u8, slots.as(Str).bytes, name);
    const items: []const Value = if (slots.isKind(.tuple)) slots.as(Tuple).items else if (slots.isKind(.list)) slots.as(list_mod.List).items() else &.{};
    for (items) |it| if (it.isKind(.str) and std.mem.eql(u8, it.as(Str).bytes, name)) return true;
    return false;
}

pub fn slotAllowed(t: *Type, name: *Str) bool {
    // A `__dict__` slot is the instance dict itself, never a value slot.
    if (str_mod.eql(name, &names.__dict__)) return false;
    for (t.mro) |c| {
        const d = c.dict orelse continue;
        const slots = dict_mod.getStr(d, &names.__slots__) orelse continue;
        // Slot names are matched as type_new stores them: private ones mangled with the name
        // of the class that lists them.
        const slots_mod = @import("slots.zig");
        if (slots.isKind(.str)) {
            if (str_mod.eql(slots_mod.mangle(c.name, slots.as(Str)), name)) return true;
            continue;
        }
        const items: []const Value = if (slots.isKind(.tuple)) slots.as(Tuple).items else if (slots.isKind(.list)) slots.as(list_mod.List).items() else &.{};
        for (items) |it| {
            if (it.isKind(.str) and str_mod.eql(slots_mod.mangle(c.name, it.as(Str)), name)) return true;
        }
    }
    return false;
}

/// Attributes of type objects: class attributes (with classmethod/staticmethod binding) and
/// the special ones (__name__, __mro__, ...).
pub fn typeGetattr(t: *Type, name: *Str) Error!?Value {
    const n = name.bytes;
    if (n.len > 4 and n[0] == '_' and n[1] == '_') {
        // A native class's name is CPython's tp_name ("collections.deque", shown in
        // messages); its __name__ is the part after the module.
        if (std.mem.eql(u8, n, "__name__")) return str_mod.static(t.name[if (std.mem.lastIndexOfScalar(u8, t.name, '.')) |i| i + 1 else 0..]).val();
        if (std.mem.eql(u8, n, "__qualname__")) return str_mod.static(t.qualname).val();
        if (std.mem.eql(u8, n, "__module__") and !t.flags.heap) return str_mod.static(t.module).val();
        if (std.mem.eql(u8, n, "__mro__")) return typesTuple(t.mro).val();
        if (std.mem.eql(u8, n, "__bases__")) return typesTuple(t.bases).val();
        if (std.mem.eql(u8, n, "__base__")) return if (t.bases.len > 0) Value{ .obj = &t.bases[0].base } else .none;
        if (std.mem.eql(u8, n, "__class__")) return .{ .obj = &t.base.ty.base };
        if (std.mem.eql(u8, n, "__dict__")) return if (t.dict) |d| d.val() else dict_mod.new().val();
        if (std.mem.eql(u8, n, "__doc__") and !t.flags.heap) return .none;
    }
    const v = attr.lookupType(t, name) orelse {
        // Attributes of the metaclass (`type`'s own mro(), or a custom metaclass's methods),
        // bound to the class.
        const meta = t.base.ty;
        const m = attr.lookupType(meta, name) orelse return null;
        return try attr.bindAttr(m, .{ .obj = &t.base }, meta);
    };
    if (v == .obj) switch (v.obj.ty.kind) {
        .staticmethod => return attr.descriptorTarget(v),
        .classmethod => return call.newMethod(attr.descriptorTarget(v), .{ .obj = &t.base }).val(),
        .property => return v,
        else => {
            if (v.obj.ty.flags.heap) {
                if (attr.lookupType(v.obj.ty, &names.__get__)) |g| return try call.callUnbound(g, v, &.{ .none, .{ .obj = &t.base } });
            }
        },
    };
    return v;
}

fn typesTuple(ts: []const *Type) *Tuple {
    const r = tuple_mod.alloc(ts.len);
    for (ts, 0..) |x, i| r.items[i] = .{ .obj = &x.base };
    return r;
}

pub fn typeSetattr(t: *Type, name: *Str, x: Value) Error!void {
    const d = t.dict orelse return exc.raiseFmt(&types.TypeError, "cannot set '{s}' attribute of immutable type '{s}'", .{ name.bytes, t.name });
    const n = name.bytes;
    // __name__ and __qualname__ are the type's own fields (type_set_name/type_set_qualname),
    // not class-dict entries.
    if (std.mem.eql(u8, n, "__name__") or std.mem.eql(u8, n, "__qualname__")) {
        if (!x.isKind(.str)) return exc.raiseFmt(&types.TypeError, "can only assign string to {s}.{s}, not '{s}'", .{ t.name, n, ops.typeName(x) });
        const s = x.as(Str).bytes;
        if (n.len == 8) {
            if (std.mem.indexOfScalar(u8, s, 0) != null) return exc.raiseMsg(&types.ValueError, "type name must not contain null characters");
            t.name = s;
        } else t.qualname = s;
        return;
    }
    dict_mod.setStr(d, name, x);
    // Reprs name the module from the type's field; CPython reads the class dict's __module__.
    if (std.mem.eql(u8, n, "__module__") and x.isKind(.str)) t.module = x.as(Str).bytes;
    // The flags class creation derives from the namespace, kept true to later assignments.
    if (std.mem.eql(u8, n, "__getattr__")) t.flags.has_getattr = true;
    if (std.mem.eql(u8, n, "__getattribute__")) t.flags.has_getattribute = true;
    if (std.mem.eql(u8, n, "__setattr__") or std.mem.eql(u8, n, "__delattr__")) t.flags.has_setattr = true;
}

/// Attributes every object has that are not stored anywhere: __class__, __dict__, function
/// metadata, exception fields.
pub fn specialAttr(v: Value, name: *Str) Error!?Value {
    const n = name.bytes;
    if (std.mem.eql(u8, n, "__class__")) return .{ .obj = &ops.typeOf(v).base };
    if (v != .obj) return @import("../builtins/numattrs.zig").get(v, n);
    const o = v.obj;
    switch (o.ty.kind) {
        // Instances of __slots__ classes have no __dict__ (their dict is private storage).
        .instance => if (std.mem.eql(u8, n, "__dict__") and !o.ty.flags.slots) return Object.as(o, attr.Instance).dict.val(),
        .complex => return @import("complex.zig").attr(o, n),
        .native => {
            if (o.ty == &@import("slots.zig").member_type) if (@import("slots.zig").attr(o, n)) |r| return r;
            if (o.ty == &@import("../builtins/codeobj.zig").code_type) return @import("../builtins/codeobj.zig").attr(o, n);
            if (o.ty == &@import("../builtins/traceback_obj.zig").traceback_type) return @import("../builtins/traceback_obj.zig").attr(o, n);
            if (o.ty == &types.memoryview_type) return @import("../builtins/memoryview.zig").attr(o, n);
        },
        .cell => if (std.mem.eql(u8, n, "cell_contents")) {
            const content = Object.as(o, @import("names_rt.zig").Cell).v;
            if (@import("names_rt.zig").isUnbound(content)) return exc.raiseMsg(&types.ValueError, "Cell is empty");
            return content;
        },
        .range => return @import("../methods/misc.zig").rangeAttr(Object.as(o, @import("range.zig").Range), n),
        .file => return @import("../builtins/files.zig").attrOf(Object.as(o, @import("../builtins/files.zig").File), n),
        .slice => {
            const sl = Object.as(o, @import("slice.zig").Slice);
            if (std.mem.eql(u8, n, "start")) return sl.start;
            if (std.mem.eql(u8, n, "stop")) return sl.stop;
            if (std.mem.eql(u8, n, "step")) return sl.step;
        },
        .exception => {
            const e = Object.as(o, exc.ExcObject);
            if (std.mem.eql(u8, n, "__cause__")) return e.cause;
            if (std.mem.eql(u8, n, "__context__")) return e.context;
            if (std.mem.eql(u8, n, "__suppress_context__")) return Value.fromBool(e.suppress_context);
            if (std.mem.eql(u8, n, "__dict__")) return (attr.instanceDict(o) orelse dict_mod.new()).val();
            return @import("../builtins/excattrs.zig").get(e, n);
        },
        .function => {
            const f = Object.as(o, call.Function);
            if (std.mem.eql(u8, n, "__name__")) return f.name.val();
            if (std.mem.eql(u8, n, "__qualname__")) return f.qualname.val();
            if (std.mem.eql(u8, n, "__doc__")) return f.doc;
            if (std.mem.eql(u8, n, "__module__")) return str_mod.static(f.module).val();
            if (std.mem.eql(u8, n, "__defaults__")) return if (f.defaults.len == 0) .none else tuple_mod.fromSlice(f.defaults).val();
            if (std.mem.eql(u8, n, "__dict__")) {
                if (f.dict == null) f.dict = dict_mod.new();
                return f.dict.?.val();
            }
            if (std.mem.eql(u8, n, "__code__")) return @import("../builtins/codeobj.zig").codeOf(f);
            if (std.mem.eql(u8, n, "__closure__")) return @import("../builtins/codeobj.zig").closureOf(f);
            if (std.mem.eql(u8, n, "__kwdefaults__")) return try @import("../builtins/codeobj.zig").kwdefaultsOf(f);
            if (std.mem.eql(u8, n, "__annotations__")) {
                if (f.annotations == null) f.annotations = dict_mod.new();
                return f.annotations.?.val();
            }
        },
        .method => {
            const m = Object.as(o, call.Method);
            if (std.mem.eql(u8, n, "__self__")) return m.self;
            if (std.mem.eql(u8, n, "__func__")) return m.func;
            return attr.getattrOpt(m.func, name);
        },
        .builtin_function => {
            const b = Object.as(o, call.Builtin);
            if (std.mem.eql(u8, n, "__name__")) return str_mod.static(b.name).val();
            if (std.mem.eql(u8, n, "__qualname__")) return str_mod.static(b.name).val();
            if (std.mem.eql(u8, n, "__self__")) return b.self;
            // Top-level builtins (not methods) carry CPython's docstring.
            if (std.mem.eql(u8, n, "__doc__") and b.self == .none and b.owner.len == 0) {
                if (@import("../builtins/builtin_docs.zig").docOf(b.name)) |d| return str_mod.static(d).val();
            }
        },
        .property => {
            const p = Object.as(o, attr.Property);
            if (std.mem.eql(u8, n, "fget")) return p.fget;
            if (std.mem.eql(u8, n, "fset")) return p.fset;
            if (std.mem.eql(u8, n, "fdel")) return p.fdel;
            if (std.mem.eql(u8, n, "__doc__")) return p.doc;
        },
        .staticmethod, .classmethod => {
            if (std.mem.eql(u8, n, "__func__")) return attr.descriptorTarget(v);
            return attr.getattrOpt(attr.descriptorTarget(v), name);
        },
        .generator => {
            const g = Object.as(o, @import("gen.zig").Generator);
            if (std.mem.eql(u8, n, "__name__")) return str_mod.static(g.name).val();
            if (std.mem.eql(u8, n, "__qualname__")) return str_mod.static(g.qualname).val();
            if (std.mem.eql(u8, n, "gi_running")) return Value.fromBool(g.state == .running);
            if (std.mem.eql(u8, n, "gi_suspended")) return Value.fromBool(g.state == .suspended);
        },
        else => {},
    }
    // Instances of a heap subclass of a builtin (`class S(str)`) keep their attributes in a
    // side dict: that is their __dict__.
    if (o.ty.flags.heap and !o.ty.flags.slots and std.mem.eql(u8, n, "__dict__")) {
        if (extraDict(o, true)) |d| return d.val();
    }
    return @import("../builtins/objattrs.zig").get(v, n);
}

// ---- super() ---------------------------------------------------------------------------------

pub const Super = struct {
    base: Object,
    /// The class whose method called super() (the `__class__` cell).
    start: *Type,
    obj: Value,
};

/// `super()` inside a method of class `start` with first argument `obj`.
pub fn newSuper(start: *Type, obj: Value) Error!Value {
    const s = mem.create(Super, .scan);
    s.* = .{ .base = .{ .ty = &types.super_type }, .start = start, .obj = obj };
    return .{ .obj = &s.base };
}

pub fn superGetattr(o: *Object, name: *Str) Error!?Value {
    const s = Object.as(o, Super);
    // When obj is a subclass of the start class (super() in a classmethod or __new__), search
    // its own MRO and leave functions unbound; otherwise (an instance, or a class whose
    // metaclass's method called super()) search its type's MRO and bind to obj.
    const as_class = s.obj.isKind(.type) and s.obj.as(Type).isSubtype(s.start);
    const obj_type: *Type = if (as_class) s.obj.as(Type) else ops.typeOf(s.obj);
    const mro = obj_type.mro;
    var i: usize = 0;
    while (i < mro.len and mro[i] != s.start) i += 1;
    i += 1;
    const h = str_mod.hash(name);
    while (i < mro.len) : (i += 1) {
        const c = mro[i];
        var found: ?Value = null;
        if (c.dict) |d| {
            found = try dict_mod.getHashed(d, name.val(), h);
        } else if (@import("natives.zig").lookup(c, name.bytes)) |b| {
            found = .{ .obj = @constCast(&b.base) };
        }
        const v = found orelse continue;
        if (v == .obj) switch (v.obj.ty.kind) {
            .function => return if (as_class) v else call.newMethod(v, s.obj).val(),
            .builtin_function => return call.bindBuiltin(Object.as(v.obj, call.Builtin), s.obj).val(),
            .staticmethod => return attr.descriptorTarget(v),
            .classmethod => return call.newMethod(attr.descriptorTarget(v), .{ .obj = &obj_type.base }).val(),
            .property => {
                const p = Object.as(v.obj, attr.Property);
                return try call.call1(p.fget, s.obj);
            },
            else => return v,
        };
        return v;
    }
    return exc.raiseFmt(&types.AttributeError, "'super' object has no attribute '{s}'", .{name.bytes});
}

// ---- Modules ---------------------------------------------------------------------------------

/// A module object. Module globals live in generated Zig variables; the compiler gives each
/// module accessors so that dynamic code (`getattr(mod, name)`, `mod.x` on an unknown value)
/// reaches the same variables.
pub const Module = struct {
    base: Object,
    name: []const u8,
    file: []const u8 = "",
    /// The global `name` (C ABI, see abi/): true with the value in `out`, false if absent.
    get: *const fn (name: [*]const u8, len: usize, out: *Value) callconv(.c) bool,
    /// Sets a global: 1 when set, 0 when the name is not a compiled global (it then goes to
    /// `extra`), 2 with an exception pending (the compiler sealed the name: a function it
    /// calls directly must not be rebound).
    set: *const fn (name: [*]const u8, len: usize, v: *const Value) callconv(.c) u8,
    /// Attributes added at run time that the compiler did not see (`mod.new_attr = 1`).
    extra: ?*Dict = null,
    /// A native module whose own attributes never change (no setter: registry.nativeModule
    /// refuses to rebind them), so a call site may keep the function it found
    /// (abi/client_attr.zig, `random.random()`).
    fixed: bool = false,

    pub const kind: value.Kind = .module;
};

pub const ModuleGet = *const fn (name: [*]const u8, len: usize, out: *Value) callconv(.c) bool;
pub const ModuleSet = *const fn (name: [*]const u8, len: usize, v: *const Value) callconv(.c) u8;

pub fn newModule(name: []const u8, file: []const u8, get: ModuleGet, set: ModuleSet) *Module {
    const m = mem.create(Module, .scan);
    m.* = .{ .base = .{ .ty = &types.module_type }, .name = name, .file = file, .get = get, .set = set };
    return m;
}

pub fn moduleName(v: Value) []const u8 {
    return v.as(Module).name;
}

pub fn moduleGetattr(o: *Object, name: *Str) Error!?Value {
    const m = Object.as(o, Module);
    var got: Value = undefined;
    const is_dict = std.mem.eql(u8, name.bytes, "__dict__");
    if (m.get(name.bytes.ptr, name.bytes.len, &got)) {
        // A compiled module answers `__dict__` with a snapshot of its globals; attributes
        // set from outside live in `extra`.
        if (is_dict and got.isKind(.dict)) if (m.extra) |d| {
            var i: usize = 0;
            while (dict_mod.nextEntry(d, &i)) |e| try dict_mod.set(got.as(Dict), e.key, e.value);
        };
        return got;
    }
    if (m.extra) |d| if (dict_mod.getStr(d, name)) |v| return v;
    if (std.mem.eql(u8, name.bytes, "__name__")) return str_mod.static(m.name).val();
    if (std.mem.eql(u8, name.bytes, "__file__") and m.file.len > 0) return str_mod.static(m.file).val();
    // Native modules: `os.path` is in package `os`; a top-level one has ''.
    if (std.mem.eql(u8, name.bytes, "__package__")) {
        const dot = std.mem.lastIndexOfScalar(u8, m.name, '.') orelse 0;
        return str_mod.static(m.name[0..dot]).val();
    }
    if (is_dict) {
        const d = dict_mod.new();
        dict_mod.setStr(d, &names.__name__, str_mod.static(m.name).val());
        if (m.extra) |x| {
            var i: usize = 0;
            while (dict_mod.nextEntry(x, &i)) |e| try dict_mod.set(d, e.key, e.value);
        }
        return d.val();
    }
    return null;
}

/// A global of module `m` the compiler found no binding of (nor a builtin): CPython's
/// LOAD_GLOBAL still finds it when the program set it on the module at run time
/// (`mod.NAME = v` from another module, `setattr(sys.modules[__name__], ...)`), which
/// moduleSetattr keeps in the module's `extra` dict. Else NameError, as CPython.
pub fn unknownGlobal(m: ?*Module, name: []const u8) Error!Value {
    if (m) |mod| if (mod.extra) |d| if (dict_mod.getStr(d, str_mod.static(name))) |v| return v;
    return @import("names_rt.zig").raiseNameError(name);
}

pub fn moduleSetattr(o: *Object, name: *Str, x: Value) Error!void {
    const m = Object.as(o, Module);
    switch (m.set(name.bytes.ptr, name.bytes.len, &x)) {
        1 => return,
        0 => {},
        else => return error.PyException,
    }
    if (m.extra == null) m.extra = dict_mod.new();
    dict_mod.setStr(m.extra.?, name, x);
}

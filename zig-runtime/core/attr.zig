//! Attribute access on dynamic values: `obj.name`, `obj.name = v`, `del obj.name`, and method
//! calls by name, following CPython's lookup order (data descriptors on the type, then the
//! instance dict, then other class attributes, then `__getattr__`).
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const dict_mod = @import("dict.zig");
const tuple_mod = @import("tuple.zig");
const names = @import("names.zig");
const call = @import("call.zig");
const ops = @import("ops.zig");
const class = @import("class.zig");
const natives = @import("natives.zig");
const attr_cache = @import("attr_cache.zig");
const slots = @import("slots.zig");
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Str = str_mod.Str;
const Dict = dict_mod.Dict;
const Error = @import("err.zig").Error;

/// A plain user-class instance: its attributes live in a dict, as in CPython.
pub const Instance = struct {
    base: Object,
    dict: *Dict,
    /// Values of attributes named in a base's __slots__ when the class itself has a __dict__
    /// (Type.Flags.slot_base); created on first use.
    slot_vals: ?*Dict = null,

    pub const kind: value.Kind = .instance;
    pub inline fn val(i: *Instance) Value {
        return .{ .obj = &i.base };
    }
};

/// `property(fget, fset, fdel, doc)`.
pub const Property = struct {
    base: Object,
    fget: Value = .none,
    fset: Value = .none,
    fdel: Value = .none,
    doc: Value = .none,
    /// The class attribute it was defined as (CPython's __set_name__), for error messages.
    name: ?*Str = null,
    pub const kind: value.Kind = .property;
};

/// `staticmethod(f)` and `classmethod(f)` wrappers.
pub const Wrapper = struct {
    base: Object,
    func: Value,
    dict: ?*Dict = null,
};

pub fn descriptorTarget(v: Value) Value {
    return Object.as(v.obj, Wrapper).func;
}

/// Finds `name` on type `t` or its bases (the MRO), without descriptor binding.
pub fn lookupType(t: *Type, name: *Str) ?Value {
    if (attr_cache.cacheable(t)) {
        if (attr_cache.entry(t, name)) |e| return attr_cache.result(e);
    }
    return lookupTypeUncached(t, name);
}

fn lookupTypeUncached(t: *Type, name: *Str) ?Value {
    const h = str_mod.hash(name);
    // Native types declared with an MRO of just `object` still answer for themselves first.
    if (t.mro.len == 0 or t.mro[0] != t) {
        if (t.dict) |d| {
            if (dict_mod.getHashed(d, name.val(), h) catch null) |v| return v;
        } else if (natives.lookup(t, name.bytes)) |b| {
            return .{ .obj = @constCast(&b.base) };
        }
    }
    for (t.mro) |c| {
        if (c.dict) |d| {
            if (dict_mod.getHashed(d, name.val(), h) catch null) |v| return v;
        } else if (natives.lookup(c, name.bytes)) |b| {
            return .{ .obj = @constCast(&b.base) };
        }
    }
    return null;
}

/// The dict holding an object's own attributes, if it has one.
pub fn instanceDict(o: *Object) ?*Dict {
    return switch (o.ty.kind) {
        .instance => Object.as(o, Instance).dict,
        .exception => Object.as(o, exc.ExcObject).dict,
        .function => Object.as(o, call.Function).dict,
        .type => Object.as(o, Type).dict,
        else => class.extraDict(o, false),
    };
}

fn instanceDictCreate(o: *Object) ?*Dict {
    switch (o.ty.kind) {
        .instance => return Object.as(o, Instance).dict,
        .exception => {
            const e = Object.as(o, exc.ExcObject);
            if (e.dict == null) e.dict = dict_mod.new();
            return e.dict;
        },
        .function => {
            const f = Object.as(o, call.Function);
            if (f.dict == null) f.dict = dict_mod.new();
            return f.dict;
        },
        else => return class.extraDict(o, true),
    }
}

/// CPython 3.11's error for a property without the needed function: "property 'x' of 'C'
/// object has no setter" (without the name when it is unknown).
pub fn propertyMissing(obj: Value, name: ?*Str, comptime what: []const u8) Error {
    const tn = ops.typeName(obj);
    if (name) |n| return exc.raiseFmt(&types.AttributeError, "property '{s}' of '{s}' object has no " ++ what, .{ n.bytes, tn });
    return exc.raiseFmt(&types.AttributeError, "property of '{s}' object has no " ++ what, .{tn});
}

/// True for data descriptors (they take precedence over the instance dict).
fn isDataDescriptor(v: Value) bool {
    if (v != .obj) return false;
    const t = v.obj.ty;
    if (t.kind == .property or t == &slots.member_type) return true;
    if (t.flags.heap) return lookupType(t, &names.__set__) != null or lookupType(t, &names.__delete__) != null;
    return false;
}

/// Applies the descriptor protocol to class attribute `v` found for `obj` (of type `t`).
pub fn bindAttr(v: Value, obj: Value, t: *Type) Error!Value {
    if (v != .obj) return v;
    const o = v.obj;
    switch (o.ty.kind) {
        .function => return call.newMethod(v, obj).val(),
        .builtin_function => {
            const b = Object.as(o, call.Builtin);
            if (b.self == .none and b.owner.len != 0) return call.bindBuiltin(b, obj).val();
            return v;
        },
        .staticmethod => return descriptorTarget(v),
        .classmethod => return call.newMethod(descriptorTarget(v), .{ .obj = &t.base }).val(),
        .property => {
            const p = Object.as(o, Property);
            if (p.fget == .none) return exc.raiseFmt(&types.AttributeError, "property object has no getter", .{});
            return call.call1(p.fget, obj);
        },
        .native => if (o.ty == &slots.member_type) {
            return slots.get(v, obj) orelse attributeError(obj, Object.as(o, slots.Member).name);
        },
        else => {},
    }
    if (o.ty.flags.heap) {
        if (lookupType(o.ty, &names.__get__)) |g| return call.callUnbound(g, v, &.{ obj, .{ .obj = &t.base } });
    }
    return v;
}

pub fn getattr(v: Value, name: *Str) Error!Value {
    if (try getattrOpt(v, name)) |r| return r;
    return attributeError(v, name);
}

pub fn attributeError(v: Value, name: *Str) Error {
    @branchHint(.cold);
    defer if (exc.current) |e| @import("../builtins/excattrs.zig").setNameObj(e, name.val(), v);
    if (v.isKind(.type)) {
        return exc.raiseFmt(&types.AttributeError, "type object '{s}' has no attribute '{s}'", .{ v.as(Type).name, name.bytes });
    }
    if (v.isKind(.module)) {
        return exc.raiseFmt(&types.AttributeError, "module '{s}' has no attribute '{s}'", .{ class.moduleName(v), name.bytes });
    }
    return exc.raiseFmt(&types.AttributeError, "'{s}' object has no attribute '{s}'", .{ ops.typeName(v), name.bytes });
}

/// `getattr(v, name, None)` without raising AttributeError (other errors still propagate).
pub fn getattrOpt(v: Value, name: *Str) Error!?Value {
    const t = ops.typeOf(v);
    if (v == .obj) {
        const o = v.obj;
        switch (o.ty.kind) {
            .type => return class.typeGetattr(Object.as(o, Type), name),
            .module => return class.moduleGetattr(o, name),
            .super => return class.superGetattr(o, name),
            else => {},
        }
    }
    if (t.flags.has_getattribute) {
        if (lookupType(t, &names.__getattribute__)) |ga| {
            return call.callUnbound(ga, v, &.{name.val()}) catch |e| {
                if (exc.pendingIs(&types.AttributeError)) {
                    if (lookupType(t, &names.__getattr__)) |g| {
                        _ = exc.take();
                        return try call.callUnbound(g, v, &.{name.val()});
                    }
                }
                return e;
            };
        }
    }
    const cls_attr = lookupType(t, name);
    if (cls_attr) |ca| {
        if (isDataDescriptor(ca)) {
            // A slot (core/slots.zig); unset, it is a missing attribute (so __getattr__ runs).
            if (ca.obj.ty == &slots.member_type) {
                if (slots.get(ca, v)) |x| return x;
                if (t.flags.has_getattr) {
                    if (lookupType(t, &names.__getattr__)) |g| return try call.callUnbound(g, v, &.{name.val()});
                }
                return null;
            }
            if (ca.obj.ty.kind == .property and Object.as(ca.obj, Property).fget == .none)
                return afterAttributeError(t, v, name, propertyMissing(v, Object.as(ca.obj, Property).name orelse name, "getter"));
            return bindAttr(ca, v, t) catch |e| afterAttributeError(t, v, name, e);
        }
    }
    if (v == .obj) {
        if (instanceDict(v.obj)) |d| {
            if (dict_mod.getStr(d, name)) |r| return r;
        }
        if (t.flags.slot_base and t.kind == .instance) {
            if (Object.as(v.obj, Instance).slot_vals) |sv| if (dict_mod.getStr(sv, name)) |r| return r;
        }
    }
    if (cls_attr) |ca| return bindAttr(ca, v, t) catch |e| afterAttributeError(t, v, name, e);
    if (try class.specialAttr(v, name)) |r| return r;
    if (t.flags.has_getattr) {
        if (lookupType(t, &names.__getattr__)) |g| return try call.callUnbound(g, v, &.{name.val()});
    }
    return null;
}

/// A descriptor's `__get__` (a property's getter...) raised: an AttributeError goes to the
/// class's `__getattr__` when it has one, as CPython's slot_tp_getattr_hook does for any
/// AttributeError of the ordinary lookup.
fn afterAttributeError(t: *Type, v: Value, name: *Str, e: Error) Error!?Value {
    if (t.flags.has_getattr and exc.pendingIs(&types.AttributeError)) {
        if (lookupType(t, &names.__getattr__)) |g| {
            _ = exc.take();
            return try call.callUnbound(g, v, &.{name.val()});
        }
    }
    return e;
}

pub fn hasattr(v: Value, name: *Str) Error!bool {
    const r = getattrOpt(v, name) catch |e| {
        if (exc.pendingIs(&types.AttributeError)) {
            _ = exc.take();
            return false;
        }
        return e;
    };
    return r != null;
}

pub fn setattr(v: Value, name: *Str, x: Value) Error!void {
    if (v != .obj) {
        // Methods are read-only attributes; real/imag/... are getset descriptors.
        if (lookupType(ops.typeOf(v), name) != null) return exc.raiseFmt(&types.AttributeError, "'{s}' object attribute '{s}' is read-only", .{ ops.typeName(v), name.bytes });
        if (try @import("../builtins/numattrs.zig").get(v, name.bytes) != null) return exc.raiseFmt(&types.AttributeError, "attribute '{s}' of '{s}' objects is not writable", .{ name.bytes, ops.typeName(v) });
        return exc.raiseFmt(&types.AttributeError, "'{s}' object has no attribute '{s}'", .{ ops.typeName(v), name.bytes });
    }
    const o = v.obj;
    const t = o.ty;
    switch (t.kind) {
        .type => {
            // A metaclass's __setattr__ (enum's EnumType refuses to rebind members).
            if (t.flags.heap and t.flags.has_setattr) {
                if (lookupType(t, &names.__setattr__)) |sa| {
                    if (sa == .obj and sa.obj.ty.kind != .builtin_function) {
                        _ = try call.callUnbound(sa, v, &.{ name.val(), x });
                        return;
                    }
                }
            }
            return class.typeSetattr(Object.as(o, Type), name, x);
        },
        .module => return class.moduleSetattr(o, name, x),
        .function => if (try class.functionSetattr(Object.as(o, call.Function), name, x)) return,
        else => {},
    }
    if (t.flags.has_setattr) {
        if (lookupType(t, &names.__setattr__)) |sa| {
            if (sa.obj.ty.kind != .builtin_function) {
                _ = try call.callUnbound(sa, v, &.{ name.val(), x });
                return;
            }
        }
    }
    return genericSetattr(v, name, x);
}

/// object.__setattr__: data descriptors, then the instance dict.
pub fn genericSetattr(v: Value, name: *Str, x: Value) Error!void {
    const o = v.obj;
    const t = o.ty;
    // type.__setattr__ (reached through a metaclass's super().__setattr__).
    if (t.kind == .type) return class.typeSetattr(Object.as(o, Type), name, x);
    if (lookupType(t, name)) |ca| {
        if (ca == .obj) {
            if (ca.obj.ty.kind == .property) {
                const p = Object.as(ca.obj, Property);
                if (p.fset == .none) return propertyMissing(v, p.name orelse name, "setter");
                _ = try call.call2(p.fset, v, x);
                return;
            }
            if (ca.obj.ty == &slots.member_type) return slots.set(ca, v, x);
            if (ca.obj.ty.flags.heap) {
                if (lookupType(ca.obj.ty, &names.__set__)) |s| {
                    _ = try call.callUnbound(s, ca, &.{ v, x });
                    return;
                }
            }
        }
    }
    // BaseException's args, __cause__, __traceback__ ... are slots, not __dict__ entries.
    if (t.kind == .exception) {
        if (try @import("../builtins/excattrs.zig").set(Object.as(o, exc.ExcObject), name.bytes, x)) return;
    }
    // object() instances have no __dict__.
    if (t == &types.object_type) return exc.raiseFmt(&types.AttributeError, "'object' object has no attribute '{s}'", .{name.bytes});
    // Fixed-slot instances have no dict: every slot was a member descriptor above.
    if (t.flags.fixed_slots) {
        if (lookupType(t, name) != null) return exc.raiseFmt(&types.AttributeError, "'{s}' object attribute '{s}' is read-only", .{ t.name, name.bytes });
        return exc.raiseFmt(&types.AttributeError, "'{s}' object has no attribute '{s}'", .{ t.name, name.bytes });
    }
    if (t.flags.slots and !slotAllowed(t, name)) {
        return exc.raiseFmt(&types.AttributeError, "'{s}' object has no attribute '{s}'", .{ t.name, name.bytes });
    }
    if (t.flags.slot_base and t.kind == .instance and slotAllowed(t, name)) {
        const inst = Object.as(o, Instance);
        if (inst.slot_vals == null) inst.slot_vals = dict_mod.new();
        dict_mod.setStr(inst.slot_vals.?, name, x);
        return;
    }
    if (str_mod.eql(name, &names.__dict__)) if (try replaceDict(o, x)) return;
    const d = instanceDictCreate(o) orelse return exc.raiseFmt(&types.AttributeError, "'{s}' object has no attribute '{s}'", .{ t.name, name.bytes });
    dict_mod.setStr(d, name, x);
}

/// `o.__dict__ = x` for the objects whose __dict__ is a settable slot (CPython's getset
/// descriptor): instances, exceptions and functions. False for the others.
fn replaceDict(o: *Object, x: Value) Error!bool {
    const slot: *?*Dict = switch (o.ty.kind) {
        .instance => if (o.ty.flags.slots) return false else {
            if (!x.isKind(.dict)) return dictTypeError(x);
            Object.as(o, Instance).dict = x.as(Dict);
            return true;
        },
        .exception => &Object.as(o, exc.ExcObject).dict,
        .function => &Object.as(o, call.Function).dict,
        else => return false,
    };
    if (!x.isKind(.dict)) return dictTypeError(x);
    slot.* = x.as(Dict);
    return true;
}

fn dictTypeError(x: Value) Error {
    return exc.raiseFmt(&types.TypeError, "__dict__ must be set to a dictionary, not a '{s}'", .{ops.typeName(x)});
}

/// class.slotAllowed, remembered in the lookup cache for names that are no class attribute
/// (__slots__ are fixed when the class is created, as in CPython).
fn slotAllowed(t: *Type, name: *Str) bool {
    if (attr_cache.cacheable(t)) {
        if (attr_cache.entry(t, name)) |e| if (attr_cache.coversMro(e, t)) {
            if (e.slot == .unknown) e.slot = if (class.slotAllowed(t, name)) .yes else .no;
            return e.slot == .yes;
        };
    }
    return class.slotAllowed(t, name);
}

pub fn delattr(v: Value, name: *Str) Error!void {
    if (v == .obj) {
        const o = v.obj;
        if (lookupType(o.ty, name)) |ca| {
            if (ca == .obj and ca.obj.ty.kind == .property) {
                const p = Object.as(ca.obj, Property);
                if (p.fdel == .none) return propertyMissing(v, p.name orelse name, "deleter");
                _ = try call.call1(p.fdel, v);
                return;
            }
        }
        if (o.ty.flags.heap) {
            if (lookupType(o.ty, &names.__delattr__)) |da| {
                if (da.obj.ty.kind != .builtin_function) {
                    _ = try call.callUnbound(da, v, &.{name.val()});
                    return;
                }
            }
        }
        // A slot (core/slots.zig), after any __delattr__ of the class's.
        if (lookupType(o.ty, name)) |ca| if (slots.isMember(ca)) return slots.delete(ca, v);
        if (o.ty.kind == .type) {
            const t = Object.as(o, Type);
            if (t.dict) |d| if (try dict_mod.remove(d, name.val())) |_| return;
            return exc.raiseFmt(&types.AttributeError, "type object '{s}' has no attribute '{s}'", .{ t.name, name.bytes });
        }
        if (instanceDict(o)) |d| {
            if (try dict_mod.remove(d, name.val())) |_| return;
        }
        if (o.ty.flags.slot_base and o.ty.kind == .instance) {
            if (Object.as(o, Instance).slot_vals) |sv| if (try dict_mod.remove(sv, name.val())) |_| return;
        }
    }
    return exc.raiseFmt(&types.AttributeError, "'{s}' object has no attribute '{s}'", .{ ops.typeName(v), name.bytes });
}

/// `obj.name(args)`: like getattr + call, without allocating a bound method for the common
/// cases (functions on the class, native methods of builtin types).
pub fn callMethod(obj: Value, name: *Str, args: call.Args) Error!Value {
    const t = ops.typeOf(obj);
    // A builtin type's native method (`s.strip()`, `xs.append(x)`), straight from the lookup
    // cache: these kinds' instances have no attribute dict that could shadow it.
    if (!t.flags.heap and !t.flags.has_getattribute and attr_cache.cacheable(t)) switch (t.kind) {
        .module, .type, .super, .function, .exception, .instance => {},
        else => if (attr_cache.entry(t, name)) |e| {
            if (e.native) |b| if (b.owner.len != 0) return b.impl(obj, args);
        },
    };
    if (obj == .obj and (obj.obj.ty.kind == .module or obj.obj.ty.kind == .type or obj.obj.ty.kind == .super)) {
        return call.call(try getattr(obj, name), args);
    }
    if (!t.flags.has_getattribute) {
        if (lookupType(t, name)) |ca| {
            if (ca == .obj) {
                const k = ca.obj.ty.kind;
                const in_dict = if (obj == .obj) if (instanceDict(obj.obj)) |d| dict_mod.getStr(d, name) != null else false else false;
                if (!in_dict) {
                    if (k == .function) return call.callWithSelf(ca, obj, args);
                    if (k == .builtin_function) {
                        const b = Object.as(ca.obj, call.Builtin);
                        if (b.owner.len != 0) return b.impl(obj, args);
                    }
                }
            }
        }
    }
    return call.call(try getattr(obj, name), args);
}

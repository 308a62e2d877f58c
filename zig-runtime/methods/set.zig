//! Methods of `set` and `frozenset`, with CPython 3.11's semantics and messages. The set
//! algebra itself (and its exact table order) is core/set.zig's; these are the argument-checking
//! wrappers. frozenset gets the non-mutating methods, each bound to its own owner name so that
//! `set.add(frozenset())` fails as in CPython.
const std = @import("std");
const rt = @import("../rt.zig");
const cargs = @import("cargs.zig");
const natives = @import("../core/natives.zig");
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const Set = rt.set.Set;
const types = rt.types;
const exc = rt.exc;
const set = rt.set;

inline fn self_(v: Value) *Set {
    return v.as(Set);
}

fn addImpl(self: Value, args: Args) Error!Value {
    try set.add(self_(self), try cargs.one("set.add", args));
    return .none;
}

fn removeImpl(self: Value, args: Args) Error!Value {
    try set.remove(self_(self), try cargs.one("set.remove", args));
    return .none;
}

fn discardImpl(self: Value, args: Args) Error!Value {
    _ = try set.discard(self_(self), try cargs.one("set.discard", args));
    return .none;
}

fn popImpl(self: Value, args: Args) Error!Value {
    try cargs.none("set.pop", args);
    return set.pop(self_(self));
}

fn clearImpl(self: Value, args: Args) Error!Value {
    try cargs.none("set.clear", args);
    set.clear(self_(self));
    return .none;
}

fn updateImpl(self: Value, args: Args) Error!Value {
    try noKw("set.update", args);
    for (args.pos) |o| try set.update(self_(self), o);
    return .none;
}

fn intersectionUpdateImpl(self: Value, args: Args) Error!Value {
    try noKw("set.intersection_update", args);
    try set.intersectionUpdateMany(self_(self), args.pos);
    return .none;
}

fn differenceUpdateImpl(self: Value, args: Args) Error!Value {
    try noKw("set.difference_update", args);
    for (args.pos) |o| try set.differenceUpdate(self_(self), o);
    return .none;
}

fn symmetricDifferenceUpdateImpl(self: Value, args: Args) Error!Value {
    try set.symmetricDifferenceUpdate(self_(self), try cargs.one("set.symmetric_difference_update", args));
    return .none;
}

/// `set.__init__(iterable=())`: empties the set, then adds the elements.
fn initImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("set", "set", args, 0, 1);
    const s = self_(self);
    if (s.t.fill != 0) set.clear(s);
    if (args.pos.len == 1) try set.update(s, args.pos[0]);
    return .none;
}

fn noKw(comptime qualname: []const u8, args: Args) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, qualname ++ "() takes no keyword arguments");
}

fn hashImpl(self: Value, args: Args) Error!Value {
    _ = args;
    return cargs.unhashable(self);
}

fn frozenHashImpl(self: Value, args: Args) Error!Value {
    try cargs.none("frozenset.__hash__", args);
    return Value.fromSmall(try set.frozensetHash(self.obj));
}

/// In-place operators: NotImplemented unless the other operand is a set.
fn inplaceImpl(comptime op: rt.ops.BinOp, comptime name: []const u8) cargs.Impl {
    return struct {
        fn f(self: Value, args: Args) Error!Value {
            const other = try cargs.one("set." ++ name, args);
            return (try set.inplace(op, self, other)) orelse cargs.notImplemented();
        }
    }.f;
}

/// The methods both types have, for owner "set" or "frozenset".
fn Shared(comptime owner: []const u8, comptime accepts: fn (Value) bool) type {
    return struct {
        fn m(comptime name: []const u8, comptime impl: cargs.Impl) rt.call.Builtin {
            return cargs.method(owner, name, accepts, impl);
        }

        fn copyImpl(self: Value, args: Args) Error!Value {
            try cargs.none(owner ++ ".copy", args);
            // frozenset.copy() of an exact frozenset is the frozenset itself.
            if (self.obj.ty == &types.frozenset_type) return self;
            return (try set.copy(self_(self))).val();
        }

        fn unionImpl(self: Value, args: Args) Error!Value {
            try noKw(owner ++ ".union", args);
            return (try set.unionMany(self_(self), args.pos)).val();
        }

        fn intersectionImpl(self: Value, args: Args) Error!Value {
            try noKw(owner ++ ".intersection", args);
            return (try set.intersectionMany(self_(self), args.pos)).val();
        }

        fn differenceImpl(self: Value, args: Args) Error!Value {
            try noKw(owner ++ ".difference", args);
            return (try set.differenceMany(self_(self), args.pos)).val();
        }

        fn symmetricDifferenceImpl(self: Value, args: Args) Error!Value {
            return (try set.symmetricDifference(self_(self), try cargs.one(owner ++ ".symmetric_difference", args))).val();
        }

        fn issubsetImpl(self: Value, args: Args) Error!Value {
            return Value.fromBool(try set.isSubset(self_(self), try cargs.one(owner ++ ".issubset", args)));
        }

        fn issupersetImpl(self: Value, args: Args) Error!Value {
            return Value.fromBool(try set.isSuperset(self_(self), try cargs.one(owner ++ ".issuperset", args)));
        }

        fn isdisjointImpl(self: Value, args: Args) Error!Value {
            return Value.fromBool(try set.isDisjoint(self_(self), try cargs.one(owner ++ ".isdisjoint", args)));
        }

        fn lenImpl(self: Value, args: Args) Error!Value {
            try cargs.none(owner ++ ".__len__", args);
            return Value.fromSmall(@intCast(self_(self).t.used));
        }

        fn containsImpl(self: Value, args: Args) Error!Value {
            return Value.fromBool(try set.containsValue(self_(self), try cargs.one(owner ++ ".__contains__", args)));
        }

        fn iterImpl(self: Value, args: Args) Error!Value {
            try cargs.none(owner ++ ".__iter__", args);
            return set.iter(self.obj);
        }

        fn reprImpl(self: Value, args: Args) Error!Value {
            try cargs.none(owner ++ ".__repr__", args);
            var b = rt.Builder{};
            try set.reprInto(&b, self.obj);
            return b.finish().val();
        }

        /// `a op b` with the receiver on the left (or, reflected, on the right).
        fn binaryImpl(comptime op: rt.ops.BinOp, comptime name: []const u8, comptime reflected: bool) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    const other = try cargs.one(owner ++ "." ++ name, args);
                    const r = if (reflected) try set.binary(op, other, self) else try set.binary(op, self, other);
                    return r orelse cargs.notImplemented();
                }
            }.f;
        }

        fn cmpImpl(comptime op: rt.ops.CmpOp) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    const other = try cargs.one(owner ++ ".__" ++ @tagName(op) ++ "__", args);
                    if (!set.isAnySet(other)) return cargs.notImplemented();
                    return Value.fromBool((try set.compare(op, self.obj, other.obj)).?);
                }
            }.f;
        }

        var copy_b = m("copy", copyImpl);
        var union_b = m("union", unionImpl);
        var intersection_b = m("intersection", intersectionImpl);
        var difference_b = m("difference", differenceImpl);
        var symmetric_difference_b = m("symmetric_difference", symmetricDifferenceImpl);
        var issubset_b = m("issubset", issubsetImpl);
        var issuperset_b = m("issuperset", issupersetImpl);
        var isdisjoint_b = m("isdisjoint", isdisjointImpl);
        var len_b = m("__len__", lenImpl);
        var contains_b = m("__contains__", containsImpl);
        var iter_b = m("__iter__", iterImpl);
        var repr_b = m("__repr__", reprImpl);
        var or_b = m("__or__", binaryImpl(.bor, "__or__", false));
        var and_b = m("__and__", binaryImpl(.band, "__and__", false));
        var sub_b = m("__sub__", binaryImpl(.sub, "__sub__", false));
        var xor_b = m("__xor__", binaryImpl(.bxor, "__xor__", false));
        var ror_b = m("__ror__", binaryImpl(.bor, "__ror__", true));
        var rand_b = m("__rand__", binaryImpl(.band, "__rand__", true));
        var rsub_b = m("__rsub__", binaryImpl(.sub, "__rsub__", true));
        var rxor_b = m("__rxor__", binaryImpl(.bxor, "__rxor__", true));
        var eq_b = m("__eq__", cmpImpl(.eq));
        var ne_b = m("__ne__", cmpImpl(.ne));
        var lt_b = m("__lt__", cmpImpl(.lt));
        var le_b = m("__le__", cmpImpl(.le));
        var gt_b = m("__gt__", cmpImpl(.gt));
        var ge_b = m("__ge__", cmpImpl(.ge));

        const entries = .{
            .{ "copy", &copy_b },
            .{ "union", &union_b },
            .{ "intersection", &intersection_b },
            .{ "difference", &difference_b },
            .{ "symmetric_difference", &symmetric_difference_b },
            .{ "issubset", &issubset_b },
            .{ "issuperset", &issuperset_b },
            .{ "isdisjoint", &isdisjoint_b },
            .{ "__len__", &len_b },
            .{ "__contains__", &contains_b },
            .{ "__iter__", &iter_b },
            .{ "__repr__", &repr_b },
            .{ "__or__", &or_b },
            .{ "__and__", &and_b },
            .{ "__sub__", &sub_b },
            .{ "__xor__", &xor_b },
            .{ "__ror__", &ror_b },
            .{ "__rand__", &rand_b },
            .{ "__rsub__", &rsub_b },
            .{ "__rxor__", &rxor_b },
            .{ "__eq__", &eq_b },
            .{ "__ne__", &ne_b },
            .{ "__lt__", &lt_b },
            .{ "__le__", &le_b },
            .{ "__gt__", &gt_b },
            .{ "__ge__", &ge_b },
        };
    };
}

const SetShared = Shared("set", cargs.isSet);
const FrozenShared = Shared("frozenset", cargs.isFrozenset);

fn sm(comptime name: []const u8, comptime impl: cargs.Impl) rt.call.Builtin {
    return cargs.method("set", name, cargs.isSet, impl);
}

var add_b = sm("add", addImpl);
var remove_b = sm("remove", removeImpl);
var discard_b = sm("discard", discardImpl);
var pop_b = sm("pop", popImpl);
var clear_b = sm("clear", clearImpl);
var update_b = sm("update", updateImpl);
var intersection_update_b = sm("intersection_update", intersectionUpdateImpl);
var difference_update_b = sm("difference_update", differenceUpdateImpl);
var symmetric_difference_update_b = sm("symmetric_difference_update", symmetricDifferenceUpdateImpl);
var ior_b = sm("__ior__", inplaceImpl(.bor, "__ior__"));
var iand_b = sm("__iand__", inplaceImpl(.band, "__iand__"));
var isub_b = sm("__isub__", inplaceImpl(.sub, "__isub__"));
var ixor_b = sm("__ixor__", inplaceImpl(.bxor, "__ixor__"));
var init_b = sm("__init__", initImpl);
var hash_b = sm("__hash__", hashImpl);
var frozen_hash_b = cargs.method("frozenset", "__hash__", cargs.isFrozenset, frozenHashImpl);

pub const set_table = natives.Table.initComptime(SetShared.entries ++ .{
    .{ "add", &add_b },
    .{ "remove", &remove_b },
    .{ "discard", &discard_b },
    .{ "pop", &pop_b },
    .{ "clear", &clear_b },
    .{ "update", &update_b },
    .{ "intersection_update", &intersection_update_b },
    .{ "difference_update", &difference_update_b },
    .{ "symmetric_difference_update", &symmetric_difference_update_b },
    .{ "__ior__", &ior_b },
    .{ "__iand__", &iand_b },
    .{ "__isub__", &isub_b },
    .{ "__ixor__", &ixor_b },
    .{ "__init__", &init_b },
    .{ "__hash__", &hash_b },
});

pub const frozenset_table = natives.Table.initComptime(FrozenShared.entries ++ .{
    .{ "__hash__", &frozen_hash_b },
});

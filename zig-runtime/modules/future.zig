//! `typing` (annotations only) and `__future__`: the names exist so imports and annotations
//! evaluate; subscripting them (`List[int]`) gives back the same object; `cast` returns its
//! value; `TYPE_CHECKING` is False.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const Value = rt.Value;
const Error = rt.Error;

var mod: ?*rt.Module = null;
var future_mod: ?*rt.Module = null;

pub var special_type: rt.Type = .{ .base = .{ .ty = &rt.types.type_type }, .kind = .native, .name = "_SpecialForm", .qualname = "_SpecialForm", .module = "typing", .bases = &.{&rt.types.object_type}, .mro = &.{&rt.types.object_type}, .native = &special_ops };
const special_ops: rt.value.NativeOps = .{ .getitem = specialGetitem, .repr = specialRepr };

const Special = struct {
    base: rt.Object,
    name: []const u8,
};

fn specialGetitem(self: Value, key: Value) anyerror!Value {
    _ = key;
    return self;
}

fn specialRepr(self: Value, w: *std.Io.Writer) anyerror!void {
    try w.print("typing.{s}", .{self.as(Special).name});
}

const names = [_][]const u8{ "Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Callable", "Iterable", "Iterator", "Generator", "Sequence", "Mapping", "Generic", "ClassVar", "Final", "Type", "NoReturn", "Literal", "DefaultDict", "Deque", "Counter", "MutableMapping", "MutableSequence", "Hashable", "Sized", "Reversible", "Collection", "AbstractSet", "SupportsInt", "SupportsFloat", "IO", "TextIO", "Protocol" };
var specials: [names.len]?*Special = .{null} ** names.len;

fn cast_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("cast", args, 2, 2);
    return args.pos[1];
}
var cast_obj = registry.func("cast", cast_);

fn typevar_(args: rt.Args) Error!Value {
    if (args.pos.len == 0) return rt.exc.raiseMsg(&rt.types.TypeError, "TypeVar() missing required argument 'name'");
    const s = rt.mem.create(Special, .scan);
    s.* = .{ .base = .{ .ty = &special_type }, .name = args.pos[0].as(rt.Str).bytes };
    return .{ .obj = &s.base };
}
var typevar_obj = registry.func("TypeVar", typevar_);

fn identity_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("overload", args, 1, 1);
    return args.pos[0];
}
var overload_obj = registry.func("overload", identity_);

pub fn module() Value {
    return registry.nativeModule(&mod, "typing", get);
}

pub fn futureModule() Value {
    return registry.nativeModule(&future_mod, "__future__", futureGet);
}

fn futureGet(name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "annotations")) return Value.True;
    return null;
}

fn get(name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "cast")) return cast_obj.val();
    if (std.mem.eql(u8, name, "TypeVar") or std.mem.eql(u8, name, "NewType")) return typevar_obj.val();
    if (std.mem.eql(u8, name, "overload")) return overload_obj.val();
    if (std.mem.eql(u8, name, "TYPE_CHECKING")) return Value.False;
    for (names, 0..) |n, i| {
        if (std.mem.eql(u8, n, name)) {
            if (specials[i] == null) {
                const s = rt.mem.create(Special, .scan);
                s.* = .{ .base = .{ .ty = &special_type }, .name = n };
                specials[i] = s;
                rt.mem.addRoot(@ptrCast(&specials[i]), @sizeOf(?*Special));
            }
            return .{ .obj = &specials[i].?.base };
        }
    }
    return null;
}

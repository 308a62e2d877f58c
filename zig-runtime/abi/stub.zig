//! The program side of the runtime ABI (see exports.zig): calling a runtime function through
//! its exported C-ABI wrapper, with the signature read from surface.zig.
const std = @import("std");
const surface = @import("surface.zig");
const Error = @import("../core/err.zig").Error;

const Wrapper = *const fn (args: *const anyopaque, out: *anyopaque) callconv(.c) u8;

/// The runtime function named `name` in the surface (its type only: bodies stay unanalyzed).
fn FnOf(comptime name: []const u8) type {
    // Generous: inline calls (constructor dispatchers, attribute fast paths) make the first
    // lookups of many names count against one big function's budget (a module body's).
    @setEvalBranchQuota(10_000_000);
    inline for (surface.functions) |e| {
        if (comptime std.mem.eql(u8, e[0], name)) return @TypeOf(e[1]);
    }
    @compileError("pyaot ABI: no runtime function '" ++ name ++ "' in abi/surface.zig");
}

fn Ret(comptime F: type) type {
    return @typeInfo(F).@"fn".return_type.?;
}

/// The return type a program sees: error unions carry the program's own error.PyException.
fn ClientRet(comptime F: type) type {
    const R = Ret(F);
    return switch (@typeInfo(R)) {
        .error_union => |eu| Error!eu.payload,
        .error_set => Error,
        else => R,
    };
}

/// Calls the wrapper `sym` (a surface function of type F) with `args` (an ArgsTuple of F).
pub inline fn invoke(comptime F: type, comptime sym: []const u8, args: std.meta.ArgsTuple(F)) ClientRet(F) {
    const ext = @extern(Wrapper, .{ .name = sym });
    const R = Ret(F);
    switch (@typeInfo(R)) {
        .error_union => |eu| {
            var out: eu.payload = undefined;
            if (ext(&args, @ptrCast(&out)) != 0) return error.PyException;
            return out;
        },
        .error_set => {
            var dummy: u8 = 0;
            _ = ext(&args, &dummy);
            return error.PyException;
        },
        else => {
            var out: R = undefined;
            _ = ext(&args, if (R == void) @ptrCast(&out) else @ptrCast(&out));
            return out;
        },
    }
}

/// `call("ops_add", .{a, b})`.
pub inline fn call(comptime name: []const u8, args: anytype) ClientRet(FnOf(name)) {
    const F = FnOf(name);
    return invoke(F, "pyaot_" ++ name, args);
}

/// `S("ops_add").f` has the runtime function's signature and calls it through the ABI.
pub fn S(comptime name: []const u8) type {
    return Stub(FnOf(name), "pyaot_" ++ name);
}

/// The same for a builtin function of bi.zig (`B("len_").f`).
pub fn B(comptime name: []const u8) type {
    return Stub(@TypeOf(@field(surface.bi_module, name)), "pyaot_bi_" ++ name);
}

fn Stub(comptime F: type, comptime sym: []const u8) type {
    const P = @typeInfo(F).@"fn".params;
    const R = ClientRet(F);
    const T = struct {
        fn t(comptime i: usize) type {
            return P[i].type.?;
        }
    };
    return switch (P.len) {
        0 => struct {
            pub fn f() R {
                return invoke(F, sym, .{});
            }
        },
        1 => struct {
            pub fn f(a: T.t(0)) R {
                return invoke(F, sym, .{a});
            }
        },
        2 => struct {
            pub fn f(a: T.t(0), b: T.t(1)) R {
                return invoke(F, sym, .{ a, b });
            }
        },
        3 => struct {
            pub fn f(a: T.t(0), b: T.t(1), c: T.t(2)) R {
                return invoke(F, sym, .{ a, b, c });
            }
        },
        4 => struct {
            pub fn f(a: T.t(0), b: T.t(1), c: T.t(2), d: T.t(3)) R {
                return invoke(F, sym, .{ a, b, c, d });
            }
        },
        5 => struct {
            pub fn f(a: T.t(0), b: T.t(1), c: T.t(2), d: T.t(3), e: T.t(4)) R {
                return invoke(F, sym, .{ a, b, c, d, e });
            }
        },
        6 => struct {
            pub fn f(a: T.t(0), b: T.t(1), c: T.t(2), d: T.t(3), e: T.t(4), g: T.t(5)) R {
                return invoke(F, sym, .{ a, b, c, d, e, g });
            }
        },
        7 => struct {
            pub fn f(a: T.t(0), b: T.t(1), c: T.t(2), d: T.t(3), e: T.t(4), g: T.t(5), h: T.t(6)) R {
                return invoke(F, sym, .{ a, b, c, d, e, g, h });
            }
        },
        else => @compileError("pyaot ABI: too many parameters for " ++ sym),
    };
}

/// The address of a runtime global of type T (runtime objects are not extern-compatible, so the
/// runtime exports their addresses as pointer constants; this is a load, not a constant).
pub inline fn global(comptime T: type, comptime sym: []const u8) *T {
    return @ptrCast(@alignCast(@constCast(@extern(*const *const anyopaque, .{ .name = sym }).*)));
}

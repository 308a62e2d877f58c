//! The root of the runtime object: exports a C-ABI wrapper for every function of the ABI
//! surface (surface.zig) and the address of every global a program uses. Built once per
//! machine by compiler/zig/runtime.ts; programs link it.
//!
//! Calling convention of a wrapper `pyaot_<name>(args, out) u8`: `args` points at the
//! function's arguments as a std.meta.ArgsTuple; the result is stored at `out`; the status is
//! 0, or 1 when the function returned error.PyException (the exception is pending in the
//! runtime, exc.current). Error values never cross the boundary: each object numbers its
//! errors on its own.
const std = @import("std");
const surface = @import("abi/surface.zig");
const rt = @import("rt.zig");
const Value = @import("core/value.zig").Value;

pub const Status = u8;

/// Copies a Value result to the program's `out` as two 8-byte loads and one 16-byte store.
/// The callee usually writes its result as two 8-byte stores; a plain struct copy reloads it
/// as one 16-byte load, which cannot be forwarded from two smaller stores and stalls until
/// they retire (measured: the hottest instruction of every boxed runtime call). 8-byte loads
/// forward from either store shape, and the program side reloads `out` as the 16 bytes
/// stored here. The volatile reads keep LLVM from merging the two loads back into one.
inline fn storeValue(out: *anyopaque, r: *const Value) void {
    const src: *const volatile [2]u64 = @ptrCast(r);
    const v: @Vector(2, u64) = .{ src[0], src[1] };
    const o: *align(8) @Vector(2, u64) = @ptrCast(@alignCast(out));
    o.* = v;
}

fn Wrap(comptime f: anytype) type {
    const F = @TypeOf(f);
    const info = @typeInfo(F).@"fn";
    const Args = std.meta.ArgsTuple(F);
    const R = info.return_type.?;
    return struct {
        fn w(args: *const anyopaque, out: *anyopaque) callconv(.c) Status {
            const a: *const Args = @ptrCast(@alignCast(args));
            switch (@typeInfo(R)) {
                .error_union => |eu| {
                    const r = @call(.auto, f, a.*) catch return 1;
                    if (eu.payload == Value) {
                        storeValue(out, &r);
                    } else if (eu.payload != void) {
                        const o: *eu.payload = @ptrCast(@alignCast(out));
                        o.* = r;
                    }
                    return 0;
                },
                .error_set => {
                    _ = @intFromError(@call(.auto, f, a.*));
                    return 1;
                },
                else => {
                    const r = @call(.auto, f, a.*);
                    if (R != void) {
                        const o: *R = @ptrCast(@alignCast(out));
                        o.* = r;
                    }
                    return 0;
                },
            }
        }
    };
}

fn Addr(comptime ptr: anytype) type {
    return struct {
        const p: *const anyopaque = @ptrCast(ptr);
    };
}

comptime {
    @setEvalBranchQuota(100_000);
    for (surface.functions) |e| @export(&Wrap(e[1]).w, .{ .name = "pyaot_" ++ e[0] });
    // Runtime objects are not extern-compatible types, so their addresses are exported as
    // pointer constants; a program loads them once at start (client.zig).
    for (surface.globals) |e| @export(&Addr(e[1]).p, .{ .name = "pyaot_g_" ++ e[0] });
    for (surface.type_names) |n| @export(&Addr(&@field(rt.types, n)).p, .{ .name = "pyaot_t_" ++ n });
    // A plain u64 is extern-compatible: exported as the variable itself, the inline-cache guard
    // every attribute site checks (client_attr.zig guardEpoch) is one load, not a pointer chase.
    @export(&@import("core/dict.zig").guard_epoch, .{ .name = "pyaot_v_guard_epoch" });
    for (@typeInfo(surface.bi_module).@"struct".decls) |d| {
        if (std.mem.endsWith(u8, d.name, "_obj")) {
            @export(&Addr(&@field(surface.bi_module, d.name)).p, .{ .name = "pyaot_bi_" ++ d.name });
        } else if (std.mem.endsWith(u8, d.name, "_") and @typeInfo(@TypeOf(@field(surface.bi_module, d.name))) == .@"fn") {
            @export(&Wrap(@field(surface.bi_module, d.name)).w, .{ .name = "pyaot_bi_" ++ d.name });
        }
    }
}

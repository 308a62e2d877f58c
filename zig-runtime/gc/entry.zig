//! Entering the collector with every register root on the stack, and nothing else.
//!
//! Under ReleaseFast the only copy of a pointer may sit in a register. Caller-saved registers
//! are dead across a call (the ABI makes callers keep what they need elsewhere), but
//! callee-saved ones may hold a caller's live pointer. Every path that can collect (the
//! allocation slow paths and `collect`) therefore enters through `Entry(inner).call`, a naked
//! function that pushes the callee-saved registers (System V x86_64: rbx, rbp, r12-r15; AAPCS64:
//! x19-x29, lr and the low halves of v8-v15, where LLVM may park an integer), then calls
//! `inner` with the resulting stack pointer as `stack_top`.
//!
//! The conservative stack scan covers [stack_top, stack_bottom): the pushed registers (every
//! slot written just now) and the mutator's frames. It excludes the collector's own frames,
//! which sit below `stack_top` and hold its working values (the heap base, chunk and slot
//! addresses) and stale slots that a prologue reserved but never wrote; scanning those is how a
//! conservative collector keeps dead trees alive. (Boehm's GC_with_callee_saves_pushed is the
//! same idea.)

const std = @import("std");
const builtin = @import("builtin");

/// An entry body: two arguments passed through untouched, plus the scan start.
pub const Inner = fn (argument0: usize, argument1: usize, stack_top: usize) callconv(.c) usize;
pub const Call = *const fn (argument0: usize, argument1: usize) callconv(.c) usize;

pub fn Entry(comptime inner: Inner) type {
    return struct {
        /// Calls `inner(argument0, argument1, stack_top)` and returns its result. Cost: seven
        /// pushes, two calls, seven pops.
        pub const call: Call = @ptrCast(&pushRegistersAndCall);

        fn pushRegistersAndCall() callconv(.naked) void {
            switch (builtin.cpu.arch) {
                // Entry: rsp = 8 (mod 16). Seven pushes (the last a zero, so no slot of the scanned
                // range is left unwritten) realign it to 0 for the call.
                .x86_64 => asm volatile (
                    \\pushq %%rbp
                    \\movq %%rsp, %%rbp
                    \\pushq %%rbx
                    \\pushq %%r12
                    \\pushq %%r13
                    \\pushq %%r14
                    \\pushq %%r15
                    \\pushq $0
                    \\movq %%rsp, %%rdx
                    \\callq %[inner:P]
                    \\addq $8, %%rsp
                    \\popq %%r15
                    \\popq %%r14
                    \\popq %%r13
                    \\popq %%r12
                    \\popq %%rbx
                    \\popq %%rbp
                    \\retq
                    :
                    : [inner] "X" (&inner),
                ),
                // 160 bytes: fp and lr, x19-x28, d8-d15; sp stays 16-byte aligned. `inner`
                // preserves the callee-saved registers itself, so only fp and lr are reloaded.
                .aarch64 => asm volatile (
                    \\stp x29, x30, [sp, #-160]!
                    \\mov x29, sp
                    \\stp x19, x20, [sp, #16]
                    \\stp x21, x22, [sp, #32]
                    \\stp x23, x24, [sp, #48]
                    \\stp x25, x26, [sp, #64]
                    \\stp x27, x28, [sp, #80]
                    \\stp d8, d9, [sp, #96]
                    \\stp d10, d11, [sp, #112]
                    \\stp d12, d13, [sp, #128]
                    \\stp d14, d15, [sp, #144]
                    \\mov x2, sp
                    \\bl %[inner]
                    \\ldp x29, x30, [sp], #160
                    \\ret
                    :
                    : [inner] "X" (&inner),
                ),
                else => @compileError("pyaot gc: the collector entry is written for x86_64 and aarch64 only"),
            }
        }
    };
}

fn echoStackTop(argument0: usize, argument1: usize, stack_top: usize) callconv(.c) usize {
    std.debug.assert(argument0 == 11);
    std.debug.assert(argument1 == 22);
    return stack_top;
}

test "the entry passes arguments through and hands a stack top inside the caller's stack" {
    var marker: usize = 0;
    std.mem.doNotOptimizeAway(&marker);
    const stack_top = Entry(echoStackTop).call(11, 22);
    try std.testing.expect(stack_top < @intFromPtr(&marker));
    try std.testing.expect(@intFromPtr(&marker) - stack_top < 4096);
    try std.testing.expect(stack_top % 16 == 0);
}

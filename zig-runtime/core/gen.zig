//! Generators: objects wrapping a compiled state machine.
//!
//! The compiler turns a generator function's body into a resume function over a frame struct
//! (its locals plus a state number), so a generator costs no thread or stack of its own. This
//! file is the protocol around it: next/send/throw/close, the "already executing" guard, the
//! return value that becomes StopIteration.value, and PEP 479 (a StopIteration escaping the body
//! becomes RuntimeError).
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const ops = @import("ops.zig");
const Value = value.Value;
const Object = value.Object;
const Error = @import("err.zig").Error;

/// How the generator is being resumed.
pub const Resume = enum(u8) {
    /// next() or send(v): the value of the pending `yield` expression is `sent`.
    send,
    /// throw(e): the exception is pending (exc.current) and raised at the pending `yield`.
    throw,
};

/// A compiled generator body (C ABI: compiled programs are a separate object, see abi/):
/// returns 0 with the yielded value in `out`, 1 when the body finished, 2 with an exception
/// pending.
pub const ResumeFn = *const fn (frame: *anyopaque, sent: *const Value, how: u8, out: *Value) callconv(.c) u8;

pub const Generator = struct {
    base: Object,
    frame: *anyopaque,
    resumeFn: ResumeFn,
    state: State = .created,
    /// The function's `return` value once finished (StopIteration.value).
    return_value: Value = .none,
    name: []const u8,
    qualname: []const u8,

    pub const State = enum(u8) { created, suspended, running, finished };
    pub const kind: value.Kind = .generator;
    pub inline fn val(g: *Generator) Value {
        return .{ .obj = &g.base };
    }
};

fn callResume(g: *Generator, sent: Value, how: Resume) Error!?Value {
    var out: Value = undefined;
    return switch (g.resumeFn(g.frame, &sent, @intFromEnum(how), &out)) {
        0 => out,
        1 => null,
        else => error.PyException,
    };
}

pub fn new(frame: *anyopaque, resumeFn: ResumeFn, name: []const u8, qualname: []const u8) *Generator {
    const g = mem.create(Generator, .scan);
    g.* = .{ .base = .{ .ty = &types.generator_type }, .frame = frame, .resumeFn = resumeFn, .name = name, .qualname = qualname };
    return g;
}

/// Sets the value a finished generator returns (called by generated code on `return x`).
pub fn setReturn(g: *Generator, v: Value) void {
    g.return_value = v;
}

fn step(g: *Generator, sent: Value, how: Resume) Error!?Value {
    switch (g.state) {
        .running => return exc.raiseMsg(&types.ValueError, "generator already executing"),
        .finished => {
            if (how == .throw) return error.PyException;
            return null;
        },
        else => {},
    }
    g.state = .running;
    const r = callResume(g, sent, how) catch |e| {
        g.state = .finished;
        if (exc.current) |cur| {
            if (cur.base.ty == &types.StopIteration or cur.base.ty.isSubtype(&types.StopIteration)) {
                // PEP 479: StopIteration raised inside a generator becomes RuntimeError.
                const cause = exc.take();
                const re = exc.newException(&types.RuntimeError, &.{str_mod.static("generator raised StopIteration").val()});
                re.cause = cause.val();
                re.context = cause.val();
                re.suppress_context = true;
                return exc.raise(re);
            }
        }
        return e;
    };
    g.state = if (r == null) .finished else .suspended;
    return r;
}

/// `next(g)`: the next yielded value, or null when the generator finished.
pub fn next(o: *Object) Error!?Value {
    return step(Object.as(o, Generator), .none, .send);
}

/// `g.send(v)`: raises StopIteration(return value) when the generator finishes.
pub fn send(g: *Generator, v: Value) Error!Value {
    if (g.state == .created and v != .none)
        return exc.raiseMsg(&types.TypeError, "can't send non-None value to a just-started generator");
    if (try step(g, v, .send)) |y| return y;
    return stopIteration(g);
}

fn stopIteration(g: *Generator) Error {
    const rv = g.return_value;
    g.return_value = .none;
    if (rv == .none) return exc.raiseEmpty(&types.StopIteration);
    const e = exc.newException(&types.StopIteration, &.{rv});
    e.extra = rv;
    return exc.raise(e);
}

/// `g.throw(e)`: raises `e` at the paused `yield`.
pub fn throw(g: *Generator, e: *exc.ExcObject) Error!Value {
    _ = exc.raise(e) catch {};
    if (g.state == .created) {
        // Never started: the exception is raised "at the top", finishing the generator.
        g.state = .finished;
        return error.PyException;
    }
    if (try step(g, .none, .throw)) |y| return y;
    return stopIteration(g);
}

/// `g.close()`: raises GeneratorExit at the paused `yield`; fine if the generator exits.
pub fn close(g: *Generator) Error!void {
    if (g.state == .created or g.state == .finished) {
        g.state = .finished;
        return;
    }
    _ = exc.raiseEmpty(&types.GeneratorExit) catch {};
    const r = step(g, .none, .throw) catch |e| {
        if (exc.current) |cur| {
            if (cur.base.ty.isSubtype(&types.GeneratorExit) or cur.base.ty.isSubtype(&types.StopIteration)) {
                _ = exc.take();
                return;
            }
        }
        return e;
    };
    if (r != null) return exc.raiseMsg(&types.RuntimeError, "generator ignored GeneratorExit");
}

/// The end of a `for` loop over a new generator only the loop holds (the compiler's
/// `for x in gen(...)` of a generator function nothing rebinds): there CPython drops the last
/// reference and the generator's finalizer closes it at once, running its `finally` blocks and
/// `with` exits. A tracing collector never would, so the compiled loop closes it on every way
/// out (exhausted, `break`, `return`, an exception). As in CPython's finalizer, an exception
/// from closing is reported on stderr and not raised, and one already propagating out of the
/// loop stays the one in flight.
pub fn closeDropped(x: Value) void {
    if (x != .obj or x.obj.ty != &types.generator_type) return;
    const g = Object.as(x.obj, Generator);
    switch (g.state) {
        .finished, .running => return,
        .created => g.state = .finished,
        .suspended => {
            const pending = exc.current;
            exc.current = null;
            close(g) catch @import("start.zig").reportUnraisable(x);
            exc.current = pending;
        },
    }
}

/// The value a `yield from` expression evaluates to once the delegate finishes.
pub fn returnValueOf(g: *Generator) Value {
    const rv = g.return_value;
    g.return_value = .none;
    return rv;
}

// ---- yield from ------------------------------------------------------------------------------

/// The delegate of `yield from x`: a generator itself, or an iterator over x.
pub fn delegateIter(v: Value) Error!Value {
    if (v.isKind(.generator)) return v;
    return @import("iter.zig").iter(v);
}

/// One step of `yield from`: resumes the delegate with `sent` (or the pending exception when
/// `how == .throw`); returns its next yielded value, or null when it finished.
pub fn delegate(d: Value, sent: Value, how: Resume) Error!?Value {
    if (d.isKind(.generator)) {
        const g = d.as(Generator);
        if (how == .throw) {
            // A GeneratorExit thrown in closes the delegate, then continues outward.
            if (exc.current) |cur| if (cur.base.ty.isSubtype(&types.GeneratorExit)) {
                const pending = exc.take();
                close(g) catch {};
                exc.current = pending;
                return error.PyException;
            };
            if (g.state == .created) {
                g.state = .finished;
                return error.PyException;
            }
            return step(g, .none, .throw);
        }
        if (sent != .none and g.state == .created)
            return exc.raiseMsg(&types.TypeError, "can't send non-None value to a just-started generator");
        return step(g, sent, .send);
    }
    if (how == .throw) return error.PyException;
    if (sent != .none) {
        const m = try @import("attr.zig").callMethod(d, str_mod.static("send"), .{ .pos = &.{sent} });
        return m;
    }
    return @import("iter.zig").next(d);
}

/// The value of a finished `yield from`: the delegate generator's return value (None for
/// other iterators).
pub fn delegateResult(d: Value) Value {
    if (d.isKind(.generator)) return returnValueOf(d.as(Generator));
    return .none;
}

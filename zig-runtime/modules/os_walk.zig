//! os.walk as CPython 3.11's recursive generator, run as an explicit stack of directories so
//! it stays lazy: a directory is listed only when the walk reaches it, and top-down walks
//! descend into the `dirnames` list as the caller left it (pruned or reordered in place).
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const fs = @import("osfs.zig");
const ospath = @import("ospath.zig");
const Value = rt.Value;
const Error = rt.Error;

/// One directory on the stack: [top, dirnames, filenames, walk_dirs, next index, listed].
const Frame = struct {
    const top = 0;
    const dirs = 1;
    const nondirs = 2;
    const walk_dirs = 3;
    const next = 4;
    const listed = 5;
    const len = 6;
};

/// The walk's settings, in the iterator's `b` tuple.
const Opt = struct {
    const topdown = 0;
    const onerror = 1;
    const followlinks = 2;
};

pub fn walk_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "walk", .names = &.{ "top", "topdown", "onerror", "followlinks" }, .n_pos = 4, .n_req = 1 }, args);
    const topdown = if (a[1]) |v| try rt.ops.truthy(v) else true;
    const followlinks = if (a[3]) |v| try rt.ops.truthy(v) else false;
    const opts = rt.tupleOf(&.{ Value.fromBool(topdown), a[2] orelse .none, Value.fromBool(followlinks) });
    const stack = rt.list.new();
    // os.fspath(top) happens at the first next(), as in CPython's generator.
    rt.list.append(stack, newFrame(a[0].?).val());
    const it = rt.iter.newIter(&rt.iter.iterator_type, next, stack.val());
    it.b = opts;
    return it.val();
}

fn newFrame(top: Value) *rt.List {
    const f = rt.list.withLen(Frame.len);
    const items = f.items();
    items[Frame.top] = top;
    items[Frame.next] = Value.fromSmall(0);
    items[Frame.listed] = Value.False;
    return f;
}

fn next(it: *rt.iter.NativeIter) Error!?Value {
    const stack = it.a.as(rt.List);
    const opts = it.b.as(rt.Tuple).items;
    const topdown = opts[Opt.topdown].bool;
    const followlinks = opts[Opt.followlinks].bool;
    while (stack.len > 0) {
        const frame = stack.items()[stack.len - 1].as(rt.List).items();
        if (frame[Frame.listed] == .bool and !frame[Frame.listed].bool) {
            const ok = try list(frame, topdown, followlinks, opts[Opt.onerror]);
            if (!ok) {
                _ = try rt.list.pop(stack, -1);
                continue;
            }
            frame[Frame.listed] = Value.True;
            if (topdown) return triple(frame);
            continue;
        }
        const i: usize = @intCast(frame[Frame.next].int.small());
        const top = try fs.fspath(frame[Frame.top]);
        if (topdown) {
            // `for dirname in dirs`: the list as the caller left it.
            const dirs = frame[Frame.dirs].as(rt.List);
            if (i < dirs.len) {
                frame[Frame.next] = Value.fromSmall(@intCast(i + 1));
                const name = try fs.fspath(dirs.items()[i]);
                const new_path = ospath.joinAll(&.{ top.bytes, name.bytes });
                if (followlinks or !isLink(new_path)) rt.list.append(stack, newFrame(top.make(new_path)).val());
                continue;
            }
            _ = try rt.list.pop(stack, -1);
            continue;
        }
        const walk_dirs = frame[Frame.walk_dirs].as(rt.List);
        if (i < walk_dirs.len) {
            frame[Frame.next] = Value.fromSmall(@intCast(i + 1));
            rt.list.append(stack, newFrame(walk_dirs.items()[i]).val());
            continue;
        }
        _ = try rt.list.pop(stack, -1);
        return triple(frame);
    }
    return null;
}

fn triple(frame: []const Value) Value {
    return rt.tupleOf(&.{ frame[Frame.top], frame[Frame.dirs], frame[Frame.nondirs] });
}

fn isLink(path: []const u8) bool {
    return switch (fs.statRaw(fs.dupeZ(path), false)) {
        .ok => |st| fs.isLinkMode(st.mode),
        .err => false,
    };
}

/// Lists the frame's directory into dirnames and filenames (and, bottom-up, the paths to
/// descend into); false when it cannot be listed (onerror, if given, gets the OSError).
fn list(frame: []Value, topdown: bool, followlinks: bool, onerror: Value) Error!bool {
    const top = try fs.fspath(frame[Frame.top]);
    frame[Frame.top] = top.val;
    const entries = switch (fs.listRaw(fs.dupeZ(top.bytes))) {
        .ok => |l| l,
        .err => |e| {
            if (onerror != .none) _ = try rt.call.call1(onerror, (try fs.newOSError(e, top.val, null)).val());
            return false;
        },
    };
    const dirs = rt.list.new();
    const nondirs = rt.list.new();
    const walk_dirs = rt.list.new();
    for (entries) |e| {
        const name = top.make(e.name);
        if (fs.entryIsDir(top.bytes, e)) {
            rt.list.append(dirs, name);
            if (!topdown and (followlinks or !fs.entryIsLink(top.bytes, e))) {
                rt.list.append(walk_dirs, top.make(ospath.joinAll(&.{ top.bytes, e.name })));
            }
        } else {
            rt.list.append(nondirs, name);
        }
    }
    frame[Frame.dirs] = dirs.val();
    frame[Frame.nondirs] = nondirs.val();
    frame[Frame.walk_dirs] = walk_dirs.val();
    return true;
}

//! Standard streams. stdout is buffered (line-buffered on a terminal, block-buffered into a
//! pipe, as CPython does) and always flushed before the process exits, on every path: normal
//! end, sys.exit, an uncaught exception. stderr is written through at once.
const std = @import("std");
const posix = std.posix;

pub const Stream = struct {
    fd: posix.fd_t,
    buf: [1 << 16]u8 = undefined,
    len: usize = 0,
    line_buffered: bool = false,
    /// Buffered at all (stderr is not).
    buffered: bool = true,
    failed: bool = false,

    pub fn write(s: *Stream, bytes: []const u8) void {
        if (!s.buffered) return writeAll(s, bytes);
        if (s.len + bytes.len > s.buf.len) {
            s.flush();
            if (bytes.len > s.buf.len) return writeAll(s, bytes);
        }
        @memcpy(s.buf[s.len..][0..bytes.len], bytes);
        s.len += bytes.len;
        if (s.line_buffered and std.mem.indexOfScalar(u8, bytes, '\n') != null) s.flush();
    }

    pub fn writeByte(s: *Stream, c: u8) void {
        if (s.len == s.buf.len) s.flush();
        s.buf[s.len] = c;
        s.len += 1;
        if (s.line_buffered and c == '\n') s.flush();
    }

    pub fn flush(s: *Stream) void {
        if (s.len == 0) return;
        writeAll(s, s.buf[0..s.len]);
        s.len = 0;
    }

    fn writeAll(s: *Stream, bytes: []const u8) void {
        var off: usize = 0;
        while (off < bytes.len) {
            const n = posix.write(s.fd, bytes[off..]) catch {
                // A closed pipe (`prog | head`) or full disk: stop writing, like CPython does
                // after reporting the error once at exit.
                s.failed = true;
                return;
            };
            off += n;
        }
    }
};

pub var stdout: Stream = .{ .fd = 1 };
pub var stderr: Stream = .{ .fd = 2, .buffered = false };

pub fn init() void {
    stdout.line_buffered = posix.isatty(1);
}

pub fn flushAll() void {
    stdout.flush();
    stderr.flush();
    @import("../builtins/files.zig").flushOpenFiles();
}

/// One read of stdin: the byte count (0 at end or on error), or null when a Ctrl-C interrupted
/// the wait (the caller raises KeyboardInterrupt through interrupt.check; nothing is lost).
fn readInterruptible(buf: []u8) ?usize {
    while (true) {
        const rc = std.os.linux.read(0, buf.ptr, buf.len);
        switch (std.os.linux.E.init(rc)) {
            .SUCCESS => return rc,
            .INTR => if (@import("interrupt.zig").isPending()) return null,
            else => return 0,
        }
    }
}

/// Reads all of stdin (sys.stdin.read()).
pub const StdinReader = struct {
    buf: []u8 = &.{},
    start: usize = 0,
    end: usize = 0,
    eof: bool = false,

    fn fill(r: *StdinReader) bool {
        if (r.eof) return false;
        const mem = @import("mem.zig");
        if (r.buf.len == 0) r.buf = mem.allocSlice(u8, .noscan, 1 << 16);
        if (r.start > 0 and r.start == r.end) {
            r.start = 0;
            r.end = 0;
        }
        if (r.end == r.buf.len) {
            if (r.start > 0) {
                std.mem.copyForwards(u8, r.buf[0 .. r.end - r.start], r.buf[r.start..r.end]);
                r.end -= r.start;
                r.start = 0;
            } else {
                r.buf = mem.resizeSlice(u8, .noscan, r.buf, r.buf.len * 2);
            }
        }
        // Anything written to stdout so far must be visible before we block on input.
        stdout.flush();
        const n = readInterruptible(r.buf[r.end..]) orelse return false;
        if (n == 0) {
            r.eof = true;
            return false;
        }
        r.end += n;
        return true;
    }

    /// The next line including its '\n' (without it at EOF), or null at EOF.
    pub fn readLine(r: *StdinReader) ?[]const u8 {
        while (true) {
            if (std.mem.indexOfScalar(u8, r.buf[r.start..r.end], '\n')) |i| {
                const line = r.buf[r.start .. r.start + i + 1];
                r.start += i + 1;
                return line;
            }
            if (!r.fill()) {
                if (r.start == r.end) return null;
                const line = r.buf[r.start..r.end];
                r.start = r.end;
                return line;
            }
        }
    }

    /// Everything left.
    pub fn readAll(r: *StdinReader) []const u8 {
        while (r.fill()) {}
        // Interrupted (Ctrl-C): keep what was read for a later read; the caller raises.
        if (@import("interrupt.zig").isPending()) return "";
        const rest = r.buf[r.start..r.end];
        r.start = r.end;
        return rest;
    }
};

pub var stdin: StdinReader = .{};

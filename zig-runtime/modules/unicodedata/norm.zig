//! Unicode normalization (UAX #15) as CPython 3.11's unicodedata does it (nfd_nfkd and
//! nfc_nfkc in Modules/unicodedata.c): full decomposition, canonical ordering, then canonical
//! composition, with Hangul syllables decomposed and composed algorithmically.
const std = @import("std");
const rt = @import("../../rt.zig");
const data = @import("data.zig");

pub const Form = enum { nfc, nfkc, nfd, nfkd };

const s_base = 0xAC00;
const l_base = 0x1100;
const v_base = 0x1161;
const t_base = 0x11A7;
const l_count = 19;
const v_count = 21;
const t_count = 28;
const n_count = v_count * t_count;
const s_count = l_count * n_count;

/// A growable code point buffer in GC memory (it holds no pointers).
const Buf = struct {
    items: []u21 = &.{},
    len: usize = 0,

    fn push(b: *Buf, cp: u21) void {
        if (b.len == b.items.len) {
            const cap = @max(16, b.items.len * 2);
            b.items = if (b.items.len == 0) rt.mem.allocSlice(u21, .noscan, cap) else rt.mem.resizeSlice(u21, .noscan, b.items, cap);
        }
        b.items[b.len] = cp;
        b.len += 1;
    }
    fn slice(b: *const Buf) []u21 {
        return b.items[0..b.len];
    }
};

/// Appends the full (recursive) decomposition of `cp`: canonical only, or also compatibility.
fn decompose(out: *Buf, cp: u21, compat: bool) void {
    if (cp >= s_base and cp < s_base + s_count) {
        const s = cp - s_base;
        out.push(l_base + s / n_count);
        out.push(v_base + (s % n_count) / t_count);
        if (s % t_count != 0) out.push(t_base + s % t_count);
        return;
    }
    var d = data.decomposition(cp);
    if (d.len == 0) return out.push(cp);
    if (d[0] == '<') {
        if (!compat) return out.push(cp);
        d = d[std.mem.indexOfScalar(u8, d, ' ').? + 1 ..];
    }
    var parts = std.mem.splitScalar(u8, d, ' ');
    while (parts.next()) |h| decompose(out, std.fmt.parseInt(u21, h, 16) catch unreachable, compat);
}

/// NFD or NFKD of `text` (UTF-8), canonically ordered.
fn decomposed(text: []const u8, compat: bool) Buf {
    var out = Buf{};
    var i: usize = 0;
    while (i < text.len) {
        decompose(&out, rt.str.decodeAt(text, i), compat);
        i += rt.str.seqLen(text[i]);
    }
    // Canonical ordering: a stable insertion sort of each run of non-starters by combining class.
    const s = out.slice();
    var k: usize = 1;
    while (k < s.len) : (k += 1) {
        const cur = data.combining(s[k]);
        if (cur == 0) continue;
        var j = k;
        while (j > 0) : (j -= 1) {
            const prev = data.combining(s[j - 1]);
            if (prev == 0 or prev <= cur) break;
            std.mem.swap(u21, &s[j], &s[j - 1]);
        }
    }
    return out;
}

/// Canonical composition of a decomposed, ordered buffer, in place; returns the new length.
fn compose(s: []u21) usize {
    const removed: u21 = 0x1FFFFF; // not a code point: marks a character merged into a starter
    var o: usize = 0;
    var i: usize = 0;
    while (i < s.len) {
        var code = s[i];
        if (code == removed) {
            i += 1;
            continue;
        }
        // Hangul <L, V> and <LV, T> compose arithmetically.
        if (code >= l_base and code < l_base + l_count and i + 1 < s.len and s[i + 1] >= v_base and s[i + 1] < v_base + v_count) {
            code = s_base + ((code - l_base) * v_count + (s[i + 1] - v_base)) * t_count;
            i += 2;
            if (i < s.len and s[i] > t_base and s[i] < t_base + t_count) {
                code += s[i] - t_base;
                i += 1;
            }
            s[o] = code;
            o += 1;
            continue;
        }
        // Combine with each following character that is not blocked, up to the next starter
        // that does not combine. `last` is the class of the last character left uncombined.
        var last: u8 = 0;
        var j = i + 1;
        while (j < s.len) : (j += 1) {
            const c = data.combining(s[j]);
            if (last != 0) {
                if (c == 0) break;
                if (last >= c) continue; // blocked
            }
            if (data.compose(code, s[j])) |composite| {
                code = composite;
                s[j] = removed;
                continue;
            }
            if (c == 0) break;
            last = c;
        }
        s[o] = code;
        o += 1;
        i += 1;
    }
    return o;
}

pub fn normalize(form: Form, s: *rt.Str) *rt.Str {
    // ASCII is invariant under every form.
    if (s.ascii) return s;
    const compat = form == .nfkc or form == .nfkd;
    const buf = decomposed(s.bytes, compat);
    const cps = buf.slice();
    const n = if (form == .nfc or form == .nfkc) compose(cps) else cps.len;
    var b = rt.Builder.initCapacity(s.bytes.len + 8);
    for (cps[0..n]) |cp| b.appendCodePoint(cp);
    return b.finish();
}

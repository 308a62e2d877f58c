//! The Unicode 14.0.0 character database behind the unicodedata module, generated from CPython
//! 3.11's own unicodedata by gen-unicodedata.py (props.gz, names.gz; layout documented there).
//! Both blobs are gunzipped on first use into memory that lives as long as the program (never
//! GC'd: it holds no Python objects), so programs that never ask pay only the compressed bytes.
const std = @import("std");

/// Names of the property values, in gen-unicodedata.py's CATS / BIDI / EAW order.
pub const categories = [_][]const u8{ "Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So" };
pub const bidi_classes = [_][]const u8{ "", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI" };
pub const widths = [_][]const u8{ "F", "H", "W", "Na", "A", "N" };

const shift = 7;

/// The per-code-point properties (one of a few hundred distinct records).
pub const Record = struct { category: u8, bidi: u8, width: u8, combining: u8, mirrored: u8 };

pub const Numeric = struct { value: f64, decimal: i8, digit: i8 };

const Props = struct {
    records: []const u8,
    index1: []const u8,
    blocks: []const u8,
    decomp: []const u8,
    pool: []const u8,
    numeric: []const u8,
    pairs: []const u8,
};

var props_cache: ?Props = null;

/// Permanent memory for the tables; out of memory here is fatal, as everywhere in the runtime.
fn gunzip(gz: []const u8) []const u8 {
    // gzip's trailer ends with the uncompressed size (mod 2^32; the blobs are far smaller).
    const n = std.mem.readInt(u32, gz[gz.len - 4 ..][0..4], .little);
    // Slack past the end: the decoder asks for room for a whole match before writing it.
    const out = std.heap.page_allocator.alloc(u8, n + 1024) catch @panic("out of memory");
    var in: std.Io.Reader = .fixed(gz);
    var w: std.Io.Writer = .fixed(out);
    var d: std.compress.flate.Decompress = .init(&in, .gzip, &.{});
    const got = d.reader.streamRemaining(&w) catch @panic("unicodedata: corrupt embedded table");
    if (got != n) @panic("unicodedata: corrupt embedded table");
    return out[0..n];
}

const Cursor = struct {
    b: []const u8,
    pos: usize = 0,
    fn int(c: *Cursor) u32 {
        defer c.pos += 4;
        return std.mem.readInt(u32, c.b[c.pos..][0..4], .little);
    }
    fn take(c: *Cursor, n: usize) []const u8 {
        defer c.pos += n;
        return c.b[c.pos..][0..n];
    }
};

fn props() *const Props {
    if (props_cache == null) {
        var c = Cursor{ .b = gunzip(@embedFile("props.gz")) };
        var p: Props = undefined;
        p.records = c.take(c.int() * 5);
        p.index1 = c.take(c.int() * 2);
        p.blocks = c.take(c.int() * (2 << shift));
        p.decomp = c.take(c.int() * 8);
        p.pool = c.take(c.int());
        p.numeric = c.take(c.int() * 14);
        p.pairs = c.take(c.int() * 12);
        props_cache = p;
    }
    return &props_cache.?;
}

fn u16At(b: []const u8, i: usize) u16 {
    return std.mem.readInt(u16, b[i * 2 ..][0..2], .little);
}

fn u32At(b: []const u8, byte: usize) u32 {
    return std.mem.readInt(u32, b[byte..][0..4], .little);
}

pub fn record(cp: u21) Record {
    const p = props();
    const block = u16At(p.index1, cp >> shift);
    const id = u16At(p.blocks, (@as(usize, block) << shift) + (cp & ((1 << shift) - 1)));
    const r = p.records[@as(usize, id) * 5 ..][0..5];
    return .{ .category = r[0], .bidi = r[1], .width = r[2], .combining = r[3], .mirrored = r[4] };
}

pub fn combining(cp: u21) u8 {
    return record(cp).combining;
}

/// Binary search over fixed-size entries that start with a u32 key.
fn find(table: []const u8, comptime size: usize, key: u32) ?usize {
    var lo: usize = 0;
    var hi: usize = table.len / size;
    while (lo < hi) {
        const mid = (lo + hi) / 2;
        const k = u32At(table, mid * size);
        if (k == key) return mid;
        if (k < key) lo = mid + 1 else hi = mid;
    }
    return null;
}

/// UnicodeData.txt's decomposition field as unicodedata.decomposition() returns it
/// ("<compat> 0020 0301", "" when none; Hangul syllables have none: they are algorithmic).
pub fn decomposition(cp: u21) []const u8 {
    const p = props();
    const i = find(p.decomp, 8, cp) orelse return "";
    const start = u32At(p.decomp, i * 8 + 4);
    const end = if ((i + 1) * 8 < p.decomp.len) u32At(p.decomp, (i + 1) * 8 + 4) else p.pool.len;
    return p.pool[start..end];
}

pub fn numeric(cp: u21) ?Numeric {
    const p = props();
    const i = find(p.numeric, 14, cp) orelse return null;
    const e = p.numeric[i * 14 ..][0..14];
    return .{
        .value = @bitCast(std.mem.readInt(u64, e[4..12], .little)),
        .decimal = @bitCast(e[12]),
        .digit = @bitCast(e[13]),
    };
}

/// The primary composite of the canonical pair (a, b), if NFC composes it.
pub fn compose(a: u21, b: u21) ?u21 {
    const pairs = props().pairs;
    var lo: usize = 0;
    var hi: usize = pairs.len / 12;
    const key = (@as(u64, a) << 32) | b;
    while (lo < hi) {
        const mid = (lo + hi) / 2;
        const k = (@as(u64, u32At(pairs, mid * 12)) << 32) | u32At(pairs, mid * 12 + 4);
        if (k == key) return @intCast(u32At(pairs, mid * 12 + 8));
        if (k < key) lo = mid + 1 else hi = mid;
    }
    return null;
}

// ---- Names -----------------------------------------------------------------------------------

const Names = struct {
    /// Code points with a stored name, ascending, and each one's name.
    cps: []const u21,
    names: []const []const u8,
    /// Upper-case name -> text (one code point, or a named sequence / alias's code points),
    /// for lookup(); names, then aliases and named sequences.
    by_name: std.StringHashMapUnmanaged([]const u21),
};

var names_cache: ?Names = null;

fn names() *Names {
    if (names_cache == null) names_cache = loadNames();
    return &names_cache.?;
}

fn loadNames() Names {
    const a = std.heap.page_allocator;
    const text = gunzip(@embedFile("names.gz"));
    const split = std.mem.indexOf(u8, text, "\n\n") orelse text.len;
    const count = std.mem.count(u8, text[0..split], "\n") + 1;
    const cps = a.alloc(u21, count) catch @panic("out of memory");
    const ns = a.alloc([]const u8, count) catch @panic("out of memory");
    var map: std.StringHashMapUnmanaged([]const u21) = .empty;
    map.ensureTotalCapacity(a, @intCast(count + 1024)) catch @panic("out of memory");
    var cp: u32 = 0;
    var it = std.mem.splitScalar(u8, text[0..split], '\n');
    var i: usize = 0;
    while (it.next()) |line| : (i += 1) {
        const tab = std.mem.indexOfScalar(u8, line, '\t').?;
        cp += std.fmt.parseInt(u32, line[0..tab], 16) catch unreachable;
        cps[i] = @intCast(cp);
        ns[i] = line[tab + 1 ..];
        map.putAssumeCapacity(ns[i], cps[i .. i + 1]);
    }
    if (split < text.len) {
        var extra = std.mem.splitScalar(u8, text[split + 2 ..], '\n');
        while (extra.next()) |line| {
            const tab = std.mem.indexOfScalar(u8, line, '\t').?;
            const n = std.mem.count(u8, line[0..tab], " ") + 1;
            const seq = a.alloc(u21, n) catch @panic("out of memory");
            var hexes = std.mem.splitScalar(u8, line[0..tab], ' ');
            var k: usize = 0;
            while (hexes.next()) |h| : (k += 1) seq[k] = std.fmt.parseInt(u21, h, 16) catch unreachable;
            map.put(a, line[tab + 1 ..], seq) catch @panic("out of memory");
        }
    }
    return .{ .cps = cps, .names = ns, .by_name = map };
}

/// The stored (non-algorithmic) name of `cp`.
pub fn storedName(cp: u21) ?[]const u8 {
    const n = names();
    const i = std.sort.binarySearch(u21, n.cps, cp, struct {
        fn order(key: u21, item: u21) std.math.Order {
            return std.math.order(key, item);
        }
    }.order) orelse return null;
    return n.names[i];
}

/// The code points named `upper` (already upper-cased): a name, an alias or a named sequence.
pub fn byName(upper: []const u8) ?[]const u21 {
    return names().by_name.get(upper);
}

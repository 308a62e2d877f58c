//! Size classes of the small-object heap and the geometry of their runs.
//!
//! The heap is cut into 64 KiB chunks. A small object (at most `small_size_max` bytes) lives in a
//! *run*: one or more consecutive chunks holding slots of a single class size. Classes are 16-byte
//! steps up to 128 bytes, then four per power of two (160, 192, 224, 256, 320, ...) up to 256 KiB,
//! so rounding wastes at most 25% and usually far less. Each class picks the run length (in
//! chunks) that leaves the smallest unusable tail, which lets 80 KiB objects pack five to a
//! 320 KiB run instead of one to a chunk-granular large object.
//!
//! Mapping an interior pointer to its slot is a division by the class size; marking does it for
//! every candidate word, so it is a multiply by a precomputed reciprocal instead
//! (`slotIndex`). The reciprocal is exact for every offset inside a run because
//! `run_bytes * size <= 2^reciprocal_shift` (asserted below, and checked at every slot boundary
//! in the tests).

const std = @import("std");
const assert = std.debug.assert;

pub const chunk_shift = 16;
pub const chunk_bytes: usize = 1 << chunk_shift;
/// Every object is aligned to and rounded up to this many bytes.
pub const granule_bytes = 16;
/// A run's allocation and mark bitmaps live in the side table slot of its head chunk, which has
/// room for one bit per granule of one chunk.
pub const bitmap_bits_per_chunk = chunk_bytes / granule_bytes;
pub const bitmap_words_per_chunk = bitmap_bits_per_chunk / 64;

pub const small_size_max: usize = 256 * 1024;
pub const run_bytes_max: usize = 4 << 20;
pub const reciprocal_shift = 40;

/// Classes 0..7 step by 16 bytes (16..128); after that four classes per doubling up to 256 KiB.
pub const linear_class_count = 8;
pub const class_count = linear_class_count + 4 * (18 - 7);

pub const Class = struct {
    /// Slot size in bytes; a multiple of `granule_bytes`.
    size: u32,
    /// Run length in chunks.
    run_chunks: u32,
    /// Slots per run (`run_chunks * chunk_bytes / size`).
    slots: u32,
    /// Bitmap words that hold `slots` bits.
    words: u32,
    /// ceil(2^reciprocal_shift / size): `(offset * reciprocal) >> reciprocal_shift == offset / size`.
    reciprocal: u64,
};

pub const classes: [class_count]Class = build: {
    @setEvalBranchQuota(100_000);
    var table: [class_count]Class = undefined;
    for (&table, 0..) |*class, index| class.* = makeClass(classSizeOf(index));
    break :build table;
};

/// Class index for every size up to `lookup_size_max`, indexed by `ceil(size / 16)`.
const lookup_size_max = 1024;
const lookup_table: [lookup_size_max / granule_bytes + 1]u8 = build: {
    @setEvalBranchQuota(100_000);
    var table: [lookup_size_max / granule_bytes + 1]u8 = undefined;
    for (&table, 0..) |*entry, granules| entry.* = classOfSlow(if (granules == 0) granule_bytes else granules * granule_bytes);
    break :build table;
};

comptime {
    assert(classes[class_count - 1].size == small_size_max);
    assert(bitmap_words_per_chunk * 64 == bitmap_bits_per_chunk);
    for (classes, 0..) |class, index| {
        assert(class.size % granule_bytes == 0);
        if (index > 0) assert(class.size > classes[index - 1].size);
        assert(class.slots >= 1);
        assert(class.slots <= bitmap_bits_per_chunk);
        assert(class.words <= bitmap_words_per_chunk);
        assert(class.run_chunks * chunk_bytes <= run_bytes_max);
        // Exactness of the reciprocal division over the whole run.
        assert(@as(u64, class.run_chunks) * chunk_bytes * class.size <= (@as(u64, 1) << reciprocal_shift));
    }
}

fn classSizeOf(index: usize) u32 {
    if (index < linear_class_count) return @intCast((index + 1) * granule_bytes);
    const step = index - linear_class_count;
    const exponent = 7 + step / 4; // the class lies in (2^exponent, 2^(exponent+1)]
    const quarter = step % 4;
    return @intCast((5 + quarter) << (exponent - 2));
}

fn makeClass(size: u32) Class {
    // Pick the run length with the least wasted tail; stop early once waste is under 1/64.
    var best_chunks: u32 = 0;
    var best_waste: u64 = std.math.maxInt(u64);
    var chunks: u32 = 1;
    while (chunks * chunk_bytes <= run_bytes_max) : (chunks += 1) {
        const run_bytes: u64 = chunks * chunk_bytes;
        const slots = run_bytes / size;
        if (slots == 0 or slots > bitmap_bits_per_chunk) continue;
        const waste = run_bytes - slots * size;
        // Compare waste ratios: waste / run_bytes < best_waste / (best_chunks * chunk_bytes).
        if (best_chunks == 0 or waste * best_chunks < best_waste * chunks) {
            best_chunks = chunks;
            best_waste = waste;
        }
        if (waste * 64 <= run_bytes) break;
    }
    assert(best_chunks > 0);
    const slots: u32 = @intCast(best_chunks * chunk_bytes / size);
    return .{
        .size = size,
        .run_chunks = best_chunks,
        .slots = slots,
        .words = (slots + 63) / 64,
        .reciprocal = ((@as(u64, 1) << reciprocal_shift) + size - 1) / size,
    };
}

fn classOfSlow(size: usize) u8 {
    for (classes, 0..) |class, index| {
        if (size <= class.size) return @intCast(index);
    }
    unreachable;
}

/// The smallest class whose slots hold `size` bytes. Cost: one table load for sizes up to 1 KiB,
/// a count-leading-zeros and three shifts above. Asserts `size <= small_size_max`.
pub inline fn classOf(size: usize) u8 {
    assert(size <= small_size_max);
    if (size <= lookup_size_max) return lookup_table[(size + granule_bytes - 1) / granule_bytes];
    // size > 1024: with m = size - 1 and e = floor(log2 m), the class is the quarter of
    // (2^e, 2^(e+1)] that holds size; the two bits under the leading one of m name the quarter.
    const m = size - 1;
    const exponent: u6 = @intCast(63 - @clz(m));
    const quarter = (m >> (exponent - 2)) & 3;
    return @intCast(linear_class_count + (exponent - 7) * 4 + quarter);
}

/// The slot that holds byte `offset` of a run of `class`. The result may be `>= slots` for an
/// offset in the run's unused tail; callers check.
pub inline fn slotIndex(class: *const Class, offset: usize) usize {
    return @intCast((@as(u64, offset) * class.reciprocal) >> reciprocal_shift);
}

test "classOf picks the smallest fitting class for every size" {
    var size: usize = 0;
    while (size <= small_size_max) : (size += if (size < 4096) 1 else 7) {
        const index = classOf(size);
        try std.testing.expect(classes[index].size >= size);
        if (index > 0) try std.testing.expect(classes[index - 1].size < @max(size, 1));
    }
    try std.testing.expectEqual(@as(u8, class_count - 1), classOf(small_size_max));
}

test "slotIndex is exact at every slot boundary of every class" {
    for (&classes) |*class| {
        var slot: usize = 0;
        while (slot < class.slots) : (slot += 1) {
            const first = slot * class.size;
            try std.testing.expectEqual(slot, slotIndex(class, first));
            try std.testing.expectEqual(slot, slotIndex(class, first + class.size - 1));
        }
        // The tail after the last slot maps past the end, so it is rejected.
        const tail = class.slots * class.size;
        if (tail < class.run_chunks * chunk_bytes) try std.testing.expect(slotIndex(class, tail) >= class.slots);
    }
}

test "runs waste little" {
    for (classes) |class| {
        const run_bytes = class.run_chunks * chunk_bytes;
        const waste = run_bytes - class.slots * class.size;
        try std.testing.expect(waste * 8 <= run_bytes);
    }
}

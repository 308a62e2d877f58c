//! Finalizers: a callback for the few runtime objects that own something outside the heap
//! (an open file's descriptor and buffer).
//!
//! The registry lives in page-allocator memory, which is never scanned, so registering an
//! object does not keep it alive. After marking, every registered object that was not reached
//! moves to the pending queue and is marked, with everything it references, so it survives this
//! collection: the finalizer may read it. Pending objects are roots of later collections until
//! their finalizer has run, so a collection started by a finalizer's own allocation cannot free
//! them. Each finalizer runs exactly once, after the collection, outside the collector (it may
//! allocate); the object is reclaimed by the next collection unless the finalizer stored it
//! somewhere reachable. Finalizers of objects that die together run in no particular order.

const std = @import("std");
const assert = std.debug.assert;
const Heap = @import("heap.zig").Heap;
const Marker = @import("mark.zig").Marker;

pub const Finalizer = *const fn (object: *anyopaque) void;

const Entry = struct { address: usize, finalizer: Finalizer };

pub const Finalizers = struct {
    registered: std.ArrayListUnmanaged(Entry) = .empty,
    pending: std.ArrayListUnmanaged(Entry) = .empty,
    /// Set while `runPending` calls finalizers, so a nested collection leaves the queue to it.
    running: bool = false,
    finalized_count: u64 = 0,

    pub fn deinit(finalizers: *Finalizers) void {
        finalizers.registered.deinit(std.heap.page_allocator);
        finalizers.pending.deinit(std.heap.page_allocator);
        finalizers.* = undefined;
    }

    /// Cost: amortized O(1).
    pub fn register(finalizers: *Finalizers, address: usize, finalizer: Finalizer) error{OutOfMemory}!void {
        try finalizers.registered.append(std.heap.page_allocator, .{ .address = address, .finalizer = finalizer });
    }

    /// Marks pending objects (queued by an earlier collection, finalizers not run yet).
    pub fn markPending(finalizers: *const Finalizers, marker: *Marker) void {
        for (finalizers.pending.items) |entry| marker.markCandidate(entry.address);
    }

    /// After marking: queues unreached registered objects and marks them (and what they
    /// reference) so they outlive this collection. Cost: O(registered) plus the marking.
    pub fn queueUnreached(finalizers: *Finalizers, heap: *const Heap, marker: *Marker) error{OutOfMemory}!void {
        const first_new = finalizers.pending.items.len;
        var index: usize = 0;
        while (index < finalizers.registered.items.len) {
            const entry = finalizers.registered.items[index];
            const object = heap.lookup(entry.address).?; // registered objects are never freed explicitly
            if (heap.isMarked(object)) {
                index += 1;
                continue;
            }
            try finalizers.pending.append(std.heap.page_allocator, entry);
            _ = finalizers.registered.swapRemove(index);
        }
        for (finalizers.pending.items[first_new..]) |entry| marker.markCandidate(entry.address);
        marker.finish();
    }

    /// Runs queued finalizers, oldest first. A call nested in a finalizer (through a collection
    /// that its allocation started) returns at once; the outer loop runs what it queued.
    pub fn runPending(finalizers: *Finalizers) void {
        if (finalizers.running) return;
        finalizers.running = true;
        defer finalizers.running = false;
        var index: usize = 0;
        // Bounded: each iteration consumes one entry; entries queued meanwhile are run too.
        while (index < finalizers.pending.items.len) : (index += 1) {
            const entry = finalizers.pending.items[index];
            finalizers.finalized_count += 1;
            entry.finalizer(@ptrFromInt(entry.address));
        }
        finalizers.pending.clearRetainingCapacity();
    }

    /// Runs the finalizer of every registered object, reachable or not, and forgets them all.
    /// For program exit, so open files are flushed and closed. A finalizer's argument is on the
    /// stack while it runs, so the object stays alive through any collection it starts.
    pub fn runAll(finalizers: *Finalizers) void {
        assert(!finalizers.running);
        // Bounded: each pass runs at least one finalizer, and finalizers are finite unless a
        // finalizer registers new ones forever.
        while (finalizers.registered.items.len > 0 or finalizers.pending.items.len > 0) {
            finalizers.runPending();
            const entry = finalizers.registered.pop() orelse continue;
            finalizers.running = true;
            defer finalizers.running = false;
            finalizers.finalized_count += 1;
            entry.finalizer(@ptrFromInt(entry.address));
        }
    }
};

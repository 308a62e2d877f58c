// The one place the pinned Zig version lives: the toolchain finder checks it, and it is part of
// every cache key (a different Zig can produce a different binary from the same source).
export const ZIG_VERSION = '0.15.2';

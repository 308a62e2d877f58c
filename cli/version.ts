// One place for the compiler's version: it is part of every cache key.
export const PYAOT_VERSION = '0.1.0';

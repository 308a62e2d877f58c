//! Number and string formatting, byte-exact with CPython 3.11: repr(float), format() and
//! f-string specs, `%` conversions, round(), float(str), float.hex()/fromhex().
//!
//! Conventions (one for the whole module):
//! - Output goes to a caller-provided `*std.Io.Writer`; nothing here allocates. Wrap an
//!   ArrayList with `std.Io.Writer.Allocating`, or a fixed buffer with `Writer.fixed`.
//!   The hot path `reprBuf` writes into a 24-byte array instead.
//! - Strings in and out are the runtime's UTF-8. Widths and precisions count code points.
//! - Where CPython raises ValueError or OverflowError, a function returns
//!   `error.PythonError` and fills the caller's `Diagnostic`; the runtime raises
//!   `diag.exception()` with the message `diag.write(w, type_name)` renders (type_name is
//!   the formatted object's type: 'int', 'float', 'str', 'bool', ...). Writer failures
//!   are `error.WriteFailed`.
//! - Parsing and rounding functions have their own small error sets, documented on each.
//! - Ints arrive as a sign and the magnitude's digits (they are arbitrary precision); the
//!   i64 helpers produce those digits themselves.
//!
//! Typical use of a spec: `var diag: Diagnostic = .{}; const spec = try Spec.parse(s,
//! &diag); try formatFloat(w, x, &spec, &diag);`. format(x, '') is str(x) for int, float
//! and str, which the default Spec already gives; bool's empty spec ('True') is the
//! caller's, since bool.__format__ only reaches int formatting with a non-empty spec.

const std = @import("std");

pub const Diagnostic = @import("diagnostic.zig").Diagnostic;
pub const Exception = @import("diagnostic.zig").Exception;
pub const Spec = @import("spec.zig").Spec;

const repr = @import("repr.zig");
/// repr(x) / str(x) for a float into a 24-byte buffer; returns the used slice.
pub const reprBuf = repr.reprBuf;
pub const repr_len_max = repr.repr_len_max;
/// repr(x) / str(x) for a float.
pub const writeRepr = repr.writeRepr;

/// format(x, spec) for a float.
pub const formatFloat = @import("format_float.zig").formatFloat;

const format_int = @import("format_int.zig");
/// format(n, spec) for an int given as sign + digits in base `intBase(spec)`.
pub const formatIntDigits = format_int.formatIntDigits;
/// format(n, spec) for an int that fits i64.
pub const formatInt = format_int.formatInt;
/// Whether format(n, spec) means format(float(n), spec).
pub const intNeedsFloat = format_int.intNeedsFloat;
/// The base of the digits formatIntDigits wants for a spec: 2, 8, 10 or 16.
pub const intBase = format_int.intBase;

/// format(s, spec) for a str.
pub const formatStr = @import("format_str.zig").formatStr;

const round_mod = @import("round.zig");
/// round(x, ndigits) for a float; error.Overflow is OverflowError("rounded value too
/// large to represent").
pub const roundDigits = round_mod.roundDigits;
/// round(x) for a float as an integral f64 (halves to even); the caller makes the int.
pub const roundHalfEven = round_mod.roundHalfEven;

const parse_float = @import("parse_float.zig");
/// float(s) for a str; error.Invalid is ValueError("could not convert string to float: ...").
pub const parseFloatStr = parse_float.parseFloatStr;
/// float(b) for bytes.
pub const parseFloatBytes = parse_float.parseFloatBytes;

const percent = @import("percent.zig");
pub const PercentSpec = percent.PercentSpec;
pub const PercentFlags = percent.Flags;
/// '%d' and friends of an int given as sign + digits (base 10, 8 or 16 by conversion).
pub const percentInt = percent.percentInt;
/// '%e' '%f' '%g' and upper-case variants of a float.
pub const percentFloat = percent.percentFloat;
/// '%s' '%r' '%a' '%c' padding and truncation of already converted text.
pub const percentText = percent.percentText;

const hex = @import("hex.zig");
/// float.hex(x).
pub const writeHex = hex.writeHex;
/// float.fromhex(s).
pub const fromHex = hex.fromHex;
pub const FromHexError = hex.FromHexError;

/// Exact decimal digits of doubles (shortest, n significant, n after the point), for
/// callers that lay out numbers themselves.
pub const digits = @import("digits.zig");

test {
    std.testing.refAllDecls(@This());
    _ = @import("text.zig");
    _ = @import("diagnostic.zig");
    _ = @import("spec.zig");
    _ = @import("digits.zig");
    _ = @import("bigdec.zig");
    _ = @import("scaled.zig");
    _ = @import("float_text.zig");
    _ = @import("number_field.zig");
    _ = @import("format_float.zig");
    _ = @import("format_int.zig");
    _ = @import("format_str.zig");
    _ = @import("repr.zig");
    _ = @import("round.zig");
    _ = @import("parse_float.zig");
    _ = @import("percent.zig");
    _ = @import("hex.zig");
}

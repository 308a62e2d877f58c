//! The runtime's facade: everything generated code (and the runtime's own builtins and
//! modules) reaches is named here, so the compiler depends on one stable surface.
pub const std = @import("std");

pub const value = @import("core/value.zig");
pub const Value = value.Value;
pub const Object = value.Object;
pub const Type = value.Type;
pub const Kind = value.Kind;
pub const Int = @import("core/int.zig").Int;
pub const Error = @import("core/err.zig").Error;

pub const mem = @import("core/mem.zig");
pub const types = @import("core/types.zig");
pub const exc = @import("core/exc.zig");
pub const Loc = exc.Loc;
pub const trace = exc.trace;

pub const str = @import("core/str.zig");
pub const Str = str.Str;
pub const Builder = str.Builder;
pub const list = @import("core/list.zig");
pub const List = list.List;
pub const tuple = @import("core/tuple.zig");
pub const Tuple = tuple.Tuple;
pub const dict = @import("core/dict.zig");
pub const Dict = dict.Dict;
pub const set = @import("core/set.zig");
pub const bytes = @import("core/bytes.zig");
pub const range = @import("core/range.zig");
pub const slice = @import("core/slice.zig");
pub const intops = @import("core/intops.zig");
pub const floatops = @import("core/floatops.zig");

pub const ops = @import("core/ops.zig");
pub const seq = @import("core/seq.zig");
pub const sub = @import("core/sub.zig");
pub const attr = @import("core/attr.zig");
pub const call = @import("core/call.zig");
pub const Args = call.Args;
pub const Code = call.Code;
pub const Function = call.Function;
pub const class = @import("core/class.zig");
pub const Module = class.Module;
pub const iter = @import("core/iter.zig");
pub const gen = @import("core/gen.zig");
pub const repr = @import("core/repr.zig");
pub const fmt = @import("core/fmt.zig");
pub const names = @import("core/names.zig");
pub const io = @import("core/io.zig");
pub const interrupt = @import("core/interrupt.zig");

const vars = @import("core/names_rt.zig");
pub const UNBOUND = vars.UNBOUND;
pub const Cell = vars.Cell;
pub const newCell = vars.newCell;
pub const newCellWith = vars.newCellWith;
pub const checkLocal = vars.checkLocal;
pub const checkCell = vars.checkCell;
pub const checkGlobal = vars.checkGlobal;
pub const nameError = vars.nameError;
pub const classLookup = vars.classLookup;
pub const classDelete = vars.classDelete;
pub const boundOrNull = vars.boundOrNull;
pub const isUnbound = vars.isUnbound;
pub const sealedRebind = vars.sealedRebind;

const stmt = @import("core/stmt_rt.zig");
pub const raiseValue = stmt.raiseValue;
pub const reraise = stmt.reraise;
pub const raiseAssert = stmt.raiseAssert;
pub const excMatches = stmt.excMatches;
pub const unpack = stmt.unpack;
pub const unpackStar = stmt.unpackStar;
pub const rangeArgs = stmt.rangeArgs;
pub const withExitFn = stmt.withExitFn;
pub const withEnter = stmt.withEnter;
pub const withExitNormal = stmt.withExitNormal;
pub const withExitError = stmt.withExitError;
pub const bigLiteral = stmt.bigLiteral;
pub const listOf = stmt.listOf;
pub const tupleOf = stmt.tupleOf;
pub const dictMerge = stmt.dictMerge;
pub const builtinFn = stmt.builtinFn;
pub const KwBuilder = stmt.KwBuilder;
pub const setOf = set.setOf;
pub const bytesLiteral = bytes.literal;
pub const complex = @import("core/complex.zig");
pub const typed = @import("core/typed.zig");
pub const unboxInt = typed.unboxInt;
pub const unboxFloat = typed.unboxFloat;
pub const unboxBool = typed.unboxBool;
pub const internalError = typed.internalError;
pub const newSlice = newSliceValue;

const match_rt = @import("core/match_rt.zig");
pub const matchSequence = match_rt.matchSequence;
pub const matchIsMapping = match_rt.matchIsMapping;
pub const matchMappingGet = match_rt.matchMappingGet;
pub const matchMappingRest = match_rt.matchMappingRest;
pub const matchIsInstance = match_rt.matchIsInstance;
pub const matchClassPositional = match_rt.matchClassPositional;

pub const bi = @import("builtins/bi.zig");
pub const modules = @import("modules/registry.zig");

pub const start = @import("core/start.zig").start;

fn newSliceValue(lo: Value, hi: Value, step: Value) Value {
    return slice.new(lo, hi, step).val();
}

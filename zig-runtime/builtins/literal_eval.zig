//! `eval(text)` for the one kind of expression a compiled program can evaluate without an
//! interpreter: a literal display, as `ast.literal_eval` accepts it — str and bytes literals
//! (every prefix and escape, adjacent literals joined), numbers (ints in every base, floats,
//! imaginary numbers, with a sign), True/False/None/..., and tuples, lists, dicts and sets of
//! those. It is what `eval(repr(x))` round trips need. Anything else (a name, an operator, a
//! call) raises NotImplementedError saying so: pyaot has no interpreter to evaluate it with.
const std = @import("std");
const rt = @import("../rt.zig");
const fmtlib = @import("../format/root.zig");
const intconv = @import("../core/intconv.zig");
const Value = rt.Value;
const Error = rt.Error;
const types = rt.types;
const exc = rt.exc;

pub fn eval(v: Value) Error!Value {
    const text = if (v.isKind(.str)) v.as(rt.Str).bytes else if (v.isKind(.bytes)) v.as(rt.bytes.Bytes).data() else return exc.raiseMsg(&types.TypeError, "eval() arg 1 must be a string, bytes or code object");
    var p = Parser{ .s = text };
    // eval strips leading spaces and tabs; the rest must be one expression.
    while (p.i < p.s.len and (p.s[p.i] == ' ' or p.s[p.i] == '\t')) p.i += 1;
    const result = try p.expr();
    p.skip();
    if (p.i != p.s.len) return p.unsupported();
    return result;
}

const Parser = struct {
    s: []const u8,
    i: usize = 0,
    /// Inside brackets newlines are whitespace, as in the tokenizer.
    depth: usize = 0,

    fn unsupported(p: *Parser) Error {
        _ = p;
        return exc.raiseMsg(&types.NotImplementedError, "pyaot: eval() evaluates only literals (str, bytes, numbers, True/False/None, and tuples, lists, dicts and sets of them): there is no interpreter in a compiled program");
    }

    fn skip(p: *Parser) void {
        while (p.i < p.s.len) : (p.i += 1) {
            const c = p.s[p.i];
            if (c == ' ' or c == '\t' or c == '\x0c' or (p.depth > 0 and (c == '\n' or c == '\r'))) continue;
            if (c == '\\' and p.i + 1 < p.s.len and p.s[p.i + 1] == '\n') {
                p.i += 1;
                continue;
            }
            if (p.depth == 0 and (c == '\n' or c == '\r') and onlyBlankAfter(p.s[p.i..])) {
                p.i = p.s.len;
                return;
            }
            break;
        }
    }

    fn onlyBlankAfter(rest: []const u8) bool {
        for (rest) |c| if (c != ' ' and c != '\t' and c != '\n' and c != '\r') return false;
        return true;
    }

    fn peek(p: *Parser) u8 {
        p.skip();
        return if (p.i < p.s.len) p.s[p.i] else 0;
    }

    /// A top-level expression: a bare tuple `1, 2` is allowed there, as in eval.
    fn expr(p: *Parser) Error!Value {
        const first = try p.value();
        if (p.peek() != ',') return first;
        // Items gather in a list: collector-managed memory, so they stay alive meanwhile.
        const items = rt.list.new();
        rt.list.append(items, first);
        while (p.peek() == ',') {
            p.i += 1;
            const c = p.peek();
            if (c == 0 or c == ')' or c == ']' or c == '}' or c == ':') break;
            rt.list.append(items, try p.value());
        }
        return rt.tuple.fromSlice(items.items()).val();
    }

    fn value(p: *Parser) Error!Value {
        const c = p.peek();
        switch (c) {
            '(' => return p.parenthesized(),
            '[' => return (try p.sequence(']')).val(),
            '{' => return p.braces(),
            '-', '+' => {
                p.i += 1;
                const operand = try p.value();
                if (!(operand == .int or operand == .float or operand.isKind(.complex))) return p.unsupported();
                return if (c == '-') rt.ops.neg(operand) else rt.ops.pos(operand);
            },
            '0'...'9' => return p.number(),
            '.' => {
                if (std.mem.startsWith(u8, p.s[p.i..], "...")) {
                    p.i += 3;
                    return .{ .obj = &rt.ops.ellipsis };
                }
                return p.number();
            },
            '\'', '"' => return p.strings(),
            else => {},
        }
        if (std.ascii.isAlphabetic(c) or c == '_' or c >= 0x80) {
            const start = p.i;
            while (p.i < p.s.len and (std.ascii.isAlphanumeric(p.s[p.i]) or p.s[p.i] == '_' or p.s[p.i] >= 0x80)) p.i += 1;
            const word = p.s[start..p.i];
            if (p.i < p.s.len and (p.s[p.i] == '\'' or p.s[p.i] == '"') and word.len <= 2 and isStringPrefix(word)) {
                p.i = start;
                return p.strings();
            }
            if (std.mem.eql(u8, word, "True")) return .{ .bool = true };
            if (std.mem.eql(u8, word, "False")) return .{ .bool = false };
            if (std.mem.eql(u8, word, "None")) return .none;
        }
        return p.unsupported();
    }

    /// `(` … `)`: the empty tuple, a parenthesized value, or a tuple.
    fn parenthesized(p: *Parser) Error!Value {
        p.i += 1;
        p.depth += 1;
        if (p.peek() == ')') {
            p.i += 1;
            p.depth -= 1;
            return rt.tuple.fromSlice(&.{}).val();
        }
        const first = try p.value();
        if (p.peek() == ')') {
            p.i += 1;
            p.depth -= 1;
            return first;
        }
        const items = rt.list.new();
        rt.list.append(items, first);
        while (p.peek() == ',') {
            p.i += 1;
            if (p.peek() == ')') break;
            rt.list.append(items, try p.value());
        }
        if (p.peek() != ')') return p.unsupported();
        p.i += 1;
        p.depth -= 1;
        return rt.tuple.fromSlice(items.items()).val();
    }

    /// Comma-separated values up to `close` (the opening bracket is at p.i).
    fn sequence(p: *Parser, close: u8) Error!*rt.List {
        p.i += 1;
        p.depth += 1;
        const items = rt.list.new();
        while (p.peek() != close) {
            rt.list.append(items, try p.value());
            if (p.peek() == ',') p.i += 1 else if (p.peek() != close) return p.unsupported();
        }
        p.i += 1;
        p.depth -= 1;
        return items;
    }

    /// `{}` (a dict), `{k: v, …}` or `{a, …}` (a set).
    fn braces(p: *Parser) Error!Value {
        p.i += 1;
        p.depth += 1;
        defer p.depth -= 1;
        if (p.peek() == '}') {
            p.i += 1;
            return rt.dict.new().val();
        }
        const first = try p.value();
        if (p.peek() == ':') {
            const d = rt.dict.new();
            var key = first;
            while (true) {
                if (p.peek() != ':') return p.unsupported();
                p.i += 1;
                try rt.dict.set(d, key, try p.value());
                if (p.peek() == ',') p.i += 1;
                if (p.peek() == '}') break;
                key = try p.value();
            }
            p.i += 1;
            return d.val();
        }
        const s = rt.set.new();
        try rt.set.add(s, first);
        while (p.peek() == ',') {
            p.i += 1;
            if (p.peek() == '}') break;
            try rt.set.add(s, try p.value());
        }
        if (p.peek() != '}') return p.unsupported();
        p.i += 1;
        return s.val();
    }

    fn number(p: *Parser) Error!Value {
        const start = p.i;
        var is_float = false;
        if (p.s[p.i] == '0' and p.i + 1 < p.s.len and std.ascii.indexOfIgnoreCase("xob", p.s[p.i + 1 .. p.i + 2]) != null) {
            p.i += 2;
            while (p.i < p.s.len and (std.ascii.isAlphanumeric(p.s[p.i]) or p.s[p.i] == '_')) p.i += 1;
        } else {
            while (p.i < p.s.len) : (p.i += 1) {
                const c = p.s[p.i];
                if (std.ascii.isDigit(c) or c == '_') continue;
                if (c == '.') {
                    is_float = true;
                    continue;
                }
                if ((c == 'e' or c == 'E') and p.i + 1 < p.s.len) {
                    is_float = true;
                    if (p.s[p.i + 1] == '+' or p.s[p.i + 1] == '-') p.i += 1;
                    continue;
                }
                break;
            }
        }
        const text = p.s[start..p.i];
        if (p.i < p.s.len and (p.s[p.i] == 'j' or p.s[p.i] == 'J')) {
            p.i += 1;
            const im = fmtlib.parseFloatStr(text) catch return p.unsupported();
            return rt.complex.new(0, im);
        }
        if (p.i < p.s.len and (std.ascii.isAlphanumeric(p.s[p.i]) or p.s[p.i] == '_')) return p.unsupported();
        if (is_float) return .{ .float = fmtlib.parseFloatStr(text) catch return p.unsupported() };
        const n = intconv.parse(text, 0) catch |e| switch (e) {
            error.InvalidLiteral => return p.unsupported(),
            else => |other| return other,
        };
        return .{ .int = n };
    }

    fn isStringPrefix(word: []const u8) bool {
        for (word) |c| if (std.ascii.indexOfIgnoreCase("rbu", &.{c}) == null) return false;
        return true;
    }

    /// One or more adjacent string literals, joined; str and bytes cannot be mixed.
    fn strings(p: *Parser) Error!Value {
        var b = rt.Builder{};
        var kind: ?bool = null; // true = bytes
        while (true) {
            const c = p.peek();
            const start = p.i;
            while (p.i < p.s.len and std.ascii.isAlphabetic(p.s[p.i])) p.i += 1;
            const prefix = p.s[start..p.i];
            if (p.i >= p.s.len or !(p.s[p.i] == '\'' or p.s[p.i] == '"') or !isStringPrefix(prefix) or !(c == '\'' or c == '"' or std.ascii.isAlphabetic(c))) {
                p.i = start;
                break;
            }
            const is_bytes = std.ascii.indexOfIgnoreCase(prefix, "b") != null;
            const raw = std.ascii.indexOfIgnoreCase(prefix, "r") != null;
            if (kind != null and kind.? != is_bytes) return exc.raiseMsg(&types.SyntaxError, "cannot mix bytes and nonbytes literals");
            kind = is_bytes;
            try p.literal(&b, raw, is_bytes);
        }
        if (kind == null) return p.unsupported();
        if (kind.?) return rt.bytes.fromSlice(b.slice()).val();
        return b.finish().val();
    }

    /// One quoted literal's content (p.i at its opening quote), escapes decoded, into b.
    fn literal(p: *Parser, b: *rt.Builder, raw: bool, is_bytes: bool) Error!void {
        const q = p.s[p.i];
        const triple = p.i + 2 < p.s.len and p.s[p.i + 1] == q and p.s[p.i + 2] == q;
        p.i += if (triple) 3 else 1;
        while (true) {
            if (p.i >= p.s.len) return p.unsupported();
            const c = p.s[p.i];
            if (c == q and (!triple or (p.i + 2 < p.s.len and p.s[p.i + 1] == q and p.s[p.i + 2] == q))) {
                p.i += if (triple) 3 else 1;
                return;
            }
            if (c == '\n' and !triple) return p.unsupported();
            if (is_bytes and c >= 0x80) return exc.raiseMsg(&types.SyntaxError, "bytes can only contain ASCII literal characters");
            if (c != '\\') {
                b.appendByte(c);
                p.i += 1;
                continue;
            }
            if (p.i + 1 >= p.s.len) return p.unsupported();
            if (raw) {
                // A raw literal keeps the backslash; it only stops the next quote from closing.
                b.append(p.s[p.i .. p.i + 2]);
                p.i += 2;
                continue;
            }
            try p.escape(b, is_bytes);
        }
    }

    fn escape(p: *Parser, b: *rt.Builder, is_bytes: bool) Error!void {
        const e = p.s[p.i + 1];
        p.i += 2;
        switch (e) {
            '\n' => {},
            '\\', '\'', '"' => b.appendByte(e),
            'a' => b.appendByte(7),
            'b' => b.appendByte(8),
            'f' => b.appendByte(12),
            'n' => b.appendByte('\n'),
            'r' => b.appendByte('\r'),
            't' => b.appendByte('\t'),
            'v' => b.appendByte(11),
            '0'...'7' => {
                var n: u32 = e - '0';
                var k: usize = 0;
                while (k < 2 and p.i < p.s.len and p.s[p.i] >= '0' and p.s[p.i] <= '7') : (k += 1) {
                    n = n * 8 + (p.s[p.i] - '0');
                    p.i += 1;
                }
                if (is_bytes) b.appendByte(@truncate(n)) else b.appendCodePoint(@intCast(n));
            },
            'x' => try p.hexEscape(b, 2, is_bytes),
            'u', 'U' => {
                if (is_bytes) {
                    b.appendByte('\\');
                    b.appendByte(e);
                } else try p.hexEscape(b, if (e == 'u') 4 else 8, false);
            },
            'N' => return if (is_bytes) {
                b.appendByte('\\');
                b.appendByte('N');
            } else exc.raiseMsg(&types.NotImplementedError, "pyaot: eval() does not support \\N{...} escapes"),
            else => {
                // An unknown escape keeps its backslash (a DeprecationWarning in CPython).
                b.appendByte('\\');
                p.i -= 1;
            },
        }
    }

    fn hexEscape(p: *Parser, b: *rt.Builder, digits: usize, is_bytes: bool) Error!void {
        if (p.i + digits > p.s.len) return p.unsupported();
        const n = std.fmt.parseInt(u32, p.s[p.i .. p.i + digits], 16) catch return p.unsupported();
        p.i += digits;
        if (is_bytes) return b.appendByte(@intCast(n));
        if (n > 0x10FFFF) return p.unsupported();
        b.appendCodePoint(@intCast(n));
    }
};

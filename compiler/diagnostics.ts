// Compile diagnostics: one shape for every stage, rendered clang-style with a source gutter.
//
//   app.py:3:5: error: unsupported construct: 'async def'
//      3 |     async def f(): ...
//        |     ^~~~~~~~~
//
// Positions are 1-based lines and 0-based UTF-8 byte columns, as CPython's ast reports them;
// rendering converts the column to characters for display (1-based, like clang and ruff).

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  message: string;
  file: string;
  line: number;
  /** 0-based UTF-8 byte offset within the line (CPython's col_offset). */
  col: number;
  endLine?: number;
  endCol?: number;
  notes?: string[];
}

/** Thrown by a compiler stage when the user's program cannot be compiled faithfully. */
export class CompileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}:${d.col + 1}: ${d.message}`).join('\n'));
    this.name = 'CompileError';
  }
}

/** Character column (0-based) of a UTF-8 byte offset within a line of text. */
export function byteColToCharCol(lineText: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of lineText) {
    if (bytes >= byteCol) break;
    bytes += Buffer.byteLength(ch, 'utf8');
    chars += 1;
  }
  return chars;
}

/** Renders one diagnostic; `source` (the file's text) adds the gutter and underline. */
export function renderDiagnostic(d: Diagnostic, source?: string): string {
  const lineText = source?.split(/\r\n|\r|\n/)[d.line - 1];
  const col = lineText === undefined ? d.col : byteColToCharCol(lineText, d.col);
  let out = `${d.file}:${d.line}:${col + 1}: ${d.severity}: ${d.message}\n`;
  if (lineText !== undefined) {
    const num = String(d.line);
    const pad = ' '.repeat(num.length);
    let width = 1;
    if (d.endLine === d.line && d.endCol !== undefined) {
      width = Math.max(1, byteColToCharCol(lineText, d.endCol) - col);
    }
    out += ` ${num} | ${lineText}\n`;
    out += ` ${pad} | ${' '.repeat(col)}^${'~'.repeat(width - 1)}\n`;
  }
  for (const note of d.notes ?? []) out += `  note: ${note}\n`;
  return out;
}

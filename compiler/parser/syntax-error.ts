// CPython-style rendering of a SyntaxError, as `python3 file.py` prints it (pythonrun.c's
// print_exception_file_and_line and print_error_text):
//
//     File "x.py", line 1
//       x = = 1
//           ^
//   SyntaxError: invalid syntax

import type { SyntaxErrorInfo } from './ast.js';

/** Exit status of a command that stops at a syntax error (a compile error in the user's program). */
export const SYNTAX_ERROR_EXIT_CODE = 2;

export function renderSyntaxError(e: SyntaxErrorInfo): string {
  if (e.type === 'ValueError' || e.type === 'RecursionError' || e.type === 'MemoryError') {
    return `${e.type}: ${e.msg}\n`;
  }
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    // Only a plain SyntaxError's end position is used; its subclasses get one caret.
    let endOffset = e.type === 'SyntaxError' ? e.endOffset : -1;
    // CPython measures the line (with its newline) in UTF-8 bytes here.
    const lineSize = Buffer.byteLength(e.text + '\n', 'utf8');
    if (e.endLineno > e.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(e.offset, endOffset, e.text);
  }
  return out + `${e.type}: ${e.msg}\n`;
}

/** print_error_text: the line without its indentation, then the caret line. */
function errorText(offset1: number, endOffset: number, line: string): string {
  const carets = endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1;
  let offset = offset1 - 1;
  const chars = [...line];
  let i = 0;
  while (i < chars.length && (chars[i] === ' ' || chars[i] === '\t' || chars[i] === '\f')) {
    i++;
    offset--;
  }
  const text = chars.slice(i).join('');
  const len = chars.length - i;
  if (offset > len) offset = len;
  let out = `    ${text}\n`;
  if (offset < 0) return out;
  out += '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
  return out;
}

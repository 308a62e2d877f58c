// The builtins namespace as the code generator sees it: which names are builtin functions
// (implemented in zig-runtime/builtins as `<fn>(args)`, called as `rt.callBuiltin("<fn>", args)`,
// with a first-class object `rt.builtinObj("<obj>")`), builtin types (called through their type object) and exception classes.

export interface BuiltinFn {
  /** Zig function taking rt.Args. */
  fn: string;
  /** Zig static rt.Builtin object for first-class use (`key=len`). */
  obj: string;
}

const FUNCTIONS = [
  'abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'delattr', 'divmod', 'enumerate', 'filter', 'format',
  'getattr', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'len', 'map', 'max',
  'min', 'next', 'oct', 'open', 'ord', 'pow', 'print', 'repr', 'reversed', 'round', 'setattr', 'sorted', 'sum',
  'vars', 'zip', 'dir', 'exit', 'quit', 'aiter', 'anext', 'breakpoint', 'help', 'eval',
] as const;

export const BUILTIN_FUNCTIONS: ReadonlyMap<string, BuiltinFn> = new Map(
  FUNCTIONS.map((n) => [n, { fn: `${n}_`, obj: `${n}_obj` }]),
);

/** Builtin types: name -> Zig expression of the rt.Type global. */
export const BUILTIN_TYPES: ReadonlyMap<string, string> = new Map([
  ['object', 'rt.typeObj(\"object_type\")'], ['type', 'rt.typeObj(\"type_type\")'], ['int', 'rt.typeObj(\"int_type\")'],
  ['bool', 'rt.typeObj(\"bool_type\")'], ['float', 'rt.typeObj(\"float_type\")'], ['complex', 'rt.typeObj(\"complex_type\")'],
  ['str', 'rt.typeObj(\"str_type\")'], ['bytes', 'rt.typeObj(\"bytes_type\")'], ['bytearray', 'rt.typeObj(\"bytearray_type\")'],
  ['list', 'rt.typeObj(\"list_type\")'], ['tuple', 'rt.typeObj(\"tuple_type\")'], ['dict', 'rt.typeObj(\"dict_type\")'],
  ['set', 'rt.typeObj(\"set_type\")'], ['frozenset', 'rt.typeObj(\"frozenset_type\")'], ['range', 'rt.typeObj(\"range_type\")'],
  ['slice', 'rt.typeObj(\"slice_type\")'], ['property', 'rt.typeObj(\"property_type\")'],
  ['staticmethod', 'rt.typeObj(\"staticmethod_type\")'], ['classmethod', 'rt.typeObj(\"classmethod_type\")'],
  ['super', 'rt.typeObj(\"super_type\")'], ['memoryview', 'rt.typeObj(\"memoryview_type\")'],
  ['enumerate', ''], ['zip', ''], ['map', ''], ['filter', ''], ['reversed', ''],
].filter(([, v]) => v !== '') as [string, string][]);

export const BUILTIN_EXCEPTIONS: ReadonlySet<string> = new Set([
  'BaseException', 'SystemExit', 'KeyboardInterrupt', 'GeneratorExit', 'BaseExceptionGroup', 'Exception',
  'ExceptionGroup', 'ArithmeticError', 'FloatingPointError', 'OverflowError', 'ZeroDivisionError',
  'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ImportError', 'ModuleNotFoundError',
  'LookupError', 'IndexError', 'KeyError', 'MemoryError', 'NameError', 'UnboundLocalError', 'OSError',
  'BlockingIOError', 'ChildProcessError', 'ConnectionError', 'FileExistsError', 'FileNotFoundError',
  'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError',
  'TimeoutError', 'ReferenceError', 'RuntimeError', 'NotImplementedError', 'RecursionError',
  'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SystemError', 'TypeError', 'ValueError',
  'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'Warning', 'DeprecationWarning',
  'RuntimeWarning', 'UserWarning', 'BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError',
  'ConnectionResetError', 'IndentationError', 'TabError', 'UnicodeTranslateError', 'PendingDeprecationWarning',
  'SyntaxWarning', 'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning',
  'EncodingWarning',
]);

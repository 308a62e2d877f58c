// The builtins namespace as the code generator sees it: which names are builtin functions
// (implemented in zig-runtime/builtins as `rt.bi.<fn>(args)` with a first-class object
// `rt.bi.<obj>`), builtin types (called through their type object) and exception classes.

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
  'vars', 'zip', 'dir', 'exit', 'quit', 'aiter', 'anext', 'breakpoint', 'help',
] as const;

export const BUILTIN_FUNCTIONS: ReadonlyMap<string, BuiltinFn> = new Map(
  FUNCTIONS.map((n) => [n, { fn: `${n}_`, obj: `${n}_obj` }]),
);

/** Builtin types: name -> Zig expression of the rt.Type global. */
export const BUILTIN_TYPES: ReadonlyMap<string, string> = new Map([
  ['object', 'rt.types.object_type'], ['type', 'rt.types.type_type'], ['int', 'rt.types.int_type'],
  ['bool', 'rt.types.bool_type'], ['float', 'rt.types.float_type'], ['complex', 'rt.types.complex_type'],
  ['str', 'rt.types.str_type'], ['bytes', 'rt.types.bytes_type'], ['bytearray', 'rt.types.bytearray_type'],
  ['list', 'rt.types.list_type'], ['tuple', 'rt.types.tuple_type'], ['dict', 'rt.types.dict_type'],
  ['set', 'rt.types.set_type'], ['frozenset', 'rt.types.frozenset_type'], ['range', 'rt.types.range_type'],
  ['slice', 'rt.types.slice_type'], ['property', 'rt.types.property_type'],
  ['staticmethod', 'rt.types.staticmethod_type'], ['classmethod', 'rt.types.classmethod_type'],
  ['super', 'rt.types.super_type'], ['memoryview', 'rt.types.bytes_type'],
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
  'RuntimeWarning', 'UserWarning',
]);

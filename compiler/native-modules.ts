// Standard-library modules pyaot implements natively in its runtime (zig-runtime/modules), with
// the public names each exports (for `from m import *` and for `pyaot check`). An import of
// anything else that is not a local file is a compile error.
export const NATIVE_EXPORTS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['sys', ['argv', 'exit', 'stdin', 'stdout', 'stderr', 'maxsize', 'version', 'version_info', 'platform', 'path', 'modules', 'setrecursionlimit', 'getrecursionlimit', 'getdefaultencoding', 'getfilesystemencoding', 'byteorder', 'executable', 'float_info', 'int_info', 'set_int_max_str_digits', 'get_int_max_str_digits', 'exc_info', 'exception', 'intern', 'maxunicode', 'hexversion', 'float_repr_style']],
  ['__future__', ['annotations']],
  ['atexit', ['register', 'unregister']],
  ['gc', ['collect', 'enable', 'disable', 'isenabled', 'get_threshold', 'set_threshold']],
  ['hashlib', ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s', 'new', 'algorithms_guaranteed', 'algorithms_available']],
  ['importlib', ['import_module', 'reload', 'invalidate_caches']],
  ['_inspect', ['getgeneratorstate']],
  ['math', ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'comb', 'copysign', 'cos', 'cosh', 'degrees', 'dist', 'e', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd', 'hypot', 'inf', 'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'nan', 'nextafter', 'perm', 'pi', 'pow', 'prod', 'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau', 'trunc', 'ulp']],
  ['random', ['Random', 'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle', 'choices', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'randbytes']],
  ['json', ['dumps', 'dump', 'loads', 'load', 'JSONDecodeError', 'JSONDecoder', 'JSONEncoder']],
  ['json.decoder', ['JSONDecoder', 'JSONDecodeError']],
  ['json.encoder', ['JSONEncoder']],
  ['os', ['name', 'sep', 'linesep', 'curdir', 'pardir', 'extsep', 'pathsep', 'defpath', 'devnull', 'altsep', 'F_OK', 'R_OK', 'W_OK', 'X_OK', 'environ', 'path', 'stat_result', 'fsencode', 'fsdecode', 'getcwd', 'chdir', 'listdir', 'mkdir', 'makedirs', 'rmdir', 'removedirs', 'remove', 'unlink', 'rename', 'replace', 'stat', 'lstat', 'access', 'walk', 'scandir', 'getenv', 'putenv', 'unsetenv', 'getpid', 'getppid', 'urandom', 'cpu_count', 'get_terminal_size', 'terminal_size', 'fspath', 'strerror', '_exit', 'open', 'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'close', 'read', 'write', 'symlink', 'readlink', 'chmod', 'utime', 'getuid']],
  ['os.path', ['sep', 'curdir', 'pardir', 'extsep', 'pathsep', 'defpath', 'devnull', 'altsep', 'supports_unicode_filenames', 'join', 'split', 'splitext', 'splitdrive', 'basename', 'dirname', 'isabs', 'normcase', 'normpath', 'abspath', 'realpath', 'relpath', 'commonpath', 'commonprefix', 'expanduser', 'expandvars', 'exists', 'lexists', 'isfile', 'isdir', 'islink', 'ismount', 'getsize', 'getmtime', 'getatime', 'getctime', 'samefile']],
  ['time', ['time', 'time_ns', 'perf_counter', 'perf_counter_ns', 'monotonic', 'monotonic_ns', 'process_time', 'process_time_ns', 'thread_time', 'thread_time_ns', 'sleep', 'gmtime', 'localtime', 'mktime', 'strftime', 'asctime', 'ctime']],
  ['tempfile', ['template', 'TMP_MAX', 'tempdir', 'gettempdir', 'gettempprefix', 'mkstemp', 'mkdtemp', 'NamedTemporaryFile', 'TemporaryDirectory']],
  ['bisect', ['bisect_left', 'bisect_right', 'bisect', 'insort_left', 'insort_right', 'insort']],
  ['heapq', ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']],
  ['unicodedata', ['unidata_version', 'name', 'lookup', 'category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition', 'numeric', 'decimal', 'digit', 'normalize', 'is_normalized']],
  ['operator', ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']],
  ['itertools', ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']],
  ['_collections', ['deque', 'defaultdict', 'OrderedDict', 'Counter', 'odict_keys', 'odict_values', 'odict_items', 'namedtuple', 'ChainMap', '_ChainKeys', '_ChainItems', '_ChainValues', '_count_elements', '_deque_iterator', '_deque_reverse_iterator', '_tuplegetter']],
  ['_functools', ['reduce', 'cmp_to_key', 'KeyWrapper', 'partial', '_lru_cache_wrapper', 'total_ordering']],
]);

export const NATIVE_MODULES: ReadonlySet<string> = new Set(NATIVE_EXPORTS.keys());

/**
 * Public names the native modules have besides those `from m import *` binds (CPython's
 * `__all__` leaves them out).
 */
const NATIVE_EXTRA: ReadonlyMap<string, readonly string[]> = new Map([
  ['random', ['BPF', 'LOG4', 'NV_MAGICCONST', 'RECIP_BPF', 'SG_MAGICCONST', 'TWOPI']],
  ['json', ['decoder', 'encoder']],
]);

/**
 * Whether native module `module` has `name` (tests/imports/native-names.test.ts checks these
 * lists against the runtime for every public name of CPython's module).
 */
export function nativeProvides(module: string, name: string): boolean {
  return NATIVE_EXPORTS.get(module)?.includes(name) === true || NATIVE_EXTRA.get(module)?.includes(name) === true;
}

/**
 * Native modules whose results must match CPython's bit for bit where CPython calls the C
 * library (libm's sin, exp, pow...): programs importing one link the system libc.
 */
export const LIBC_MODULES: ReadonlySet<string> = new Set(['math', 'random', 'json', 'statistics', 'time', 'os', 'os.path', 'tempfile']);

# The stdlib modules pyaot implements (native: bisect, heapq, operator, itertools,
# _collections; Python: pylib/collections, collections/abc, functools, copy), one section per
# module; each section prints "== name" and then its results. Run by ../stdlib-py.test.ts.
import sec_bisect
import sec_heapq
import sec_operator
import sec_itertools
import sec_deque
import sec_collections
import sec_abc
import sec_functools
import sec_copy

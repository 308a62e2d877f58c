"""collections for pyaot (CPython 3.11's Lib/collections/__init__.py).

Every class is native (_collections, zig-runtime/modules): a program that imports
collections compiles nothing of its own for it.
"""

from _collections import (deque, defaultdict, OrderedDict, Counter, ChainMap, namedtuple,
                          odict_keys, odict_values, odict_items, _count_elements, _tuplegetter)

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

"""collections for pyaot: deque comes from the runtime (_collections)."""
from _collections import deque, _count_elements

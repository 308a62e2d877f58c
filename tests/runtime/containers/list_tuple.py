# list and tuple methods: results, edge cases and CPython's exact error messages.


def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


L = [1, 2, 3]
t(lambda: L.append())
t(lambda: L.append(1, 2))
t(lambda: L.append(x=1))
t(lambda: L.insert(1))
t(lambda: L.insert("a", 1))
t(lambda: L.pop(1, 2))
t(lambda: L.pop("a"))
t(lambda: L.pop(2 ** 70))
t(lambda: L.pop(1.0))
t(lambda: L.index())
t(lambda: L.index(1, "a"))
t(lambda: L.index(1, 0, 1, 2))
t(lambda: L.index(1, None))
t(lambda: L.index(3, -100, 100))
t(lambda: L.index(1, 2 ** 100))
t(lambda: L.index(9))
t(lambda: ["a"].index("b"))
t(lambda: L.count())
t(lambda: L.reverse(1))
t(lambda: L.sort(1))
t(lambda: L.sort(kee=1))
t(lambda: L.copy(1))
t(lambda: L.extend(5))
t(lambda: L.remove(9))
t(lambda: [].pop())
t(lambda: [1, 2, 3].pop(-4))
t(lambda: list.append())
t(lambda: list.append(5, 1))
t(lambda: list.append(L, 4))
t(lambda: list.__len__(L))
t(lambda: list(1, 2))
t(lambda: list(x=1))
t(lambda: [1, 2].__add__((1,)))
t(lambda: [1, 2].__iadd__((1,)))
t(lambda: [1, 2].__mul__("a"))
t(lambda: [1, 2].__eq__(1))
t(lambda: [1, 2].__lt__([3]))
t(lambda: [1].__getitem__("a"))
t(lambda: hash([]))
t(lambda: [1, "a"].sort())
t(lambda: [1, 2] * 2 ** 100)
print(L)

a = [3, 1, 4]
a.append([5, 9])
a.extend("ab")
a.extend(range(2))
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
print(a.index(1), a.count(1), a.count([5, 9]), [5, 9] in a, "zz" in a)
a.remove([5, 9])
print(a)
nums = [5, -3, 10, 0, -3, 7, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
words.sort(key=str.lower, reverse=True)
print(words, words.copy() == words, words.copy() is words)
l = [1, 2]
l.extend(l)
l += l
print(l)
l *= 2
print(l, l * 0, 0 * l, [] * 5, l[:3] * -1, 2 * [7])
m = [[]] * 3
m[0].append(1)
print(m)
b = [1, 2, 3]
b[1:2] = b
print(b, [1, 2, 3].index(3, -1), [1, 2, 1].index(1, 1))
r = [1, 2, 3, 4]
r.reverse()
print(r, r.reverse(), r, list(reversed(r)), r.clear(), r)
x = [1]
x.append(x)
print(x, repr(x))
print([1, 2] < [1, 2, 0], [1, 2] == [1, 2], [2] > [1, 9], [[1]] <= [[1]], [1] != [1.0])

# tuple
t(lambda: (1, 2).index(3))
t(lambda: (1, 2).count())
t(lambda: (1, 2).index())
t(lambda: tuple.index((1, 2), 2))
t(lambda: (1, 2).index(1, None))
t(lambda: (1, 2, 3).index(3, -1))
t(lambda: (1,).__getitem__("a"))
t(lambda: (1,) + [2])
t(lambda: (1, 2).__add__((3,)))
t(lambda: (1, 2).__mul__(2))
tp = (1, "two", 3.0, None, [5], 1)
print(tp.count(1), tp.index(None), tp.index(1, 1), (1, 2) < (1, 3), (1,) * 3, tp[1:3], hash((1, 2)) == hash((1, 2)))
print(().count(1), (1,), ((),), tuple.__len__((1, 2)), tuple.__hash__(()) == hash(()))


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


class Doubling(list):
    def __init__(self, it=(), tag="t"):
        super(Doubling, self).__init__(it)
        self.tag = tag

    def append(self, x):
        super(Doubling, self).append(x * 2)

    def __repr__(self):
        return "Doubling" + super(Doubling, self).__repr__()


s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s, len(s), isinstance(s, list), type(s).__name__)
d = Doubling([1, 2, 3])
d.append(5)
list.append(d, 100)
print(d, len(d), d.tag, d[1], d[-1], sum(d), d.index(10), d.count(2), 10 in d)
d.sort(reverse=True)
print(d, d + [0], type(d + [0]).__name__, d * 2, list(reversed(d)), Doubling())
print(type(iter([])).__name__, type(reversed([])).__name__, type(list.__iter__(d)).__name__)
print(list.sort, [].append.__name__)

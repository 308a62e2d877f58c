import csv
import io
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["name", "age", "quote"])
w.writerow(["Ann", 31, 'She said "hi"'])
w.writerows([["Bob, Jr.", 25, "line1\nline2"], ["Cy", 40, None], [""]])
print(repr(buf.getvalue()))
buf.seek(0)
rows = list(csv.reader(buf))
print(rows)
buf.seek(0)
for rec in csv.DictReader(buf):
    print(rec)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "score"], delimiter="\t", lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "score": 9.5})
dw.writerow({"id": 2})
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 3, "bad": 1})
except ValueError as e:
    print("ValueError:", e)
print(list(csv.reader(["a,b,c", '"x,y",z', "", "  spaced , val"])))
print(list(csv.reader(["1;2;3"], delimiter=";")), list(csv.reader(['"a""b",c'])))
print(list(csv.reader(['1,"a",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
q = io.StringIO()
csv.writer(q, quoting=csv.QUOTE_ALL).writerow([1, "a", None])
csv.writer(q, quoting=csv.QUOTE_NONNUMERIC).writerow([1, "a", 2.5])
csv.writer(q, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"d'])
print(repr(q.getvalue()))
try:
    list(csv.reader(['"abc"d'], strict=True))
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
r = csv.reader(["x,y", "1,2"])
next(r)
print(r.line_num, r.dialect.delimiter, csv.list_dialects())
csv.register_dialect("pipes", delimiter="|")
print(list(csv.reader(["a|b"], "pipes")), csv.get_dialect("pipes").delimiter)

# The CPython oracle for the parser tests: for each path given on stdin (one per line), print one
# JSON line with ast.dump(ast.parse(source), include_attributes=True), or the SyntaxError CPython
# raises. One process serves a whole batch of files.
import ast
import json
import sys
import warnings

warnings.simplefilter("ignore")

for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
        out = {"path": path, "ok": True, "dump": ast.dump(tree, include_attributes=True)}
    except SyntaxError as e:
        out = {
            "path": path,
            "ok": False,
            "type": type(e).__name__,
            "msg": e.msg,
            "lineno": e.lineno,
            "offset": e.offset,
            "end_lineno": e.end_lineno,
            "end_offset": e.end_offset,
        }
    except (ValueError, RecursionError, MemoryError) as e:
        out = {"path": path, "ok": False, "type": type(e).__name__, "msg": str(e), "lineno": None,
               "offset": None, "end_lineno": None, "end_offset": None}
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()

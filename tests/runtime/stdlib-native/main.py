# The native stdlib modules math, random, json, os, os.path, time, tempfile, sys, gc and hashlib
# (zig-runtime/modules), one section per module; each section prints "== name" and then its
# results. Run by ../stdlib-native.test.ts, which compares the output with python3's.
import sec_math
import sec_random
import sec_json
import sec_ospath
import sec_os
import sec_time
import sec_sys
import sec_gc
import sec_hashlib
import sec_files

// `pyaot [run flags] SCRIPT.py [program args…]` is recognised in launch.cts, which bin/pyaot.js
// runs as CommonJS before any ES module is loaded; this is its ES module face.
export { splitRunArgs, type RunArgs } from './launch.cjs';

#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through `prepare`).
// CommonJS (see bin/package.json), like dist/cli/launch.cjs, so that a cached `pyaot app.py`
// runs without starting Node's ES module loader.
require('../dist/cli/launch.cjs').launch(process.argv.slice(2));

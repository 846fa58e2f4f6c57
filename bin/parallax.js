#!/usr/bin/env node
// Entry point: runs the compiled CLI (npm install builds it through the `prepare` script).
import { main } from '../dist/src/cli/main.js';
import { processIO } from '../dist/src/cli/io.js';

main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`ERROR: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);

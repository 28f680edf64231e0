// Runs the site's search worker (overrides/assets/javascripts/archive-search.js) in Node, with
// the worker's globals stubbed, so tests can talk to it without a browser.
//
//   node search-worker.js SITE_DIR LANG [ASSETS_SITE_DIR] < requests > answers
//
// SITE_DIR holds search/<LANG>/; lunr-languages is taken from ASSETS_SITE_DIR (a built site;
// SITE_DIR by default). Each input line is a JSON request, answered by one JSON line:
//   {"words": ["Секербаевой", ...]}  ->  {"terms": ["секербаев", ...]}  (null for a stop word)
//   {"query": "правозащитницами"}    ->  Material's RESULT message data ({"items": [...]})
//   {"weights": true}                ->  {"<field>/<ref>": {"<term>": score}} of every part
//   {"fetched": true}                ->  {"files": [every file the worker fetched, in order]}
//   {"fold": ["Mammadli", ...]}      ->  {"folded": [...]}: the names' stems, folded
"use strict";

const fs = require("fs");
const path = require("path");
const readline = require("readline");
const vm = require("vm");

const [siteDir, lang, assetsDir = siteDir] = process.argv.slice(2);
const root = path.resolve(__dirname, "..", "..");
const worker = path.join(root, "overrides", "assets", "javascripts", "archive-search.js");
const workerUrl = `http://localhost/assets/javascripts/archive-search.js?lang=${lang}`;

// Scripts the worker imports, by the path it asks for: the vendored lunr, and lunr-languages
// from the built site (Material ships it).
function scriptPath(name) {
  if (name.startsWith("lunr/")) return path.join(assetsDir, "assets", "javascripts", name);
  return path.join(path.dirname(worker), name);
}

const listeners = [];
const outbox = [];
const fetchedFiles = [];
const context = vm.createContext({
  self: { location: { href: workerUrl } },
  URL,
  console,
  setTimeout,
  importScripts: (...names) => {
    for (const name of names) vm.runInContext(fs.readFileSync(scriptPath(name), "utf8"), context);
  },
  addEventListener: (type, listener) => listeners.push(listener),
  postMessage: (message) => outbox.push(message),
  fetch: async (url) => {
    fetchedFiles.push(new URL(url).pathname);
    const file = path.join(siteDir, new URL(url).pathname);
    const body = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    return { ok: body !== null, status: body === null ? 404 : 200, json: async () => JSON.parse(body) };
  },
});
vm.runInContext(fs.readFileSync(worker, "utf8"), context, { filename: worker });

async function send(message) {
  outbox.length = 0;
  await Promise.all(listeners.map((listener) => listener({ data: message })));
  while (!outbox.length) await new Promise((resolve) => setTimeout(resolve, 1));
  return outbox.shift();
}

/** Every part's weights, as the worker decoded them: {"<field>/<page>": {"<term>": weight}}. */
async function weightsOfEveryPart() {
  const archive = vm.runInContext("archive", context);
  const parts = archive.manifest.termParts.map((_, part) => part);
  await vm.runInContext("loadTermParts", context)(parts);
  const answer = {};
  for (const [term, t] of archive.terms) {
    archive.manifest.fields.forEach((field, f) => {
      for (const [page, weight] of archive.weights[t][f]) {
        (answer[`${field}/${page}`] ||= {})[term] = weight;
      }
    });
  }
  return answer;
}

(async () => {
  const ready = await send({ type: 0, data: { config: {}, docs: [] } });
  if (ready.type !== 1) throw new Error(`no READY: ${JSON.stringify(ready)}`);
  await vm.runInContext("loadManifest", context)();
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const request = JSON.parse(line);
    let answer;
    if (request.words) {
      answer = {
        terms: request.words.map((word) => {
          const clean = vm.runInContext("queryWord", context)(word);
          return clean === null ? null : vm.runInContext("stem", context)(clean);
        }),
      };
    } else if (request.weights) {
      answer = await weightsOfEveryPart();
    } else if (request.fetched) {
      answer = { files: fetchedFiles };
    } else if (request.fold) {
      const fold = vm.runInContext("(w) => fold(stem(normalise(w)))", context);
      answer = { folded: request.fold.map(fold) };
    } else {
      answer = (await send({ type: 2, data: request.query })).data;
    }
    process.stdout.write(JSON.stringify(answer) + "\n");
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

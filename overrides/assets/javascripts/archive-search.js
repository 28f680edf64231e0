/*
 * The archive's search worker. Material's search box talks to it in Material's own messages
 * (SETUP 0, READY 1, QUERY 2, RESULT 3). It loads nothing when a page opens: on the first
 * query it loads lunr and the manifest of the page's language's index, and for each query
 * only the parts of the index holding its words' terms and the parts holding the pages it
 * shows (search/<lang>/, written by hooks/hrdarchive/search_index.py).
 *
 * A word is processed as at build time: split on white space and hyphens, trimmed of
 * punctuation, normalised (lower case, ё as е, no stress marks, no possessive 's), dropped if
 * a stop word, and stemmed (Snowball's Russian stemmer for Cyrillic, Porter's for the rest).
 * Each word of a query looks for its stem (an inflected form finds its page) and, as a
 * prefix, for the start of a word (a name half typed finds its page). A word found nowhere
 * looks among the names of the index for one spelt a letter apart or in another
 * transliteration (Mamadli, Mamedli, Bokayev for Mammadli, Bokaev).
 */
"use strict";

const LANG = new URL(self.location.href).searchParams.get("lang") || "en";
const INDEX_FOLDER = new URL(`../../search/${LANG}/`, self.location.href);

const SEPARATOR = /[\s\-]+/;
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const INVISIBLE = /[\u0301\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
const CYRILLIC = /[\u0400-\u04ff]/;
const PREFIX_MIN_LENGTH = 3;
const MARKED_RESULTS = 50;
// The results a query shows: the pages they are on are fetched with them.
const MAX_RESULTS = 100;
// A name looked for among similar names: at least this long, and weighed less than a word
// found as typed.
const SIMILAR_MIN_LENGTH = 4;
const SIMILAR_BOOST = 2;

const SETUP = 0;
const READY = 1;
const QUERY = 2;
const RESULT = 3;

function normalise(word) {
  return word
    .toLowerCase()
    .replace(INVISIBLE, "")
    .replace(/ё/g, "е")
    .replace(/’/g, "'")
    .replace(/'s$/, "");
}

function stem(word) {
  const stemmer = CYRILLIC.test(word) ? lunr.ru.stemmer : lunr.stemmer;
  return stemmer(new lunr.Token(word, {})).toString();
}

let lunrLoaded = false;

/** lunr and its Russian stemmer, loaded with the first query, not when a page opens. */
function loadLunr() {
  if (lunrLoaded) return;
  importScripts(
    "lunr-2.3.9.min.js",
    "lunr/min/lunr.stemmer.support.min.js",
    "lunr/min/lunr.ru.min.js",
  );
  // Under the labels the index names its search pipeline with.
  lunr.Pipeline.registerFunction((token) => token.update(normalise), "archive-normaliser");
  lunr.Pipeline.registerFunction((token) => token.update(stem), "archive-stemmer");
  lunrLoaded = true;
}

const fetched = new Map(); // file name -> Promise of its JSON

function fetchPart(name) {
  if (!fetched.has(name)) {
    const url = new URL(name, INDEX_FOLDER);
    const promise = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    });
    promise.catch(() => fetched.delete(name)); // asked again by the next query
    fetched.set(name, promise);
  }
  return fetched.get(name);
}

let archive = null; // what is loaded of the index (loadManifest)

async function loadManifest() {
  if (archive) return;
  loadLunr();
  const manifest = await fetchPart("index.json");
  archive = {
    manifest,
    stopWords: new Set(manifest.stopWords),
    firsts: manifest.termParts.map(([term]) => term),
    terms: new Map(), // term -> its number, for the parts loaded
    weights: [], // by term number: per field, Map of page -> weight
    partsLoaded: new Set(),
    pages: [],
    names: null,
    index: null,
    query: null,
  };
}

/** The number of the part whose terms include `term`'s place in the sorted terms. */
function partOf(term) {
  const firsts = archive.firsts;
  let low = 0;
  let high = firsts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (firsts[middle] <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

async function loadTermParts(parts) {
  const wanted = [...parts].filter((part) => !archive.partsLoaded.has(part));
  if (!wanted.length) return;
  const loaded = await Promise.all(wanted.map((part) => fetchPart(`terms-${part}.json`)));
  wanted.forEach((part, i) => {
    const first = archive.manifest.termParts[part][1];
    loaded[i].terms.forEach((term, j) => {
      archive.terms.set(term, first + j);
      archive.weights[first + j] = loaded[i].postings[j].map(decodePosting);
    });
    archive.partsLoaded.add(part);
  });
  archive.index = null; // its token set lacks the new terms
}

function decodePosting(flat) {
  const weights = new Map();
  for (let i = 0, page = 0; i < flat.length; i += 2) {
    page += flat[i];
    weights.set(page, flat[i + 1] / 1000);
  }
  return weights;
}

/** The normalised word, or null for punctuation and stop words. */
function queryWord(word) {
  const clean = normalise(word.replace(EDGES, "")).replace(EDGES, "");
  return clean && !archive.stopWords.has(clean) ? clean : null;
}

/** The parts a word's terms can be in: its stem's, and those of the terms it starts or that
 * start it (from its first four letters on). */
function partsForWord(word) {
  const parts = new Set([partOf(stem(word))]);
  if (word.length >= PREFIX_MIN_LENGTH) {
    const from = partOf(word.slice(0, PREFIX_MIN_LENGTH + 1));
    const to = partOf(`${word}\uffff`);
    for (let part = from; part <= to; part++) parts.add(part);
  }
  return parts;
}

/** Whether a term of the parts loaded (those of the word's place) starts with the word. */
function hasPrefix(word) {
  for (const term of archive.terms.keys()) if (term.startsWith(word)) return true;
  return false;
}

/**
 * Terms of the index's names a letter apart from the word, or alike once transliteration's
 * variants are folded (zh/j, kh/h, ya/ia, doubled letters, a vowel for another): for a word
 * that no term is or starts with.
 */
async function similarNames(word) {
  if (!archive.names) archive.names = await fetchPart("names.json");
  const folded = fold(stem(word));
  const found = archive.names.filter((name) => {
    const other = fold(name);
    return Math.abs(other.length - folded.length) <= 1 && withinOneEdit(folded, other);
  });
  return found.slice(0, 20);
}

function fold(term) {
  return term
    .replace(/dzh|dj/g, "j")
    .replace(/zh/g, "j")
    .replace(/kh/g, "h")
    .replace(/(?<=[aeiou])y(?=[aeiou])/g, "")
    .replace(/iy|yi/g, "i")
    .replace(/y/g, "i")
    .replace(/[эё]/g, "е")
    .replace(/[йы]/g, "и")
    .replace(/[ъь]/g, "")
    .replace(/(.)\1+/g, "$1");
}

function withinOneEdit(a, b) {
  if (a === b) return true;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}

/** A lunr.Index over the parts loaded. Each page's vector holds the weights of the terms the
 * query reached (its dot product with the query's vector is all lunr scores with), made
 * when the query first scores a page. */
function currentIndex() {
  if (archive.index) return archive.index;
  const fields = archive.manifest.fields;
  const invertedIndex = new Proxy(Object.create(null), {
    get(made, term) {
      if (typeof term !== "string") return undefined;
      const t = archive.terms.get(term);
      if (t === undefined) return undefined;
      archive.query.reached.add(t);
      if (term in made) return made[term];
      const posting = { _index: t };
      fields.forEach((field, f) => {
        const refs = Object.create(null);
        for (const page of archive.weights[t][f].keys()) refs[page] = NO_METADATA;
        posting[field] = refs;
      });
      return (made[term] = posting);
    },
  });
  const fieldVectors = new Proxy(Object.create(null), {
    get(_, fieldRef) {
      if (typeof fieldRef !== "string") return undefined;
      const query = archive.query;
      if (query.vectors === null) query.vectors = vectorsOf(query.reached, fields);
      return new lunr.Vector(query.vectors.get(fieldRef) || []);
    },
  });
  archive.index = new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: lunr.TokenSet.fromArray([...archive.terms.keys()].sort()),
    fields,
    pipeline: lunr.Pipeline.load(archive.manifest.pipeline),
  });
  return archive.index;
}

// What lunr keeps per page and term when positions are not indexed: nothing. One shared
// object, which lunr copies, never changes.
const NO_METADATA = Object.freeze({});

function vectorsOf(termNumbers, fields) {
  const vectors = new Map();
  for (const t of [...termNumbers].sort((a, b) => a - b)) {
    fields.forEach((field, f) => {
      for (const [page, weight] of archive.weights[t][f]) {
        const key = `${field}/${page}`;
        if (!vectors.has(key)) vectors.set(key, []);
        vectors.get(key).push(t, weight);
      }
    });
  }
  return vectors;
}

async function loadPages(refs) {
  const perPart = archive.manifest.pagesPerPart;
  const parts = [...new Set(refs.map((ref) => Math.floor(ref / perPart)))];
  const missing = parts.filter((part) => !archive.pages[part * perPart]);
  const loaded = await Promise.all(missing.map((part) => fetchPart(`pages-${part}.json`)));
  missing.forEach((part, i) => {
    loaded[i].forEach((page, j) => (archive.pages[part * perPart + j] = page));
  });
}

function escapeHtml(text) {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );
}

/** Escaped text with each word that matched the query in <mark>. */
function highlight(text, stems, prefixes) {
  return text
    .split(/([\s\-]+)/)
    .map((part) => {
      const [, before, core, after] = part.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su);
      const word = normalise(core);
      const hit =
        word && (stems.has(stem(word)) || prefixes.some((prefix) => word.startsWith(prefix)));
      return hit
        ? `${escapeHtml(before)}<mark>${escapeHtml(core)}</mark>${escapeHtml(after)}`
        : escapeHtml(part);
    })
    .join("");
}

async function search(query) {
  if (!query.trim()) return { items: [] }; // Material asks with the empty box as a page opens
  await loadManifest();
  const words = [...new Set(query.split(SEPARATOR).map(queryWord).filter(Boolean))];
  if (!words.length) return { items: [] };
  await loadTermParts(new Set(words.flatMap((word) => [...partsForWord(word)])));
  const similar = new Map(); // word -> names a letter or a transliteration apart
  for (const word of words) {
    if (word.length < SIMILAR_MIN_LENGTH || archive.terms.has(stem(word))) continue;
    if (hasPrefix(word)) continue;
    similar.set(word, await similarNames(word));
  }
  await loadTermParts(new Set([...similar.values()].flat().map(partOf)));
  const results = lunrQuery(words, similar).slice(0, MAX_RESULTS);
  await loadPages(results.map(({ ref }) => Number(ref)));
  return { items: results.map((result, rank) => resultItem(result, rank, words, similar)) };
}

function lunrQuery(words, similar) {
  const index = currentIndex();
  // The terms this query reaches, and the page vectors made of them.
  archive.query = { reached: new Set(), vectors: null };
  return index.query((q) => {
    for (const word of words) {
      q.term(word, { usePipeline: true, boost: 10 });
      for (const name of similar.get(word) || []) {
        q.term(name, { usePipeline: false, boost: SIMILAR_BOOST });
      }
      if (word.length >= PREFIX_MIN_LENGTH) {
        q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
        // A word typed past its stem ("attacki" on the way to "attacking") still finds the
        // pages of the longest term it starts with.
        for (let end = word.length - 1; end > PREFIX_MIN_LENGTH; end--) {
          if (archive.terms.has(word.slice(0, end))) {
            q.term(word.slice(0, end), { usePipeline: false });
            break;
          }
        }
      }
    }
  });
}

function resultItem({ ref, score, matchData }, rank, words, similar) {
  const [location, title, meta, snippet] = archive.pages[Number(ref)];
  const found = Object.keys(matchData.metadata);
  // Material lists the words a result lacks, and highlights the found ones on the page it
  // opens (as word starts): a stem there finds every form of the word.
  const terms = {};
  const matchedStems = new Set();
  const matchedPrefixes = [];
  for (const word of words) {
    const wordStem = stem(word);
    const names = (similar.get(word) || []).filter((name) => found.includes(name));
    if (found.includes(wordStem)) {
      terms[wordStem] = true;
      matchedStems.add(wordStem);
    } else if (names.length) {
      names.forEach((name) => ((terms[name] = true), matchedStems.add(name)));
    } else if (found.some((term) => term.startsWith(word))) {
      terms[word] = true;
      matchedPrefixes.push(word);
    } else {
      terms[word] = false;
    }
  }
  // Words are marked in the results a reader sees first; further down (shown only when
  // scrolled to) the text is shown unmarked, which keeps a common word fast.
  const mark =
    rank < MARKED_RESULTS
      ? (text) => highlight(text, matchedStems, matchedPrefixes)
      : (text) => escapeHtml(text);
  const paragraphs = [];
  if (meta) paragraphs.push(`<p class="archive-search-meta">${escapeHtml(meta)}</p>`);
  if (snippet) paragraphs.push(`<p>${mark(snippet)}</p>`);
  return [{ location, title: mark(title), text: paragraphs.join(""), score, terms }];
}

// Material sends a query at every key typed. While one is searched, the next keys' queries
// wait in line; only the newest of them is searched, and the others are answered with it.
let pending = null;
let searching = false;

async function answerPending() {
  searching = true;
  while (pending !== null) {
    const query = pending;
    pending = null;
    let data = { items: [] };
    try {
      data = await search(query);
    } catch (error) {
      console.warn("archive search: cannot search for", query, error);
    }
    if (pending === null) postMessage({ type: RESULT, data });
  }
  searching = false;
}

addEventListener("message", ({ data: message }) => {
  switch (message.type) {
    case SETUP:
      // Nothing is loaded until the reader searches.
      postMessage({ type: READY });
      break;
    case QUERY:
      pending = message.data;
      if (!searching) answerPending();
      break;
  }
});

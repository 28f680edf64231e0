/*
 * The archive's search worker. Material's search box talks to it in Material's own messages
 * (SETUP 0, READY 1, QUERY 2, RESULT 3). Instead of building a lunr index of both languages
 * in the reader's browser on every page load, it loads the index of the page's language,
 * built with the site (search/<lang>.json, by hooks/hrdarchive/search.py), ready to query.
 *
 * A word is processed as at build time: split on white space and hyphens, trimmed of
 * punctuation, normalised (lower case, ё as е, no stress marks, no possessive 's), dropped if
 * a stop word, and stemmed (Snowball's Russian stemmer for Cyrillic, Porter's for the rest).
 * Each word of a query looks for its stem (an inflected form finds its page) and, as a
 * prefix, for the start of a word (a name half typed finds its page).
 */
"use strict";

importScripts(
  "lunr-2.3.9.min.js",
  "lunr/min/lunr.stemmer.support.min.js",
  "lunr/min/lunr.ru.min.js",
);

const LANG = new URL(self.location.href).searchParams.get("lang") || "en";
const INDEX_URL = new URL(`../../search/${LANG}.json`, self.location.href);

const SEPARATOR = /[\s\-]+/;
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const INVISIBLE = /[\u0301\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
const CYRILLIC = /[\u0400-\u04ff]/;
const PREFIX_MIN_LENGTH = 3;
const MARKED_RESULTS = 50;

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

// Under the labels the index names its search pipeline with.
lunr.Pipeline.registerFunction((token) => token.update(normalise), "archive-normaliser");
lunr.Pipeline.registerFunction((token) => token.update(stem), "archive-stemmer");

let archive = null; // {docs, stopWords, index}

/** The normalised word, or null for punctuation and stop words. */
function queryWord(word) {
  const clean = normalise(word.replace(EDGES, "")).replace(EDGES, "");
  return clean && !archive.stopWords.has(clean) ? clean : null;
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

function search(query) {
  const words = [...new Set(query.split(SEPARATOR).map(queryWord).filter(Boolean))];
  if (!words.length) return { items: [] };
  const stems = new Map(words.map((word) => [word, stem(word)]));
  const results = archive.index.query((q) => {
    for (const word of words) {
      q.term(word, { usePipeline: true, boost: 10 });
      if (word.length >= PREFIX_MIN_LENGTH) {
        q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
        // A word typed past its stem ("attacki" on the way to "attacking") still finds the
        // pages of the longest term it starts with.
        for (let end = word.length - 1; end > PREFIX_MIN_LENGTH; end--) {
          if (archive.termSet.has(word.slice(0, end))) {
            q.term(word.slice(0, end), { usePipeline: false });
            break;
          }
        }
      }
    }
  });
  const items = results.map(({ ref, score, matchData }, rank) => {
    const [location, title, meta, snippet] = archive.docs[Number(ref)];
    const found = Object.keys(matchData.metadata);
    // Material lists the words a result lacks, and highlights the found ones on the page it
    // opens (as word starts): a stem there finds every form of the word.
    const terms = {};
    const matchedStems = new Set();
    const matchedPrefixes = [];
    for (const word of words) {
      const wordStem = stems.get(word);
      if (found.includes(wordStem)) {
        terms[wordStem] = true;
        matchedStems.add(wordStem);
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
    return [
      {
        location,
        title: mark(title),
        text: paragraphs.join(""),
        score,
        terms,
      },
    ];
  });
  return { items };
}

// What lunr keeps per page and term when positions are not indexed: nothing. One shared
// object, which lunr copies, never changes.
const NO_METADATA = Object.freeze({});

/**
 * A lunr.Index over the lists the build wrote (hooks/hrdarchive/search.py), made on demand:
 * a term's posting when a query first asks for the term, a page's BM25 vector when a query
 * first reaches the page, scored exactly as lunr.Builder scores (k1 1.2, b 0.75, lunr.idf,
 * field and page boosts, three decimals). Loading is then parsing the file and lunr's token
 * set of the terms, not building every page's vector before the first query.
 */
function indexFromPostings(data) {
  const { fields, fieldBoosts, docBoosts, lengths, terms, postings, vectors } = data;
  const pageCount = data.docs.length;
  const k1 = 1.2;
  const b = 0.75;
  const averageLength = fields.map(
    (_, f) => lengths.reduce((sum, pageLengths) => sum + pageLengths[f], 0) / pageCount,
  );
  const fieldNumber = new Map(fields.map((field, f) => [field, f]));
  const termNumber = new Map(terms.map((term, t) => [term, t]));
  // lunr.idf: from the number of pages that have the term, counted per field as lunr does.
  const idf = new Float64Array(terms.length);
  for (let t = 0; t < terms.length; t++) {
    let pagesWithTerm = 0;
    for (const list of postings[t]) pagesWithTerm += list.length;
    const x = (pageCount - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5);
    idf[t] = Math.log(1 + Math.abs(x));
  }

  const invertedIndex = new Proxy(Object.create(null), {
    get(made, term) {
      if (typeof term !== "string") return undefined;
      if (term in made) return made[term];
      const t = termNumber.get(term);
      if (t === undefined) return undefined;
      const posting = { _index: t };
      fields.forEach((field, f) => {
        const refs = Object.create(null);
        let ref = 0;
        for (const gap of postings[t][f]) {
          ref += gap;
          refs[ref] = NO_METADATA;
        }
        posting[field] = refs;
      });
      return (made[term] = posting);
    },
  });

  const fieldVectors = new Proxy(Object.create(null), {
    get(made, fieldRef) {
      if (typeof fieldRef !== "string") return undefined;
      if (fieldRef in made) return made[fieldRef];
      const slash = fieldRef.indexOf("/");
      const f = fieldNumber.get(fieldRef.slice(0, slash));
      const ref = Number(fieldRef.slice(slash + 1));
      if (f === undefined || !(ref >= 0 && ref < pageCount)) return undefined;
      const list = vectors[ref][f];
      const norm = k1 * (1 - b + (b * lengths[ref][f]) / averageLength[f]);
      const boost = fieldBoosts[f] * docBoosts[ref];
      const elements = [];
      for (let i = 0, t = 0; i < list.length; i += 2) {
        t += list[i];
        const count = list[i + 1];
        const score = ((idf[t] * ((k1 + 1) * count)) / (norm + count)) * boost;
        elements.push(t, Math.round(score * 1000) / 1000);
      }
      return (made[fieldRef] = new lunr.Vector(elements));
    },
  });

  return new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: lunr.TokenSet.fromArray(terms),
    fields,
    pipeline: lunr.Pipeline.load(data.pipeline),
  });
}

async function load() {
  const response = await fetch(INDEX_URL);
  if (!response.ok) throw new Error(`${INDEX_URL}: HTTP ${response.status}`);
  const data = await response.json();
  archive = {
    docs: data.docs,
    terms: data.terms,
    termSet: new Set(data.terms),
    stopWords: new Set(data.stopWords),
    index: indexFromPostings(data),
  };
}

// Material sends a query at every key typed. While one is searched, the next keys' queries
// wait in line; only the newest of them is searched, and the others are answered with it.
let pending = null;
let scheduled = false;

function answerPending() {
  scheduled = false;
  const query = pending;
  pending = null;
  let data = { items: [] };
  try {
    if (archive.index) data = search(query);
  } catch (error) {
    console.warn("archive search: cannot search for", query, error);
  }
  postMessage({ type: RESULT, data });
}

addEventListener("message", async ({ data: message }) => {
  switch (message.type) {
    case SETUP:
      try {
        await load();
      } catch (error) {
        console.warn("archive search: no index", error);
        archive = { docs: [], stopWords: new Set(), index: null };
      }
      postMessage({ type: READY });
      break;
    case QUERY:
      pending = message.data;
      if (!scheduled) {
        scheduled = true;
        setTimeout(answerPending, 0);
      }
      break;
  }
});

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
      }
    }
  });
  const items = results.map(({ ref, score, matchData }) => {
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
    const paragraphs = [];
    if (meta) paragraphs.push(`<p class="archive-search-meta">${escapeHtml(meta)}</p>`);
    if (snippet) paragraphs.push(`<p>${highlight(snippet, matchedStems, matchedPrefixes)}</p>`);
    return [
      {
        location,
        title: highlight(title, matchedStems, matchedPrefixes),
        text: paragraphs.join(""),
        score,
        terms,
      },
    ];
  });
  return { items };
}

/**
 * A lunr.Index from the postings the build wrote (hooks/hrdarchive/search.py): each term's
 * page vectors scored with BM25 exactly as lunr.Builder scores them (k1 1.2, b 0.75, lunr.idf,
 * field and page boosts, three decimals), without lunr's tokenising and stemming of every
 * page in the browser.
 */
function indexFromPostings(data) {
  const { fields, fieldBoosts, docBoosts, lengths, terms, postings } = data;
  const pageCount = data.docs.length;
  const k1 = 1.2;
  const b = 0.75;
  const averageLength = fields.map(
    (_, f) => lengths.reduce((sum, pageLengths) => sum + pageLengths[f], 0) / pageCount,
  );
  const elements = fields.map(() => Array.from({ length: pageCount }, () => []));
  const invertedIndex = Object.create(null);
  for (let t = 0; t < terms.length; t++) {
    const posting = { _index: t };
    let pagesWithTerm = 0;
    fields.forEach((field, f) => {
      const list = postings[t][f];
      const refs = Object.create(null);
      for (let i = 0, ref = 0; i < list.length; i += 2) {
        ref += list[i];
        refs[ref] = {};
      }
      posting[field] = refs;
      pagesWithTerm += list.length / 2;
    });
    invertedIndex[terms[t]] = posting;
    // lunr.idf, with the count it makes of the posting
    const x = (pageCount - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5);
    const idf = Math.log(1 + Math.abs(x));
    fields.forEach((_, f) => {
      const list = postings[t][f];
      for (let i = 0, ref = 0; i < list.length; i += 2) {
        ref += list[i];
        const count = list[i + 1];
        const norm = k1 * (1 - b + (b * lengths[ref][f]) / averageLength[f]) + count;
        const score = ((idf * ((k1 + 1) * count)) / norm) * fieldBoosts[f] * docBoosts[ref];
        elements[f][ref].push(t, Math.round(score * 1000) / 1000);
      }
    });
  }
  const fieldVectors = Object.create(null);
  fields.forEach((field, f) => {
    for (let ref = 0; ref < pageCount; ref++) {
      fieldVectors[`${field}/${ref}`] = new lunr.Vector(elements[f][ref]);
    }
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
    stopWords: new Set(data.stopWords),
    index: indexFromPostings(data),
  };
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
      try {
        postMessage({ type: RESULT, data: archive.index ? search(message.data) : { items: [] } });
      } catch (error) {
        console.warn("archive search: cannot search for", message.data, error);
        postMessage({ type: RESULT, data: { items: [] } });
      }
      break;
  }
});

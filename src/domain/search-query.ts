import { foldArabic } from './arabic-folding.js';
/** Private-use characters the engines put around matches; stripped from indexed text. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

/** One thing a reader searches for: a word, a word prefix (`wat*`), or an exact phrase. */
export type SearchTerm =
  | { kind: 'word'; word: string }
  | { kind: 'prefix'; word: string }
  | { kind: 'phrase'; words: string[] };

/** A reader's query, reduced to terms that every engine can match safely. */
export interface SearchQuery {
  terms: SearchTerm[];
  /** Every word of every term, for highlighting and "results for" text. */
  words: string[];
}

// Bounds keep a hostile query (10,000 characters, thousands of terms) cheap to parse and run.
const MAX_INPUT = 512;
const MAX_TERMS = 12;
const MAX_WORD = 64;
const MAX_PHRASE_WORDS = 8;
const MIN_PREFIX = 2;
// Upper-case operators a reader may type from habit; they are dropped, never passed on.
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    if (OPERATORS.has(match[0])) continue;
    // An apostrophe inside a word ("city's") is a word break for both engines' tokenisers.
    for (const part of match[0].toLowerCase().split(/['’]/)) {
      if (part) words.push(part.slice(0, MAX_WORD));
    }
  }
  return words;
}

/**
 * Tokenises what a reader typed into words, `"exact phrases"` and `prefix*` terms.
 * Operators, punctuation and unbalanced quotes are dropped; the result is bounded in
 * size and always valid, possibly empty.
 */
export function parseSearchQuery(raw: unknown): SearchQuery {
  // Arabic letter variants fold as the indexed text does (foldArabic), so any spelling matches.
  const input = foldArabic((typeof raw === 'string' ? raw : '').normalize('NFKC').slice(0, MAX_INPUT));
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  const add = (term: SearchTerm) => {
    const key = JSON.stringify(term);
    if (terms.length < MAX_TERMS && !seen.has(key)) {
      seen.add(key);
      terms.push(term);
    }
  };
  // Quoted spans are phrases; an unbalanced last quote is just text.
  const parts = input.split(/["“”„]/);
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1 && index < closed;
    if (quoted) {
      const words = wordsOf(part).slice(0, MAX_PHRASE_WORDS);
      if (words.length === 1) add({ kind: 'word', word: words[0]! });
      else if (words.length > 1) add({ kind: 'phrase', words });
      return;
    }
    for (const chunk of part.split(/\s+/)) {
      const words = wordsOf(chunk);
      words.forEach((word, i) => {
        const prefix = i === words.length - 1 && /[\p{L}\p{N}]\*+$/u.test(chunk) && word.length >= MIN_PREFIX;
        add(prefix ? { kind: 'prefix', word } : { kind: 'word', word });
      });
    }
  });
  const words = [...new Set(terms.flatMap((t) => (t.kind === 'phrase' ? t.words : [t.word])))];
  return { terms, words };
}

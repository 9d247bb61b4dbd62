import type { TextView } from './folded-text';

/** A stretch [start, end) of a text. */
export type Window = [start: number, end: number];

// Characters per gram. Each edit to a quote spoils at most this many of its grams: longer grams
// are more selective, but the count proves nothing after fewer edits.
const GRAM = 3;

// Offsets hashed at a time, when a question first reaches them: a search near one place in a
// long text hashes only what it looks at.
const PAGE = 4096;

// Distinct trigram hashes: 16 bits keep the per-offset table at two bytes a character.
const HASHES = 1 << 16;

// Sparsest first look: each sample that passes leaves this many offsets to count one by one.
const MAX_STEP = 16;

/**
 * Rules out, for a quote and an error budget, the stretches of a text that cannot hold a match
 * (the q-gram lemma): a string within k edits of a quote of length m shares at least m - 2 - 3k
 * of the quote's trigrams, each edit spoiling at most three. Keeps a 16-bit hash of the trigram
 * starting at each offset, computed once per text as questions reach it. A question first
 * looks at every few offsets only (see `sampling`), then counts every offset, each trigram at
 * most as often as the quote has it, only in the stretches that first look left possible:
 * formulaic text shares half its trigrams with any of its sentences, so the first look alone
 * would let much of it through.
 *
 * Hashing lets two trigrams share a value; that only raises a count, so a collision can let a
 * stretch through for nothing but never rules out a true match.
 */
export class GramFilter {
  readonly #text: TextView;
  readonly #hashes: Uint16Array;
  readonly #hashed: Uint8Array;
  // For one question, the quote's hashes numbered from 1 (0: not the quote's); all zero
  // between questions.
  readonly #slots = new Uint16Array(HASHES);

  /** A filter over `text`, which must be folded like the quotes it will be asked about. */
  constructor(text: TextView) {
    this.#text = text;
    this.#hashes = new Uint16Array(Math.max(0, text.length - GRAM + 1));
    this.#hashed = new Uint8Array(Math.ceil(this.#hashes.length / PAGE));
  }

  /** Length of the text. */
  get length(): number {
    return this.#text.length;
  }

  /**
   * Stretches of [from, to), ascending and apart, that together hold every match of `quote`
   * with at most `maxErrors` edits lying inside [from, to): nothing outside them needs
   * searching, and an empty list means there is no such match. Undefined when the quote is too
   * short for its error budget for the count to rule anything out.
   */
  candidateWindows(quote: string, maxErrors: number, from: number, to: number): Window[] | undefined {
    const grams = quote.length - GRAM + 1;
    const needed = grams - GRAM * maxErrors;
    // Slots are 16-bit: a quote with as many trigrams as there are hashes is never ruled out.
    if (needed <= 0 || grams >= HASHES) return undefined;
    const hashes = this.#hashes;
    const slots = this.#slots;
    const inQuote = [0];
    for (let p = 0; p < grams; p++) {
      const h = hashAt(quote, p);
      if (slots[h] === 0) slots[h] = inQuote.push(0) - 1;
      inQuote[slots[h]!]!++;
    }
    const wanted = Int32Array.from(inQuote);
    const inWindow = new Int32Array(wanted.length);
    const span = quote.length + maxErrors - GRAM + 1;
    const lastGram = Math.min(hashes.length, to - GRAM + 1);
    this.#hashPages(from, lastGram);

    // `shared` is the capped count for the offsets [counted, countedTo].
    let shared = 0;
    let counted = from;
    let countedTo = from - 1;
    const count = (p: number, sign: 1 | -1) => {
      const slot = slots[hashes[p]!]!;
      const before = inWindow[slot]!;
      inWindow[slot] = before + sign;
      if (sign === 1 ? before < wanted[slot]! : before <= wanted[slot]!) shared += sign;
    };
    const countStretchEndingAt = (p: number) => {
      const first = Math.max(from, p - span + 1);
      if (first > countedTo) {
        inWindow.fill(0);
        shared = 0;
        counted = first;
        countedTo = first - 1;
      }
      for (; countedTo < p;) count(++countedTo, 1);
      for (; counted < first;) count(counted++, -1);
    };

    const windows: Window[] = [];
    const mark = (p: number) => {
      // Every trigram of a match counted here starts in [p - span + 1, p].
      const start = Math.max(from, p - span + 1);
      const end = Math.min(to, p + GRAM);
      const last = windows[windows.length - 1];
      if (last !== undefined && start <= last[1]) last[1] = end;
      else windows.push([start, end]);
    };
    // First every `step`-th offset, counting each trigram the quote has however often it
    // recurs: a plain sum, cheap, that rules out almost every stretch.
    const { step, needed: neededSampled } = sampling(quote.length, maxErrors, needed);
    let sampled = 0;
    let leaving = Math.ceil(from / step) * step;
    for (let p = leaving; p < lastGram; p += step) {
      sampled += (slots[hashes[p]!]! + 0xffff) >>> 16;
      for (; leaving <= p - span; leaving += step) sampled -= (slots[hashes[leaving]!]! + 0xffff) >>> 16;
      if (sampled < neededSampled) continue;
      for (let end = Math.min(p + step, lastGram), q = p; q < end; q++) {
        countStretchEndingAt(q);
        if (shared >= needed) mark(q);
      }
    }
    for (let p = 0; p < grams; p++) slots[hashAt(quote, p)] = 0;
    return windows;
  }

  #hashPages(from: number, to: number): void {
    const hashes = this.#hashes;
    for (let page = Math.floor(from / PAGE); page * PAGE < to; page++) {
      if (this.#hashed[page] === 1) continue;
      const start = page * PAGE;
      const end = Math.min(hashes.length, start + PAGE);
      const slice = this.#text.slice(start, end + GRAM - 1);
      // Each character's code read once, multiplied for each place it takes in a trigram.
      let first = Math.imul(slice.charCodeAt(0), A);
      let second = Math.imul(slice.charCodeAt(1), B);
      for (let p = start; p < end; p++) {
        const c = slice.charCodeAt(p - start + 2);
        hashes[p] = mix(first ^ second ^ Math.imul(c, C));
        first = Math.imul(slice.charCodeAt(p - start + 1), A);
        second = Math.imul(c, B);
      }
      this.#hashed[page] = 1;
    }
  }
}

// How sparsely the first look may go, and how many of the offsets it looks at must start one of
// the quote's trigrams. A match has at least quote.length - maxErrors characters, so taking
// every step-th offset, its trigrams start at `samples` of them or more; with a step of at
// least GRAM, an edit spoils at most one. The step is as large as keeps an edit's share of the
// samples small (one in ten), so that formulaic text sharing half its words stays out. When
// too few samples would remain, every offset is looked at, against the q-gram lemma's count.
function sampling(quoteLength: number, maxErrors: number, needed: number): { step: number; needed: number } {
  const step = Math.min(MAX_STEP, Math.max(GRAM, Math.floor((quoteLength - maxErrors - GRAM + 1) / (10 * maxErrors))));
  const samples = Math.floor((quoteLength - maxErrors - GRAM + 1) / step);
  return samples - maxErrors > 0 ? { step, needed: samples - maxErrors } : { step: 1, needed };
}

// Odd multipliers, one per place in the trigram, so that "abc" and "cba" differ.
const A = 0x9e3779b1;
const B = 0x85ebca77;
const C = 0xc2b2ae3d;

function hashAt(text: string, p: number): number {
  return mix(Math.imul(text.charCodeAt(p), A) ^ Math.imul(text.charCodeAt(p + 1), B) ^ Math.imul(text.charCodeAt(p + 2), C));
}

function mix(h: number): number {
  return (h ^ (h >>> 16)) & (HASHES - 1);
}

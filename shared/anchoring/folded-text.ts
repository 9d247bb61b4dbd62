import { fold } from './fold';
import { GramFilter } from './gram-filter';

/**
 * Read access to a text by slices; a plain string is one. A view shared by many searches also
 * offers a `GramFilter` over its text, to bound fuzzy search.
 */
export type TextView = {
  readonly length: number;
  slice(start: number, end: number): string;
  grams?(): GramFilter;
  /** True when many searches share the view, so the filter's table is worth building for small ones too. */
  readonly searchedOften?: boolean;
};

/**
 * A text seen through `fold`, with the same offsets as the raw text. Slices
 * are folded when asked for, until the characters folded that way would
 * exceed the text's length; then the whole text is folded once and kept.
 * Folding a 1 MB article takes milliseconds: too slow to do for each of a few
 * lookups, a bargain when shared by many.
 */
export class FoldedText implements TextView {
  readonly raw: string;
  #whole: string | undefined;
  #grams: GramFilter | undefined;
  #foldedSoFar = 0;
  // Exact and fuzzy search read the same region one after the other.
  #last: { start: number; end: number; folded: string } | undefined;

  readonly searchedOften: boolean;

  /** `searchedOften`: many searches will share this text (see `TextView`). */
  constructor(raw: string, { searchedOften = false } = {}) {
    this.raw = raw;
    this.searchedOften = searchedOften;
  }

  get length(): number {
    return this.raw.length;
  }

  /** The trigram filter over the folded text, made when first asked for and kept. */
  grams(): GramFilter {
    return (this.#grams ??= new GramFilter(this));
  }

  /** Folded characters [start, end), both clamped to the text like String.prototype.slice with non-negative offsets. */
  slice(start: number, end: number): string {
    if (this.#last?.start === start && this.#last.end === end) return this.#last.folded;
    if (this.#whole === undefined && this.#foldedSoFar + end - start <= this.raw.length) {
      this.#foldedSoFar += end - start;
      this.#last = { start, end, folded: fold(this.raw.slice(start, end)) };
      return this.#last.folded;
    }
    this.#whole ??= fold(this.raw);
    return this.#whole.slice(start, end);
  }
}

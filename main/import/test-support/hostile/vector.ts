/**
 * What a correct import may show of a payload: 'nothing' (its marker appears nowhere in the
 * result), 'text' (the marker may appear, as inert text, e.g. a refused Markdown link shown as
 * written), or `{ literal }`, text that must appear as it is (markup written with entities).
 */
export type HostileShows = 'nothing' | 'text' | { literal: string };

/** One hostile fragment before it is wrapped in an article: built from the payload's marker. */
export interface HostileVector {
  category: string;
  name: string;
  /** The fragment, with `marker` inside every part that would act if it ran. */
  build: (marker: string) => string;
  shows?: HostileShows | ((marker: string) => HostileShows);
  /** Where an HTML fragment goes: in the article body (default) or in the page's head. */
  where?: 'body' | 'head';
}

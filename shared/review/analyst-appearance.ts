import type { Creator } from '../model/annotation';
import type { AnalystProfile } from '../model/settings';

/** How an analyst's layer is drawn: initials on their badges and a colour for their marks. */
export interface AnalystAppearance {
  initials: string;
  colour: string;
}

/**
 * Colours for analysts without a profile here (a colleague's profile stays on their machine).
 * Each is dark enough for white initials (contrast ≥ 4.5:1); none is a tag or review-state colour,
 * and none is near the orange of denials.
 */
export const ANALYST_PALETTE = ['#1f5f99', '#8a3b8f', '#0f6e6e', '#4b5a16', '#6a4c93', '#2f5d3a', '#3d5a80', '#7d3c5a'] as const;

/** Up to three initials from a name ("Ana María López" → "AML"), or the id's first letters. */
export function initialsOf(analyst: Creator): string {
  const words = analyst.name.split(/[\s._-]+/u).filter((w) => /\p{L}/u.test(w));
  const letters = words.map((w) => [...w].find((ch) => /\p{L}/u.test(ch)) ?? '').join('');
  const initials = (letters || analyst.id.replace(/[^\p{L}\p{N}]/gu, '')).slice(0, 3).toUpperCase();
  return initials || '?';
}

/** A colour picked from the palette by the analyst's id, so every machine shows a colleague alike. */
export function paletteColourOf(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return ANALYST_PALETTE[hash % ANALYST_PALETTE.length]!;
}

/** The analyst's own profile when there is one, else initials from the name and a palette colour. */
export function appearanceOf(analyst: Creator, profile?: Pick<AnalystProfile, 'initials' | 'colour'>): AnalystAppearance {
  return profile
    ? { initials: profile.initials, colour: profile.colour }
    : { initials: initialsOf(analyst), colour: paletteColourOf(analyst.id) };
}

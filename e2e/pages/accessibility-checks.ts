import AxeBuilder from '@axe-core/playwright';
import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';
import { callSource } from './in-page-scripts';

/** A colour as the page computes it, parsed: 0–255 channels and an alpha of 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses `rgb(…)`/`rgba(…)` as `getComputedStyle` gives it; throws on anything else, so a test cannot pass on a colour it did not read. */
export function parseColour(css: string): Rgba {
  const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css.trim());
  if (!m) throw new Error(`not a computed colour: ${css}`);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: m[4] === undefined ? 1 : Number(m[4]) };
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function luminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours (1–21). */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Switches the system appearance (the app follows it by default) and waits until the page has redrawn in it. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator(`html[data-theme="${theme}"]`)).toHaveCount(1);
}

/**
 * Runs axe-core over the whole page in the light and then the dark theme and expects no serious
 * or critical violation; the message lists each one with the elements it found. Legacy mode runs
 * axe inside the page itself: the app's window allows no second page for axe's own.
 */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await useTheme(page, theme);
    const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
    expect(serious, `${where}, ${theme} theme`).toEqual([]);
  }
  await useTheme(page, 'light');
}

/** One node of Chromium's accessibility tree, as far as these tests read it. */
interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  description?: { value?: string };
  ignored?: boolean;
}

/** The descriptions of the highlights screen readers meet (`mark` nodes in Chromium's accessibility tree), in document order. */
export async function highlightDescriptions(cdp: CDPSession): Promise<string[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes.filter((n) => !n.ignored && n.role?.value === 'mark').map((n) => n.description?.value ?? '');
}

/**
 * `(tag) => {...}`: the colours a highlight of `tag` paints with, as computed — its text, the
 * line that marks its extent (claim: underline; denial: rule below; evidence: rule above), the
 * line's style, its badge's fill and letter, the tint under its text (evidence: its darker
 * hatch stripe) and the article's own background.
 */
export const HIGHLIGHT_COLOURS = `(tag) => {
  const mark = document.querySelector('[data-testid="article"] mark.hl-' + tag);
  const badge = document.querySelector('[data-testid="article"] .hl-badge-' + tag);
  const style = getComputedStyle(mark);
  const resolve = (value) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  };
  let surface = mark.parentElement;
  while (surface && getComputedStyle(surface).backgroundColor === 'rgba(0, 0, 0, 0)') surface = surface.parentElement;
  const root = getComputedStyle(document.documentElement);
  const line = tag === 'claim'
    ? { colour: style.textDecorationColor, style: style.textDecorationStyle + ' ' + style.textDecorationLine }
    : tag === 'denial'
      ? { colour: style.borderBottomColor, style: style.borderBottomStyle + ' bottom' }
      : { colour: style.borderTopColor, style: style.borderTopStyle + ' top' };
  return {
    text: style.color,
    line: line.colour,
    lineStyle: line.style,
    badge: getComputedStyle(badge).backgroundColor,
    badgeText: getComputedStyle(badge).color,
    letter: badge.textContent,
    tint: resolve(root.getPropertyValue(tag === 'evidence' ? '--evidence-hatch' : '--' + tag + '-tint')),
    background: getComputedStyle(surface ?? document.body).backgroundColor,
  };
}`;

/** `() => string[]`: the page and every scrolling box wider than its view, which would need scrolling sideways. */
export const SIDEWAYS_SCROLLERS = `() => {
  const wide = [];
  const root = document.scrollingElement;
  if (root.scrollWidth > root.clientWidth + 1) wide.push('the page (' + root.scrollWidth + ' > ' + root.clientWidth + ')');
  for (const el of document.querySelectorAll('*')) {
    const overflow = getComputedStyle(el).overflowX;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length > 0) {
      wide.push((el.getAttribute('data-testid') || el.className || el.tagName) + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
    }
  }
  return wide;
}`;

/** `() => string[]`: elements that move: a transition or animation that takes time. */
export const MOVING_ELEMENTS = `() => {
  const moving = [];
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const takes = (list) => list.split(',').some((d) => parseFloat(d) > 0);
      if (takes(style.transitionDuration) || (style.animationName !== 'none' && takes(style.animationDuration))) {
        moving.push((el.getAttribute('data-testid') || el.className || el.tagName) + (pseudo || ''));
      }
    }
  }
  return moving;
}`;

/**
 * `() => {...}`: how the focused element shows its focus — its outline (style, width, colour)
 * (for the article, its bar in the margin) and the background it is drawn against (the nearest
 * painted one around the element);
 * `{ element: 'BODY' }` when focus has left every control.
 */
export const FOCUS_RING = `() => {
  const el = document.activeElement;
  if (el === document.body) return { element: 'BODY' };
  const style = getComputedStyle(el);
  let around = el.parentElement;
  while (around && getComputedStyle(around).backgroundColor === 'rgba(0, 0, 0, 0)') around = around.parentElement;
  const background = getComputedStyle(around ?? document.body).backgroundColor;
  const element = el.getAttribute('data-testid') || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30) || el.tagName;
  // The article, which keeps focus while the analyst reads, shows it as a bar in the margin.
  if (el.classList.contains('reader-article')) {
    const bar = getComputedStyle(el, '::before');
    return { element, style: bar.opacity === '1' ? 'solid' : 'faded', width: parseFloat(bar.width), colour: bar.backgroundColor, background };
  }
  return { element, style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor, background };
}`;

/**
 * From `start`, Tab through up to `stops` controls in the light and then the dark theme: each
 * shows its focus with an outline (the article: its margin bar) at least 2 px wide and 3:1
 * against what is around it. Returns the controls in the order Tab reached them (light theme),
 * by test id, label or text; the walk ends early where focus leaves every control.
 */
export async function expectFocusRings(page: Page, start: Locator, stops: number): Promise<string[]> {
  const order: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await useTheme(page, theme);
    await start.focus();
    for (let i = 0; i < stops; i++) {
      const ring = await page.evaluate<{ element: string; style: string; width: number; colour: string; background: string }>(
        callSource(FOCUS_RING, null),
      );
      if (ring.element === 'BODY') break;
      if (theme === 'light') order.push(ring.element);
      expect(['none', 'faded'], `${theme}: ${ring.element} shows its focus`).not.toContain(ring.style);
      expect(ring.width, `${theme}: ${ring.element}'s focus width`).toBeGreaterThanOrEqual(2);
      const ratio = contrast(parseColour(ring.colour), parseColour(ring.background));
      expect(ratio, `${theme}: ${ring.element}'s focus against ${ring.background}`).toBeGreaterThanOrEqual(3);
      await page.keyboard.press('Tab');
    }
  }
  await useTheme(page, 'light');
  return order;
}

/**
 * `({ selector, text }) => number | null`: where the first occurrence of `text` inside the first
 * element matching `selector` starts on screen, as the x of its left edge; null where it is not
 * found. Comparing two fragments tells in which order a line of mixed scripts is painted.
 */
export const TEXT_LEFT_EDGE = `({ selector, text }) => {
  const root = document.querySelector(selector);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return Math.min(...[...range.getClientRects()].map((r) => r.left));
  }
  return null;
}`;

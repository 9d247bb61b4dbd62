import type { Frame, Page } from '@playwright/test';

/**
 * In-page source (the e2e zone has no DOM types): `({ selector, click }) => Promise<number>`.
 * Does to every element under `selector` (the whole document when null) what an analyst's
 * pointer and keyboard could: hover (mouse and pointer events), press and release, focus, and,
 * with `click`, click it (which follows links and submits forms). Then scrolls every scrollable
 * box to its end and back and waits until the page is idle, so handlers bound to hovering,
 * focusing, clicking, scrolling, loading, animations and toggling have had their chance to run.
 * Resolves to the number of elements exercised.
 */
const EXERCISE = `async ({ selector, click }) => {
  const roots = selector === null ? [document.documentElement] : [...document.querySelectorAll(selector)];
  const elements = roots.flatMap((root) => [root, ...root.querySelectorAll('*')]);
  const mouse = ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove', 'pointerdown', 'mousedown', 'pointerup', 'mouseup'];
  for (const element of elements) {
    if (!element.isConnected) continue;
    for (const type of mouse) {
      const init = { bubbles: true, cancelable: true, composed: true, view: window };
      element.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
    }
    if (typeof element.focus === 'function') element.focus();
    if (click && typeof element.click === 'function') element.click();
  }
  for (const box of [document.scrollingElement, ...elements]) {
    if (box && box.scrollHeight > box.clientHeight + 1) {
      const top = box.scrollTop;
      box.scrollTop = box.scrollHeight;
      box.dispatchEvent(new Event('scroll'));
      box.scrollTop = top;
    }
  }
  // Handlers run on the events above at once, on scroll and animation events in the next
  // frame's rendering steps, and on what those queue as tasks: so the wait ends two frames later,
  // then after one turn of the task queue. Chromium stops animation frames in frames scrolled out
  // of sight; there the page going idle stands in for them, with the idle deadline as a bound.
  await new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); requestIdleCallback(resolve, { timeout: 100 }); });
  await new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(null); });
  return elements.length;
}`;

/** Exercises every element under `selector` in one frame (see EXERCISE); with `click`, clicks them too. */
export async function exerciseFrame(frame: Frame, options: { selector: string | null; click: boolean }): Promise<number> {
  return frame.evaluate<number>(`(${EXERCISE})(${JSON.stringify(options)})`);
}

/**
 * Moves the real mouse over the visible part of `page` in a zigzag, so hover handlers and
 * `:hover` styles see a genuine pointer rather than synthetic events, then presses Tab a few
 * times so focus moves the way a keyboard user moves it.
 */
export async function sweepPointerAndKeyboard(page: Page, area: { x: number; y: number; width: number; height: number }): Promise<void> {
  // Each step is a round trip to the browser (~20 ms), so the zigzag is coarse: it is there for
  // what only a genuine pointer triggers; exerciseFrame's events have reached every element.
  const rows = 4;
  for (let row = 0; row <= rows; row++) {
    const y = area.y + (area.height * row) / rows;
    const [from, to] = row % 2 === 0 ? [area.x, area.x + area.width] : [area.x + area.width, area.x];
    await page.mouse.move(from, y);
    await page.mouse.move(to, y, { steps: 3 });
  }
  for (let press = 0; press < 3; press++) await page.keyboard.press('Tab');
}

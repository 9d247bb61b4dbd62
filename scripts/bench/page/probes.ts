/** Long tasks seen since the probes were installed: start (ms since the page's time origin) and duration. */
export interface LongTask {
  start: number;
  duration: number;
}

const longTasks: LongTask[] = [];

/** Starts recording every long task (over 50 ms) the page runs from now on. */
export function watchLongTasks(): void {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
}

/** Long tasks that started at or after `since` (a `performance.now()`). */
export function longTasksSince(since: number): LongTask[] {
  return longTasks.filter((t) => t.start >= since);
}

/** Resolves with `performance.now()` once what the page changed before the call has been painted. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

/**
 * Resolves with `performance.now()` once an element matching `selector` is in the page and
 * painted. Watches with a MutationObserver, so waiting costs the page no polling.
 */
export function whenPresent(selector: string): Promise<number> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      void afterPaint().then(resolve);
    });
    if (document.querySelector(selector)) return void afterPaint().then(resolve);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

/** The element that scrolls the article: the nearest scrollable ancestor of `.ProseMirror`, else the document. */
export function scroller(): HTMLElement {
  for (let el = document.querySelector<HTMLElement>('.ProseMirror'); el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight) return el;
  }
  return document.scrollingElement as HTMLElement;
}

/** What scrolling from top to bottom cost: every frame's duration and the long tasks meanwhile. */
export interface ScrollRun {
  frames: number[];
  longTasks: LongTask[];
  /** Scroll height at the start and at the end: a height that changes while scrolling moves the thumb. */
  heights: [number, number];
}

/**
 * Scrolls the article from top to bottom by one screen per frame, recording each frame's
 * duration (between animation frames) and the long tasks meanwhile. With `maxFrames`, each
 * frame moves at least 1/`maxFrames` of the way, so a slow page still reaches the bottom in
 * that many frames (the naive reader at 5 MB took over 1,700 frames of ~300 ms each).
 */
export async function scrollScreenPerFrame(maxFrames = Infinity): Promise<ScrollRun> {
  const el = scroller();
  el.scrollTop = 0;
  await afterPaint();
  const startHeight = el.scrollHeight;
  const stride = Math.max(el.clientHeight, Math.ceil((el.scrollHeight - el.clientHeight) / maxFrames));
  const since = performance.now();
  const frames: number[] = [];
  await new Promise<void>((done) => {
    let last = performance.now();
    const step = (now: number) => {
      frames.push(now - last);
      last = now;
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return done();
      el.scrollTop += stride;
      requestAnimationFrame(step);
    };
    requestAnimationFrame((now) => {
      last = now;
      el.scrollTop += stride;
      requestAnimationFrame(step);
    });
  });
  return { frames: frames.slice(1), longTasks: longTasksSince(since), heights: [startHeight, el.scrollHeight] };
}

let recording: { frames: number[]; since: number; stop: boolean } | undefined;

/** Starts recording frame durations until `stopFrames`, for scrolling driven from outside (wheel events). */
export function startFrames(): void {
  const run = { frames: [] as number[], since: performance.now(), stop: false };
  recording = run;
  let last = performance.now();
  const step = (now: number) => {
    run.frames.push(now - last);
    last = now;
    if (!run.stop) requestAnimationFrame(step);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(step);
  });
}

/** Stops the recording `startFrames` began; returns its frames and the long tasks meanwhile. */
export function stopFrames(): ScrollRun {
  const run = recording!;
  run.stop = true;
  const el = scroller();
  return { frames: run.frames, longTasks: longTasksSince(run.since), heights: [el.scrollHeight, el.scrollHeight] };
}

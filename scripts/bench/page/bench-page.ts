import { openNaive, tagNaive } from './naive-reader';
import { afterPaint, longTasksSince, scrollScreenPerFrame, scroller, startFrames, stopFrames, watchLongTasks, whenPresent } from './probes';

// The benchmark's page-side tools, on `window.__bench` for Playwright's evaluate.
Object.assign(window, {
  __bench: {
    afterPaint,
    longTasksSince,
    scrollScreenPerFrame,
    scroller,
    startFrames,
    stopFrames,
    watchLongTasks,
    whenPresent,
    openNaive,
    tagNaive,
  },
});

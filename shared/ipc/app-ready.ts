/**
 * What the window shows once the library is interactive: its list (or its empty state) is on
 * screen and keys reach it. `npm start -- --smoke`, the start-up benchmark and both hosts wait
 * for it; the renderer's LibraryView renders these test ids.
 */
export const APP_READY_SELECTOR = '[data-testid="library"] :is([data-testid="library-item"], [data-testid="library-empty"])';

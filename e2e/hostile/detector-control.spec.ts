import MarkdownIt from 'markdown-it';
import { expect, test } from '@playwright/test';
import { openControlPage } from './support/control-page';
import { hostileFiles, inBatches, type HostileFile } from './support/hostile-files';

// Markdown rendered the way a careless app would: raw HTML on and every link target accepted.
const unsafeMarkdown = new MarkdownIt({ html: true, linkify: true });
unsafeMarkdown.validateLink = () => true;

function rawHtml(file: HostileFile): string {
  const source = file.source ?? '';
  return file.route === 'markdown' ? `<!doctype html><html><body>${unsafeMarkdown.render(source)}</body></html>` : source;
}

// Payloads of every kind that a browser runs when nothing stands in the way: on load, on hover,
// on focus, on click, through frames, through meta refresh, through forms, through CSS, and
// Markdown links and raw HTML. If one of these stays silent, the detector is blind to its kind.
const MUST_FIRE = [
  'html/script/inline',
  'html/script/in-head',
  'html/handler/img/onerror',
  'html/handler/div/onmouseover-unquoted',
  'html/handler/input/onfocus-autofocus',
  'html/handler/details/ontoggle-mixed-case',
  'html/url/a-href/javascript',
  'html/url/a-href/entity-every-letter',
  'html/url/iframe-src/data-html',
  'html/url/form-action/javascript',
  'html/svg-math/svg-onload',
  'html/frame/srcdoc-script',
  'html/form/input-autofocus',
  'html/meta-base/meta-refresh-head',
  'html/css/style-import',
  'html/mutation/comment-attribute',
  'markdown/markdown-link/inline/javascript',
  'markdown/markdown-autolink/javascript',
  'markdown/markdown-html-script/inline',
];

// Share of the sampled payloads that must run raw (57 % did when this was written). Not all can:
// javascript: in an image, object or embed does nothing, and vbscript:, expression(),
// -moz-binding, <keygen>, <portal> and HTML imports are dead in Chromium; markup written with
// entities is text by design.
const MIN_FIRED_SHARE = 0.5;

// Every payload shown raw takes ~90 ms (a frame of its own, loaded and exercised), so the control
// shows the payloads above and every SAMPLE_EVERYth other one: enough to prove that each kind
// of action is seen, in a few seconds. The app itself is shown every payload.
const SAMPLE_EVERY = 8;

test('the detector sees the corpus run when it is shown raw, without the sanitiser', async () => {
  test.setTimeout(60_000);
  const files = (await hostileFiles()).filter(
    (file, index) => file.source !== undefined && (index % SAMPLE_EVERY === 0 || MUST_FIRE.includes(file.id)),
  );
  const control = await openControlPage();
  try {
    for (const batch of inBatches(files, 120)) await control.renderRaw(batch.map((file) => ({ id: file.marker, html: rawHtml(file) })));
    // A payload that runs only in a navigation task (a javascript: link or form action) can miss a
    // busy machine's batch; shown once more on its own, it must run, or the detector is blind to it.
    const missed = files.filter((file) => MUST_FIRE.includes(file.id) && !control.detector.markersFound().has(file.marker));
    if (missed.length > 0) await control.renderRaw(missed.map((file) => ({ id: file.marker, html: rawHtml(file) })));
    const fired = control.detector.markersFound();

    const silent = MUST_FIRE.filter((id) => !fired.has(files.find((file) => file.id === id)?.marker ?? `missing: ${id}`));
    expect(silent, 'control payloads the detector did not see run').toEqual([]);

    const byRoute = new Map<string, { fired: number; total: number }>();
    for (const file of files) {
      const count = byRoute.get(file.route) ?? { fired: 0, total: 0 };
      byRoute.set(file.route, { fired: count.fired + (fired.has(file.marker) ? 1 : 0), total: count.total + 1 });
    }
    const summary =
      [...byRoute].map(([route, count]) => `${route}: ${count.fired} of ${count.total} ran raw`).join('; ') + ` (${files.length} sampled)`;
    test.info().annotations.push({ type: 'control', description: summary });
    console.log(`  Control: ${summary}`);
    const firedCount = files.filter((file) => fired.has(file.marker)).length;
    expect(firedCount / files.length).toBeGreaterThanOrEqual(MIN_FIRED_SHARE);
  } finally {
    await control.close();
  }
});

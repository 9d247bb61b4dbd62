import type { Page } from '@playwright/test';

/**
 * In-page source: `({ selector, appControls }) => string[]`, one line per thing under `selector` that could act
 * if it were there: an element that runs, embeds, loads, submits or changes the page's base or
 * policy (script, iframe, object, embed, form and its controls, svg, math, base, meta, link,
 * style, media, templates…), an event-handler attribute, an attribute that loads or navigates
 * (src, srcdoc, action, formaction, xlink:href…), a link whose URL, as the browser resolved
 * it, is not http, https or mailto, and a style attribute with url(), expression() or a binding.
 * ProseMirror's own placeholders (a src-less `img.ProseMirror-separator`, `br.ProseMirror-trailingBreak`)
 * are the editor's, not the document's, and are allowed. With `appControls`, the app's own form
 * controls, disclosures and dialogs (note fields, buttons, inputs, the attention list, the editors: cards, dialogs and tables show notes and
 * claim records as their values) are allowed too, as long as nothing else about them acts.
 */
const INSPECT = `({ selector, appControls }) => {
  const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'form', 'input',
    'button', 'textarea', 'select', 'option', 'keygen', 'isindex', 'svg', 'math', 'base', 'meta', 'link', 'style', 'img', 'image',
    'picture', 'source', 'video', 'audio', 'track', 'portal', 'template', 'noscript', 'xmp', 'noembed', 'noframes', 'marquee',
    'details', 'dialog', 'map', 'area', 'use', 'animate', 'set', 'foreignobject', 'title', 'canvas']);
  const LOADING = new Set(['src', 'srcset', 'srcdoc', 'data', 'action', 'formaction', 'poster', 'background', 'ping', 'xlink:href',
    'http-equiv', 'content', 'autofocus', 'codebase', 'dynsrc', 'lowsrc', 'manifest', 'popovertarget', 'form']);
  if (appControls) for (const tag of ['form', 'input', 'button', 'textarea', 'select', 'option', 'details', 'dialog']) FORBIDDEN.delete(tag);
  const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
  const problems = [];
  const describe = (element) => '<' + element.tagName.toLowerCase() + '> ' + element.outerHTML.slice(0, 200);
  for (const root of document.querySelectorAll(selector)) {
    for (const element of [root, ...root.querySelectorAll('*')]) {
      const tag = element.localName.toLowerCase();
      const editorOwn = (tag === 'img' && element.classList.contains('ProseMirror-separator') && !element.hasAttribute('src'))
        || (tag === 'br' && element.classList.contains('ProseMirror-trailingBreak'));
      if (editorOwn) continue;
      if (FORBIDDEN.has(tag)) problems.push('element ' + describe(element));
      if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push('foreign element ' + describe(element));
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) problems.push('handler ' + name + ' on ' + describe(element));
        if (LOADING.has(name)) problems.push('attribute ' + name + ' on ' + describe(element));
        if (name === 'href' && tag !== 'a') problems.push('href on ' + describe(element));
        if (name === 'style' && /url\\(|expression|binding|behavior|image-set/i.test(attribute.value)) problems.push('style ' + describe(element));
      }
      if (tag === 'a' && element.hasAttribute('href')) {
        let scheme = '';
        try { scheme = new URL(element.href).protocol; } catch {}
        if (!SAFE_SCHEMES.has(scheme)) problems.push('link to ' + element.getAttribute('href').slice(0, 200));
      }
    }
  }
  return problems;
}`;

/**
 * What under `selector` could act if it were there (see INSPECT); an empty list is the goal.
 * `appControls` allows the app's own form controls (for cards, dialogs and tables).
 */
export async function findActiveContent(page: Page, selector: string, options: { appControls?: boolean } = {}): Promise<string[]> {
  return page.evaluate<string[]>(`(${INSPECT})(${JSON.stringify({ selector, appControls: options.appControls === true })})`);
}

/**
 * The elements of the whole document that change what a page loads or runs (script, meta,
 * base, link, style, frames, objects), as markup: compared before and after an import, so
 * nothing hostile was added anywhere, not only inside the article.
 */
export async function pageMachinery(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(
    `[...document.querySelectorAll('script, meta, base, link, style, iframe, frame, object, embed, portal')].map((e) => e.outerHTML.slice(0, 300))`,
  );
}

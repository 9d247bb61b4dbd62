/**
 * The report's only stylesheet, inlined so the file is self-contained. Highlights follow the
 * reader (renderer/src/styles/highlights.css): each tag paints with its own property so overlaps
 * stay readable, and has a second cue besides colour — claim a solid underline, denial a dashed
 * rule, evidence hatching — and a lettered badge. Colours are the reader's light theme; print
 * keeps backgrounds (`print-color-adjust`) so the cues survive on paper and in PDF. Every stack
 * names a face per script after the Latin ones, and the article's language puts its own first;
 * text from the article or the analyst (title, statements, quotes, notes) takes the direction of
 * its first letter and is isolated (`unicode-bidi: plaintext`), so a number or a Latin name in an
 * Arabic quote keeps its place.
 */
export const REPORT_CSS = `
:root {
  --text: #1d2125; --muted: #565e67; --rule: #d5d9de; --paper: #ffffff; --panel: #f5f6f8;
  --claim: #0b5fa5; --denial: #b44300; --evidence: #00765a;
  --claim-tint: rgba(11, 95, 165, 0.1); --denial-tint: rgba(180, 67, 0, 0.1);
  --evidence-tint: rgba(0, 118, 90, 0.1); --evidence-hatch: rgba(0, 118, 90, 0.22);
  --font-ui-stack: system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Devanagari', 'Noto Sans CJK SC', 'Noto Sans CJK JP', 'Noto Sans CJK KR', 'Geeza Pro', 'Nirmala UI', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans', 'Malgun Gothic', 'DejaVu Sans', Roboto, Arial, sans-serif;
  --font-reading-stack: 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'Noto Serif', 'Noto Naskh Arabic', 'Noto Serif Hebrew', 'Noto Serif Devanagari', 'Noto Serif CJK SC', 'Noto Serif CJK JP', 'Noto Serif CJK KR', 'Noto Sans CJK SC', 'Geeza Pro', 'Traditional Arabic', 'Nirmala UI', 'Songti SC', SimSun, 'Hiragino Mincho ProN', Batang, 'DejaVu Serif', serif;
  --font-ui: var(--font-ui-stack); --font-reading: var(--font-reading-stack);
}
:lang(ar), :lang(fa), :lang(ur) { --font-reading: 'Noto Naskh Arabic', 'Geeza Pro', 'Traditional Arabic', var(--font-reading-stack); }
:lang(he), :lang(yi) { --font-reading: 'Noto Serif Hebrew', 'Noto Sans Hebrew', var(--font-reading-stack); }
:lang(hi), :lang(mr), :lang(ne) { --font-reading: 'Noto Serif Devanagari', 'Noto Sans Devanagari', 'Kohinoor Devanagari', 'Nirmala UI', var(--font-reading-stack); }
:lang(zh) { --font-reading: 'Noto Serif CJK SC', 'Songti SC', SimSun, 'Noto Sans CJK SC', var(--font-reading-stack); }
:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK) { --font-reading: 'Noto Serif CJK TC', 'Songti TC', PMingLiU, 'Noto Sans CJK TC', var(--font-reading-stack); }
:lang(ja) { --font-reading: 'Noto Serif CJK JP', 'Hiragino Mincho ProN', 'Yu Mincho', 'Noto Sans CJK JP', var(--font-reading-stack); }
:lang(ko) { --font-reading: 'Noto Serif CJK KR', Batang, 'Noto Sans CJK KR', var(--font-reading-stack); }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.5rem 3rem; color: var(--text); background: var(--paper); font: 15px/1.5 var(--font-ui); }
h1 { font: 700 1.7rem/1.25 var(--font-reading); margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.6rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
.kicker { margin: 0; font-size: 0.78rem; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0; font-size: 0.88rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; margin: 1.2rem 0 0; padding: 0.6rem 0.8rem; background: var(--panel); border-radius: 6px; font-size: 0.85rem; }
.legend span.sample { margin-left: 0.35rem; }
.article { margin-top: 1.5rem; font: 1.06rem/1.75 var(--font-reading); }
.article p { margin: 0 0 1em; }
.article h3 { font: 700 1.15rem/1.4 var(--font-ui); margin: 1.4em 0 0.5em; }
.article .caption { font-size: 0.9rem; color: var(--muted); font-style: italic; }
.article .list-item { padding-inline-start: 1.2em; text-indent: -0.8em; }
.article .list-item::before { content: '• '; }
.article blockquote { margin: 0 0 1em; padding-inline-start: 1em; border-inline-start: 3px solid var(--rule); }
.hl { background-image: var(--hl-claim-bg, none), var(--hl-denial-bg, none), var(--hl-evidence-bg, none); -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.hl-claim { --hl-claim-bg: linear-gradient(var(--claim-tint), var(--claim-tint)); text-decoration: underline solid var(--claim) 2px; text-underline-offset: 4px; text-decoration-skip-ink: none; }
.hl-denial { --hl-denial-bg: linear-gradient(var(--denial-tint), var(--denial-tint)); padding-bottom: 5px; border-bottom: 2px dashed var(--denial); }
.hl-evidence { --hl-evidence-bg: repeating-linear-gradient(135deg, var(--evidence-hatch) 0 1.5px, var(--evidence-tint) 1.5px 6px); }
.badge { direction: ltr; unicode-bidi: isolate; display: inline-block; min-width: 1.6em; margin: 0 2px; padding: 0 4px; font: 700 10px/1.5 var(--font-ui); color: #fff; text-align: center; text-decoration: none; vertical-align: 0.45em; border-radius: 3px; text-indent: 0; }
.badge-claim { background: var(--claim); }
.badge-denial { background: var(--denial); border-radius: 3px 3px 3px 0; }
.badge-evidence { background: var(--evidence); border-radius: 8px; }
table { width: 100%; border-collapse: collapse; font-size: 0.86rem; }
th, td { padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
td, h1, .meta dd, .notes blockquote, .notes .note, .notes dd { text-align: start; unicode-bidi: plaintext; }
th { background: var(--panel); font-weight: 600; }
td ul { margin: 0; padding-left: 1rem; }
.verdict-group { color: var(--muted); font-size: 0.8rem; }
.notes ol { list-style: none; margin: 0; padding: 0; }
.notes li { margin: 0 0 0.9rem; padding: 0.5rem 0.7rem; border-left: 3px solid var(--rule); background: var(--panel); border-radius: 0 6px 6px 0; }
.notes li.tag-claim { border-left-color: var(--claim); }
.notes li.tag-denial { border-left-color: var(--denial); }
.notes li.tag-evidence { border-left-color: var(--evidence); }
.notes blockquote { margin: 0.2rem 0; font: italic 0.95rem/1.5 var(--font-reading); }
.notes blockquote:is(:lang(ar), :lang(fa), :lang(ur), :lang(he), :lang(yi), :lang(hi), :lang(mr), :lang(ne), :lang(zh), :lang(ja), :lang(ko)) { font-style: normal; }
.notes .note { margin: 0.3rem 0 0; white-space: pre-wrap; }
.notes dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; margin: 0.35rem 0 0; font-size: 0.85rem; }
.notes dt { color: var(--muted); }
.notes dd { margin: 0; overflow-wrap: anywhere; }
.who { color: var(--muted); font-size: 0.82rem; }
.unplaced { color: var(--denial); font-size: 0.85rem; font-weight: 600; }
.source-warning { color: var(--denial); font-size: 0.82rem; }
.back { font-size: 0.8rem; color: var(--muted); }
a { color: var(--claim); }
footer { margin-top: 2.5rem; font-size: 0.78rem; color: var(--muted); }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .article { font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  .back { display: none; }
  h2, h3 { break-after: avoid; }
  .article p, tr, .notes li { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

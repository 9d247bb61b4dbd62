import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-to-blocks';
import { parseHtml } from './parse-html';

const blocksOf = (html: string, baseUrl?: string) => htmlToBlocks(parseHtml(html).body, baseUrl);

describe('htmlToBlocks', () => {
  it('reads headings, paragraphs, quotes, list items and captions as typed blocks', () => {
    const { blocks } = blocksOf(`
      <h2>What the  records show</h2>
      <p>The port kept <em>two</em> sets of <strong>books</strong>.</p>
      <blockquote><p>“We were told the tanks were full.”</p><p>Second quoted paragraph.</p></blockquote>
      <ul><li>First point<ul><li>Nested point</li></ul></li><li><p>Point in a paragraph</p></li></ul>
      <figure><img src="quay.jpg" alt="The quay"><figcaption>The quay at dawn. Photo: Lena Marsh</figcaption></figure>
      <div>Loose text in a div</div>`);
    expect(blocks).toEqual([
      { type: 'heading', text: 'What the records show' },
      { type: 'paragraph', text: 'The port kept two sets of books.' },
      { type: 'blockquote', text: '“We were told the tanks were full.”' },
      { type: 'blockquote', text: 'Second quoted paragraph.' },
      { type: 'list-item', text: 'First point' },
      { type: 'list-item', text: 'Nested point' },
      { type: 'list-item', text: 'Point in a paragraph' },
      { type: 'caption', text: 'The quay at dawn. Photo: Lena Marsh' },
      { type: 'paragraph', text: 'Loose text in a div' },
    ]);
  });

  it('keeps http, https and mailto links as ranges over the text, and only the text of others', () => {
    const { blocks } = blocksOf(
      `<p>Read <a href="https://example.org/report">the report</a>, <a href="mailto:desk@example.org">write</a>,
       <a href="javascript:alert(1)">click</a> or <a href="/archive">see the archive</a>.</p>`,
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        text: 'Read the report, write, click or see the archive.',
        links: [
          { start: 5, end: 15, href: 'https://example.org/report' },
          { start: 17, end: 22, href: 'mailto:desk@example.org' },
        ],
      },
    ]);
    const withBase = blocksOf('<p>See <a href="/archive">the archive</a>.</p>', 'https://example.org/news/1');
    expect(withBase.blocks[0]?.links).toEqual([{ start: 4, end: 15, href: 'https://example.org/archive' }]);
  });

  it('splits a link that wraps several blocks into one link per block', () => {
    const { blocks } = blocksOf('<a href="https://example.org/s"><h3>Storm closes road</h3><p>Teaser text.</p></a>');
    expect(blocks).toEqual([
      { type: 'heading', text: 'Storm closes road', links: [{ start: 0, end: 17, href: 'https://example.org/s' }] },
      { type: 'paragraph', text: 'Teaser text.', links: [{ start: 0, end: 12, href: 'https://example.org/s' }] },
    ]);
  });

  it('drops elements that carry no prose together with their content', () => {
    const { blocks } = blocksOf(`<p>Before.<script>var leak = 1;</script><style>p{}</style><noscript>noscript text</noscript>
      <template>template text</template><svg><text>svg text</text></svg><math><mi>math text</mi></math>
      <iframe srcdoc="<p>frame</p>">iframe text</iframe><object>object text</object><button>Share</button>
      <select><option>Option text</option></select><textarea>textarea text</textarea><span hidden>hidden text</span>
      <span style="color: red; display:none">invisible text</span> After.</p>`);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Before. After.' }]);
  });

  it('keeps markup written as text as text', () => {
    const { blocks } = blocksOf('<p>The post read &lt;script&gt;alert(1)&lt;/script&gt; &amp; nothing else.</p>');
    expect(blocks[0]?.text).toBe('The post read <script>alert(1)</script> & nothing else.');
  });

  it('records images as placeholders that add no characters', () => {
    const { blocks, images } = blocksOf(`<p><img alt="Map of  the bay">Ships <img alt="">wait offshore.</p>
      <figure><img alt="Chart"></figure><p>Next paragraph.</p><img alt="Last">`);
    expect(blocks.map((block) => block.text)).toEqual(['Ships wait offshore.', 'Next paragraph.']);
    expect(images).toEqual([
      { alt: 'Map of the bay', block: 0, offset: 0 },
      { alt: '', block: 0, offset: 6 },
      { alt: 'Chart', block: 1, offset: 0 },
      { alt: 'Last', block: 2, offset: 0 },
    ]);
  });

  it('reads one line break as a space and two as a paragraph break', () => {
    const { blocks } = blocksOf('<div>The ferry left at dawn<br>and docked at noon.<br><br>A second paragraph.</div>');
    expect(blocks.map((block) => block.text)).toEqual(['The ferry left at dawn and docked at noon.', 'A second paragraph.']);
  });

  it('reads a table row as one block and preformatted text by its blank lines', () => {
    const { blocks } = blocksOf(`<table><caption>Tolls</caption><tr><th>Year</th><th>Toll</th></tr><tr><td>2024</td><td>€3</td></tr></table>
      <pre>First   line
second line

Third line</pre>`);
    expect(blocks.map((block) => `${block.type}: ${block.text}`)).toEqual([
      'caption: Tolls',
      'paragraph: Year Toll',
      'paragraph: 2024 €3',
      'paragraph: First line second line',
      'paragraph: Third line',
    ]);
  });

  it('walks nesting far deeper than the call stack allows', () => {
    // jsdom itself cannot build such a tree (the importer refuses it before parsing), so this is
    // a chain of stand-in nodes with just the fields the walk reads.
    const text = { nodeType: 3, nodeValue: 'Deep text.', lastChild: null, previousSibling: null };
    let node: object = text;
    for (let depth = 0; depth < 100_000; depth += 1) {
      node = {
        nodeType: 1,
        localName: 'div',
        namespaceURI: 'http://www.w3.org/1999/xhtml',
        hasAttribute: () => false,
        getAttribute: () => null,
        lastChild: node,
        previousSibling: null,
      };
    }
    expect(htmlToBlocks(node as Node).blocks).toEqual([{ type: 'paragraph', text: 'Deep text.' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { PRESET_SCALES } from '../../verdict';
import { buildReport } from '../build-report';
import { describe as describeSpan } from '../../anchoring';
import { toPlainText } from '../../text/plain-text';
import { EXPORTED_AT, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from '../fixtures/report-fixture';
import { renderHtml } from './render-html';

function reportOf(lang: string, blocks: { type: 'paragraph' | 'heading'; text: string }[]): string {
  const article = { ...FIXTURE_ARTICLE, lang, blocks };
  return renderHtml(buildReport({ article, annotations: [], scope: {}, scales: PRESET_SCALES, exportedAt: EXPORTED_AT }));
}

describe('renderHtml in other scripts', () => {
  it('sets each Arabic block right to left and leaves an English quote among them left to right', () => {
    const html = reportOf('ar', [
      { type: 'heading', text: 'من سيدفع ثمن الإصلاحات؟' },
      { type: 'paragraph', text: 'قال المتحدث إن 15٪ من الميزانية ستذهب إلى الطرق.' },
      { type: 'paragraph', text: '"We will pay," the mayor said.' },
    ]);
    expect(html).toContain('<h3 dir="rtl">من سيدفع ثمن الإصلاحات؟</h3>');
    expect(html).toContain('<p dir="rtl">قال المتحدث إن 15٪ من الميزانية ستذهب إلى الطرق.</p>');
    expect(html).toContain('<p>&quot;We will pay,&quot; the mayor said.</p>');
  });

  it('marks the quotes in the notes with the article’s language and sets them upright, not in a slanted Latin italic', () => {
    const article = {
      ...FIXTURE_ARTICLE,
      lang: 'ar',
      blocks: [{ type: 'paragraph' as const, text: 'قال المتحدث إن 15٪ من الميزانية ستذهب إلى الطرق.' }],
    };
    const quote = 'قال المتحدث إن 15٪ من الميزانية ستذهب إلى الطرق.';
    const annotation = {
      ...FIXTURE_ANNOTATIONS[0]!,
      target: { ...FIXTURE_ANNOTATIONS[0]!.target, selector: describeSpan(toPlainText(article.blocks), 0, quote.length) },
    };
    const html = renderHtml(buildReport({ article, annotations: [annotation], scope: {}, scales: PRESET_SCALES, exportedAt: EXPORTED_AT }));
    expect(html).toContain(`<blockquote lang="ar">${quote}</blockquote>`);
    expect(html).toContain('.notes blockquote:is(:lang(ar)');
  });

  it('marks the article with its language, so the report draws Chinese with Chinese faces', () => {
    const html = reportOf('zh', [{ type: 'paragraph', text: '滨江市议会星期二通过了明年的财政预算。' }]);
    expect(html).toContain('<main class="article" aria-label="Article" lang="zh">');
    expect(html).toContain(":lang(zh) { --font-reading: 'Noto Serif CJK SC'");
  });
});

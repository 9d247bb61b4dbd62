import { LibraryPage } from './pages/library-page';
import { SearchPage } from './pages/search-page';
import { expect, test } from './support/app-fixture';

/** A pasted article long enough that only the highlights near the screen are drawn: 900 paragraphs, each naming the harbour once. */
const LONG_ARTICLE = Array.from(
  { length: 900 },
  (_, i) => `Paragraph ${i + 1} reports that the harbour moved ${1_000 + i} containers on day ${i + 1}. Officials confirmed the count.`,
).join('\n\n');

test('in a long article, whatever part the analyst scrolls to shows its highlights, and the scrollbar reaches the end', async ({ app }) => {
  test.slow();
  const library = new LibraryPage(app.page);
  await library.pasteArticle(LONG_ARTICLE, 'Harbour log');
  const reader = await library.reader();
  const search = new SearchPage(app.page);
  await search.find('harbour');
  await expect(search.findCount).toHaveText('1 of 900');

  const scroller = reader.root.locator('[data-scroll-container]').first();
  const hitsOnScreen = () =>
    scroller.evaluate((element) => {
      const port = element.getBoundingClientRect();
      return [...element.querySelectorAll('mark.search-hit')].filter((mark) => {
        const box = mark.getBoundingClientRect();
        return box.bottom > port.top && box.top < port.bottom;
      }).length;
    });
  for (const share of [0.6, 0.3, 0.95, 0.45, 0.1]) {
    await scroller.evaluate((element, at) => {
      element.scrollTop = (element.scrollHeight - element.clientHeight) * at;
    }, share);
    await expect.poll(() => hitsOnScreen(), { message: `hits on screen at ${share * 100}% of the article` }).toBeGreaterThan(0);
  }
  // A fling (the thumb dragged, a screen a frame): the highlights wait for it to rest, then show.
  await scroller.evaluate(async (element) => {
    const nextFrame = (globalThis as unknown as { requestAnimationFrame(callback: () => void): number }).requestAnimationFrame;
    for (let frame = 0; frame < 40; frame++) {
      element.scrollTop += element.clientHeight;
      await new Promise<void>((resolve) => nextFrame(resolve));
    }
  });
  await expect.poll(() => hitsOnScreen(), { message: 'hits on screen where a fling came to rest' }).toBeGreaterThan(0);
  await scroller.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(reader.article.getByText('Paragraph 900 reports')).toBeInViewport();
});

import { join } from 'node:path';
import { LibraryPage } from './pages/library-page';
import { expect, test, type FactmarkApp } from './support/app-fixture';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'languages');

// Web pages are read in a worker thread that the first import starts; on a busy two-core machine
// that first import takes seconds, more than the usual assertion timeout.
const IMPORT_TIMEOUT = 30_000;
test.describe.configure({ timeout: 120_000 });

async function openByMenu(app: FactmarkApp, name: string): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.sendCommand('open-file');
  await (await chooser).setFiles(join(FIXTURES, name));
}

test('a Chinese page saved as UTF-8 under a gb2312 label reads in Chinese, every paragraph kept, its language shown', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await openByMenu(app, 'zh-budget-gb2312-label.html');
  await expect(app.page.getByTestId('article')).toBeVisible({ timeout: IMPORT_TIMEOUT });
  const reader = await library.reader();
  await expect(reader.title()).toContainText('滨江市议会通过明年预算 道路维修经费增加三成');
  await expect(app.page.getByTestId('reader-lang')).toHaveText('Chinese');
  for (const paragraph of [
    '滨江市议会星期二以二十一票赞成、四票反对通过了明年的财政预算。',
    '反对派议员认为，增加的经费应当优先用于公共交通。',
    '预算将于明年一月一日起生效。',
  ]) {
    await expect(reader.article).toContainText(paragraph);
  }
  await expect(reader.article).not.toContainText('责任编辑');
  await app.page.screenshot({ path: 'e2e/screenshots/article-language-chinese.png' });
});

test('an Arabic page declaring lang="ar" shows its language and keeps its text', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await openByMenu(app, 'ar-budget.html');
  await expect(app.page.getByTestId('article')).toBeVisible({ timeout: IMPORT_TIMEOUT });
  const reader = await library.reader();
  await expect(app.page.getByTestId('reader-lang')).toHaveText('Arabic');
  await expect(reader.article).toContainText('من سيدفع ثمن الإصلاحات؟');
  await expect(reader.article).toContainText('تدخل الميزانية حيز التنفيذ في الأول من يناير.');
  await app.page.screenshot({ path: 'e2e/screenshots/article-language-arabic.png' });
});

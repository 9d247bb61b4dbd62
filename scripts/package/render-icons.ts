// `npx tsx scripts/package/render-icons.ts`: renders build/icon.svg (Factmark's own mark) to the
// PNGs electron-builder packs: build/icon.png (1024 px; it derives the macOS .icns and the
// Windows .ico from it) and build/icons/<n>x<n>.png for the Linux desktop entry. Needs a Chromium
// (found as the Chromium host finds one).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../../main/chromium/find-chromium';

/** The sizes the Linux icon theme gets; build/icon.png is the 1024 px master. */
export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const buildDir = fileURLToPath(new URL('../../build', import.meta.url));
const svg = await readFile(join(buildDir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
try {
  const page = await browser.newPage();
  const render = async (size: number, file: string) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body>`,
    );
    await page.screenshot({ path: file, omitBackground: true });
  };
  await render(1024, join(buildDir, 'icon.png'));
  await mkdir(join(buildDir, 'icons'), { recursive: true });
  for (const size of LINUX_ICON_SIZES) await render(size, join(buildDir, 'icons', `${size}x${size}.png`));
} finally {
  await browser.close();
}

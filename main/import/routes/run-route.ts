import { decodeText } from '../decode-text';
import { docxToArticleParts } from '../docx';
import { readDocxLang } from '../docx/read-docx-lang';
import { checkArticleLength } from '../import-limits';
import { decodeHtmlBytes, htmlToArticleParts } from '../html';
import { readHtmlLang } from '../html/read-html-lang';
import { markdownToArticleParts } from '../markdown';
import { pdfToArticleParts } from '../pdf';
import type { ImportProgress, RouteParts, RouteRequest } from '../route-protocol';
import { openPageHelperSession } from './page-helper-session';

/**
 * Reads one file by the route its content called for (HTML, Markdown, Word, PDF) into the parts
 * of an article, reporting progress as it goes: pages for a PDF; for the others, only the stage
 * with no total (their parsers run in one synchronous call). Throws the route's UserFacingError, naming the file, for
 * a file it cannot read or an article longer than MAX_ARTICLE_CHARS. Runs in the import worker, never on the main
 * process's thread. A long PDF shares its pages with the PDF page helper when the request lends
 * one (`pageHelper`); the session's port is closed once the route is done, whatever the route.
 */
export async function runRoute(request: RouteRequest, onProgress: (progress: ImportProgress) => void): Promise<RouteParts> {
  try {
    const parts = await readParts(request, onProgress);
    checkArticleLength(
      request.fileName,
      parts.blocks.reduce((sum, block) => sum + block.text.length, 0),
    );
    return parts;
  } finally {
    request.pageHelper?.close();
  }
}

async function readParts(request: RouteRequest, onProgress: (progress: ImportProgress) => void): Promise<RouteParts> {
  const { fileName, bytes } = request;
  const restore = request.restore;
  switch (request.route) {
    case 'html': {
      onProgress({ done: 0, total: 0, stage: 'Reading the web page' });
      const html = request.utf8 ? new TextDecoder().decode(bytes) : decodeHtmlBytes(bytes, fileName);
      const lang = readHtmlLang(html);
      return { ...htmlToArticleParts(html, { fileName, restore }), ...(lang !== undefined && { lang }) };
    }
    case 'markdown': {
      onProgress({ done: 0, total: 0, stage: 'Reading the Markdown file' });
      return markdownToArticleParts(decodeText(bytes, fileName).text, { fileName, restore });
    }
    case 'docx': {
      onProgress({ done: 0, total: 0, stage: 'Reading the Word document' });
      const parts = await docxToArticleParts(bytes, { fileName, restore });
      const lang = await readDocxLang(bytes);
      return lang === undefined ? parts : { ...parts, lang };
    }
    case 'pdf': {
      onProgress({ done: 0, total: 0, stage: 'Opening the PDF' });
      const { pageHelper } = request;
      const parts = await pdfToArticleParts(bytes, fileName, {
        restore,
        ...(pageHelper && { openHelper: (pdf: Uint8Array) => openPageHelperSession(pageHelper, pdf) }),
        onProgress: (done, total) => onProgress({ done, total, stage: `Reading page ${done} of ${total}` }),
      });
      return {
        metadata: parts.metadata,
        blocks: parts.blocks,
        dropped: parts.dropped,
        images: [],
        notes: [],
        ...(parts.lang !== undefined && { lang: parts.lang }),
      };
    }
  }
}

// Starts the built shell with only what the packaged app ships (see register.mjs), then makes
// both worker threads load their whole graphs: imports a web page, a Word-free Markdown file and
// a PDF (the import worker: jsdom, Readability, markdown-it, pdf.js) and asks for suggestions
// (the suggest worker: wink-nlp). Prints one JSON report line for packaged-app.spec.ts.
// Usage: node --import ./register.mjs packaged-start.mjs <out/main/index.js> --store <dir> <pdf file>
import { readFileSync } from 'node:fs';
import { app } from 'electron';
import { invoke, startShell } from './fake-page.mjs';

const [mainPath, , , pdfPath] = process.argv.slice(2);
const fake = globalThis.fakeElectron;
const report = {};
fake.onExit = (code, error) => {
  Object.assign(report, { exitCode: code, error });
  console.log(JSON.stringify(report));
  process.exit(0);
};

// An unshipped package is refused, as the installed app would: proof the check has teeth.
report.playwrightCore = await import('playwright-core').then(
  () => 'loaded',
  (error) => error.code,
);

await startShell(mainPath);
const importFile = async (fileName, bytes) => {
  const result = await invoke('document:import', { fileName, dataBase64: Buffer.from(bytes).toString('base64') });
  return result.ok ? result.value.id : `failed: ${result.error.message}`;
};
const page = await importFile(
  'story.html',
  '<html><head><title>Dam report</title></head><body><article><h1>Dam report</h1><p>The council said the dam was inspected in May. Engineers dispute that account.</p></article></body></html>',
);
const markdown = await importFile(
  'story.md',
  '# Flood gates\n\nThe mayor said the gates were closed on time. Residents say they were not.\n',
);
const pdf = await importFile('article.pdf', readFileSync(pdfPath));
const suggestions = await invoke('document:suggest', { documentId: markdown });
report.imports = {
  page: typeof page === 'string' && !page.startsWith('failed') ? 'imported' : page,
  markdown: markdown.startsWith('failed') ? markdown : 'imported',
  pdf: pdf.startsWith('failed') ? pdf : 'imported',
};
report.suggestions = suggestions.ok ? 'answered' : `failed: ${suggestions.error.message}`;
app.quit();

// How far a page-tree object may reach; a node of a thousand kids takes about 10 KB.
const OBJECT_WINDOW = 1024 * 1024;

/**
 * The largest page count that a page-tree node (`/Type /Pages … /Count N`) written plainly in
 * the file declares — the root's, which is what pdf.js reports as the number of pages — or
 * undefined when there is none to read (the tree sits in a compressed object stream). Read from
 * the bytes in milliseconds, so a PDF of 200,000 pages is refused before pdf.js spends seconds
 * indexing it; pdf.js's own count is checked again after opening.
 */
export function declaredPageCount(bytes: Uint8Array): number | undefined {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let most: number | undefined;
  for (let at = pdf.indexOf('/Pages'); at !== -1; at = pdf.indexOf('/Pages', at + 1)) {
    if (!/\/Type\s*$/u.test(pdf.toString('latin1', Math.max(0, at - 16), at))) continue;
    if (/[A-Za-z0-9]/u.test(String.fromCharCode(pdf[at + '/Pages'.length] ?? 0x20))) continue;
    const start = Math.max(pdf.lastIndexOf('obj', at), at - OBJECT_WINDOW, 0);
    const found = pdf.indexOf('endobj', at);
    const end = found === -1 ? Math.min(pdf.length, at + OBJECT_WINDOW) : Math.min(found, at + OBJECT_WINDOW);
    const count = /\/Count\s+(\d{1,12})\b/u.exec(pdf.toString('latin1', start, end))?.[1];
    if (count !== undefined) most = Math.max(most ?? 0, Number(count));
  }
  return most;
}

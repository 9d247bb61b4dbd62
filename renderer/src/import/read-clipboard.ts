/** What the clipboard held: its plain text, and its HTML when a web page or editor put some there. */
export interface ClipboardArticle {
  text: string;
  html?: string;
}

/**
 * Reads the system clipboard for the paste dialog: HTML and plain text where the page may read
 * both, plain text only where it may read just that, null when it may read nothing (the analyst
 * can still paste by hand). The HTML is only carried as a string to main, never parsed here.
 */
export async function readClipboardArticle(): Promise<ClipboardArticle | null> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) return null;
  try {
    const items = await clipboard.read();
    const item = items.find((candidate) => candidate.types.includes('text/html') || candidate.types.includes('text/plain'));
    if (item) {
      const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
      const [text, html] = await Promise.all([read('text/plain'), read('text/html')]);
      return html.trim() ? { text, html } : { text };
    }
  } catch {
    // Reading rich content may be refused where plain text is allowed.
  }
  try {
    return { text: await clipboard.readText() };
  } catch {
    return null;
  }
}

/** The HTML a paste event carries, or undefined when it has none. */
export function htmlOfPaste(data: DataTransfer | null): string | undefined {
  const html = data?.getData('text/html') ?? '';
  return html.trim() ? html : undefined;
}

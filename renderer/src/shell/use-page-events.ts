import { useEffect, type RefObject } from 'react';
import type { OpenReader } from './open-reader';

/**
 * The page-wide events the open article answers: Ctrl+C copies the reader's own selection
 * (the app's, not the browser's, so the browser needs telling), and leaving the page makes a
 * last save attempt (the request leaves before the page goes; main finishes writing it).
 */
export function usePageEvents(reader: RefObject<OpenReader | null>): void {
  useEffect(() => {
    const copy = (event: ClipboardEvent) => {
      const text = reader.current?.session.selectedText();
      const target = event.target;
      if (!text || (target instanceof HTMLElement && target.matches('textarea, input'))) return;
      if (document.getSelection()?.toString()) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    const flush = () => void reader.current?.session.flush();
    document.addEventListener('copy', copy);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('copy', copy);
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
    };
  }, [reader]);
}

import { useEffect, useRef, useState } from 'react';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Accepts a file dropped anywhere on the window (library or reader) and hands the first one to
 * `onFile`; `onFilesEnter` is called when files start being dragged over it (the analyst's intent
 * to import). Returns whether files are being dragged over the window, for the drop overlay.
 * Every file drop is cancelled, so the page never navigates to a dropped file.
 */
export function useDroppedFiles(onFile: (file: File) => void, onFilesEnter?: () => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFile);
  const latestEnter = useRef(onFilesEnter);
  useEffect(() => {
    latest.current = onFile;
    latestEnter.current = onFilesEnter;
  });
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      if (depth === 0) latestEnter.current?.();
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) latest.current(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}

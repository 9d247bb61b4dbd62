/**
 * Hands exported bytes to the browser as a download named `fileName`: Electron then asks where
 * to save it (its default for a download), the Chromium host saves it to the downloads folder.
 * The page never names a path on disk.
 */
export function saveDownload(fileName: string, mediaType: string, dataBase64: string): void {
  const bytes = Uint8Array.from(atob(dataBase64), (ch) => ch.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

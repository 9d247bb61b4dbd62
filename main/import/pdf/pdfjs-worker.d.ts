// pdfjs-dist ships no types for its worker module; the parser imports it only to hand it to
// pdf.mjs (as globalThis.pdfjsWorker), so an opaque shape is enough.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

/** Bounds that keep one hostile or huge document from taking the process down. */
export interface ParseLimits {
  /** Largest PDF accepted, in bytes. */
  maxPdfBytes: number;
  /** Largest text, Markdown or HTML document accepted, in bytes. */
  maxTextBytes: number;
  /** Most PDF pages read. */
  maxPages: number;
  /** Wall-clock budget for one document, in milliseconds. */
  timeoutMs: number;
  /** Deepest HTML element nesting walked; deeper content is dropped with a warning. */
  maxDepth: number;
  /** Heap given to the PDF worker, in MB: a PDF bomb exhausts this, not the process. */
  pdfHeapMb: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxPdfBytes: 10 * 1024 * 1024,
  maxTextBytes: 2 * 1024 * 1024,
  maxPages: 200,
  timeoutMs: 30_000,
  maxDepth: 200,
  pdfHeapMb: 512,
};

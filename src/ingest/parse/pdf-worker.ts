import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IngestError } from './ingest-error';
import { ParseLimits } from './limits';

/** One run of text as pdf.js places it on the page (PDF units, origin bottom-left). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  font: string;
  eol: boolean;
}

export interface PdfPages {
  numPages: number;
  pages: PdfItem[][];
}

/*
 * The worker's own code, run with `eval: true`: pdf.js ships as an ES module, which a worker thread imports
 * natively whatever module system loaded this file (jest, CommonJS). The worker returns positioned text items only;
 * layout is rebuilt in pdf-layout.ts. Fonts, images and scripts inside the PDF are never evaluated.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const pdfjs = await import(workerData.url);
  const task = pdfjs.getDocument({
    data: workerData.bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    stopAtErrors: false, verbosity: 0, enableXfa: false,
  });
  const doc = await task.promise;
  if (doc.numPages > workerData.maxPages) {
    parentPort.postMessage({ tooManyPages: doc.numPages });
    return;
  }
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ disableNormalization: false });
    pages.push(content.items.filter((it) => typeof it.str === 'string').map((it) => ({
      str: it.str, x: it.transform[4], y: it.transform[5], width: it.width,
      height: it.height || Math.abs(it.transform[3]) || 10, font: it.fontName || '', eol: !!it.hasEOL,
    })));
    page.cleanup();
  }
  parentPort.postMessage({ numPages: doc.numPages, pages });
  await doc.destroy();
})().catch((error) => parentPort.postMessage({ error: { name: error && error.name, message: String(error && error.message) } }));
`;

function pdfjsUrl(): string {
  return pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
}

interface WorkerReply {
  numPages?: number;
  pages?: PdfItem[][];
  tooManyPages?: number;
  error?: { name: string; message: string };
}

function toResult(reply: WorkerReply, limits: ParseLimits): PdfPages {
  if (reply.tooManyPages !== undefined) {
    throw new IngestError(
      'TOO_MANY_PAGES',
      `the PDF has ${reply.tooManyPages} pages; at most ${limits.maxPages} are read: send the privacy policy alone`,
    );
  }
  if (reply.error) {
    if (reply.error.name === 'PasswordException') {
      throw new IngestError('ENCRYPTED_PDF', 'the PDF is password-protected; send an unprotected copy');
    }
    throw new IngestError('UNREADABLE_PDF', `the PDF cannot be read (${reply.error.message}); send the text or HTML`);
  }
  return { numPages: reply.numPages ?? 0, pages: reply.pages ?? [] };
}

/**
 * Extracts the positioned text of every page of a PDF in a worker thread with its own heap limit and a deadline:
 * a PDF bomb or an endless content stream ends the worker, never this process.
 * Rejects with IngestError TIMEOUT, TOO_MANY_PAGES, ENCRYPTED_PDF or UNREADABLE_PDF.
 */
export function extractPdfItems(bytes: Buffer, limits: ParseLimits, timeoutMs: number): Promise<PdfPages> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { url: pdfjsUrl(), bytes: new Uint8Array(bytes), maxPages: limits.maxPages },
      resourceLimits: { maxOldGenerationSizeMb: limits.pdfHeapMb, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => settle(() => reject(new IngestError('TIMEOUT', `reading the PDF took longer than ${timeoutMs} ms`))),
      timeoutMs,
    );
    worker.on('message', (reply: WorkerReply) =>
      settle(() => {
        try {
          resolve(toResult(reply, limits));
        } catch (error) {
          reject(error);
        }
      }),
    );
    worker.on('error', (error) =>
      settle(() =>
        reject(new IngestError('UNREADABLE_PDF', `the PDF cannot be read (${error.message}); send the text or HTML`)),
      ),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new IngestError('UNREADABLE_PDF', `the PDF reader stopped (exit code ${code})`))),
    );
  });
}

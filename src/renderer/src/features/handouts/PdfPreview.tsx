import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Draws every page of a PDF as a picture, at the width of the pane. */
export function PdfPreview({ pdf, label }: { pdf: Uint8Array; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    const task = pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false });
    void task.promise
      .then(async (doc) => {
        const host = container.current;
        if (!host || cancelled) return;
        host.replaceChildren();
        for (let n = 1; n <= doc.numPages && !cancelled; n++) {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: 1.25 });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `${label}, page ${n} of ${doc.numPages}`);
          canvas.className = 'pdf-page';
          host.append(canvas);
          await page.render({ canvas, viewport }).promise;
        }
        if (!cancelled) setPages(doc.numPages);
      })
      .catch((error: unknown) => !cancelled && setFailed(String(error)));
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [pdf, label]);

  return (
    <div className="pdf-preview">
      {failed && <p role="alert">The preview could not be drawn: {failed}</p>}
      {pages === null && !failed && <p className="muted">Drawing the pages…</p>}
      {/* Focusable so the pages can be scrolled from the keyboard. */}
      <div
        ref={container}
        className="pdf-pages"
        tabIndex={0}
        role="group"
        aria-label={`${label}: scroll to see every page`}
      />
    </div>
  );
}

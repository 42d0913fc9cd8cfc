import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useIntl } from 'react-intl';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Draws every page of a PDF as a picture, at the width of the pane. */
export function PdfPreview({ pdf, label }: { pdf: Uint8Array; label: string }) {
  const intl = useIntl();
  const container = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // Read at drawing time, so a new language relabels without redrawing every page.
  const pageLabel = useEffectEvent((n: number, pages: number) =>
    intl.formatMessage(
      { id: 'handouts.pdfPreview.page', defaultMessage: '{label}, page {n} of {pages}' },
      { label, n, pages },
    ),
  );

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
          canvas.setAttribute('aria-label', pageLabel(n, doc.numPages));
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
      {failed && (
        <p role="alert">
          {intl.formatMessage({
            id: 'handouts.pdfPreview.thePreviewCouldNot',
            defaultMessage: 'The preview could not be drawn:',
          })}{' '}
          {failed}
        </p>
      )}
      {pages === null && !failed && (
        <p className="muted">
          {intl.formatMessage({
            id: 'handouts.pdfPreview.drawingThePages',
            defaultMessage: 'Drawing the pages…',
          })}
        </p>
      )}
      {/* Focusable so the pages can be scrolled from the keyboard. */}
      <div
        ref={container}
        className="pdf-pages"
        tabIndex={0}
        role="group"
        aria-label={intl.formatMessage(
          {
            id: 'handouts.pdfPreview.scrollToSeeEvery',
            defaultMessage: '{label}: scroll to see every page',
          },
          { label },
        )}
      />
    </div>
  );
}

/** A page's content stream, as pdfkit 0.20 keeps it (a PDFReference). */
interface ContentStream {
  write(chunk: string | Uint8Array): void;
  end(chunk?: string | Uint8Array): void;
}

/**
 * pdfkit turns every drawing operator into bytes as it is written (thousands of tiny arrays a
 * handout, joined again when the page ends). This keeps a page's operators as text and writes
 * them as one chunk when the page ends, or before any bytes written in between: pdfkit ends
 * each chunk with a newline, so the stream holds the very same bytes.
 */
function batch(content: ContentStream): void {
  const write = content.write.bind(content);
  const end = content.end.bind(content);
  const parts: string[] = [];
  const flush = () => {
    if (parts.length === 0) return;
    write(parts.join('\n'));
    parts.length = 0;
  };
  content.write = (chunk) => {
    if (typeof chunk === 'string') parts.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  content.end = (chunk) => {
    flush();
    end(chunk);
  };
}

/** Batches the content of every page of `doc`, the first and each one added. */
export function batchPageContent(doc: PDFKit.PDFDocument): void {
  const pageContent = () => (doc.page as unknown as { content: ContentStream }).content;
  batch(pageContent());
  doc.on('pageAdded', () => batch(pageContent()));
}

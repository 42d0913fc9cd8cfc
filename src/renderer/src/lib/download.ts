/*
 * Handing files to the browser: the app has no file system of its own in the renderer, so a
 * save is a download (Electron asks where to put it) and a print goes through the PDF viewer.
 */

/** Saves `contents` as a file called `fileName` through the browser's download. */
export function downloadFile(fileName: string, contents: Blob): void {
  const url = URL.createObjectURL(contents);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadPdf(fileName: string, pdf: Uint8Array): void {
  downloadFile(fileName, new Blob([pdf.slice()], { type: 'application/pdf' }));
}

export function downloadJson(fileName: string, text: string): void {
  downloadFile(fileName, new Blob([text], { type: 'application/json' }));
}

/**
 * Prints the PDF through the browser's own PDF viewer in a hidden frame (Chromium and
 * Electron), so the system print dialog shows the real handout, not the app's page.
 */
export function printPdf(pdf: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([pdf.slice()], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'Handout for printing';
  frame.src = url;
  frame.onload = () => frame.contentWindow?.print();
  document.body.append(frame);
  // Leave the frame long enough for the print dialog, then tidy up.
  setTimeout(() => {
    frame.remove();
    URL.revokeObjectURL(url);
  }, 10 * 60_000);
}

export function base64ToBytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

import type { IncomingMessage } from 'node:http';

// Room for a patient record file (MAX_RECORD_FILE_CHARS) once JSON-escaped inside a request.
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

/** The client went away before the request was whole: its business, not an error of ours. */
export class ClientGone extends Error {
  constructor() {
    super('The client closed the connection before the request was complete');
    this.name = 'ClientGone';
  }
}

/**
 * The request body as text, or null when it is (or says it will be) over MAX_BODY_BYTES.
 * An oversized body is read on and thrown away rather than cut off, and null comes only once
 * it has ended: a socket closed with unread data is reset, and the client, still sending,
 * would meet the reset instead of the 413. The caller answers with `Connection: close`.
 * `discardFor` bounds the wait, for a client that stops sending or never stops.
 * Rejects with ClientGone when the client hangs up.
 */
export function readBody(req: IncomingMessage, discardFor = 2_000): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const refuse = () => {
      tooLarge = true;
      chunks.length = 0;
      const timer = setTimeout(() => resolve(null), discardFor);
      timer.unref();
      req.once('end', () => {
        clearTimeout(timer);
        resolve(null);
      });
    };
    if (declared > MAX_BODY_BYTES) refuse();
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) refuse();
      else chunks.push(chunk);
    });
    req.once('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    // 'aborted' (and ECONNRESET) mean the client hung up; nothing to log.
    req.once('error', () => reject(new ClientGone()));
    req.once('close', () => {
      if (!req.complete && !tooLarge) reject(new ClientGone());
    });
  });
}

/**
 * Renders handouts on a worker thread, so a long plan never holds up the main process (and
 * with it every other call from the window). One message in, one PDF (or error) out.
 */
import { parentPort } from 'node:worker_threads';
import type { SealedSnapshot } from '../../shared/domain/plan-snapshot.ts';
import type { HandoutOptions } from './options.ts';
import { renderHandout } from './render.ts';
import { HandoutTextError } from './text-check.ts';
import { warmUpInSteps } from './warm.ts';

export interface RenderRequest {
  id: number;
  frozen: SealedSnapshot;
  options: HandoutOptions;
}

/** Sent once at start: get ready for the first handout (see warm.ts); no reply. */
export interface WarmRequest {
  warm: true;
}

export type RenderReply =
  | { id: number; ok: true; pdf: Uint8Array }
  | { id: number; ok: false; message: string; problems: HandoutTextError['problems'] | null };

/** Handouts asked for and not yet answered: the warm-up gives way to them. */
let asked = 0;

parentPort?.on('message', (request: RenderRequest | WarmRequest) => {
  if ('warm' in request) {
    void warmUpInSteps(() => asked > 0);
    return;
  }
  asked++;
  renderHandout(request.frozen, request.options)
    .finally(() => asked--)
    .then(
      (pdf) => {
        const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        parentPort?.postMessage({ id: request.id, ok: true, pdf: bytes } satisfies RenderReply);
      },
      (error: unknown) => {
        const reply: RenderReply =
          error instanceof HandoutTextError
            ? { id: request.id, ok: false, message: error.message, problems: error.problems }
            : {
                id: request.id,
                ok: false,
                message: error instanceof Error ? error.message : String(error),
                problems: null,
              };
        parentPort?.postMessage(reply);
      },
    );
});

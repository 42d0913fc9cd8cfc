import { Worker } from 'node:worker_threads';
import type { SealedSnapshot } from '../../shared/domain/plan-snapshot.ts';
import type { HandoutOptions } from './options.ts';
import { HandoutTextError } from './text-check.ts';
import type { RenderReply, RenderRequest, WarmRequest } from './worker.ts';

export type HandoutRenderer = (frozen: SealedSnapshot, options: HandoutOptions) => Promise<Buffer>;

/**
 * A renderer that runs `workerFile` (worker.ts, or its bundle in the desktop app) on one
 * long-lived worker thread, started on first use; requests are answered in order. A worker
 * that dies fails what it was doing and is started afresh next time.
 */
export function workerRenderer(
  workerFile: URL,
): HandoutRenderer & { warm(): void; close(): Promise<void> } {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(pdf: Buffer): void; reject(error: Error): void }>();

  const start = (): Worker => {
    const w = new Worker(workerFile);
    w.unref();
    w.on('message', (reply: RenderReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      // An idle worker must not keep the process alive; a busy one must.
      if (pending.size === 0) w.unref();
      if (!waiting) return;
      if (reply.ok)
        waiting.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
      else
        waiting.reject(
          reply.problems ? new HandoutTextError(reply.problems) : new Error(reply.message),
        );
    });
    const fail = (error: Error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      worker = null;
    };
    w.on('error', fail);
    w.on(
      'exit',
      (code) => code !== 0 && fail(new Error(`The handout worker stopped (exit code ${code})`)),
    );
    return w;
  };

  const render: HandoutRenderer = (frozen, options) =>
    new Promise<Buffer>((resolve, reject) => {
      worker ??= start();
      worker.ref();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, frozen, options } satisfies RenderRequest);
    });

  return Object.assign(render, {
    /**
     * Starts the worker and readies it for the first handout (fonts, icons, compiled code),
     * without keeping the process alive: call it while the window opens.
     */
    warm: () => {
      worker ??= start();
      worker.postMessage({ warm: true } satisfies WarmRequest);
    },
    close: async () => {
      await worker?.terminate();
      worker = null;
    },
  });
}

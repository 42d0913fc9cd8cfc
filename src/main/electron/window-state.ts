import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { z } from 'zod';

const boundsSchema = z.object({
  x: z.int(),
  y: z.int(),
  width: z.int().min(640).max(20000),
  height: z.int().min(480).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof boundsSchema>;

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 };

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The saved window state, or null when there is none, it is unreadable, or off every screen. */
export function loadWindowState(file: string, workAreas: readonly Area[]): WindowState | null {
  let parsed: WindowState;
  try {
    parsed = boundsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
  // A window must keep a grabbable strip on some screen, or it is lost after a monitor change.
  const visible = workAreas.some(
    (a) =>
      parsed.x + parsed.width - 100 > a.x &&
      parsed.x + 100 < a.x + a.width &&
      parsed.y >= a.y - 10 &&
      parsed.y + 40 < a.y + a.height,
  );
  return visible ? parsed : null;
}

export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

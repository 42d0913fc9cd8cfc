import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWindowState, saveWindowState, type WindowState } from './window-state.ts';

const LAPTOP = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT_MONITOR = { x: 1920, y: 0, width: 2560, height: 1400 };

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-window-'));
  file = path.join(dir, 'window-state.json');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const state: WindowState = { x: 100, y: 80, width: 1280, height: 820, maximized: false };

describe('window state', () => {
  it('comes back as it was saved', () => {
    saveWindowState(file, state);
    expect(loadWindowState(file, [LAPTOP])).toEqual(state);
    saveWindowState(file, { ...state, x: 2000, maximized: true });
    expect(loadWindowState(file, [LAPTOP, RIGHT_MONITOR])).toEqual({
      ...state,
      x: 2000,
      maximized: true,
    });
  });

  it('leaves no temporary file behind', () => {
    saveWindowState(file, state);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('is forgotten when there is no saved file', () => {
    expect(existsSync(file)).toBe(false);
    expect(loadWindowState(file, [LAPTOP])).toBeNull();
  });

  it('is forgotten when the window would be off every screen', () => {
    // Saved on a second monitor that has since been unplugged.
    saveWindowState(file, { ...state, x: 2200 });
    expect(loadWindowState(file, [LAPTOP, RIGHT_MONITOR])).not.toBeNull();
    expect(loadWindowState(file, [LAPTOP])).toBeNull();
    // Title bar above the top of the screen, or below the bottom.
    saveWindowState(file, { ...state, y: -300 });
    expect(loadWindowState(file, [LAPTOP])).toBeNull();
    saveWindowState(file, { ...state, y: 1030 });
    expect(loadWindowState(file, [LAPTOP])).toBeNull();
    // Only a sliver showing at the left edge.
    saveWindowState(file, { ...state, x: -1250 });
    expect(loadWindowState(file, [LAPTOP])).toBeNull();
  });

  it('is kept when a grabbable part of the window is on screen', () => {
    saveWindowState(file, { ...state, x: -600 });
    expect(loadWindowState(file, [LAPTOP])).not.toBeNull();
  });

  it('is forgotten when no screens are known', () => {
    saveWindowState(file, state);
    expect(loadWindowState(file, [])).toBeNull();
  });

  it.each([
    ['not JSON', '{"x": 1, '],
    ['empty', ''],
    ['a list', '[1,2,3]'],
    ['missing a field', JSON.stringify({ x: 1, y: 1, width: 1000, height: 800 })],
    ['fractional', JSON.stringify({ ...state, x: 10.5 })],
    ['too small', JSON.stringify({ ...state, width: 10, height: 10 })],
    ['huge', JSON.stringify({ ...state, width: 1e9 })],
    ['strings', JSON.stringify({ ...state, x: '100' })],
  ])('is forgotten when the file is %s', (_label, content) => {
    writeFileSync(file, content);
    expect(loadWindowState(file, [LAPTOP])).toBeNull();
  });
});

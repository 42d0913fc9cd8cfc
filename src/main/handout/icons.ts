import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** One drawable part of a 24×24 lucide icon: SVG path data, stroked or filled. */
export interface IconPart {
  d: string;
  filled: boolean;
}

const FALLBACK_ICON = 'circle-dot';
const ICON_NAME = /^[a-z0-9-]{1,40}$/;

let iconDir: string | null = null;
function lucideDir(): string {
  if (iconDir) return iconDir;
  const require = createRequire(import.meta.url);
  iconDir = path.join(path.dirname(require.resolve('lucide-static/package.json')), 'icons');
  return iconDir;
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z0-9-]+)="([^"]*)"/g)) attrs.set(m[1] ?? '', m[2] ?? '');
  return attrs;
}

function num(attrs: Map<string, string>, name: string): number {
  const v = Number(attrs.get(name) ?? 0);
  return Number.isFinite(v) ? v : 0;
}

function ellipsePath(cx: number, cy: number, rx: number, ry: number): string {
  return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
}

function rectPath(x: number, y: number, w: number, h: number, rx: number, ry: number): string {
  if (rx <= 0 && ry <= 0) return `M${x} ${y}h${w}v${h}h${-w}Z`;
  const a = Math.min(rx || ry, w / 2);
  const b = Math.min(ry || rx, h / 2);
  return (
    `M${x + a} ${y}h${w - 2 * a}a${a} ${b} 0 0 1 ${a} ${b}v${h - 2 * b}` +
    `a${a} ${b} 0 0 1 ${-a} ${b}h${-(w - 2 * a)}a${a} ${b} 0 0 1 ${-a} ${-b}` +
    `v${-(h - 2 * b)}a${a} ${b} 0 0 1 ${a} ${-b}Z`
  );
}

function pointsPath(points: string, close: boolean): string {
  const n = points
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < n.length; i += 2) pairs.push(`${n[i]} ${n[i + 1]}`);
  return `M${pairs.join('L')}${close ? 'Z' : ''}`;
}

/** Turns the elements of a lucide SVG into path data; unknown elements are skipped. */
export function parseIconSvg(svg: string): IconPart[] {
  const parts: IconPart[] = [];
  for (const m of svg.matchAll(/<(path|circle|ellipse|rect|line|polyline|polygon)\b([^>]*)\/?>/g)) {
    const a = attributes(m[2] ?? '');
    const filled = a.get('fill') === 'currentColor';
    let d: string | null = null;
    switch (m[1]) {
      case 'path':
        d = a.get('d') ?? null;
        break;
      case 'circle':
        d = ellipsePath(num(a, 'cx'), num(a, 'cy'), num(a, 'r'), num(a, 'r'));
        break;
      case 'ellipse':
        d = ellipsePath(num(a, 'cx'), num(a, 'cy'), num(a, 'rx'), num(a, 'ry'));
        break;
      case 'rect':
        d = rectPath(
          num(a, 'x'),
          num(a, 'y'),
          num(a, 'width'),
          num(a, 'height'),
          num(a, 'rx'),
          num(a, 'ry'),
        );
        break;
      case 'line':
        d = `M${num(a, 'x1')} ${num(a, 'y1')}L${num(a, 'x2')} ${num(a, 'y2')}`;
        break;
      case 'polyline':
      case 'polygon':
        d = pointsPath(a.get('points') ?? '', m[1] === 'polygon');
        break;
    }
    if (d) parts.push({ d, filled });
  }
  return parts;
}

const cache = new Map<string, IconPart[]>();

/** The icon's parts; an unknown or empty icon falls back to a plain dot-in-circle, never a box. */
export function iconParts(name: string): IconPart[] {
  const hit = cache.get(name);
  if (hit) return hit;
  let parts: IconPart[] = [];
  if (ICON_NAME.test(name)) {
    try {
      parts = parseIconSvg(readFileSync(path.join(lucideDir(), `${name}.svg`), 'utf8'));
    } catch {
      parts = [];
    }
  }
  if (parts.length === 0 && name !== FALLBACK_ICON) parts = iconParts(FALLBACK_ICON);
  cache.set(name, parts);
  return parts;
}

/** The subset of PDFKit's drawing API the icons need. */
export interface IconCanvas {
  save(): this;
  restore(): this;
  translate(x: number, y: number): this;
  scale(s: number): this;
  lineWidth(w: number): this;
  lineCap(c: 'round'): this;
  lineJoin(j: 'round'): this;
  path(d: string): this;
  stroke(color?: string): this;
  fill(color?: string): this;
}

/** Draws a lucide icon as vector paths, `size` points square, top-left at (x, y). */
export function drawIcon(
  doc: IconCanvas,
  name: string,
  x: number,
  y: number,
  size: number,
  color: string,
): void {
  doc
    .save()
    .translate(x, y)
    .scale(size / 24);
  doc.lineWidth(2).lineCap('round').lineJoin('round');
  for (const part of iconParts(name)) {
    if (part.filled) doc.path(part.d).fill(color);
    else doc.path(part.d).stroke(color);
  }
  doc.restore();
}

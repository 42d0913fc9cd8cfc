import type { Photo } from '../../../shared/domain/photo.ts';
import type { RenderContext } from '../context.ts';
import { COLORS } from '../theme.ts';

/** A photo's printed width and tallest height, in points (2.5 by 2.5 inches at most). */
const WIDTH = 180;
const MAX_HEIGHT = 180;
const GAP = 12;

/** The height a photo prints at, in points. */
export function photoHeight(photo: Photo): number {
  return photo.height * Math.min(WIDTH / photo.width, MAX_HEIGHT / photo.height);
}

/**
 * Room for an item's first lines and its photo, so a photo never starts a page apart from
 * the item it shows.
 */
export function keepWithPhoto(
  ctx: RenderContext,
  photo: Photo | null | undefined,
  lines: number,
): void {
  if (photo) ctx.l.ensure(ctx.l.theme.body * lines + photoHeight(photo) + 12);
}

/**
 * A photo with its words beside it: "How it should look on you: Strap across the back of the
 * hand". The stored JPEG is embedded as it is (already print-sized when it was chosen), so
 * the same photo always gives the same bytes and costs no decoding here.
 */
export function drawPhoto(
  ctx: RenderContext,
  photo: Photo,
  label: string,
  field: string,
  indent = 0,
): void {
  const { l } = ctx;
  const scale = Math.min(WIDTH / photo.width, MAX_HEIGHT / photo.height);
  const width = photo.width * scale;
  const height = photo.height * scale;
  const description = ctx.user(field, photo.description);
  l.space(4);
  l.ensure(height + 8);
  const top = l.y;
  const x = l.left + indent;
  drawFigure(ctx, photo, description, x, top, width, height);
  const beside = indent + width + GAP;
  l.y = top;
  l.text(label, { bold: true, indent: beside });
  l.text(description, { indent: beside, color: COLORS.muted });
  l.y = Math.max(l.y, top + height) + 8;
}

/**
 * The stored JPEG's bytes, decoded once per photo while the renderer runs: a worker is asked
 * for the same plan again and again (preview, print, reprint), and a print-sized photo is a
 * few hundred kilobytes of base64. Keyed by the base64 text itself, so a changed photo is a
 * new entry; a handful are kept (a plan prints a few). pdfkit only reads the bytes.
 */
const decoded = new Map<string, Buffer>();
const DECODED_KEPT = 8;

function jpegBytes(base64: string): Buffer {
  let bytes = decoded.get(base64);
  if (bytes) return bytes;
  bytes = Buffer.from(base64, 'base64');
  if (decoded.size >= DECODED_KEPT) decoded.delete(decoded.keys().next().value as string);
  decoded.set(base64, bytes);
  return bytes;
}

/** The photo as a figure a screen reader announces by its description; its frame is decoration. */
function drawFigure(
  ctx: RenderContext,
  photo: Photo,
  alt: string,
  x: number,
  top: number,
  width: number,
  height: number,
): void {
  const { l } = ctx;
  // A measuring pass only needs the photo's size, which it has: the JPEG is decoded and
  // embedded once, when the handout is drawn.
  if (l.drawing)
    l.tag('Figure', () => l.doc.image(jpegBytes(photo.jpegBase64), x, top, { width, height }), {
      alt,
    });
  l.artifact(() =>
    l.doc.rect(x, top, width, height).lineWidth(0.75).strokeColor(COLORS.rule).stroke(),
  );
}

/** The size a photo prints at inside a grid card `width` wide. */
function cardSize(photo: Photo, width: number): { width: number; height: number } {
  const scale = Math.min(Math.min(WIDTH, width) / photo.width, MAX_HEIGHT / photo.height);
  return { width: photo.width * scale, height: photo.height * scale };
}

/** The height a photo takes under a grid card's words, its caption included. */
export function cardPhotoHeight(ctx: RenderContext, photo: Photo, width: number): number {
  const small = { size: ctx.l.theme.small, width };
  const caption =
    ctx.l.heightOf(ctx.say('photo.looksLike'), { ...small, bold: true }) +
    ctx.l.heightOf(photo.description, small);
  return cardSize(photo, width).height + caption + 10;
}

/**
 * A clinic's photo inside a grid card (an equipment item): the photo at the card's width, its
 * label and description under it in small print, from the cursor at `x`.
 */
export function drawCardPhoto(
  ctx: RenderContext,
  photo: Photo,
  field: string,
  x: number,
  width: number,
): void {
  const { l } = ctx;
  const description = ctx.user(field, photo.description);
  const size = cardSize(photo, width);
  l.y += 4;
  const top = l.y;
  drawFigure(ctx, photo, description, x, top, size.width, size.height);
  l.y = top + size.height + 4;
  l.textAt(ctx.say('photo.looksLike'), x, width, { size: l.theme.small, bold: true });
  l.textAt(description, x, width, { size: l.theme.small, color: COLORS.muted });
}

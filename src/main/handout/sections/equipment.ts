import { patientItemName } from '../../../shared/domain/clinical-words.ts';
import type { Photo } from '../../../shared/domain/photo.ts';
import type { EquipmentContent } from '../../../shared/domain/catalogue.ts';
import { DAILY_ACTIVITIES } from '../../../shared/domain/catalogue-lists.ts';
import type { RenderContext } from '../context.ts';
import { COLORS } from '../theme.ts';
import { cardPhotoHeight, drawCardPhoto } from './photo.ts';

/**
 * Equipment in a compact grid (three to a row, two in large print), in the order of the daily
 * activity each helps with: its icon and name, why it was chosen for this patient, and the
 * clinic's own photo of it when it has one.
 */
export function drawEquipment(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const chosen = snapshot.plan.content.equipment.flatMap((e, i) => {
    const item = ctx.catalogue(e.catalogueId, 'equipment');
    return item ? [{ n: i + 1, item, reason: e.reason }] : [];
  });
  if (chosen.length === 0) return;
  l.heading('hand-helping', ctx.say('equipment.heading'));
  const ordered = DAILY_ACTIVITIES.flatMap((a) => chosen.filter((c) => c.item.activity === a));
  const cards = ordered.map(({ n, item, reason }) => cardOf(ctx, n, item, reason));
  const t = l.theme;
  const indent = t.icon + 8;
  // The icon beside the name (in bold body type: the card is the name, not a heading over
  // words); the therapist's reason under both, at the card's whole width.
  const parts = (card: Card) =>
    [
      { text: card.name, style: { bold: true }, tag: 'H3' as const, indent },
      { text: card.why, style: {}, indent: 0 },
    ].filter((p) => p.text);
  l.grid(
    cards,
    // Short cards: three to a row in standard print, two in large print.
    l.theme.body > 16 ? 2 : 3,
    (card, width) =>
      parts(card).reduce(
        (sum, p) => sum + l.heightOf(p.text, { ...p.style, width: width - p.indent }) + 2,
        card.photo ? cardPhotoHeight(ctx, card.photo, width) : 0,
      ),
    (card, x, width) => {
      l.icon(card.icon, x, l.y + 1, t.icon, COLORS.accent);
      for (const p of parts(card)) {
        l.textAt(p.text, x + p.indent, width - p.indent, { ...p.style, tag: p.tag ?? 'P' });
        l.y += 2;
      }
      if (card.photo) drawCardPhoto(ctx, card.photo, card.photoField, x, width);
    },
  );
}

interface Card {
  icon: string;
  name: string;
  why: string;
  photo: Photo | null;
  photoField: string;
}

function cardOf(
  ctx: RenderContext,
  n: number,
  item: EquipmentContent,
  reason: string | null,
): Card {
  // What it does and how to use it (helpsWith, howTo) are for the therapist's screen and the
  // demonstration in clinic: on paper, the name of what the patient was given, and why.
  const why = ctx.user(`Equipment ${n} reason`, reason);
  return {
    icon: item.icon,
    name: ctx.user(`Equipment ${n} name`, patientItemName(item)),
    why: why ? ctx.say('equipment.forYou', { reason: why }) : '',
    photo: item.photo ?? null,
    photoField: `Equipment ${n} photo description`,
  };
}

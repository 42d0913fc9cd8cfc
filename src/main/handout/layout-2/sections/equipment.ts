import { patientItemName } from '../../../../shared/domain/clinical-words.ts';
import type { Photo } from '../../../../shared/domain/photo.ts';
import {
  DAILY_ACTIVITIES,
  DAILY_ACTIVITY_LABELS,
  type EquipmentContent,
} from '../../../../shared/domain/catalogue.ts';
import type { RenderContext } from '../context.ts';
import { COLORS } from '../theme.ts';
import { cardPhotoHeight, drawCardPhoto } from './photo.ts';

/**
 * Equipment in a compact grid, two to a row, in the order of the daily activity each helps
 * with: its name, what it does, a tip, why it was chosen for this patient, and the clinic's own
 * photo of it when it has one.
 */
export function drawEquipment(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const chosen = snapshot.plan.content.equipment.flatMap((e, i) => {
    const item = ctx.catalogue(e.catalogueId, 'equipment');
    return item ? [{ n: i + 1, item, reason: e.reason }] : [];
  });
  if (chosen.length === 0) return;
  l.heading('hand-helping', 'Equipment to make daily jobs easier');
  const ordered = DAILY_ACTIVITIES.flatMap((a) => chosen.filter((c) => c.item.activity === a));
  const cards = ordered.map(({ n, item, reason }) => cardOf(ctx, n, item, reason));
  const t = l.theme;
  const indent = t.icon + 8;
  const parts = (card: Card) =>
    [
      { text: card.name, style: { bold: true, size: t.h3 }, tag: 'H3' as const },
      { text: card.activity, style: { size: t.small, color: COLORS.muted } },
      { text: card.helps, style: {} },
      { text: card.tip, style: {} },
      { text: card.why, style: { bold: true } },
    ].filter((p) => p.text);
  l.grid(
    cards,
    2,
    (card, width) =>
      parts(card).reduce(
        (sum, p) => sum + l.heightOf(p.text, { ...p.style, width: width - indent }) + 2,
        card.photo ? cardPhotoHeight(ctx, card.photo, width - indent) : 0,
      ),
    (card, x, width) => {
      l.icon(card.icon, x, l.y + 1, t.icon, COLORS.accent);
      for (const p of parts(card)) {
        l.textAt(p.text, x + indent, width - indent, { ...p.style, tag: p.tag ?? 'P' });
        l.y += 2;
      }
      if (card.photo) drawCardPhoto(ctx, card.photo, card.photoField, x + indent, width - indent);
    },
  );
}

interface Card {
  icon: string;
  name: string;
  activity: string;
  helps: string;
  tip: string;
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
  const how = ctx.user(`Equipment ${n} how-to tip`, item.howTo);
  const why = ctx.user(`Equipment ${n} reason`, reason);
  return {
    icon: item.icon,
    name: ctx.user(`Equipment ${n} name`, patientItemName(item)),
    activity: DAILY_ACTIVITY_LABELS[item.activity],
    helps: ctx.user(`Equipment ${n} helps with`, item.helpsWith),
    tip: how ? `Tip: ${how}` : '',
    why: why ? `For you: ${why}` : '',
    photo: item.photo ?? null,
    photoField: `Equipment ${n} photo description`,
  };
}

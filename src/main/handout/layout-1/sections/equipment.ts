import { DAILY_ACTIVITIES, DAILY_ACTIVITY_LABELS, type DailyActivity } from '../words.ts';
import type { EquipmentContent } from '../../../../shared/domain/catalogue.ts';
import type { RenderContext } from '../context.ts';

const ACTIVITY_ICONS: Record<DailyActivity, string> = {
  kitchen: 'cooking-pot',
  eating: 'utensils',
  bathing: 'bath',
  dressing: 'shirt',
  home: 'armchair',
  writing: 'pen-line',
  mobility: 'footprints',
};

/** Equipment grouped by the daily activity it helps with, each with why it was chosen. */
export function drawEquipment(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const chosen = snapshot.plan.content.equipment.flatMap((e, i) => {
    const item = ctx.catalogue(e.catalogueId, 'equipment');
    return item ? [{ n: i + 1, item, reason: e.reason }] : [];
  });
  if (chosen.length === 0) return;
  l.heading('hand-helping', 'Equipment to make daily jobs easier');
  for (const activity of DAILY_ACTIVITIES) {
    const group = chosen.filter((c) => c.item.activity === activity);
    if (group.length === 0) continue;
    l.subheading(DAILY_ACTIVITY_LABELS[activity], ACTIVITY_ICONS[activity]);
    for (const { n, item, reason } of group) drawOne(ctx, n, item, reason);
  }
}

function drawOne(
  ctx: RenderContext,
  n: number,
  item: EquipmentContent,
  reason: string | null,
): void {
  const { l } = ctx;
  const indent = l.theme.icon + 10;
  l.item(item.icon, ctx.user(`Equipment ${n} name`, item.name));
  l.text(ctx.user(`Equipment ${n} helps with`, item.helpsWith), { indent });
  const how = ctx.user(`Equipment ${n} how-to tip`, item.howTo);
  if (how) l.labelled('Tip:', how, { indent });
  const why = ctx.user(`Equipment ${n} reason`, reason);
  if (why) l.labelled('Why it is for you:', why, { indent });
  l.space(l.theme.body * 0.4);
}

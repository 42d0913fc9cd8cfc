import { BODY_REGIONS } from '../../../shared/domain/catalogue.ts';
import { longDate, patientName, type RenderContext } from '../context.ts';
import { COLORS } from '../theme.ts';

/** Each principle with its explanation and the patient's own example (or the catalogue's). */
export function drawPrinciples(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const chosen = snapshot.plan.content.principles;
  if (chosen.length === 0) return;
  l.heading('shield', 'Ways to protect your joints');
  const indent = l.theme.icon + 10;
  chosen.forEach((p, i) => {
    const n = i + 1;
    const item = ctx.catalogue(p.catalogueId, 'principle');
    if (!item) return;
    l.item(item.icon, ctx.user(`Principle ${n} title`, item.title));
    l.text(ctx.user(`Principle ${n} explanation`, item.explanation), { indent });
    const own = ctx.user(`Principle ${n} example`, p.example);
    const region = BODY_REGIONS.find((r) => item.examples[r]);
    const fallback = region ? ctx.user(`Principle ${n} example`, item.examples[region]) : '';
    if (own) l.labelled('Your example:', own, { indent });
    else if (fallback) l.labelled('For example:', fallback, { indent });
    l.space(l.theme.body * 0.4);
  });
}

export function drawGoals(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const goals = snapshot.plan.content.goals
    .map((g, i) => ctx.user(`Goal ${i + 1}`, g.text))
    .filter(Boolean);
  if (goals.length === 0) return;
  l.heading('target', goals.length === 1 ? 'Your goal' : 'Your goals');
  l.bullets(goals);
}

/** The next review, the therapist, and how to reach the clinic. */
export function drawClosing(ctx: RenderContext): void {
  const { l, snapshot, options } = ctx;
  const c = snapshot.plan.content;
  l.heading('calendar-check', 'Your next check');
  if (c.reviewDate) l.text(`We will see you again on ${longDate(c.reviewDate)}.`, { bold: true });
  l.text('Bring this plan and your splints with you.');
  l.space(l.theme.body * 0.6);
  const therapist = ctx.user('Therapist', c.therapist || snapshot.plan.finalisedBy);
  const clinic = options.clinic;
  const name = ctx.user('Clinic name', clinic.name);
  const address = ctx.user('Clinic address', clinic.address, true);
  const phone = ctx.user('Clinic phone', clinic.phone);
  l.ensure(l.theme.body * 8);
  if (therapist) l.labelled('Your therapist:', therapist);
  if (name) l.labelled('Clinic:', name);
  if (address) l.text(address, { color: COLORS.muted });
  if (phone) l.labelled('Phone:', phone);
  l.space(l.theme.body * 0.6);
  l.text(
    `This plan was made for ${ctx.user('Patient name', patientName(snapshot))}. If you are not sure about anything in it, ask us.`,
    {
      color: COLORS.muted,
    },
  );
}

import { BODY_REGIONS, type BodyRegion } from '../words.ts';
import type { AffectedJoint } from '../../../../shared/domain/joints.ts';
import { jointById } from '../words.ts';
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
    const region = ctx.safety
      ? exampleRegion(item.examples, snapshot.plan.content.affectedJoints)
      : BODY_REGIONS.find((r) => item.examples[r]);
    const fallback = region ? ctx.user(`Principle ${n} example`, item.examples[region]) : '';
    if (own) l.labelled('Your example:', own, { indent });
    else if (fallback) l.labelled('For example:', fallback, { indent });
    l.space(l.theme.body * 0.4);
  });
}

/** Which body region each joint family belongs to, for choosing a principle's example. */
const REGION_OF: Record<string, BodyRegion> = {
  shoulder: 'elbow-shoulder',
  elbow: 'elbow-shoulder',
  wrist: 'wrist',
  cmc: 'hand',
  mcp: 'hand',
  ip: 'hand',
  pip: 'hand',
  dip: 'hand',
  hip: 'hip-knee',
  knee: 'hip-knee',
  ankle: 'foot',
  mtp: 'foot',
};

/**
 * The example for a region the patient has affected joints in, so a knee-and-foot plan is not
 * told about making a fist. With no joints recorded, the first example, as before; with joints
 * recorded but none the item has an example for, none (the explanation stands alone).
 */
export function exampleRegion(
  examples: Partial<Record<BodyRegion, string>>,
  affected: readonly AffectedJoint[],
): BodyRegion | undefined {
  if (affected.length === 0) return BODY_REGIONS.find((r) => examples[r]);
  const regions = new Set(affected.map((j) => REGION_OF[jointById(j.joint).family]));
  return BODY_REGIONS.find((r) => examples[r] && regions.has(r));
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
  if (!ctx.safety) l.text('Bring this plan and your splints with you.');
  // Only what the plan holds: no splints to bring when it has none.
  else if (c.orthoses.length > 0) l.text('Bring this plan and your splints or supports with you.');
  else l.text('Bring this plan with you.');
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

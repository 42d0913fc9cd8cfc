import { BODY_REGIONS, type BodyRegion } from '../../../../shared/domain/catalogue.ts';
import { jointById, type AffectedJoint } from '../../../../shared/domain/joints.ts';
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

/**
 * The therapist and how to reach the clinic, at the foot of the plan's last page (not a page
 * of its own): a rule, then a few short lines just above the page footer.
 */
export function drawClinicFooter(ctx: RenderContext): void {
  const { l, snapshot, options } = ctx;
  const c = snapshot.plan.content;
  const therapist = ctx.user('Therapist', c.therapist || snapshot.plan.finalisedBy);
  const clinic = options.clinic;
  const name = ctx.user('Clinic name', clinic.name);
  const address = ctx.user('Clinic address', clinic.address, true).replace(/\s*\n\s*/g, ', ');
  const phone = ctx.user('Clinic phone', clinic.phone);
  const who = ctx.user('Patient name', patientName(snapshot));
  const lines: [string, string][] = [];
  // The next check closes the plan with the clinic's details, not on a page of its own.
  const bring =
    c.orthoses.length > 0
      ? 'Bring this plan and your splints or supports with you.'
      : 'Bring this plan with you.';
  if (c.reviewDate) lines.push(['Your next check:', `${longDate(c.reviewDate)}. ${bring}`]);
  if (therapist) lines.push(['Your therapist:', therapist]);
  if (name || phone)
    lines.push([
      `${name || 'Clinic'}:`,
      [phone && `phone ${phone}`, address].filter(Boolean).join('. '),
    ]);
  lines.push([
    '',
    `This plan was made for ${who}. If you are not sure about anything in it, ask us.`,
  ]);
  const size = l.theme.small;
  const height =
    lines.reduce((sum, [label, text]) => sum + l.heightOf(`${label} ${text}`, { size }), 0) + 10;
  l.ensure(height + l.theme.body * 0.5);
  const top = Math.max(l.y + l.theme.body * 0.5, l.bottom - height);
  l.artifact(() =>
    l.doc
      .moveTo(l.left, top)
      .lineTo(l.right, top)
      .lineWidth(0.75)
      .strokeColor(COLORS.rule)
      .stroke(),
  );
  l.y = top + 6;
  for (const [label, text] of lines) {
    if (label) l.labelled(label, text, { size, color: COLORS.muted });
    else l.text(text, { size, color: COLORS.muted });
  }
}

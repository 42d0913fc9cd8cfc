import { catalogueItemName } from '../words.ts';
import { summarizeJoints } from '../words.ts';
import { summarizeJointsPlainly } from '../words.ts';
import { describePatternThen } from './pattern-then.ts';
import { pacingPattern } from './rest.ts';
import { describePattern } from '../words.ts';
import { plural } from '../words.ts';
import { longDate, patientName, type RenderContext } from '../context.ts';
import { COLORS } from '../theme.ts';

/** The clinic's logo, name, address and phone, then the plan's title, who it is for and its date. */
export function drawHeader(ctx: RenderContext): void {
  const { l, options, snapshot } = ctx;
  const doc = l.doc;
  const t = l.theme;
  const clinic = options.clinic;
  const top = l.y;
  let textLeft = 0;
  if (clinic.logo && clinic.logo.length > 0) {
    try {
      doc.image(Buffer.from(clinic.logo), l.left, top, {
        fit: [120, 64],
      });
    } catch (error) {
      throw new Error(
        `The clinic logo could not be read as a PNG or JPEG image: ${String(error)}`,
        {
          cause: error,
        },
      );
    }
    textLeft = 136;
  }
  const name = ctx.user('Clinic name', clinic.name);
  const address = ctx.user('Clinic address', clinic.address, true);
  const phone = ctx.user('Clinic phone', clinic.phone);
  const width = l.width - textLeft;
  if (name)
    l.text(name, { bold: true, size: t.h3, color: COLORS.heading, indent: textLeft, width });
  if (address) l.text(address, { indent: textLeft, width, color: COLORS.muted });
  if (phone) l.text(`Phone: ${phone}`, { indent: textLeft, width, color: COLORS.muted });
  l.y = Math.max(l.y, top + (clinic.logo ? 64 : 0)) + 10;
  doc.moveTo(l.left, l.y).lineTo(l.right, l.y).lineWidth(3).strokeColor(COLORS.heading).stroke();
  l.y += t.body;

  const title = ctx.user('Plan title', snapshot.plan.content.title) || 'Your joint protection plan';
  l.text(title, { bold: true, size: t.h1, color: COLORS.heading });
  l.space(4);
  l.labelled('For:', ctx.user('Patient name', patientName(snapshot)), { size: t.h3 });
  l.labelled('Date:', longDate(snapshot.plan.content.planDate, false), { size: t.h3 });
  l.space(t.body * 0.5);
}

/** "Your plan at a glance": one line for each part of the plan. */
export function drawAtAGlance(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const c = snapshot.plan.content;
  const lines: string[] = [];
  if (c.affectedJoints.length > 0) {
    // In the patient's words since the safety review: "knuckles", not "MCP 2–3".
    const joints = ctx.safety
      ? summarizeJointsPlainly(c.affectedJoints)
      : summarizeJoints(c.affectedJoints);
    lines.push(`Joints we are looking after: ${joints}.`);
  }
  for (const [i, o] of c.orthoses.entries()) {
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    if (!item) continue;
    const name = ctx.user(`Splint ${i + 1} name`, catalogueItemName(item));
    lines.push(
      `${name}: ${ctx.user(`Splint ${i + 1} schedule`, (ctx.safety ? describePattern : describePatternThen)(o.schedule.usual))}`,
    );
    // A flare plan must say on page 1 what to do in a flare, not only on most days.
    if (ctx.safety && o.schedule.flare)
      lines.push(
        `${name}, in a flare: ${ctx.user(`Splint ${i + 1} flare schedule`, describePattern(o.schedule.flare))}`,
      );
  }
  if (c.equipment.length > 0)
    lines.push(
      `Use your ${plural(c.equipment.length, 'piece', 'pieces')} of equipment to make daily jobs easier.`,
    );
  const pattern = pacingPattern(ctx);
  if (pattern) lines.push(`Your break pattern: ${ctx.user('Break pattern name', pattern.name)}.`);
  else if (c.rest.breakRule)
    lines.push(
      `Rest for ${plural(c.rest.breakRule.restMinutes, 'minute', 'minutes')} after every ${plural(
        c.rest.breakRule.everyMinutes,
        'minute',
        'minutes',
      )} of activity.`,
    );
  if (c.rest.strategies.length > 0)
    lines.push(`Try ${plural(c.rest.strategies.length, 'way', 'ways')} to save your energy.`);
  if (c.principles.length > 0)
    lines.push(`Follow ${plural(c.principles.length, 'way', 'ways')} to protect your joints.`);
  if (c.goals.length > 0) lines.push(`Work towards ${plural(c.goals.length, 'goal', 'goals')}.`);
  if (c.reviewDate) lines.push(`Your next check is on ${longDate(c.reviewDate)}.`);
  if (lines.length === 0) return;
  l.heading('list-checks', 'Your plan at a glance');
  l.bullets(lines);
}

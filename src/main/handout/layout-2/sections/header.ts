import { catalogueItemName } from '../../../../shared/domain/catalogue.ts';
import { summarizeJoints } from '../../../../shared/domain/joints.ts';
import { summarizeJointsPlainly } from '../../../../shared/domain/joints-plain.ts';
import { describePatternThen } from './pattern-then.ts';
import { pacingPattern } from './rest.ts';
import { stageRows } from '../../../../shared/domain/schedule.ts';
import { patientItemName } from '../../../../shared/domain/clinical-words.ts';
import { orthosisWords, patternInItemWords, stageNow } from './splint-words.ts';
import { plural } from '../../../../shared/domain/plan-words.ts';
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
    if (!ctx.safety) {
      const name = ctx.user(`Splint ${i + 1} name`, catalogueItemName(item));
      lines.push(
        `${name}: ${ctx.user(`Splint ${i + 1} schedule`, describePatternThen(o.schedule.usual))}`,
      );
      continue;
    }
    const name = ctx.user(`Splint ${i + 1} name`, patientItemName(item));
    // What to do now first (a flare plan in a flare leads with the flare schedule), then the
    // one row that says what comes next; the splint's own section has them all.
    for (const row of stageRows(o.schedule, stageNow(snapshot)).slice(0, 2))
      lines.push(
        `${name}${row.after ? `, ${row.after}` : ''}: ${ctx.user(`Splint ${i + 1} schedule (${row.label.toLowerCase()})`, patternInItemWords(row.pattern, orthosisWords(item)))}`,
      );
  }
  if (c.equipment.length > 0)
    lines.push(
      ctx.safety
        ? `Use your ${plural(c.equipment.length, 'piece', 'pieces')} of equipment to make jobs easier.`
        : `Use your ${plural(c.equipment.length, 'piece', 'pieces')} of equipment to make daily jobs easier.`,
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

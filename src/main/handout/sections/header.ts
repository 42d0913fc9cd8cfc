import { catalogueItemName } from '../../../shared/domain/catalogue-lists.ts';
import { summarizeJoints } from '../../../shared/domain/joint-list.ts';
import { describePatternThen } from './pattern-then.ts';
import { pacingPattern } from './rest.ts';
import { patientItemName } from '../../../shared/domain/clinical-words.ts';
import { orthosisWords, stageNow } from './splint-words.ts';
import { jointsPlainlyIn, patternIn, stageRowsIn } from '../words.ts';
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
  // The address is in the clinic block at the end of the plan: here, only who to call.
  const phone = ctx.user('Clinic phone', clinic.phone);
  const width = l.width - textLeft;
  // Name and phone on one line when they fit (who to call is what matters up here).
  const phoneLine = phone ? ctx.say('header.phone', { phone }) : '';
  const line = [name, phoneLine].filter(Boolean).join('   ');
  if (
    name &&
    phone &&
    !l.scripted(line) &&
    l.heightOf(line, { size: t.h3, bold: true, width }) < t.h3 * 1.6
  )
    l.tag('P', () => {
      l.use({ bold: true, size: t.h3, color: COLORS.heading }).text(
        `${name}   `,
        l.left + textLeft,
        l.y,
        {
          width,
          lineGap: t.lineGap,
          continued: true,
        },
      );
      l.use({ size: t.h3, color: COLORS.muted }).text(phoneLine, { lineGap: t.lineGap });
    });
  else {
    if (name)
      l.text(name, { bold: true, size: t.h3, color: COLORS.heading, indent: textLeft, width });
    if (phone) l.text(phoneLine, { indent: textLeft, width, color: COLORS.muted });
  }
  l.y = Math.max(l.y, top + (clinic.logo ? 64 : 0)) + 6;
  doc.moveTo(l.left, l.y).lineTo(l.right, l.y).lineWidth(3).strokeColor(COLORS.heading).stroke();
  l.y += t.body * 0.6;

  const title = ctx.user('Plan title', snapshot.plan.content.title) || ctx.say('plan.title');
  l.text(title, { bold: true, size: t.h1, color: COLORS.heading });
  l.space(2);
  // Who and when on one line.
  l.labelled(
    ctx.say('label.for'),
    `${ctx.user('Patient name', patientName(snapshot))}, ${longDate(ctx, snapshot.plan.content.planDate, false)}`,
    { size: t.h3 },
  );
}

/**
 * "Your plan at a glance": what to do, in a few lines: the joints, each splint's schedule for
 * now and next and the break pattern (the next check closes the plan, with the clinic's details). Counts ("Try 5 ways to save
 * your energy") said nothing to do and are left to the sections themselves.
 */
export function drawAtAGlance(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const c = snapshot.plan.content;
  const lines: string[] = [];
  if (c.affectedJoints.length > 0) {
    // In the patient's words since the safety review: "knuckles", not "MCP 2–3".
    const joints = ctx.safety
      ? jointsPlainlyIn(ctx.intl, c.affectedJoints)
      : summarizeJoints(c.affectedJoints);
    lines.push(ctx.say('glance.joints', { joints }));
  }
  for (const [i, o] of c.orthoses.entries()) {
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    if (!item) continue;
    if (!ctx.safety) {
      const name = ctx.user(`Splint ${i + 1} name`, catalogueItemName(item));
      lines.push(
        ctx.say('glance.splint', {
          name,
          when: ctx.user(`Splint ${i + 1} schedule`, describePatternThen(o.schedule.usual)),
        }),
      );
      continue;
    }
    // The everyday name ("Night hand splint"): the splint's own section gives its full name.
    const name = ctx
      .user(`Splint ${i + 1} name`, patientItemName(item))
      .replace(/\s*\([^()]*\)$/, '');
    // What to do now first (a flare plan in a flare leads with the flare schedule), then the
    // one row that says what comes next; the splint's own section has them all.
    for (const row of stageRowsIn(ctx.intl, o.schedule, stageNow(snapshot)).slice(0, 2)) {
      const when = ctx.user(
        `Splint ${i + 1} schedule (${row.label.toLowerCase()})`,
        patternIn(ctx.intl, row.pattern, orthosisWords(item).many),
      );
      lines.push(
        row.after
          ? ctx.say('glance.splintAfter', { name, after: row.after, when })
          : ctx.say('glance.splint', { name, when }),
      );
    }
  }
  const pattern = pacingPattern(ctx);
  if (pattern)
    lines.push(
      ctx.say('glance.breakPattern', { name: ctx.user('Break pattern name', pattern.name) }),
    );
  else if (c.rest.breakRule)
    lines.push(
      ctx.say('glance.breakRule', {
        rest: c.rest.breakRule.restMinutes,
        every: c.rest.breakRule.everyMinutes,
      }),
    );
  if (lines.length === 0) return;
  l.heading('list-checks', ctx.say('glance.heading'));
  l.bullets(lines);
}

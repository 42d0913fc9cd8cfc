import { longDate, type RenderContext } from '../context.ts';
import { COLORS } from '../theme.ts';

/** Each principle with its explanation, and the therapist's own example for this patient. */
export function drawPrinciples(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const chosen = snapshot.plan.content.principles;
  if (chosen.length === 0) return;
  l.heading('shield', ctx.say('principles.heading'));
  chosen.forEach((p, i) => {
    const n = i + 1;
    const item = ctx.catalogue(p.catalogueId, 'principle');
    if (!item) return;
    iconParagraph(
      ctx,
      item.icon,
      ctx.user(`Principle ${n} title`, item.title),
      ctx.user(`Principle ${n} explanation`, item.explanation),
    );
    // The therapist's own example for this patient is printed; the catalogue's examples are
    // for the therapist's screen (the explanation already says what to do).
    const own = ctx.user(`Principle ${n} example`, p.example);
    if (own) l.labelled(ctx.say('principles.yourExample'), own);
    l.space(l.theme.body * 0.15);
  });
}

/**
 * An idea with its icon at the start of its first line and its name in bold leading its
 * explanation, in one paragraph that wraps under the icon: no line spent on the name alone,
 * no column kept free beside the text.
 */
export function iconParagraph(ctx: RenderContext, icon: string, title: string, text: string): void {
  const { l } = ctx;
  const t = l.theme;
  const size = t.icon * 0.9;
  const indent = size + 6;
  const lead = /[.!?:]$/.test(title) ? title : `${title}.`;
  const lineHeight = l.heightOf('A') + t.lineGap;
  // The first two lines together, so a name never sits alone at the foot of a page.
  l.space(t.body * 0.15);
  l.block(false, lineHeight * 2);
  l.icon(icon, l.left, l.y + (lineHeight - size) / 2 - 1, size, COLORS.accent);
  const options = { width: l.width, lineGap: t.lineGap };
  l.tag('P', () => {
    if (text && l.scripted(`${lead} ${text}`))
      return l.runIn(lead, text, l.left + indent, l.width - indent);
    l.use({ bold: true }).text(text ? `${lead} ` : title, l.left, l.y, {
      ...options,
      indent,
      continued: Boolean(text),
    });
    if (text) l.use().text(text, options);
  });
}

export function drawGoals(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const goals = snapshot.plan.content.goals
    .map((g, i) => ctx.user(`Goal ${i + 1}`, g.text))
    .filter(Boolean);
  if (goals.length === 0) return;
  l.heading('target', ctx.say(goals.length === 1 ? 'goals.headingOne' : 'goals.headingMany'));
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
  const lines: [string, string][] = [];
  // The next check closes the plan with the clinic's details, not on a page of its own.
  const bring = ctx.say(c.orthoses.length > 0 ? 'clinic.bringAll' : 'clinic.bringPlan');
  if (c.reviewDate)
    lines.push([
      ctx.say('clinic.nextCheck'),
      ctx.say('clinic.nextCheckText', { date: longDate(ctx, c.reviewDate), bring }),
    ]);
  // Who to ask for and how to reach them, in one line or two.
  const reach = [phone && ctx.say('clinic.phone', { phone }), address]
    .filter(Boolean)
    .join(ctx.say('clinic.reachSeparator'));
  if (therapist)
    lines.push([
      ctx.say('clinic.yourTherapist'),
      ctx.say(
        name
          ? reach
            ? 'clinic.therapistAtReach'
            : 'clinic.therapistAt'
          : reach
            ? 'clinic.therapistReach'
            : 'clinic.therapist',
        { therapist, clinic: name, reach },
      ),
    ]);
  else if (name || phone)
    lines.push([ctx.say('clinic.label', { name: name || ctx.say('clinic.clinic') }), reach]);
  // (Whose plan it is is at the foot of every page; "if you are not sure, call us" closes the
  // "Get help quickly" box on page 1.)
  // The next check is the patient's to act on: body size and colour; the clinic's line small.
  const sizeOf = (i: number) => (i === 0 && c.reviewDate ? l.theme.body : l.theme.small);
  const height =
    lines.reduce(
      (sum, [label, text], i) => sum + l.heightOf(`${label} ${text}`, { size: sizeOf(i) }),
      0,
    ) + 10;
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
  lines.forEach(([label, text], i) => {
    const style = sizeOf(i) === l.theme.small ? { size: l.theme.small, color: COLORS.muted } : {};
    l.labelled(label, text, style);
  });
}

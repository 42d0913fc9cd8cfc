import { patientName, type RenderContext } from './context.ts';
import { COLORS } from './theme.ts';
import { patternFor } from '../../shared/domain/schedule-words.ts';
import { patternIn } from './words.ts';
import { pacingPattern } from './sections/rest.ts';
import { stageNow } from './sections/splint-words.ts';

/**
 * "My plan on a page", for the fridge door: the splints' schedule for the stage the plan is
 * for, the rest rule, the three most important tips and the clinic's phone, in large print.
 * Everything here is also in the full handout; this is the reminder, not the plan.
 */
export function drawOnePage(ctx: RenderContext): void {
  const { l, snapshot, options } = ctx;
  const c = snapshot.plan.content;
  const t = l.theme;
  l.text(ctx.say('onePage.title'), { bold: true, size: t.h1, color: COLORS.heading });
  l.labelled(ctx.say('onePage.for'), ctx.user('Patient name', patientName(snapshot)), {
    size: t.h3,
  });
  l.space(t.body * 0.3);

  const stage = stageNow(ctx.snapshot);
  const splints = c.orthoses.flatMap((o, i) => {
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    if (!item) return [];
    const when = ctx.user(
      `Splint ${i + 1} schedule`,
      patternIn(ctx.intl, patternFor(o.schedule, stage)),
    );
    return [{ icon: item.icon, name: ctx.user(`Splint ${i + 1} name`, item.name), when }];
  });
  if (splints.length > 0) {
    l.heading('hand', ctx.say(stage === 'flare' ? 'onePage.splintsFlare' : 'onePage.splints'));
    for (const s of splints) {
      l.item(s.icon, s.name);
      l.text(s.when, { indent: t.icon + 10 });
    }
  }

  const rule = restRule(ctx);
  if (rule) {
    l.heading('clock', ctx.say('onePage.rest'));
    l.text(rule);
  }

  const tips = topTips(ctx);
  if (tips.length > 0) {
    l.heading('list-checks', ctx.say('onePage.tips'));
    l.bullets(tips);
  }

  const phone = ctx.user('Clinic phone', options.clinic.phone);
  const clinic = ctx.user('Clinic name', options.clinic.name);
  if (phone) {
    l.heading('phone', ctx.say('onePage.questions'));
    l.text(
      clinic ? ctx.say('onePage.call', { clinic, phone }) : ctx.say('onePage.callUs', { phone }),
      { bold: true, size: t.h3 },
    );
  }
}

function restRule(ctx: RenderContext): string {
  const pattern = pacingPattern(ctx);
  if (pattern)
    return ctx.say('onePage.restPattern', {
      name: ctx.user('Break pattern name', pattern.name),
      description: ctx.user('Break pattern description', pattern.description),
    });
  const rule = ctx.snapshot.plan.content.rest.breakRule;
  return rule
    ? ctx.say('onePage.restRule', { rest: rule.restMinutes, every: rule.everyMinutes })
    : '';
}

/**
 * The three tips that matter most day to day: the first principles the therapist chose (in
 * their order, which is their priority), each as its title.
 */
function topTips(ctx: RenderContext): string[] {
  const c = ctx.snapshot.plan.content;
  const principles = c.principles.flatMap((p, i) => {
    const item = ctx.catalogue(p.catalogueId, 'principle');
    if (!item) return [];
    const own = ctx.user(`Principle ${i + 1} example`, p.example);
    return [own || ctx.user(`Principle ${i + 1} title`, item.title)];
  });
  const strategies = c.rest.strategies.flatMap((s, i) => {
    const item = ctx.catalogue(s.catalogueId, 'strategy');
    return item ? [ctx.user(`Energy idea ${i + 1} title`, item.title)] : [];
  });
  // Each a sentence, so the three read alike.
  return [...principles, ...strategies]
    .slice(0, 3)
    .map((tip) => (/[.!?]$/.test(tip) ? tip : `${tip}.`));
}

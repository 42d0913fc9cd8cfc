import { getHelpInOrder } from '../../../shared/domain/help-order.ts';
import type { RenderContext } from '../context.ts';
import { alertBox } from '../box.ts';

/**
 * "Get help quickly": the red flags of RA, most urgent first, each saying how fast and whom to
 * call. On every handout, splints or not, near the top of page 1 where it is found in a hurry.
 */
export function drawGetHelp(ctx: RenderContext): void {
  if (!ctx.safety) return;
  const lines = getHelpInOrder(ctx.safety.getHelp).map((line, i) => {
    const n = i + 1;
    const sign = ctx.user(`Get help line ${n}`, line.sign).replace(/[.\s]+$/, '');
    const action = ctx.user(`Get help line ${n} action`, line.action);
    const phone = ctx.user(`Get help line ${n} phone`, line.phone);
    // The action says how fast and whom ("Call your doctor today."); the order says how urgent.
    return phone
      ? ctx.say('help.linePhone', { sign, action, phone })
      : ctx.say('help.line', { sign, action });
  });
  const clinicPhone = ctx.user('Clinic phone', ctx.options.clinic.phone);
  alertBox(
    ctx.l,
    ctx.say('help.heading'),
    lines,
    clinicPhone ? ctx.say('help.notSure', { phone: clinicPhone }) : '',
  );
}

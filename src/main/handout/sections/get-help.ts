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
    return `${sign}. ${action}${phone ? ` Phone ${phone}.` : ''}`;
  });
  const clinicPhone = ctx.user('Clinic phone', ctx.options.clinic.phone);
  alertBox(
    ctx.l,
    'Get help quickly if you have any of these',
    lines,
    clinicPhone ? `If you are not sure what to do, call us on ${clinicPhone}.` : '',
  );
}

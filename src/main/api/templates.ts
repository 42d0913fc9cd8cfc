import type { AppApi } from '../../shared/api.ts';
import { templateContentSchema } from '../../shared/domain/plan.ts';
import * as plans from '../db/repositories/plans.ts';
import * as templates from '../db/repositories/templates.ts';
import { notFound, type ApiContext } from './context.ts';

export function templateMethods(
  ctx: ApiContext,
): Pick<AppApi, 'templates.list' | 'templates.saveFromPlan'> {
  const { db } = ctx;
  return {
    'templates.list': () => templates.listTemplates(db),

    'templates.saveFromPlan': ({ planId, name, description }) => {
      const plan = plans.findPlan(db, planId);
      if (!plan) throw notFound('plan');
      // A template keeps the clinical content and drops who, when and by whom.
      const { title, goals, orthoses, equipment, rest, principles } = plan.content;
      const content = templateContentSchema.parse({
        title,
        goals,
        orthoses,
        equipment,
        rest,
        principles,
      });
      return templates.upsertTemplate(
        db,
        { id: ctx.newId(), name, description: description ?? '', builtIn: false, content },
        ctx.now(),
      );
    },
  };
}

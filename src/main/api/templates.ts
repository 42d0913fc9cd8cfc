import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import { templateContentSchema } from '../../shared/domain/plan.ts';
import { fieldErrors } from '../../shared/field-errors.ts';
import * as plans from '../db/repositories/plans.ts';
import * as templates from '../db/repositories/templates.ts';
import { notFound, type ApiContext } from './context.ts';

export function templateMethods(
  ctx: ApiContext,
): Pick<
  AppApi,
  'templates.list' | 'templates.saveFromPlan' | 'templates.update' | 'templates.delete'
> {
  const { db } = ctx;
  /** Built-in templates come back with every update of the app, so only the clinic's own change. */
  const ownTemplate = (id: string) => {
    const found = templates.listTemplates(db).find((t) => t.id === id);
    if (!found) throw notFound('template');
    if (found.builtIn)
      throw new AppError(
        'invalid-input',
        'Built-in templates come with JointPlan and cannot be changed. Start a plan from it and save that as your own template.',
      );
    return found;
  };
  return {
    'templates.update': ({ id, name, description }) => {
      ownTemplate(id);
      templates.renameTemplate(db, id, name, description ?? '', ctx.now());
      return ownTemplate(id);
    },

    'templates.delete': ({ id }) => {
      ownTemplate(id);
      templates.deleteTemplate(db, id);
      return { deleted: true };
    },

    'templates.list': () => templates.listTemplates(db),

    'templates.saveFromPlan': ({ planId, name, description }) => {
      const plan = plans.findPlan(db, planId);
      if (!plan) throw notFound('plan');
      // A template keeps the clinical content and drops who, when and by whom.
      const { title, goals, orthoses, equipment, rest, principles } = plan.content;
      const checked = templateContentSchema.safeParse({
        title,
        goals,
        // A photo of this patient's own splint on their hand is theirs, never a template's.
        orthoses: orthoses.map(({ photo: _photo, ...o }) => o),
        equipment,
        rest,
        principles,
      });
      // Only text saved by an older version, under looser rules, can fail here.
      if (!checked.success) {
        const fields = fieldErrors(checked.error);
        const problem = Object.values(fields)[0] ?? 'some of its text is not allowed any more';
        throw new AppError(
          'invalid-input',
          `This plan cannot be saved as a template: ${problem}. Change it in the plan, then save it as a template again.`,
          fields,
        );
      }
      const content = checked.data;
      return templates.upsertTemplate(
        db,
        { id: ctx.newId(), name, description: description ?? '', builtIn: false, content },
        ctx.now(),
      );
    },
  };
}

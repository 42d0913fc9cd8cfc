import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import {
  catalogueContentSchema,
  catalogueItemName,
  type CatalogueItem,
} from '../../shared/domain/catalogue.ts';
import { patientInputSchema, type Patient } from '../../shared/domain/patient.ts';
import {
  emptyPlanContent,
  finalPlanContentSchema,
  wrongKindEntries,
  type Plan,
  type PlanContent,
} from '../../shared/domain/plan.ts';
import { fieldErrors } from '../../shared/field-errors.ts';
import { chooseTemplateSides } from '../catalogue/template-sides.ts';
import * as catalogue from '../db/repositories/catalogue.ts';
import * as plans from '../db/repositories/plans.ts';
import { getCurrentTherapist } from '../db/repositories/settings.ts';
import * as templates from '../db/repositories/templates.ts';
import { summarizePlanChanges } from '../../shared/domain/plan-diff.ts';
import { catalogueIdsOf } from '../plans/snapshot.ts';
import { proposedReviewDate } from '../../shared/domain/plan-defaults.ts';
import { audited } from './audit.ts';
import { type ApiContext, mustFindPatient, notFound } from './context.ts';
import { freezeVersion } from './plan-versions.ts';

type PlanMethods = Pick<
  AppApi,
  | 'plans.list'
  | 'plans.get'
  | 'plans.createDraft'
  | 'plans.saveDraft'
  | 'plans.finalise'
  | 'plans.revise'
  | 'plans.discardDraft'
>;

const FROZEN = 'This plan is finalised and cannot be changed. Make a new version to change it.';

export function planMethods(ctx: ApiContext): PlanMethods {
  const { db } = ctx;

  const mustFind = (id: string): Plan => {
    const plan = plans.findPlan(db, id);
    if (!plan) throw notFound('plan');
    return plan;
  };

  function throwIfAny(
    fields: Record<string, string>,
    prefix: string,
    message: (first: string, count: number) => string,
  ): void {
    const entries = Object.entries(fields);
    if (entries.length === 0) return;
    throw new AppError(
      'invalid-input',
      message(entries[0]?.[1] ?? '', entries.length),
      Object.fromEntries(entries.map(([k, v]) => [prefix + k, v])),
    );
  }

  const mustBeDraft = (id: string): Plan => {
    const plan = mustFind(id);
    if (plan.status !== 'draft') throw new AppError('conflict', FROZEN);
    return plan;
  };

  /**
   * Every catalogue item the content names must exist, in the list of its own kind; retired
   * ones may stay in a plan. `prefix` is where the content sits in the request ("content.").
   */
  function assertCatalogueRefs(
    content: PlanContent,
    prefix: string,
    checkKinds = true,
  ): CatalogueItem[] {
    const ids = catalogueIdsOf(content);
    const items = catalogue.findCatalogueItems(db, ids);
    const found = new Map(items.map((i) => [i.id, i]));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new AppError(
        'invalid-input',
        `The catalogue has no item ${JSON.stringify(missing[0])}.`,
      );
    }
    if (!checkKinds) return items;
    const wrong = wrongKindEntries(content, (id) => found.get(id)?.content.kind);
    throwIfAny(wrong, prefix, (first, count) =>
      count === 1 ? first : `${count} entries are in the wrong list: ${first}`,
    );
    return items;
  }

  /** The patient's names are printed on every page: one stored before the rule may not print. */
  function assertPatientPrintable(patient: Patient): void {
    const fields: Record<string, string> = {};
    for (const key of ['givenName', 'familyName', 'preferredName'] as const) {
      const checked = patientInputSchema.shape[key].safeParse(patient[key]);
      const problem = checked.error?.issues[0]?.message.replace(/\.$/, '');
      if (problem)
        fields[`patient.${key}`] =
          `The patient’s ${problem.charAt(0).toLowerCase()}${problem.slice(1)}. Change it on the patient’s page, then finalise.`;
    }
    throwIfAny(fields, '', (first, count) =>
      count === 1 ? first : `This plan cannot be finalised yet: ${count} things need attention`,
    );
  }

  /**
   * A finalised plan must give a handout. The plan's own text was checked by its schema; the
   * catalogue entries it names are checked again here, as they will be frozen, because one
   * stored before a rule existed could hold text the handout cannot print.
   */
  function assertCataloguePrintable(content: PlanContent, items: CatalogueItem[]): void {
    const byId = new Map(items.map((i) => [i.id, i]));
    const fields: Record<string, string> = {};
    const entries = [
      ...content.orthoses.map((o, i) => [`orthoses.${i}`, `Splint ${i + 1}`, o.catalogueId]),
      ...content.equipment.map((e, i) => [`equipment.${i}`, `Equipment ${i + 1}`, e.catalogueId]),
      ...content.principles.map((p, i) => [`principles.${i}`, `Principle ${i + 1}`, p.catalogueId]),
      ...content.rest.strategies.map((s, i) => [
        `rest.strategies.${i}`,
        `Energy idea ${i + 1}`,
        s.catalogueId,
      ]),
    ];
    for (const [key, entry, id] of entries) {
      const item = byId.get(id ?? '');
      const checked = item ? catalogueContentSchema.safeParse(item.content) : null;
      if (!item || !checked || checked.success) continue;
      const problem = (checked.error.issues[0]?.message ?? 'it is not valid').replace(/\.$/, '');
      fields[`${key}.catalogueId`] =
        `${entry} (${catalogueItemName(item.content)}) cannot be printed as the catalogue has it: ${problem}. Change it in the catalogue, then finalise.`;
    }
    throwIfAny(
      fields,
      '',
      (first, count) =>
        `This plan cannot be finalised yet: ${count === 1 ? first : `${count} things need attention`}`,
    );
  }

  /** `from` says where the draft came from: "", " from a template", " from version 2". */
  function newDraft(
    patientId: string,
    content: PlanContent,
    previousId: string | null,
    from: string,
  ): Plan {
    const id = ctx.newId();
    audited(ctx, (note) => {
      const existing = plans.findPlanIdByStatus(db, patientId, 'draft');
      if (existing) {
        throw new AppError(
          'conflict',
          'This patient already has a draft plan. Open it, or discard it first.',
          { draftId: existing },
        );
      }
      // Kinds are not checked here: a version saved before that rule must still be revisable,
      // and its draft then shows the wrong entry, refused on save, for the therapist to fix.
      assertCatalogueRefs(content, 'content.', false);
      const version = plans.latestPlanVersion(db, patientId) + 1;
      plans.insertDraft(db, { id, patientId, version, previousId, content }, ctx.now());
      note({
        patientId,
        entity: 'plan',
        entityId: id,
        action: 'created',
        summary: `Started draft version ${version}${from}`,
      });
    });
    return mustFind(id);
  }

  return {
    'plans.list': ({ patientId }) => {
      mustFindPatient(ctx, patientId);
      return plans.listPlansForPatient(db, patientId);
    },

    'plans.get': ({ id }) => mustFind(id),

    'plans.createDraft': ({ patientId, source }) => {
      const patient = mustFindPatient(ctx, patientId);
      // The therapist set in Settings signs new plans unless they change it.
      const therapist = getCurrentTherapist(db);
      const blank = {
        ...emptyPlanContent(ctx.today()),
        therapist: therapist ?? '',
        affectedJoints: patient.affectedJoints,
      };
      if (source.from === 'blank') return newDraft(patientId, blank, null, '');
      if (source.from === 'template') {
        const template = templates.findTemplateContent(db, source.templateId);
        if (!template) throw notFound('template');
        const sided = chooseTemplateSides(db, template, patient.affectedJoints);
        return newDraft(patientId, { ...blank, ...sided }, null, ' from a template');
      }
      // Carry a past plan forward: its content, dated today, with review and sign-off to redo.
      const base = mustFind(source.planId);
      if (base.patientId !== patientId)
        throw new AppError('invalid-input', 'That plan belongs to another patient.');
      return newDraft(
        patientId,
        {
          ...base.content,
          therapist: therapist ?? base.content.therapist,
          planDate: ctx.today(),
          // Reviewed after as long as the version it follows (the editor says so).
          reviewDate: proposedReviewDate(base.content, ctx.today()),
        },
        base.id,
        ` from version ${base.version}`,
      );
    },

    'plans.saveDraft': ({ id, content }) => {
      audited(ctx, (note) => {
        const draft = mustBeDraft(id);
        assertCatalogueRefs(content, 'content.');
        plans.replaceDraftContent(db, id, content, ctx.now());
        // One record per save, autosaves included; the trail's screen folds a run of them.
        note({
          patientId: draft.patientId,
          entity: 'plan',
          entityId: id,
          action: 'edited',
          summary: `Edited draft version ${draft.version}`,
        });
      });
      return mustFind(id);
    },

    'plans.finalise': ({ id }) => {
      audited(ctx, (note) => {
        const draft = mustBeDraft(id);
        const checked = finalPlanContentSchema.safeParse(draft.content);
        if (!checked.success) {
          const fields = fieldErrors(checked.error);
          const count = Object.keys(fields).length;
          throw new AppError(
            'invalid-input',
            `This plan cannot be finalised yet: ${count === 1 ? Object.values(fields)[0] : `${count} things need attention`}.`,
            fields,
          );
        }
        const items = assertCatalogueRefs(checked.data, '');
        assertCataloguePrintable(checked.data, items);
        assertPatientPrintable(mustFindPatient(ctx, draft.patientId));
        const finalisedAt = ctx.now();
        const frozen = freezeVersion(ctx, draft, checked.data, finalisedAt, checked.data.therapist);
        // What changed since the version this one replaces, kept for the timeline.
        const activeId = plans.findPlanIdByStatus(db, draft.patientId, 'finalised');
        const active = activeId ? plans.findSnapshot(db, activeId) : null;
        const changeSummary = summarizePlanChanges(active?.snapshot ?? null, frozen.snapshot);
        plans.finaliseDraft(db, id, draft.patientId, {
          snapshot: frozen.json,
          snapshotSha256: frozen.sha256,
          finalisedAt,
          finalisedBy: checked.data.therapist,
          changeSummary,
        });
        note({
          patientId: draft.patientId,
          entity: 'plan',
          entityId: id,
          action: 'finalised',
          summary: `Finalised version ${draft.version}`,
        });
      });
      return mustFind(id);
    },

    'plans.revise': ({ id }) => {
      const base = mustFind(id);
      if (base.status === 'draft')
        throw new AppError('conflict', 'This plan is still a draft: change it directly.');
      return newDraft(
        base.patientId,
        {
          ...base.content,
          planDate: ctx.today(),
          reviewDate: proposedReviewDate(base.content, ctx.today()),
        },
        base.id,
        ` from version ${base.version}`,
      );
    },

    'plans.discardDraft': ({ id }) => {
      audited(ctx, (note) => {
        const draft = mustBeDraft(id);
        plans.deleteDraft(db, id);
        note({
          patientId: draft.patientId,
          entity: 'plan',
          entityId: id,
          action: 'discarded',
          summary: `Discarded draft version ${draft.version}`,
        });
      });
      return { discarded: true };
    },
  };
}

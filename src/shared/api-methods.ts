/**
 * The names of the contract's methods, kept apart from the schemas so the sandboxed
 * preload and the web host's bridge can list them without loading zod. `api.ts` checks
 * that its contract has exactly these keys.
 */
export const METHOD_NAMES = [
  'app.info',
  'patients.search',
  'patients.get',
  'patients.create',
  'patients.update',
  'patients.archive',
  'patients.restore',
  'patients.delete',
  'catalogue.list',
  'catalogue.get',
  'catalogue.create',
  'catalogue.update',
  'catalogue.retire',
  'catalogue.restore',
  'plans.list',
  'plans.get',
  'plans.createDraft',
  'plans.saveDraft',
  'plans.finalize',
  'plans.revise',
  'plans.discardDraft',
  'templates.list',
  'templates.saveFromPlan',
  'settings.get',
  'settings.update',
  'handouts.create',
  'handouts.list',
  'handouts.reprint',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

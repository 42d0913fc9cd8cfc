import type { QueryClient } from '@tanstack/react-query';
import type { CatalogueItem } from '../../../shared/domain/catalogue.ts';
import type { Patient } from '../../../shared/domain/patient.ts';
import type { Plan } from '../../../shared/domain/plan.ts';
import type { Session } from '../../../shared/domain/session.ts';
import type { Settings } from '../../../shared/domain/settings.ts';
import { queryKeys } from './query-keys.ts';

/*
 * What a change makes stale, in one place. Each rule puts the saved object straight into
 * the cache and refreshes the lists and screens that show it. Every write is audited, so
 * anything that writes a record refreshes the history (timelines and audit trails) too.
 */

/** A patient was created or changed: its page, the patient lists and the history. */
export function afterPatientChange(client: QueryClient, patient: Patient): Promise<void> {
  client.setQueryData(queryKeys.patients.detail(patient.id), patient);
  void client.invalidateQueries({ queryKey: queryKeys.history.all });
  return client.invalidateQueries({ queryKey: queryKeys.patients.lists });
}

/** A patient was deleted: forget their page and timeline, and refresh the lists. */
export function afterPatientDeleted(client: QueryClient, patientId: string): Promise<void> {
  client.removeQueries({ queryKey: queryKeys.patients.detail(patientId) });
  client.removeQueries({ queryKey: queryKeys.history.timeline(patientId) });
  return client.invalidateQueries({ queryKey: queryKeys.patients.lists });
}

/** A patient's record was imported: a new patient, so only their page and the lists. */
export function afterRecordImported(client: QueryClient, patient: Patient): Promise<void> {
  client.setQueryData(queryKeys.patients.detail(patient.id), patient);
  return client.invalidateQueries({ queryKey: queryKeys.patients.lists });
}

/** A plan was created or changed: its cache, the patient's versions and the history. */
export function afterPlanChange(client: QueryClient, plan: Plan): Promise<void> {
  client.setQueryData(queryKeys.plans.plan(plan.id), plan);
  void client.invalidateQueries({ queryKey: queryKeys.history.all });
  return client.invalidateQueries({ queryKey: queryKeys.plans.list(plan.patientId) });
}

/** A plan was finalised: the version it replaces is now superseded, so no cached plan is trusted. */
export function afterPlanFinalised(client: QueryClient, plan: Plan): Promise<void> {
  void client.invalidateQueries({
    queryKey: queryKeys.plans.plans,
    predicate: (q) => q.queryKey[2] !== plan.id,
  });
  return afterPlanChange(client, plan);
}

/** A draft was discarded: forget it, and refresh the patient's versions and the history. */
export function afterDraftDiscarded(client: QueryClient, plan: Plan): Promise<void> {
  client.removeQueries({ queryKey: queryKeys.plans.plan(plan.id) });
  void client.invalidateQueries({ queryKey: queryKeys.history.all });
  return client.invalidateQueries({ queryKey: queryKeys.plans.list(plan.patientId) });
}

/** A session changed: its cache, the lists that show it, and the patient's timeline. */
export function afterSessionChange(client: QueryClient, session: Session): Promise<unknown> {
  client.setQueryData(queryKeys.sessions.session(session.id), session);
  return Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.sessions.list(session.patientId) }),
    client.invalidateQueries({ queryKey: queryKeys.sessions.upcoming }),
    client.invalidateQueries({ queryKey: queryKeys.sessions.allPlanned }),
    client.invalidateQueries({ queryKey: queryKeys.history.all }),
  ]);
}

/** A catalogue item changed: its cache and every catalogue list. */
export function afterCatalogueChange(client: QueryClient, item: CatalogueItem): Promise<void> {
  client.setQueryData(queryKeys.catalogue.item(item.id), item);
  // New English can leave its translations out of date.
  void client.invalidateQueries({ queryKey: queryKeys.translations.of('catalogue', item.id) });
  return client.invalidateQueries({ queryKey: queryKeys.catalogue.lists });
}

/** Another therapist is working: the history names whoever made each change. */
export function afterTherapistSwitch(client: QueryClient, settings: Settings): void {
  client.setQueryData(queryKeys.settings, settings);
  void client.invalidateQueries({ queryKey: queryKeys.history.all });
}

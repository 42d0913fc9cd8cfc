import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Patient } from '../../../shared/domain/patient.ts';
import type { Plan } from '../../../shared/domain/plan.ts';
import { afterPatientChange, afterPatientDeleted, afterPlanFinalised } from './invalidate.ts';
import { queryKeys } from './query-keys.ts';

/** A client holding a few cached queries, none of them observed (so nothing refetches). */
function clientWith(keys: readonly (readonly unknown[])[]): QueryClient {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, 'cached');
  return client;
}

const stale = (client: QueryClient, key: readonly unknown[]) =>
  client.getQueryState(key)?.isInvalidated ?? 'gone';

describe('the refresh rules', () => {
  it('a patient change refreshes the lists and every history, and caches the patient', async () => {
    const list = queryKeys.patients.list('', false);
    const timeline = queryKeys.history.timeline('p2');
    const other = queryKeys.plans.list('p1');
    const client = clientWith([list, timeline, other]);
    const patient = { id: 'p1' } as Patient;
    await afterPatientChange(client, patient);
    expect([stale(client, list), stale(client, timeline), stale(client, other)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(client.getQueryData(queryKeys.patients.detail('p1'))).toBe(patient);
  });

  it('a deleted patient leaves no page or timeline behind', async () => {
    const client = clientWith([queryKeys.patients.detail('p1'), queryKeys.history.timeline('p1')]);
    await afterPatientDeleted(client, 'p1');
    expect(stale(client, queryKeys.patients.detail('p1'))).toBe('gone');
    expect(stale(client, queryKeys.history.timeline('p1'))).toBe('gone');
  });

  it('finalising refreshes every other cached plan (one is now superseded), not the new one', async () => {
    const older = queryKeys.plans.plan('v1');
    const client = clientWith([older, queryKeys.plans.plan('v2')]);
    const plan = { id: 'v2', patientId: 'p1' } as Plan;
    await afterPlanFinalised(client, plan);
    expect(stale(client, older)).toBe(true);
    expect(stale(client, queryKeys.plans.plan('v2'))).toBe(false);
  });
});

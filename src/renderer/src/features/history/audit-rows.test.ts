import { expect, it } from 'vitest';
import type { AuditRecord } from '../../../../shared/domain/history.ts';
import { auditRows } from './audit-rows.ts';

let seq = 100;
const record = (summary: string, at: string, extra: Partial<AuditRecord> = {}): AuditRecord => ({
  seq: seq--,
  at,
  therapist: 'Jo Bloggs OT',
  entity: 'plan',
  entityId: 'p2',
  action: summary.startsWith('Edited') ? 'edited' : 'other',
  summary,
  ...extra,
});

it('folds a run of saves of one draft into one row that counts them and spans their times', () => {
  const rows = auditRows([
    record('Finalised version 2', '10:30'),
    record('Edited draft version 2', '10:20'),
    record('Edited draft version 2', '10:10'),
    record('Edited draft version 2', '10:02'),
    record('Started draft version 2', '10:00'),
  ]);
  expect(rows.map((r) => [r.first.summary, r.count, r.first.at, r.last.at])).toEqual([
    ['Finalised version 2', 1, '10:30', '10:30'],
    ['Edited draft version 2', 3, '10:02', '10:20'],
    ['Started draft version 2', 1, '10:00', '10:00'],
  ]);
});

it('keeps saves apart when someone else, or another change, comes between them', () => {
  const rows = auditRows([
    record('Edited draft version 2', '11:00'),
    record('Edited draft version 2', '10:50', { therapist: 'Sam Lee OT' }),
    record('Edited draft version 2', '10:40'),
    record('Changed phone', '10:35', { entity: 'patient', entityId: 'x' }),
    record('Edited draft version 2', '10:30'),
  ]);
  expect(rows.map((r) => r.count)).toEqual([1, 1, 1, 1, 1]);
});

import type { AuditRecord } from '../../../../shared/domain/history.ts';

/** One line of the trail as shown: a record, or a run of the same change (autosaves). */
export interface AuditRow {
  key: number;
  first: AuditRecord;
  last: AuditRecord;
  count: number;
}

const sameChange = (a: AuditRecord, b: AuditRecord) =>
  a.entity === b.entity &&
  a.entityId === b.entityId &&
  a.action === b.action &&
  a.therapist === b.therapist &&
  a.summary === b.summary;

/**
 * Folds runs of identical, consecutive changes (a draft saved every few seconds) into one
 * row, so the trail stays readable while every record is still kept and counted.
 */
export function auditRows(newestFirst: readonly AuditRecord[]): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const record of newestFirst) {
    const previous = rows.at(-1);
    if (previous && sameChange(previous.first, record)) {
      previous.first = record;
      previous.count += 1;
    } else {
      rows.push({ key: record.seq, first: record, last: record, count: 1 });
    }
  }
  return rows;
}

import { formatDate } from '../../../../shared/domain/dates.ts';
import type { RecordPreview } from '../../../../shared/domain/record-file.ts';
import { FactList, type Fact } from '../../components/FactList.tsx';
import { plural } from '../../../../shared/domain/plan-words.ts';

/** What the chosen file holds, as facts the therapist checks before importing. */
export function RecordSummary({ preview }: { preview: RecordPreview }) {
  const facts: Fact[] = [
    ['Name', `${preview.givenName} ${preview.familyName}`],
    ['Chart number', preview.chartNumber ?? 'None'],
    ['Date of birth', preview.dateOfBirth ? formatDate(preview.dateOfBirth) : 'Not recorded'],
    ['Exported on', formatDate(preview.exportedAt.slice(0, 10))],
    [
      'Holds',
      [
        plural(preview.plans, 'plan version', 'plan versions'),
        plural(preview.sessions, 'session', 'sessions'),
        plural(preview.handouts, 'handout', 'handouts'),
      ].join(', '),
    ],
  ];
  return (
    <section aria-labelledby="record-summary-heading">
      <h2 id="record-summary-heading">In this file</h2>
      <FactList facts={facts} />
      {preview.newCatalogueItems > 0 && (
        <p className="form-hint">
          Its plans use {plural(preview.newCatalogueItems, 'catalogue item', 'catalogue items')}{' '}
          from the other computer. {preview.newCatalogueItems === 1 ? 'It is' : 'They are'} added to
          your catalogue as retired, so the plans read as they did; restore them in the Catalogue to
          use them in new plans.
        </p>
      )}
    </section>
  );
}

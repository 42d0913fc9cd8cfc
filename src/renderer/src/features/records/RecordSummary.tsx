import { formatDate } from '../../../../shared/domain/dates.ts';
import type { RecordPreview } from '../../../../shared/domain/record-file.ts';
import { FactList, type Fact } from '../../components/FactList.tsx';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
        count(preview.plans, 'plan version', 'plan versions'),
        count(preview.sessions, 'session', 'sessions'),
        count(preview.handouts, 'handout', 'handouts'),
      ].join(', '),
    ],
  ];
  return (
    <section aria-labelledby="record-summary-heading">
      <h2 id="record-summary-heading">In this file</h2>
      <FactList facts={facts} />
      {preview.newCatalogueItems > 0 && (
        <p className="form-hint">
          Its plans use {count(preview.newCatalogueItems, 'catalogue item', 'catalogue items')} from
          the other computer. {preview.newCatalogueItems === 1 ? 'It is' : 'They are'} added to your
          catalogue as retired, so the plans read as they did; restore them in the Catalogue to use
          them in new plans.
        </p>
      )}
    </section>
  );
}

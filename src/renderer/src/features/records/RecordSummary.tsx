import { formatDate } from '../../../../shared/domain/dates.ts';
import type { RecordPreview } from '../../../../shared/domain/record-file.ts';
import { FactList, type Fact } from '../../components/FactList.tsx';
import { plural } from '../../../../shared/domain/plan-words.ts';
import { useIntl } from 'react-intl';

/** What the chosen file holds, as facts the therapist checks before importing. */
export function RecordSummary({ preview }: { preview: RecordPreview }) {
  const intl = useIntl();
  const facts: Fact[] = [
    [
      intl.formatMessage({ id: 'records.recordSummary.name', defaultMessage: 'Name' }),
      `${preview.givenName} ${preview.familyName}`,
    ],
    [
      intl.formatMessage({
        id: 'records.recordSummary.chartNumber',
        defaultMessage: 'Chart number',
      }),
      preview.chartNumber ??
        intl.formatMessage({ id: 'records.recordSummary.none', defaultMessage: 'None' }),
    ],
    [
      intl.formatMessage({
        id: 'records.recordSummary.dateOfBirth',
        defaultMessage: 'Date of birth',
      }),
      preview.dateOfBirth
        ? formatDate(preview.dateOfBirth, intl.locale)
        : intl.formatMessage({
            id: 'records.recordSummary.notRecorded',
            defaultMessage: 'Not recorded',
          }),
    ],
    [
      intl.formatMessage({ id: 'records.recordSummary.exportedOn', defaultMessage: 'Exported on' }),
      formatDate(preview.exportedAt.slice(0, 10), intl.locale),
    ],
    [
      intl.formatMessage({ id: 'records.recordSummary.holds', defaultMessage: 'Holds' }),
      [
        plural(preview.plans, 'plan version', 'plan versions'),
        plural(preview.sessions, 'session', 'sessions'),
        plural(preview.handouts, 'handout', 'handouts'),
      ].join(', '),
    ],
  ];
  return (
    <section aria-labelledby="record-summary-heading">
      <h2 id="record-summary-heading">
        {intl.formatMessage({
          id: 'records.recordSummary.inThisFile',
          defaultMessage: 'In this file',
        })}
      </h2>
      <FactList facts={facts} />
      {preview.newCatalogueItems > 0 && (
        <p className="form-hint">
          {intl.formatMessage({
            id: 'records.recordSummary.itsPlansUse',
            defaultMessage: 'Its plans use',
          })}{' '}
          {plural(preview.newCatalogueItems, 'catalogue item', 'catalogue items')}{' '}
          {intl.formatMessage({
            id: 'records.recordSummary.fromTheOtherComputer',
            defaultMessage: 'from the other computer.',
          })}{' '}
          {preview.newCatalogueItems === 1
            ? intl.formatMessage({ id: 'records.recordSummary.itIs', defaultMessage: 'It is' })
            : intl.formatMessage({
                id: 'records.recordSummary.theyAre',
                defaultMessage: 'They are',
              })}{' '}
          {intl.formatMessage({
            id: 'records.recordSummary.addedToYourCatalogue',
            defaultMessage:
              'added to your catalogue as retired, so the plans read as they did; restore them in the Catalogue to use them in new plans.',
          })}
        </p>
      )}
    </section>
  );
}

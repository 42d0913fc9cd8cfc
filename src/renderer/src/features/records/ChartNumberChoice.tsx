import { FieldError, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { useIntl } from 'react-intl';

export type ChartChoice = 'new' | 'none';

interface Props {
  chartNumber: string;
  holderName: string;
  choice: ChartChoice;
  onChoice: (choice: ChartChoice) => void;
  newChart: string;
  onNewChart: (value: string) => void;
  error: string | null;
}

/**
 * The record's chart number already belongs to someone here. A chart number names one
 * patient only, so the therapist imports under another one or without one; never merged.
 */
export function ChartNumberChoice(props: Props) {
  const intl = useIntl();
  const { chartNumber, holderName, choice, onChoice, newChart, onNewChart, error } = props;
  return (
    <div className="record-conflict">
      <p className="notice" role="alert">
        {intl.formatMessage({
          id: 'records.chartNumberChoice.chartNumber',
          defaultMessage: 'Chart number',
        })}{' '}
        {chartNumber}{' '}
        {intl.formatMessage({
          id: 'records.chartNumberChoice.alreadyBelongsTo',
          defaultMessage: 'already belongs to',
        })}{' '}
        {holderName}{' '}
        {intl.formatMessage({
          id: 'records.chartNumberChoice.onThisComputerA',
          defaultMessage:
            'on this computer. A chart number belongs to one patient only, so this record cannot be imported with it.',
        })}
      </p>
      <RadioGroup
        className="field radio-group"
        value={choice}
        onChange={(v) => onChoice(v as ChartChoice)}
      >
        <Label className="field-label">
          {intl.formatMessage({
            id: 'records.chartNumberChoice.howToImportThis',
            defaultMessage: 'How to import this record',
          })}
        </Label>
        <div className="radio-options vertical">
          <Radio value="new" className="radio">
            <span className="radio-dot" aria-hidden="true" />

            {intl.formatMessage({
              id: 'records.chartNumberChoice.withADifferentChart',
              defaultMessage: 'With a different chart number',
            })}
          </Radio>
          <Radio value="none" className="radio">
            <span className="radio-dot" aria-hidden="true" />

            {intl.formatMessage({
              id: 'records.chartNumberChoice.withoutAChartNumber',
              defaultMessage: 'Without a chart number (add one later)',
            })}
          </Radio>
        </div>
      </RadioGroup>
      {choice === 'new' && (
        <TextField
          className="field record-new-chart"
          value={newChart}
          onChange={onNewChart}
          isInvalid={error !== null}
          validationBehavior="aria"
          maxLength={40}
        >
          <Label className="field-label">
            {intl.formatMessage({
              id: 'records.chartNumberChoice.newChartNumber',
              defaultMessage: 'New chart number',
            })}
          </Label>
          <Input />
          <FieldError>{error}</FieldError>
        </TextField>
      )}
    </div>
  );
}

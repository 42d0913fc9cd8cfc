import { TextArea, TextField } from 'react-aria-components';
import { synonymsSchema } from '../../../../../shared/domain/catalogue-search.ts';
import { FieldFrame } from '../../../components/FieldFrame.tsx';
import { useIntl } from 'react-intl';

/** The other names typed one per line, as the list saved (blank lines dropped). */
export function otherNamesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The first problem with the other names as typed, naming the line; undefined when none. */
export function otherNamesProblem(text: string): string | undefined {
  const checked = synonymsSchema.safeParse(otherNamesOf(text));
  if (checked.success) return undefined;
  const issue = checked.error.issues[0];
  const line = typeof issue?.path[0] === 'number' ? `Line ${issue.path[0] + 1}: ` : '';
  return `${line}${issue?.message ?? 'Check the other names'}`;
}

interface Props {
  value: string;
  error: string | undefined;
  onChange(text: string): void;
  onBlur(): void;
}

/** The names therapists also use for an item, one per line: searched, never printed. */
export function OtherNamesField({ value, error, onChange, onBlur }: Props) {
  const intl = useIntl();
  return (
    <TextField
      className="field"
      name="synonyms"
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <FieldFrame
        label={intl.formatMessage({
          id: 'catalogue.form.otherNamesField.otherNames',
          defaultMessage: 'Other names',
        })}
        description={intl.formatMessage({
          id: 'catalogue.form.otherNamesField.onePerLineE',
          defaultMessage:
            'One per line, e.g. the US name or a brand. Search finds the item by these; the handout never shows them.',
        })}
        error={error}
      >
        <TextArea rows={Math.min(8, Math.max(3, value.split('\n').length + 1))} />
      </FieldFrame>
    </TextField>
  );
}

import { Button, ComboBox, Input, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldFrame } from './FieldFrame.tsx';
import { useIntl } from 'react-intl';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  suggestions: readonly string[];
  description?: string;
}

/** Free text with a list of suggestions: the therapist may pick one or type their own. */
export function ComboFieldControl<T extends FieldValues>({
  control,
  name,
  label,
  suggestions,
  description,
}: Props<T>) {
  const intl = useIntl();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <ComboBox
          className="field combo-field"
          name={field.name}
          allowsCustomValue
          inputValue={(field.value as string | null) ?? ''}
          onInputChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
          defaultItems={suggestions.map((s) => ({ id: s, name: s }))}
        >
          <FieldFrame label={label} description={description} error={fieldState.error?.message}>
            <div className="combo-input">
              <Input ref={field.ref} />
              <Button
                aria-label={intl.formatMessage(
                  {
                    id: 'components.comboFieldControl.showSuggestions',
                    defaultMessage: 'Show {value} suggestions',
                  },
                  { value: label.toLowerCase() },
                )}
              >
                ▾
              </Button>
            </div>
          </FieldFrame>
          <Popover className="popover">
            <ListBox className="suggestion-list">
              {(item: { id: string; name: string }) => (
                <ListBoxItem className="suggestion">{item.name}</ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      )}
    />
  );
}

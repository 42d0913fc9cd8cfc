import { useRef, useState, type ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import {
  catalogueItemName,
  type CatalogueContent,
  type CatalogueItem,
} from '../../../../../shared/domain/catalogue.ts';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard.tsx';
import { useSaveForm } from '../../../lib/useSaveForm.ts';
import { OtherNamesField, otherNamesOf, otherNamesProblem } from './OtherNamesField.tsx';
import { useIntl } from 'react-intl';

/** What every kind's form needs from the page that shows it. */
export interface CatalogueFormProps<TIn> {
  heading: string;
  submitLabel: string;
  defaultValues: TIn;
  /** The item's other names as saved (none for a new item). */
  synonyms?: readonly string[];
  save(content: CatalogueContent, synonyms: string[]): Promise<CatalogueItem>;
  onSaved(item: CatalogueItem): void;
  onCancel(): void;
}

interface Props<TIn extends FieldValues, TOut extends CatalogueContent> extends Omit<
  CatalogueFormProps<TIn>,
  'defaultValues'
> {
  form: UseFormReturn<TIn, unknown, TOut>;
  children: ReactNode;
}

/**
 * The frame of every catalogue form: heading, save and cancel, errors from the main process
 * mapped back onto the fields, toasts, and a guard against losing unsaved changes.
 */
export function CatalogueFormShell<TIn extends FieldValues, TOut extends CatalogueContent>({
  form,
  heading,
  submitLabel,
  synonyms = [],
  save,
  onSaved,
  onCancel,
  children,
}: Props<TIn, TOut>) {
  const intl = useIntl();
  const [otherNames, setOtherNames] = useState(() => synonyms.join('\n'));
  const [otherNamesError, setOtherNamesError] = useState<string>();
  const otherNamesSaved = useRef(synonyms.join('\n'));
  const { onSubmit, shouldBlock } = useSaveForm(form, {
    save: async (content) => {
      const problem = otherNamesProblem(otherNames);
      setOtherNamesError(problem);
      if (problem) throw new Error(`Other names: ${problem}`);
      const saved = await save(content, otherNamesOf(otherNames));
      otherNamesSaved.current = otherNames;
      return saved;
    },
    fieldPrefix: 'content',
    savedMessage: (item) =>
      intl.formatMessage(
        { id: 'catalogue.form.catalogueFormShell.saved', defaultMessage: 'Saved {value}' },
        { value: catalogueItemName(item.content) },
      ),
    onSaved,
  });

  return (
    <FormProvider {...form}>
      <Form
        className="catalogue-form"
        onSubmit={onSubmit}
        validationBehavior="aria"
        aria-labelledby="catalogue-form-heading"
      >
        <h1 id="catalogue-form-heading">{heading}</h1>
        <p className="form-hint">
          {intl.formatMessage({
            id: 'catalogue.form.catalogueFormShell.fieldsMarkedAreRequired',
            defaultMessage:
              'Fields marked * are required. Patients read this wording on their handout: keep it short and plain.',
          })}
        </p>
        {children}
        <fieldset>
          <legend>
            {intl.formatMessage({
              id: 'catalogue.form.catalogueFormShell.findingIt',
              defaultMessage: 'Finding it',
            })}
          </legend>
          <OtherNamesField
            value={otherNames}
            error={otherNamesError}
            onChange={(text) => {
              setOtherNames(text);
              if (otherNamesError) setOtherNamesError(otherNamesProblem(text));
            }}
            onBlur={() => setOtherNamesError(otherNamesProblem(otherNames))}
          />
        </fieldset>
        <div className="form-actions">
          <Button type="submit" className="button primary" isPending={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
          <Button className="button" onPress={onCancel}>
            {intl.formatMessage({
              id: 'catalogue.form.catalogueFormShell.cancel',
              defaultMessage: 'Cancel',
            })}
          </Button>
        </div>
        <UnsavedChangesGuard
          shouldBlock={() => shouldBlock() || otherNames !== otherNamesSaved.current}
          what="this catalogue item"
        />
      </Form>
    </FormProvider>
  );
}

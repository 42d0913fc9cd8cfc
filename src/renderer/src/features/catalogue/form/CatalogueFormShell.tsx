import type { ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import {
  catalogueItemName,
  type CatalogueContent,
  type CatalogueItem,
} from '../../../../../shared/domain/catalogue.ts';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard.tsx';
import { useSaveForm } from '../../../lib/useSaveForm.ts';

/** What every kind's form needs from the page that shows it. */
export interface CatalogueFormProps<TIn> {
  heading: string;
  submitLabel: string;
  defaultValues: TIn;
  save(content: CatalogueContent): Promise<CatalogueItem>;
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
  save,
  onSaved,
  onCancel,
  children,
}: Props<TIn, TOut>) {
  const { onSubmit, shouldBlock } = useSaveForm(form, {
    save,
    fieldPrefix: 'content',
    savedMessage: (item) => `Saved ${catalogueItemName(item.content)}`,
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
          Fields marked * are required. Patients read this wording on their handout: keep it short
          and plain.
        </p>
        {children}
        <div className="form-actions">
          <Button type="submit" className="button primary" isPending={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
          <Button className="button" onPress={onCancel}>
            Cancel
          </Button>
        </div>
        <UnsavedChangesGuard shouldBlock={shouldBlock} what="this catalogue item" />
      </Form>
    </FormProvider>
  );
}

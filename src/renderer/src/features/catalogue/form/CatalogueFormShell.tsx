import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  FormProvider,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import { toast } from 'sonner';
import {
  catalogueItemName,
  type CatalogueContent,
  type CatalogueItem,
} from '../../../../../shared/domain/catalogue.ts';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard.tsx';
import { ApiCallError } from '../../../lib/api.ts';
import { formFieldErrors } from '../../../lib/form-errors.ts';

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
  const { handleSubmit, setError, formState } = form;
  // Read isDirty while rendering so react-hook-form keeps it up to date; the guard reads it later.
  const { isDirty } = formState;
  const dirty = useRef(false);
  const saved = useRef(false);
  useEffect(() => {
    dirty.current = isDirty;
  }, [isDirty]);
  const shouldBlock = useCallback(() => dirty.current && !saved.current, []);

  const submit = async (content: TOut) => {
    try {
      const item = await save(content);
      saved.current = true;
      toast.success(`Saved ${catalogueItemName(item.content)}`);
      onSaved(item);
    } catch (error) {
      if (error instanceof ApiCallError) {
        formFieldErrors(error.fields, 'content').forEach(([field, message], i) =>
          setError(field as FieldPath<TIn>, { message }, { shouldFocus: i === 0 }),
        );
      }
      toast.error(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <FormProvider {...form}>
      <Form
        className="catalogue-form"
        onSubmit={(e) => void handleSubmit(submit)(e)}
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
          <Button type="submit" className="button primary" isPending={formState.isSubmitting}>
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

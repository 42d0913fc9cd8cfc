import { useCallback, useEffect, useRef, type FormEvent } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { toast } from 'sonner';
import { ApiCallError } from './api.ts';
import { formFieldErrors } from './form-errors.ts';

interface Options<TOut, TSaved> {
  save(values: TOut): Promise<TSaved>;
  /** Where the form's values sit in the request, e.g. `patient` in `{ patient }`. */
  fieldPrefix: string;
  savedMessage(saved: TSaved): string;
  onSaved(saved: TSaved): void;
}

/**
 * Saving a form through the app API, the same way everywhere: errors from the main process
 * land on their fields (the first one focused), toasts say saved or not, and `shouldBlock`
 * tells the unsaved-changes guard whether there is anything to lose.
 */
export function useSaveForm<TIn extends FieldValues, TOut, TSaved>(
  form: UseFormReturn<TIn, unknown, TOut>,
  { save, fieldPrefix, savedMessage, onSaved }: Options<TOut, TSaved>,
) {
  const intl = useIntl();
  // Read isDirty while rendering so react-hook-form keeps it up to date; the guard reads it later.
  const { isDirty } = form.formState;
  const dirty = useRef(false);
  const saved = useRef(false);
  useEffect(() => {
    dirty.current = isDirty;
    // A form that stays open after saving resets to what was saved: guard its next edits.
    if (!isDirty) saved.current = false;
  }, [isDirty]);
  const shouldBlock = useCallback(() => dirty.current && !saved.current, []);

  const submit = async (values: TOut) => {
    try {
      const result = await save(values);
      // Only changes can be saved; a form that had none must still guard its next edits.
      saved.current = dirty.current;
      toast.success(savedMessage(result));
      onSaved(result);
    } catch (error) {
      if (error instanceof ApiCallError) {
        formFieldErrors(error.fields, fieldPrefix).forEach(([field, message], i) =>
          form.setError(field as FieldPath<TIn>, { message }, { shouldFocus: i === 0 }),
        );
      }
      toast.error(
        intl.formatMessage(
          { id: 'lib.useSaveForm.notSaved', defaultMessage: 'Not saved: {reason}' },
          { reason: error instanceof Error ? error.message : String(error) },
        ),
      );
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => void form.handleSubmit(submit)(event);
  return { onSubmit, shouldBlock };
}

import { useCallback } from 'react';
import type { ArrayPath, FieldArray, FieldValues, UseFieldArrayReturn } from 'react-hook-form';
import { toast } from 'sonner';
import { useIntl } from 'react-intl';

/**
 * Remove (with an Undo in the notification), duplicate and move for one of the plan's lists,
 * on top of react-hook-form's field array.
 */
export function useListEditing<T extends FieldValues, N extends ArrayPath<T>>(
  array: UseFieldArrayReturn<T, N>,
  getValue: (index: number) => FieldArray<T, N>,
  describe: (value: FieldArray<T, N>) => string,
) {
  const intl = useIntl();
  const { remove, insert, move } = array;
  const removeWithUndo = useCallback(
    (index: number) => {
      const value = getValue(index);
      remove(index);
      toast(
        intl.formatMessage(
          { id: 'plans.editor.useListEditing.removed', defaultMessage: 'Removed {value}' },
          { value: describe(value) },
        ),
        {
          action: {
            label: intl.formatMessage({
              id: 'plans.editor.useListEditing.undo',
              defaultMessage: 'Undo',
            }),
            onClick: () => insert(index, structuredClone(value)),
          },
          duration: 8000,
        },
      );
    },
    [remove, insert, getValue, describe, intl],
  );
  const duplicate = useCallback(
    (index: number) => insert(index + 1, structuredClone(getValue(index))),
    [insert, getValue],
  );
  return { removeWithUndo, duplicate, move };
}

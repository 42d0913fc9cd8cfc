import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import {
  draftPlanContentSchema,
  type PlanContent,
  type PlanContentInput,
} from '../../../../../shared/domain/plan.ts';

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

/** Waits this long after the last edit before saving: well inside the 2 seconds promised. */
const DELAY_MS = 700;

/**
 * Saves the draft shortly after every edit, one save at a time, always the latest values.
 * Leaving the page saves at once; a draft that is not valid is not saved, and says so.
 */
export function useAutosave(
  form: UseFormReturn<PlanContentInput, unknown, PlanContent>,
  save: (content: PlanContent) => Promise<unknown>,
) {
  const [status, setStatus] = useState<AutosaveStatus>('saved');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const lastSaved = useRef(JSON.stringify(form.getValues()));
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    queue.current = queue.current.then(async () => {
      const values = form.getValues();
      const json = JSON.stringify(values);
      if (json === lastSaved.current) return setStatus('saved');
      const parsed = draftPlanContentSchema.safeParse(values);
      if (!parsed.success) {
        setStatus('invalid');
        // Mark only fields the therapist has left: a block just added is not wrong yet.
        const left = parsed.error.issues
          .map((issue) => issue.path.join('.') as FieldPath<PlanContentInput>)
          .filter((path) => form.getFieldState(path).isTouched);
        if (left.length > 0) void form.trigger(left);
        return;
      }
      setStatus('saving');
      try {
        await save(parsed.data);
        lastSaved.current = json;
        setSavedAt(new Date());
        setStatus(JSON.stringify(form.getValues()) === json ? 'saved' : 'pending');
      } catch {
        setStatus('failed');
      }
    });
    return queue.current;
  }, [form, save]);

  useEffect(() => {
    const subscription = form.watch(() => {
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    });
    return () => subscription.unsubscribe();
  }, [form, flush]);

  // Leaving the editor (another page, or closing the window) saves what is pending at once.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (JSON.stringify(form.getValues()) === lastSaved.current) return;
      void flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      if (timer.current) void flush();
    };
  }, [form, flush]);

  /** True while there are edits that cannot be saved as they are. */
  const hasUnsavable = useCallback(
    () =>
      JSON.stringify(form.getValues()) !== lastSaved.current &&
      !draftPlanContentSchema.safeParse(form.getValues()).success,
    [form],
  );

  return { status, savedAt, flush, hasUnsavable };
}

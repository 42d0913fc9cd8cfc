/**
 * Which unticked checklist items a pain score answers: a question about pain after activity
 * when that score is given, and any other question about pain when either score is.
 */
export function painTicks(
  checklist: readonly { text: string; done?: boolean | undefined }[],
  scores: { painNow: number | null | undefined; painAfter: number | null | undefined },
): number[] {
  const after = typeof scores.painAfter === 'number';
  const now = typeof scores.painNow === 'number';
  return checklist.flatMap((item, index) => {
    if (item.done || !/\bpain\b/i.test(item.text)) return [];
    const aboutActivity = /after activity/i.test(item.text);
    return (aboutActivity ? after : after || now) ? [index] : [];
  });
}

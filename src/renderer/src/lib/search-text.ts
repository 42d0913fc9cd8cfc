/** What a search box sends: one line of text, control characters (a pasted tab) as spaces. */
export function searchText(typed: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  return typed.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim();
}

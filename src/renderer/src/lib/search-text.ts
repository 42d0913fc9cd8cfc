import { CONTROL_CHARACTERS } from '../../../shared/text/control-characters.ts';

/** What a search box sends: one line of text, control characters (a pasted tab) as spaces. */
export function searchText(typed: string): string {
  return typed.replace(CONTROL_CHARACTERS, ' ').trim();
}

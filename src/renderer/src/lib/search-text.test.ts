import { expect, it } from 'vitest';
import { searchText } from './search-text.ts';

it('turns pasted tabs and line breaks into spaces and trims, leaving letters alone', () => {
  expect(searchText('  José\tGarcía\n')).toBe('José García');
  expect(searchText('RA-1001')).toBe('RA-1001');
});

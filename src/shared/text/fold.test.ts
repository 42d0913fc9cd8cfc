import { describe, expect, it } from 'vitest';
import { foldForSearch, searchTerms } from './fold.ts';

/** How the patient list matches: the folded query must occur in the folded name. */
const matches = (query: string, name: string) => foldForSearch(name).includes(foldForSearch(query));

describe('foldForSearch', () => {
  it('lets a plain-letter query find an accented name', () => {
    expect(matches('jose', 'José')).toBe(true);
    expect(matches('muller', 'Müller')).toBe(true);
    expect(matches('francois', 'François')).toBe(true);
    expect(matches('nunez', 'Núñez')).toBe(true);
    expect(matches('dvorak', 'Dvořák')).toBe(true);
  });

  it('spells out letters that do not decompose', () => {
    expect(matches('soren', 'Søren')).toBe(true);
    expect(matches('lukasz', 'Łukasz')).toBe(true);
    expect(matches('strasse', 'Straße')).toBe(true);
    expect(matches('aeroe', 'Ærøe')).toBe(true);
    expect(matches('thora', 'Þóra')).toBe(true);
    expect(foldForSearch('ØSTERGÅRD')).toBe('ostergard');
  });

  it('ignores case both ways', () => {
    expect(matches('SMITH', 'smith')).toBe(true);
    expect(matches('smith', 'SMITH')).toBe(true);
    expect(foldForSearch('McDONALD')).toBe('mcdonald');
  });

  it('lets an accented query find the same accented name', () => {
    expect(matches('José', 'JOSE')).toBe(true);
    expect(matches('Søren', 'Soren Kierkegaard')).toBe(true);
  });

  it('does not make unrelated names match', () => {
    expect(matches('jose', 'Josh')).toBe(false);
    expect(matches('muller', 'Miller')).toBe(false);
  });

  it('collapses and trims whitespace', () => {
    expect(foldForSearch('  Anna \t  Maria\n')).toBe('anna maria');
    expect(foldForSearch('   ')).toBe('');
  });
});

describe('searchTerms', () => {
  it('splits a query into folded words', () => {
    expect(searchTerms('José  Müller')).toEqual(['jose', 'muller']);
  });

  it('drops repeated words, including ones that differ only by accent or case', () => {
    expect(searchTerms('anna ANNA Ánna smith')).toEqual(['anna', 'smith']);
  });

  it('returns no terms for an empty or blank query', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('  \t ')).toEqual([]);
  });

  it('keeps at most maxTerms words', () => {
    expect(searchTerms('a b c d e f g')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(searchTerms('a b c', 2)).toEqual(['a', 'b']);
  });
});

import { describe, expect, it } from 'vitest';
import type { CatalogueContent } from './catalogue.ts';
import {
  byNameFirst,
  catalogueQueryTerms,
  catalogueSearchText,
  matchesCatalogueQuery,
  synonymsSchema,
} from './catalogue-search.ts';

const cutlery: CatalogueContent = {
  kind: 'equipment',
  name: 'Thick-handled cutlery',
  activity: 'eating',
  helpsWith: 'A wider handle needs a looser grip.',
  howTo: 'Hold it with your whole hand.',
  icon: 'utensils',
};
const splint: CatalogueContent = {
  kind: 'orthosis',
  name: 'Ring splint (boutonnière)',
  orthosisType: 'finger-ring',
  fitsJoints: ['pip'],
  purpose: 'Holds the middle joint straight.',
  defaultSchedule: {
    usual: { type: 'night' },
    flare: null,
    stable: null,
    hoursPerDay: null,
    startDate: null,
  },
  care: ['Wash it in lukewarm water.'],
  warningSigns: ['A red mark that does not fade.'],
  icon: 'hand',
};

const matches = (content: CatalogueContent, synonyms: string[], query: string) =>
  matchesCatalogueQuery(catalogueSearchText(content, synonyms), catalogueQueryTerms(query));

describe('catalogue search', () => {
  it('matches the name, a synonym, and hyphens typed as spaces or not', () => {
    const synonyms = ['built-up cutlery', 'foam-handled cutlery'];
    for (const query of ['thick handled', 'Built-up', 'built up', 'FOAM', 'foam-handled cutlery'])
      expect(matches(cutlery, synonyms, query), query).toBe(true);
    expect(matches(cutlery, [], 'built-up')).toBe(false);
  });

  it('matches words in care lines and warning signs, ignoring case and accents', () => {
    expect(matches(splint, [], 'boutonniere')).toBe(true);
    expect(matches(splint, [], 'LUKEWARM')).toBe(true);
    expect(matches(splint, [], 'red mark')).toBe(true);
  });

  it('does not match codes: a splint worn at night is not found by "night" unless it says so', () => {
    expect(matches(splint, [], 'night')).toBe(false);
    expect(matches(splint, ['night splint'], 'night')).toBe(true);
    expect(matches(cutlery, [], 'utensils')).toBe(false);
  });

  it('needs every word of the query', () => {
    expect(matches(cutlery, [], 'thick spoon')).toBe(false);
  });
});

describe('synonyms', () => {
  it('drops the same name typed twice in another case or accent, and refuses an empty one', () => {
    expect(synonymsSchema.parse(['Oval-8', 'oval-8', ' OVAL-8 '])).toEqual(['Oval-8']);
    expect(synonymsSchema.safeParse(['']).success).toBe(false);
  });
});

describe('the order of matches', () => {
  it('puts items whose own name holds the words first, keeping the rest in order', () => {
    const items = ['Car key holder', 'Jar opener', 'Key turner'];
    expect(byNameFirst(items, (n) => n, catalogueQueryTerms('key turner'))).toEqual([
      'Key turner',
      'Car key holder',
      'Jar opener',
    ]);
  });
});

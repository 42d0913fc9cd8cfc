import type { CatalogueContent } from './catalogue.ts';
import { catalogueItemName } from './catalogue-lists.ts';

/**
 * Clinical words and abbreviations a patient should never meet in their handout: joint labels
 * (MCP, PIP …), their long forms, side and direction words, and ICF goal codes. The handout
 * test fails on any of these in the rendered text (see handout-plain-words.test.ts).
 */
export const CLINICAL_WORDS = [
  'MCP',
  'MCPJ',
  'PIP',
  'PIPJ',
  'DIP',
  'DIPJ',
  'CMC',
  'CMCJ',
  'IP',
  'IPJ',
  'MTP',
  'MTPJ',
  'ICF',
  'bilateral',
  'unilateral',
  'ulnar',
  'radial',
  'dorsal',
  'volar',
  'palmar',
  'deviation',
  'metacarpophalangeal',
  'interphalangeal',
  'carpometacarpal',
  'metatarsophalangeal',
  'orthosis',
  'orthoses',
] as const;

const upper = CLINICAL_WORDS.filter((w) => w === w.toUpperCase());
const lower = CLINICAL_WORDS.filter((w) => w !== w.toUpperCase());
/** Abbreviations match only in capitals: "dip your hands" is plain English, "DIP" is not. */
const ABBREVIATIONS = new RegExp(`\\b(?:${upper.join('|')})\\b`, 'g');
const WORDS = new RegExp(`\\b(?:${lower.join('|')})\\b`, 'gi');
/** An ICF code: body function, activity or environment letter and three digits ("d430"). */
const ICF_CODE = /\b[bde]\d{3}\b/g;

/** The clinical words in `text` (ICF codes such as "d430" included), as found. */
export function clinicalWordsIn(text: string): string[] {
  return [ABBREVIATIONS, WORDS, ICF_CODE].flatMap((re) => [...text.matchAll(re)].map((m) => m[0]));
}

/**
 * An item's name for the patient: "Knuckle splint", not "Knuckle splint (ulnar deviation
 * splint)". A clinical name in brackets is left out when it holds a clinical word; a plain one
 * ("Night hand splint (resting hand splint)") stays, as it is the name the clinic says aloud.
 */
export function patientItemName(item: CatalogueContent): string {
  const name = catalogueItemName(item);
  return name.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) =>
    clinicalWordsIn(inner).length > 0 ? '' : whole,
  );
}

import { ar } from './ar.ts';
import { en, type Catalogue } from './en.ts';
import { es } from './es.ts';
import { paGuru } from './pa-guru.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ur } from './ur.ts';
import { vi } from './vi.ts';
import { zhHans } from './zh-hans.ts';

/** Who or what wrote a catalogue, and whether a clinician who speaks it natively has checked it. */
export interface Provenance {
  producedBy: string;
  /** Null until a native-speaking clinician has reviewed the whole catalogue. */
  clinicianReview: { reviewer: string; date: string } | null;
}

export interface HandoutLanguage {
  /** BCP 47 tag, as Intl takes it. */
  tag: string;
  /** The language's name in itself, as a patient would recognise it. */
  name: string;
  direction: 'ltr' | 'rtl';
  /** The locale its dates, numbers and lists are formatted in (English handouts are British). */
  locale: string;
  messages: Catalogue;
  provenance: Provenance;
}

const DRAFTED =
  'Drafted by an AI coding assistant for JointPlan (2026-11); not yet checked by a person.';

/**
 * The languages a handout can be printed in. Every shipped catalogue other than English is an unreviewed draft, and the README must say
 * so until a native-speaking clinician has reviewed it (then record who and when here).
 */
export const HANDOUT_LANGUAGES: readonly HandoutLanguage[] = [
  {
    tag: 'en',
    name: 'English',
    direction: 'ltr',
    locale: 'en-GB',
    messages: en,
    provenance: {
      producedBy: 'Written for JointPlan in English (the source text).',
      clinicianReview: null,
    },
  },
  {
    tag: 'es',
    name: 'Español',
    direction: 'ltr',
    locale: 'es',
    messages: es,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'pl',
    name: 'Polski',
    direction: 'ltr',
    locale: 'pl',
    messages: pl,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'pt',
    name: 'Português',
    direction: 'ltr',
    locale: 'pt',
    messages: pt,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'vi',
    name: 'Tiếng Việt',
    direction: 'ltr',
    locale: 'vi',
    messages: vi,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'zh-Hans',
    name: '简体中文',
    direction: 'ltr',
    locale: 'zh-Hans',
    messages: zhHans,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'ar',
    name: 'العربية',
    direction: 'rtl',
    locale: 'ar',
    messages: ar,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'ur',
    name: 'اردو',
    direction: 'rtl',
    locale: 'ur',
    messages: ur,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'pa-Guru',
    name: 'ਪੰਜਾਬੀ',
    direction: 'ltr',
    locale: 'pa-Guru',
    messages: paGuru,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
];

/** The language with this tag, or a clear error naming it. */
export function handoutLanguage(tag: string): HandoutLanguage {
  const language = HANDOUT_LANGUAGES.find((l) => l.tag === tag);
  if (!language)
    throw new Error(`Handouts cannot be printed in "${tag}": there is no such handout language.`);
  return language;
}

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
  messages: Catalogue;
  provenance: Provenance;
}

const DRAFTED =
  'Drafted by an AI coding assistant for JointPlan (2026-11); not yet checked by a person.';

/**
 * The languages a handout can be printed in. Not yet wired into the handout's sections:
 * every shipped catalogue other than English is an unreviewed draft, and the README must say
 * so until a native-speaking clinician has reviewed it (then record who and when here).
 */
export const HANDOUT_LANGUAGES: readonly HandoutLanguage[] = [
  {
    tag: 'en',
    name: 'English',
    direction: 'ltr',
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
    messages: es,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'pl',
    name: 'Polski',
    direction: 'ltr',
    messages: pl,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'pt',
    name: 'Português',
    direction: 'ltr',
    messages: pt,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'vi',
    name: 'Tiếng Việt',
    direction: 'ltr',
    messages: vi,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'zh-Hans',
    name: '简体中文',
    direction: 'ltr',
    messages: zhHans,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'ar',
    name: 'العربية',
    direction: 'rtl',
    messages: ar,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'ur',
    name: 'اردو',
    direction: 'rtl',
    messages: ur,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
  {
    tag: 'pa-Guru',
    name: 'ਪੰਜਾਬੀ',
    direction: 'ltr',
    messages: paGuru,
    provenance: { producedBy: DRAFTED, clinicianReview: null },
  },
];

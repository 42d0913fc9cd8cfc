import type { HandoutSafety } from '../../shared/domain/handout-safety.ts';
import type { FontSet, HandoutSheet } from '../../shared/domain/handout.ts';
import type { PaperSize } from '../../shared/domain/settings.ts';
import { HANDOUT_LANGUAGES } from './messages/languages.ts';

/** How a handout is printed; the settings store supplies these (the plan itself never does). */
export interface HandoutClinic {
  name: string;
  address: string;
  phone: string;
  /** A PNG or JPEG logo printed in the header, or null for none. */
  logo: Uint8Array | null;
}

/**
 * The layout new handouts are drawn with. Each handout records its layout, so a reprint is
 * drawn by the same code byte for byte: 1 is frozen in layout-1/ (handouts recorded before
 * layouts existed), 2 in layout-2/ (tagged, keep-with-next, before the handout was shortened);
 * bump this, and freeze the old one likewise, when a change would move bytes.
 */
export const CURRENT_LAYOUT = 3;

export interface HandoutOptions {
  paper: PaperSize;
  /** 18 pt body text instead of 14 pt. */
  largePrint: boolean;
  clinic: HandoutClinic;
  /** Completes the splint warning "A red mark that does not fade within N minutes…". */
  redMarkMinutes: number;
  /** Adds a weekly wear-log chart: each splint by 7 days, with boxes for day and night. */
  wearLog?: boolean;
  /** The fonts to draw with; the current set unless reprinting an older handout. */
  fontSet?: FontSet;
  /**
   * The safety box and shared splint lines for a plan whose snapshot predates them (taken from
   * Settings when the handout was made, and stored with it). A handout with neither was made
   * before them and is drawn exactly as it was then.
   */
  safety?: HandoutSafety;
  /** The layout to draw with (see CURRENT_LAYOUT); absent means the current one. */
  layout?: number;
  /**
   * 'one-page': "My plan on a page", for the fridge door (today's splint schedule, the rest
   * rule, three tips and the clinic's phone, in large print) instead of the full handout.
   */
  sheet?: HandoutSheet;
  /**
   * The language the handout's own words are printed in (the BCP 47 tag of a
   * HANDOUT_LANGUAGES entry). Absent means English: every handout recorded before languages
   * existed was English, and reprints as it was.
   */
  language?: string;
  /**
   * Which way the handout reads: 'rtl' (Arabic, Hebrew, Urdu) mirrors the layout, headings and
   * paragraphs from the right. Absent: the way its language reads (left to right for English).
   */
  direction?: 'ltr' | 'rtl';
}

/** The direction a handout is laid out in: as asked, else as its language reads. */
export function handoutDirection(options: HandoutOptions): 'ltr' | 'rtl' {
  if (options.direction) return options.direction;
  const language = HANDOUT_LANGUAGES.find((l) => l.tag === (options.language ?? 'en'));
  return language?.direction ?? 'ltr';
}

import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import type { HandoutSafety } from '../../shared/domain/handout-safety.ts';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import type { Layout } from './layout.ts';
import type { HandoutOptions } from './options.ts';
import { needsScriptEngine } from './script-text.ts';
import { cleanText, type TextChecker } from './text-check.ts';

/** What every section reads and draws with. */
export interface RenderContext {
  l: Layout;
  snapshot: PlanSnapshot;
  options: HandoutOptions;
  /**
   * The safety box and shared splint lines, from the snapshot (or, for an older plan, the
   * handout's stored options). Null only for a handout made before them: every section then
   * draws exactly what it drew then, so its reprint keeps its bytes.
   */
  safety: HandoutSafety | null;
  /** A user's (or catalogue's) text, cleaned and checked against the fonts under `field`. */
  user(field: string, value: string | null | undefined, multiLine?: boolean): string;
  catalogue<K extends CatalogueContent['kind']>(
    id: string,
    kind: K,
  ): Extract<CatalogueContent, { kind: K }> | null;
}

export function createContext(
  l: Layout,
  snapshot: PlanSnapshot,
  options: HandoutOptions,
  checker: TextChecker,
): RenderContext {
  return {
    l,
    snapshot,
    options,
    safety: snapshot.safety ?? options.safety ?? null,
    user(field, value, multiLine = false) {
      if (!value) return '';
      checker.check(field, value);
      const text = cleanText(value, multiLine).trim();
      // Isolated (FSI…PDI, UAX #9), so an Arabic name keeps to itself inside a sentence:
      // "For: <name>, 2 March" and not the date's number drawn into the name's run.
      return needsScriptEngine(text) ? `\u2068${text}\u2069` : text;
    },
    catalogue(id, kind) {
      const item = snapshot.catalogue[id];
      return item && item.kind === kind
        ? (item as Extract<CatalogueContent, { kind: typeof kind }>)
        : null;
    },
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Monday 1 June 2026" from "2026-06-01"; anything else is printed as it is. */
export function longDate(iso: string, weekday = true): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = DAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()] ?? '';
  const date = `${d} ${MONTHS[mo - 1] ?? ''} ${y}`;
  return weekday ? `${day} ${date}` : date;
}

export function patientName(snapshot: PlanSnapshot): string {
  const p = snapshot.patient;
  return `${p.preferredName?.trim() || p.givenName} ${p.familyName}`.trim();
}

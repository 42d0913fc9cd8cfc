import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import type { HandoutSafety } from '../../shared/domain/handout-safety.ts';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import type { IntlShape } from '@formatjs/intl';
import type { Layout } from './layout.ts';
import type { MessageId } from './messages/en.ts';
import { sayIn } from './messages/intl.ts';
import type { HandoutOptions } from './options.ts';
import { needsScriptEngine } from './script-text.ts';
import { dateIn } from './words.ts';
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
  /** The handout language's messages, dates and numbers: every word the handout says itself. */
  intl: IntlShape<string>;
  /** One of the handout's own messages, in the handout's language. */
  say(id: MessageId, values?: Record<string, string | number>): string;
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
  intl: IntlShape<string>,
): RenderContext {
  return {
    l,
    snapshot,
    options,
    intl,
    say: (id, values) => sayIn(intl, id, values),
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

/** "Monday 1 June 2026" from "2026-06-01" in the handout's language; else as it is. */
export function longDate(ctx: Pick<RenderContext, 'intl'>, iso: string, weekday = true): string {
  return dateIn(ctx.intl, iso, weekday);
}

export function patientName(snapshot: PlanSnapshot): string {
  const p = snapshot.patient;
  return `${p.preferredName?.trim() || p.givenName} ${p.familyName}`.trim();
}

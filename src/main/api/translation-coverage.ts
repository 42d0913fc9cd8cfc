import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import { catalogueItemName } from '../../shared/domain/catalogue.ts';
import {
  catalogueSourceTexts,
  type CoverageLine,
  type CoverageStatus,
  type TranslationLanguage,
} from '../../shared/domain/content-translation.ts';
import type { PlanContent } from '../../shared/domain/plan.ts';
import type { StoredTranslation } from '../db/repositories/content-translations.ts';
import { describeTranslation } from './translation-state.ts';

/** What a handout is printed from: a plan's content and the catalogue entries it names. */
export interface PrintedPlan {
  content: Pick<PlanContent, 'title' | 'goals' | 'orthoses' | 'equipment' | 'principles' | 'rest'>;
  catalogue: Readonly<Record<string, CatalogueContent>>;
}

/** A frozen snapshot as a PrintedPlan (its own catalogue, exactly as frozen). */
export const printedFromSnapshot = (snapshot: {
  plan: { content: PlanContent };
  catalogue: Record<string, CatalogueContent>;
}): PrintedPlan => ({ content: snapshot.plan.content, catalogue: snapshot.catalogue });

function catalogueLine(
  id: string,
  english: CatalogueContent,
  translation: StoredTranslation | undefined,
): CoverageLine {
  const line = { source: 'catalogue' as const, id, label: catalogueItemName(english) };
  if (!translation) return { ...line, status: 'missing', checkedBy: null, checkedOn: null };
  const described = describeTranslation(translation, catalogueSourceTexts(english));
  const status: CoverageStatus =
    described.stale || described.missing.length > 0
      ? 'stale'
      : described.check
        ? 'checked'
        : 'draft';
  return {
    ...line,
    status,
    checkedBy: status === 'checked' ? (described.check?.checkedBy ?? null) : null,
    checkedOn: status === 'checked' ? (described.check?.checkedOn ?? null) : null,
  };
}

/** The plan's own printed words (title, goals, reasons, examples, notes, timetable), by path. */
function planOwnTexts(content: PrintedPlan['content']): [string, string][] {
  const texts: [string, string][] = [['title', content.title]];
  content.goals.forEach((g, i) => texts.push([`goals.${i}.text`, g.text]));
  content.orthoses.forEach((o, i) => {
    if (o.precautions) texts.push([`orthoses.${i}.precautions`, o.precautions]);
    if (o.notes) texts.push([`orthoses.${i}.notes`, o.notes]);
    for (const stage of ['usual', 'flare', 'stable'] as const) {
      const pattern = o.schedule[stage];
      if (pattern?.type === 'custom')
        texts.push([`orthoses.${i}.schedule.${stage}.text`, pattern.text]);
    }
  });
  content.equipment.forEach((e, i) => {
    if (e.reason) texts.push([`equipment.${i}.reason`, e.reason]);
  });
  content.principles.forEach((p, i) => {
    if (p.example) texts.push([`principles.${i}.example`, p.example]);
  });
  content.rest.timetable.forEach((b, i) => texts.push([`rest.timetable.${i}.label`, b.label]));
  return texts.filter(([, text]) => text.trim() !== '');
}

/**
 * Per printed item, whether its words exist in `language` and how far to trust them: what the
 * print dialog shows before a handout is printed in a language other than English, so a
 * mixed handout is never printed without the therapist choosing it. Catalogue items come in
 * the handout's order (splints, equipment, principles, energy ideas), each once; then the
 * plan's own text, which has no translations yet and so is always listed as missing.
 *
 * `translations` are the stored translations into `language` of the plan's catalogue items
 * (any others are ignored); pure otherwise, so the same plan and rows give the same answer.
 */
export function translationCoverage(
  plan: PrintedPlan,
  language: TranslationLanguage,
  translations: readonly StoredTranslation[],
): CoverageLine[] {
  const byId = new Map(
    translations
      .filter((t) => t.owner === 'catalogue' && t.language === language)
      .map((t) => [t.ownerId, t]),
  );
  const { content } = plan;
  const ids = [
    ...content.orthoses,
    ...content.equipment,
    ...content.principles,
    ...content.rest.strategies,
  ].map((entry) => entry.catalogueId);
  const lines: CoverageLine[] = [];
  for (const id of new Set(ids)) {
    const english = plan.catalogue[id];
    if (english) lines.push(catalogueLine(id, english, byId.get(id)));
  }
  for (const [path, text] of planOwnTexts(content))
    lines.push({
      source: 'plan',
      id: path,
      label: text,
      status: 'missing',
      checkedBy: null,
      checkedOn: null,
    });
  return lines;
}

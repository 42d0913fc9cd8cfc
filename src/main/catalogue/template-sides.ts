import type { Database } from 'better-sqlite3-multiple-ciphers';
import { jointById, type AffectedJoint } from '../../shared/domain/joints.ts';
import type { TemplateContent } from '../../shared/domain/plan.ts';
import { findCatalogueItems } from '../db/repositories/catalogue.ts';

/**
 * A template leaves a splint's side open (null) so no plan guesses the worse hand. When the
 * patient's record shows the joints the splint fits affected on one side only, that side is
 * the obvious one and is chosen; with both sides affected (or none recorded) the therapist
 * still chooses, because two rigid splints at once, or the wrong hand, is a real harm.
 */
export function chooseTemplateSides(
  db: Database,
  content: TemplateContent,
  affected: readonly AffectedJoint[],
): TemplateContent {
  const open = content.orthoses.filter((o) => o.side === null).map((o) => o.catalogueId);
  if (open.length === 0) return content;
  const fits = new Map(
    findCatalogueItems(db, open).flatMap((i) =>
      i.content.kind === 'orthosis' ? [[i.id, new Set<string>(i.content.fitsJoints)] as const] : [],
    ),
  );
  return {
    ...content,
    orthoses: content.orthoses.map((o) => {
      const families = fits.get(o.catalogueId);
      if (o.side !== null || !families) return o;
      const sides = new Set(
        affected.filter((j) => families.has(jointById(j.joint).family)).map((j) => j.side),
      );
      const [only] = sides;
      return sides.size === 1 && only ? { ...o, side: only } : o;
    }),
  };
}

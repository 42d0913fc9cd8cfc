import { createHash } from 'node:crypto';
import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import type {
  HandoutExport,
  HandoutFile,
  StoredHandoutOptions,
} from '../../shared/domain/handout.ts';
import type { FrozenPlan, PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { foldForSearch } from '../../shared/text/fold.ts';
import * as exportsRepo from '../db/repositories/handout-exports.ts';
import * as plans from '../db/repositories/plans.ts';
import { getSettings } from '../db/repositories/settings.ts';
import { CURRENT_FONT_SET } from '../handout/fonts.ts';
import { currentSafety } from '../plans/safety.ts';
import { CURRENT_LAYOUT, type HandoutOptions } from '../handout/options.ts';
import { HandoutTextError } from '../handout/text-check.ts';
import { HandoutLanguageError } from '../handout/messages/printable.ts';
import { notFound, type ApiContext } from './context.ts';

type HandoutMethods = Pick<AppApi, 'handouts.create' | 'handouts.list' | 'handouts.reprint'>;

function toRenderOptions(o: StoredHandoutOptions): HandoutOptions {
  return {
    paper: o.paper,
    largePrint: o.largePrint,
    wearLog: o.wearLog,
    redMarkMinutes: o.redMarkMinutes,
    fontSet: o.fontSet ?? 'atkinson-1',
    layout: o.layout ?? 1,
    ...(o.sheet === undefined ? {} : { sheet: o.sheet }),
    ...(o.language === undefined ? {} : { language: o.language }),
    ...(o.safety === undefined ? {} : { safety: o.safety }),
    clinic: {
      name: o.clinic.name,
      address: o.clinic.address,
      phone: o.clinic.phone,
      logo: o.clinic.logoBase64 === null ? null : Buffer.from(o.clinic.logoBase64, 'base64'),
    },
  };
}

/** "handout-garcia-jose-v2-2026-03-14.pdf": safe on every file system. */
function fileNameFor(snapshot: PlanSnapshot): string {
  const slug = foldForSearch(`${snapshot.patient.familyName} ${snapshot.patient.givenName}`)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `handout-${slug || 'patient'}-v${snapshot.plan.version}-${snapshot.plan.content.planDate}.pdf`;
}

export function handoutMethods(ctx: ApiContext): HandoutMethods {
  const { db } = ctx;

  function snapshotOf(planId: string): FrozenPlan {
    const stored = plans.findSnapshot(db, planId);
    if (!stored) {
      if (!plans.findPlan(db, planId)) throw notFound('plan');
      throw new AppError(
        'conflict',
        'Finalise the plan first: a handout is made from a finalised plan.',
      );
    }
    return stored;
  }

  async function render(
    frozen: FrozenPlan,
    options: StoredHandoutOptions,
  ): Promise<{ pdf: Buffer; sha256: string }> {
    try {
      const pdf = await ctx.renderHandout(frozen, toRenderOptions(options));
      return { pdf, sha256: createHash('sha256').update(pdf).digest('hex') };
    } catch (error) {
      if (error instanceof HandoutTextError || error instanceof HandoutLanguageError)
        throw new AppError('invalid-input', error.message);
      throw error;
    }
  }

  const fileOf = (e: HandoutExport, snapshot: PlanSnapshot, pdf: Buffer): HandoutFile => ({
    ...e,
    fileName: fileNameFor(snapshot),
    pdfBase64: pdf.toString('base64'),
  });

  return {
    'handouts.create': async ({ planId, paper, largePrint, wearLog, sheet, language }) => {
      const frozen = snapshotOf(planId);
      const settings = getSettings(db);
      // Recorded with the handout, so a reprint is in the same language.
      const words = language ?? settings.handoutLanguage;
      const options: StoredHandoutOptions = {
        paper: paper ?? settings.paperSize,
        // The one-page sheet is always large print and never has a wear log.
        largePrint: sheet === 'one-page' || (largePrint ?? settings.printSize === 'large'),
        wearLog: sheet === 'one-page' ? false : wearLog,
        ...(sheet === 'one-page' ? { sheet } : {}),
        redMarkMinutes: settings.redMarkMinutes,
        fontSet: CURRENT_FONT_SET,
        layout: CURRENT_LAYOUT,
        language: words,
        // Every new handout has the "Get help quickly" box: from the snapshot when it was
        // frozen with one, else from Settings now, stored so a reprint says the same.
        ...(frozen.snapshot.safety ? {} : { safety: currentSafety(db) }),
        clinic: {
          name: settings.clinicName,
          address: settings.clinicAddress,
          phone: settings.clinicPhone ?? '',
          logoBase64: settings.logo?.dataBase64 ?? null,
        },
      };
      const { pdf, sha256 } = await render(frozen, options);
      const id = ctx.newId();
      exportsRepo.insertHandoutExport(db, { id, planId, options, sha256 }, ctx.now());
      const saved = exportsRepo.findHandoutExport(db, id);
      if (!saved) throw notFound('handout');
      const { options: _stored, ...summary } = saved;
      return fileOf(summary, frozen.snapshot, pdf);
    },

    'handouts.list': ({ planId }) => exportsRepo.listHandoutExports(db, planId),

    'handouts.reprint': async ({ id }) => {
      const saved = exportsRepo.findHandoutExport(db, id);
      if (!saved) throw notFound('handout');
      const frozen = snapshotOf(saved.planId);
      const { pdf, sha256 } = await render(frozen, saved.options);
      if (sha256 !== saved.sha256) {
        // Never hand over something different while calling it a reprint.
        throw new AppError(
          'internal',
          'This handout could not be reproduced exactly, so it was not reprinted.',
        );
      }
      const { options: _stored, ...summary } = saved;
      return fileOf(summary, frozen.snapshot, pdf);
    },
  };
}

import type { AppApi } from '../../shared/api.ts';
import { planMarkers, progressCharts } from '../../shared/domain/progress.ts';
import { foldForSearch } from '../../shared/text/fold.ts';
import * as plans from '../db/repositories/plans.ts';
import * as sessions from '../db/repositories/sessions.ts';
import { getSettings } from '../db/repositories/settings.ts';
import { renderProgressPdf } from '../progress-pdf/render.ts';
import { type ApiContext, mustFindPatient } from './context.ts';

type ProgressMethods = Pick<AppApi, 'progress.pdf'>;

/** The one-page "Progress" PDF, from the patient's recorded visits and plan versions. */
export function progressMethods(ctx: ApiContext): ProgressMethods {
  const { db } = ctx;
  return {
    'progress.pdf': async ({ patientId, audience }) => {
      const patient = mustFindPatient(ctx, patientId);
      const settings = getSettings(db);
      const today = ctx.today();
      const pdf = await renderProgressPdf({
        patientName: `${patient.givenName} ${patient.familyName}`,
        dateOfBirth: patient.dateOfBirth,
        audience,
        clinicName: settings.clinicName,
        paper: settings.paperSize,
        printedOn: today,
        charts: progressCharts(sessions.listSessionsForPatient(db, patientId)),
        markers: planMarkers(plans.listPlansForPatient(db, patientId)),
      });
      const slug = foldForSearch(`${patient.familyName} ${patient.givenName}`)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60);
      return {
        fileName: `progress-${slug || 'patient'}-${today}.pdf`,
        pdfBase64: pdf.toString('base64'),
      };
    },
  };
}

import { useMemo, useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { toast } from 'sonner';
import type { ProgressPdf } from '../../../../shared/domain/progress.ts';
import { base64ToBytes, downloadPdf, printPdf } from '../../lib/download.ts';
import { PdfPreview } from '../handouts/PdfPreview.tsx';
import { useProgressPdf } from './queries.ts';
import { useIntl } from 'react-intl';

type Audience = 'patient' | 'doctor';

/** The one-page "Progress" PDF, worded for the patient or the referring doctor. */
export function ProgressPdfPanel({ patientId }: { patientId: string }) {
  const intl = useIntl();
  const make = useProgressPdf();
  const [audience, setAudience] = useState<Audience>('patient');
  const [file, setFile] = useState<ProgressPdf | null>(null);
  const pdf = useMemo(() => (file ? base64ToBytes(file.pdfBase64) : null), [file]);
  return (
    <div className="progress-pdf">
      <div className="handout-options">
        <RadioGroup
          className="field radio-group"
          orientation="horizontal"
          value={audience}
          onChange={(v) => setAudience(v as Audience)}
        >
          <Label className="field-label">
            {intl.formatMessage({
              id: 'progress.progressPdfPanel.progressPdfFor',
              defaultMessage: 'Progress PDF for',
            })}
          </Label>
          <div className="radio-options">
            <Radio value="patient" className="radio">
              <span className="radio-dot" aria-hidden="true" />

              {intl.formatMessage({
                id: 'progress.progressPdfPanel.thePatient',
                defaultMessage: 'The patient',
              })}
            </Radio>
            <Radio value="doctor" className="radio">
              <span className="radio-dot" aria-hidden="true" />

              {intl.formatMessage({
                id: 'progress.progressPdfPanel.theReferringDoctor',
                defaultMessage: 'The referring doctor',
              })}
            </Radio>
          </div>
        </RadioGroup>
        <Button
          className="button"
          isPending={make.isPending}
          onPress={() =>
            make.mutate(
              { patientId, audience },
              { onSuccess: setFile, onError: (e) => toast.error(e.message) },
            )
          }
        >
          {intl.formatMessage({
            id: 'progress.progressPdfPanel.makeProgressPdf',
            defaultMessage: 'Make progress PDF',
          })}
        </Button>
      </div>
      {file && pdf && (
        <div className="handout-result">
          <div className="handout-actions">
            <Button className="button primary" onPress={() => downloadPdf(file.fileName, pdf)}>
              {intl.formatMessage({
                id: 'progress.progressPdfPanel.saveProgressPdf',
                defaultMessage: 'Save progress PDF…',
              })}
            </Button>
            <Button className="button" onPress={() => printPdf(pdf)}>
              {intl.formatMessage({
                id: 'progress.progressPdfPanel.printProgress',
                defaultMessage: 'Print progress…',
              })}
            </Button>
          </div>
          <PdfPreview
            pdf={pdf}
            label={intl.formatMessage({
              id: 'progress.progressPdfPanel.progressPdfPreview',
              defaultMessage: 'Progress PDF preview',
            })}
          />
        </div>
      )}
    </div>
  );
}

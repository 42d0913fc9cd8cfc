import { lazy, Suspense, useMemo, useState } from 'react';
import { Button, Checkbox, Label, Radio, RadioGroup, Select } from 'react-aria-components';
import { Link } from 'react-router';
import { toast } from 'sonner';
import type { handoutOptionsLine, HandoutFile } from '../../../../shared/domain/handout.ts';
import type { PaperSize } from '../../../../shared/domain/settings.ts';
import { useSettings } from '../settings/queries.ts';
import { usePatient } from '../patients/queries.ts';
import { base64ToBytes, downloadPdf, printPdf } from '../../lib/download.ts';
import { useCreateHandout, useHandoutList, useReprintHandout } from './queries.ts';
import { formatDateTime } from '../../../../shared/domain/dates.ts';
import './handouts.css';
import {
  HANDOUT_LANGUAGE_LIST,
  handoutLanguageName,
  type HandoutLanguageTag,
} from '../../../../shared/domain/handout-languages.ts';
import { SelectParts } from '../../components/SelectParts.tsx';
import { useIntl, type IntlShape } from 'react-intl';

/** "A4, large print, wear log": the options a handout was made with, as a list in the app's language. */
function optionsLine(
  intl: IntlShape,
  o: Parameters<typeof handoutOptionsLine>[0] & { language?: string },
): string {
  return intl.formatList(
    [
      // English handouts say nothing of their language, as before languages existed.
      ...(o.language && o.language !== 'en' ? [handoutLanguageName(o.language)] : []),
      ...(o.sheet === 'one-page'
        ? [
            intl.formatMessage({
              id: 'handouts.options.onePage',
              defaultMessage: 'My plan on a page',
            }),
          ]
        : []),
      o.paper,
      o.largePrint
        ? intl.formatMessage({ id: 'handouts.options.largePrint', defaultMessage: 'large print' })
        : intl.formatMessage({
            id: 'handouts.options.standardPrint',
            defaultMessage: 'standard print',
          }),
      ...(o.wearLog
        ? [intl.formatMessage({ id: 'handouts.options.wearLog', defaultMessage: 'wear log' })]
        : []),
    ],
    { type: 'unit' },
  );
}

/** The languages a handout can be printed in today, each by its own name. */
const LANGUAGE_OPTIONS = HANDOUT_LANGUAGE_LIST.filter((l) => l.printable).map((l) => ({
  value: l.tag,
  label: l.name,
}));

// pdf.js is a third of the window's code: loaded when a handout is first shown, not at start.
const PdfPreview = lazy(() => import('./PdfPreview.tsx').then((m) => ({ default: m.PdfPreview })));

/** Make the patient's handout from this frozen plan, look at it, save it; or reprint one given before. */
export function HandoutPanel({ planId, patientId }: { planId: string; patientId: string }) {
  const intl = useIntl();
  const settings = useSettings();
  const patient = usePatient(patientId);
  const history = useHandoutList(planId);
  const create = useCreateHandout();
  const reprint = useReprintHandout();
  const [paper, setPaper] = useState<PaperSize | null>(null);
  const [largePrint, setLargePrint] = useState<boolean | null>(null);
  const [wearLog, setWearLog] = useState(false);
  const [language, setLanguage] = useState<HandoutLanguageTag | null>(null);
  // A handout in another language prints the therapist's own text as written: said, and agreed.
  const [mixedAgreed, setMixedAgreed] = useState(false);
  const [file, setFile] = useState<HandoutFile | null>(null);
  const pdf = useMemo(() => (file ? base64ToBytes(file.pdfBase64) : null), [file]);
  const chosenPaper = paper ?? settings.data?.paperSize ?? 'A4';
  const chosenLarge = largePrint ?? settings.data?.printSize === 'large';
  // The patient's own handout language, else the clinic's, until the therapist chooses.
  const chosenLanguage =
    language ?? patient.data?.handoutLanguage ?? settings.data?.handoutLanguage ?? 'en';
  const onError = (e: Error) => toast.error(e.message);
  const [reprinted, setReprinted] = useState(false);
  /** A reprint shows, and sets the choices to, the options the handout was made with. */
  const showReprint = (made: HandoutFile) => {
    setPaper(made.paper);
    setLargePrint(made.largePrint);
    setWearLog(made.wearLog);
    setLanguage(made.language as HandoutLanguageTag);
    setReprinted(true);
    setFile(made);
  };
  const showNew = (made: HandoutFile) => {
    setReprinted(false);
    setFile(made);
  };

  return (
    <section className="plan-section handout-panel" aria-labelledby="handout-heading">
      <h2 id="handout-heading">
        {intl.formatMessage({
          id: 'handouts.handoutPanel.patientHandout',
          defaultMessage: 'Patient handout',
        })}
      </h2>
      {settings.isSuccess && settings.data.clinicName.trim() === '' && (
        <p className="notice">
          {intl.formatMessage({
            id: 'handouts.handoutPanel.theHandoutHasNo',
            defaultMessage: 'The handout has no clinic name, address or phone yet. Add them in',
          })}{' '}
          <Link to="/settings">
            {intl.formatMessage({
              id: 'handouts.handoutPanel.settings',
              defaultMessage: 'Settings',
            })}
          </Link>
          .
        </p>
      )}
      <div className="handout-options">
        <RadioGroup
          className="field radio-group"
          orientation="horizontal"
          value={chosenPaper}
          onChange={(v) => setPaper(v as PaperSize)}
        >
          <Label className="field-label">
            {intl.formatMessage({ id: 'handouts.handoutPanel.paper', defaultMessage: 'Paper' })}
          </Label>
          <div className="radio-options">
            {(['A4', 'Letter'] as const).map((p) => (
              <Radio key={p} value={p} className="radio">
                <span className="radio-dot" aria-hidden="true" />
                {p === 'A4'
                  ? intl.formatMessage({ id: 'handouts.handoutPanel.a4', defaultMessage: 'A4' })
                  : intl.formatMessage({
                      id: 'handouts.handoutPanel.usLetter',
                      defaultMessage: 'US Letter',
                    })}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <Select
          className="field select-field"
          selectedKey={chosenLanguage}
          onSelectionChange={(key) => setLanguage(key as HandoutLanguageTag)}
        >
          <Label className="field-label">
            {intl.formatMessage({
              id: 'handouts.handoutPanel.handoutLanguage',
              defaultMessage: 'Handout language',
            })}
          </Label>
          <SelectParts options={LANGUAGE_OPTIONS} />
        </Select>
        {chosenLanguage !== 'en' && (
          <Checkbox
            className="checkbox"
            isSelected={mixedAgreed}
            onChange={setMixedAgreed}
            aria-describedby="mixed-language-note"
          >
            <span className="checkbox-box" aria-hidden="true" />
            {intl.formatMessage({
              id: 'handouts.handoutPanel.printOwnTextAsWritten',
              defaultMessage: 'Print my catalogue items and this plan’s text as written',
            })}
          </Checkbox>
        )}
        {chosenLanguage !== 'en' && (
          <p id="mixed-language-note" className="field-description">
            {intl.formatMessage(
              {
                id: 'handouts.handoutPanel.mixedLanguageNote',
                defaultMessage:
                  'The handout’s own words (headings, schedules, warnings, the wear log) print in {language}. Splints, equipment, principles, goals and your notes print as they are written in the catalogue and the plan, usually English: translations of them are not printed yet.',
              },
              { language: handoutLanguageName(chosenLanguage) },
            )}
          </p>
        )}
        <Checkbox className="checkbox" isSelected={chosenLarge} onChange={setLargePrint}>
          <span className="checkbox-box" aria-hidden="true" />

          {intl.formatMessage({
            id: 'handouts.handoutPanel.largePrint18Pt',
            defaultMessage: 'Large print (18 pt)',
          })}
        </Checkbox>
        <Checkbox className="checkbox" isSelected={wearLog} onChange={setWearLog}>
          <span className="checkbox-box" aria-hidden="true" />

          {intl.formatMessage({
            id: 'handouts.handoutPanel.addAWeeklyWear',
            defaultMessage: 'Add a weekly wear log',
          })}
        </Checkbox>
        <Button
          className="button primary"
          isPending={create.isPending}
          isDisabled={chosenLanguage !== 'en' && !mixedAgreed}
          onPress={() =>
            create.mutate(
              {
                planId,
                paper: chosenPaper,
                largePrint: chosenLarge,
                wearLog,
                sheet: 'full',
                language: chosenLanguage,
              },
              { onSuccess: showNew, onError },
            )
          }
        >
          {intl.formatMessage({
            id: 'handouts.handoutPanel.makeHandout',
            defaultMessage: 'Make handout',
          })}
        </Button>
        <Button
          className="button"
          isPending={create.isPending}
          isDisabled={chosenLanguage !== 'en' && !mixedAgreed}
          aria-describedby="one-page-hint"
          onPress={() =>
            create.mutate(
              {
                planId,
                paper: chosenPaper,
                largePrint: true,
                wearLog: false,
                sheet: 'one-page',
                language: chosenLanguage,
              },
              { onSuccess: showNew, onError },
            )
          }
        >
          {intl.formatMessage({
            id: 'handouts.handoutPanel.makeMyPlanOn',
            defaultMessage: 'Make “My plan on a page”',
          })}
        </Button>
        <p id="one-page-hint" className="muted">
          {intl.formatMessage({
            id: 'handouts.handoutPanel.oneLargePrintPage',
            defaultMessage:
              'One large-print page for the fridge door: today’s splint times, the rest rule, three tips and the clinic’s phone number.',
          })}
        </p>
      </div>
      {file && pdf && (
        <div className="handout-result">
          <p className="handout-made-with" role="status">
            {reprinted
              ? intl.formatMessage(
                  {
                    id: 'handouts.handoutPanel.reprintOfTheHandout',
                    defaultMessage: 'Reprint of the handout given {value}, exactly as it was made:',
                  },
                  { value: formatDateTime(file.createdAt, intl.locale) },
                ) + ' '
              : intl.formatMessage({
                  id: 'handouts.handoutPanel.madeWith',
                  defaultMessage: 'Made with:',
                }) + ' '}
            {optionsLine(intl, file)}.
          </p>
          <div className="handout-actions">
            <Button className="button primary" onPress={() => downloadPdf(file.fileName, pdf)}>
              {intl.formatMessage({
                id: 'handouts.handoutPanel.savePdf',
                defaultMessage: 'Save PDF…',
              })}
            </Button>
            <Button className="button" onPress={() => printPdf(pdf)}>
              {intl.formatMessage({ id: 'handouts.handoutPanel.print', defaultMessage: 'Print…' })}
            </Button>
            <details className="fingerprint-details">
              <summary>
                {intl.formatMessage({
                  id: 'handouts.handoutPanel.details',
                  defaultMessage: 'Details',
                })}
              </summary>
              <p className="muted sha">
                {file.fileName}{' '}
                {intl.formatMessage({
                  id: 'handouts.handoutPanel.fingerprintSha256',
                  defaultMessage: '· fingerprint (SHA-256)',
                })}{' '}
                {file.sha256}
              </p>
            </details>
          </div>
          <Suspense
            fallback={
              <p className="muted">
                {intl.formatMessage({
                  id: 'handouts.handoutPanel.loadingThePreview',
                  defaultMessage: 'Loading the preview…',
                })}
              </p>
            }
          >
            <PdfPreview
              pdf={pdf}
              label={intl.formatMessage({
                id: 'handouts.handoutPanel.handoutPreview',
                defaultMessage: 'Handout preview',
              })}
            />
          </Suspense>
        </div>
      )}
      {(history.data ?? []).length > 0 && (
        <>
          <h3>
            {intl.formatMessage({
              id: 'handouts.handoutPanel.handoutsGiven',
              defaultMessage: 'Handouts given',
            })}
          </h3>
          <ul className="plan-list">
            {(history.data ?? []).map((h) => (
              <li key={h.id}>
                <span>
                  {formatDateTime(h.createdAt, intl.locale)} · {optionsLine(intl, h)}
                </span>
                <Button
                  className="button small"
                  aria-label={intl.formatMessage(
                    {
                      id: 'handouts.handoutPanel.reprintTheHandoutOf',
                      defaultMessage: 'Reprint the handout of {value}',
                    },
                    { value: formatDateTime(h.createdAt, intl.locale) },
                  )}
                  onPress={() => reprint.mutate(h.id, { onSuccess: showReprint, onError })}
                >
                  {intl.formatMessage({
                    id: 'handouts.handoutPanel.reprint',
                    defaultMessage: 'Reprint',
                  })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import {
  BODY_REGION_LABELS,
  BODY_REGIONS,
  DAILY_ACTIVITY_LABELS,
  ENERGY_P_LABELS,
  type CatalogueContent,
} from '../../../../shared/domain/catalogue.ts';
import {
  describePattern,
  SCHEDULE_STAGES,
  type WearingSchedule,
} from '../../../../shared/domain/schedule.ts';
import type { Photo } from '../../../../shared/domain/photo.ts';
import { jointFamiliesInWords, minutes, ORTHOSIS_TYPE_LABELS } from './labels.ts';
import { useIntl } from 'react-intl';
import { WEARING_PATTERN_MESSAGES } from '../../lib/domain-messages.ts';

function Facts({ rows, className = 'facts' }: { rows: [string, ReactNode][]; className?: string }) {
  return (
    <dl className={className}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="detail-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Lines({ lines, none }: { lines: readonly string[]; none: string }) {
  if (lines.length === 0) return <p className="muted">{none}</p>;
  return (
    <ul className="detail-lines">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

const STAGE_TITLES = { flare: 'In a flare', stable: 'When stable' } as const;

function ScheduleTable({ schedule }: { schedule: WearingSchedule }) {
  const intl = useIntl();
  const rows = [
    ['Usually', schedule.usual] as const,
    ...SCHEDULE_STAGES.flatMap((stage) => {
      const pattern = schedule[stage];
      return pattern ? [[STAGE_TITLES[stage], pattern] as const] : [];
    }),
  ];
  return (
    <table className="schedule-table">
      <thead>
        <tr>
          <th scope="col">
            {intl.formatMessage({
              id: 'catalogue.itemContentDetails.when',
              defaultMessage: 'When',
            })}
          </th>
          <th scope="col">
            {intl.formatMessage({
              id: 'catalogue.itemContentDetails.pattern',
              defaultMessage: 'Pattern',
            })}
          </th>
          <th scope="col">
            {intl.formatMessage({
              id: 'catalogue.itemContentDetails.whatTheHandoutSays',
              defaultMessage: 'What the handout says',
            })}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([when, pattern]) => (
          <tr key={when}>
            <th scope="row">{when}</th>
            <td>{intl.formatMessage(WEARING_PATTERN_MESSAGES[pattern.type])}</td>
            <td>{describePattern(pattern)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The clinic's photo, as the handout prints it beside the item, with its description. */
function PhotoSection({ photo }: { photo: Photo }) {
  const intl = useIntl();
  return (
    <Section
      id="photo-heading"
      title={intl.formatMessage({
        id: 'catalogue.itemContentDetails.photo',
        defaultMessage: 'Photo',
      })}
    >
      <figure className="item-photo">
        <img src={`data:image/jpeg;base64,${photo.jpegBase64}`} alt={photo.description} />
        {/* The image is named by the same words: read them once. */}
        <figcaption aria-hidden="true">{photo.description}</figcaption>
      </figure>
    </Section>
  );
}

/** What an item says, laid out for reading; the wording is what patients will see. */
export function ItemContentDetails({ content }: { content: CatalogueContent }) {
  const intl = useIntl();
  switch (content.kind) {
    case 'orthosis':
      return (
        <>
          <Facts
            rows={[
              [
                intl.formatMessage({
                  id: 'catalogue.itemContentDetails.type',
                  defaultMessage: 'Type',
                }),
                ORTHOSIS_TYPE_LABELS[content.orthosisType],
              ],
              [
                intl.formatMessage({
                  id: 'catalogue.itemContentDetails.fits',
                  defaultMessage: 'Fits',
                }),
                jointFamiliesInWords(content.fitsJoints),
              ],
              [
                intl.formatMessage({
                  id: 'catalogue.itemContentDetails.hoursADayIn',
                  defaultMessage: 'Hours a day in total',
                }),
                content.defaultSchedule.hoursPerDay ??
                  intl.formatMessage({
                    id: 'catalogue.itemContentDetails.notSet',
                    defaultMessage: 'Not set',
                  }),
              ],
            ]}
          />
          <Section
            id="purpose-heading"
            title={intl.formatMessage({
              id: 'catalogue.itemContentDetails.whatItIsFor',
              defaultMessage: 'What it is for',
            })}
          >
            <p>{content.purpose}</p>
          </Section>
          <Section
            id="schedule-heading"
            title={intl.formatMessage({
              id: 'catalogue.itemContentDetails.usualWearingSchedule',
              defaultMessage: 'Usual wearing schedule',
            })}
          >
            <ScheduleTable schedule={content.defaultSchedule} />
          </Section>
          <Section
            id="care-heading"
            title={intl.formatMessage({
              id: 'catalogue.itemContentDetails.care',
              defaultMessage: 'Care',
            })}
          >
            <Lines
              lines={content.care}
              none={intl.formatMessage({
                id: 'catalogue.itemContentDetails.noCareInstructions',
                defaultMessage: 'No care instructions.',
              })}
            />
          </Section>
          <Section
            id="warning-heading"
            title={intl.formatMessage({
              id: 'catalogue.itemContentDetails.warningSigns',
              defaultMessage: 'Warning signs',
            })}
          >
            <Lines
              lines={content.warningSigns}
              none={intl.formatMessage({
                id: 'catalogue.itemContentDetails.noWarningSignsListed',
                defaultMessage: 'No warning signs listed.',
              })}
            />
          </Section>
          {content.photo && <PhotoSection photo={content.photo} />}
        </>
      );
    case 'equipment':
      return (
        <>
          <Facts
            rows={[
              [
                intl.formatMessage({
                  id: 'catalogue.itemContentDetails.dailyActivity',
                  defaultMessage: 'Daily activity',
                }),
                DAILY_ACTIVITY_LABELS[content.activity],
              ],
            ]}
          />
          <Section
            id="helps-heading"
            title={intl.formatMessage({
              id: 'catalogue.itemContentDetails.whatItHelpsWith',
              defaultMessage: 'What it helps with',
            })}
          >
            <p>{content.helpsWith}</p>
          </Section>
          <Section
            id="howto-heading"
            title={intl.formatMessage({
              id: 'catalogue.itemContentDetails.howToTip',
              defaultMessage: 'How-to tip',
            })}
          >
            <p>{content.howTo}</p>
          </Section>
          {content.photo && <PhotoSection photo={content.photo} />}
        </>
      );
    case 'principle': {
      const examples = BODY_REGIONS.filter((r) => content.examples[r]);
      return (
        <>
          <Section
            id="explanation-heading"
            title={intl.formatMessage({
              id: 'catalogue.itemContentDetails.explanation',
              defaultMessage: 'Explanation',
            })}
          >
            <p>{content.explanation}</p>
          </Section>
          <Section
            id="examples-heading"
            title={intl.formatMessage({
              id: 'catalogue.itemContentDetails.examplesByBodyRegion',
              defaultMessage: 'Examples by body region',
            })}
          >
            {examples.length === 0 ? (
              <p className="muted">
                {intl.formatMessage({
                  id: 'catalogue.itemContentDetails.noExamplesYet',
                  defaultMessage: 'No examples yet.',
                })}
              </p>
            ) : (
              <Facts
                className="examples-list"
                rows={examples.map((r) => [BODY_REGION_LABELS[r], content.examples[r]])}
              />
            )}
          </Section>
        </>
      );
    }
    case 'strategy':
      return (
        <>
          <Facts
            rows={[
              [
                intl.formatMessage({
                  id: 'catalogue.itemContentDetails.energyConservationP',
                  defaultMessage: 'Energy conservation “P”',
                }),
                ENERGY_P_LABELS[content.p],
              ],
            ]}
          />
          <Section
            id="explanation-heading"
            title={intl.formatMessage({
              id: 'catalogue.itemContentDetails.explanation',
              defaultMessage: 'Explanation',
            })}
          >
            <p>{content.explanation}</p>
          </Section>
        </>
      );
    case 'pacing':
      return (
        <>
          <Facts
            rows={[
              [
                intl.formatMessage({
                  id: 'catalogue.itemContentDetails.activity',
                  defaultMessage: 'Activity',
                }),
                minutes(content.activityMinutes),
              ],
              [
                intl.formatMessage({
                  id: 'catalogue.itemContentDetails.thenRest',
                  defaultMessage: 'Then rest',
                }),
                minutes(content.restMinutes),
              ],
            ]}
          />
          <Section
            id="description-heading"
            title={intl.formatMessage({
              id: 'catalogue.itemContentDetails.description',
              defaultMessage: 'Description',
            })}
          >
            <p>{content.description}</p>
          </Section>
        </>
      );
  }
}

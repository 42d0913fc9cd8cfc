import { Button } from 'react-aria-components';
import { toast } from 'sonner';
import type { CatalogueContent, CatalogueItem } from '../../../../shared/domain/catalogue.ts';
import { describePattern, SCHEDULE_STAGES } from '../../../../shared/domain/schedule.ts';
import { useSuggestionChoice } from './queries.ts';
import { useIntl } from 'react-intl';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  title: 'Title',
  purpose: 'What it is for',
  defaultSchedule: 'When to wear it',
  care: 'Care',
  warningSigns: 'Warning signs',
  helpsWith: 'What it helps with',
  howTo: 'How-to tip',
  explanation: 'Explanation',
  examples: 'Examples',
  description: 'Description',
};

/** A field's value as lines a therapist can read side by side. */
function linesOf(key: string, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.map(String);
  if (key === 'defaultSchedule') {
    const s = value as Extract<CatalogueContent, { kind: 'orthosis' }>['defaultSchedule'];
    const stages = SCHEDULE_STAGES.flatMap((st) => {
      const p = s[st];
      return p ? [`${st === 'flare' ? 'In a flare' : 'When settled'}: ${describePattern(p)}`] : [];
    });
    return [`Most days: ${describePattern(s.usual)}`, ...stages];
  }
  return Object.values(value as Record<string, string>);
}

/** The fields whose wording differs, with both versions. */
function changedFields(mine: CatalogueContent, offered: CatalogueContent) {
  const a = mine as Record<string, unknown>;
  const b = offered as Record<string, unknown>;
  return Object.keys(FIELD_LABELS).flatMap((key) =>
    JSON.stringify(a[key]) === JSON.stringify(b[key])
      ? []
      : [
          {
            key,
            label: FIELD_LABELS[key] ?? key,
            mine: linesOf(key, a[key]),
            offered: linesOf(key, b[key]),
          },
        ],
  );
}

/**
 * A newer, corrected version of a built-in item the clinic has edited: shown beside their
 * wording, taken only when they accept it (their edit is never replaced on its own).
 */
export function SuggestionPanel({ item }: { item: CatalogueItem }) {
  const intl = useIntl();
  const choose = useSuggestionChoice();
  const offered = item.suggestion;
  if (!offered) return null;
  const fields = changedFields(item.content, offered);
  const act = (accept: boolean) =>
    choose.mutate(
      { id: item.id, accept },
      {
        onSuccess: () =>
          toast.success(
            accept
              ? intl.formatMessage({
                  id: 'catalogue.suggestionPanel.correctedWordingAccepted',
                  defaultMessage: 'Corrected wording accepted',
                })
              : intl.formatMessage({
                  id: 'catalogue.suggestionPanel.keptYourWording',
                  defaultMessage: 'Kept your wording',
                }),
          ),
        onError: (e) => toast.error(e.message),
      },
    );
  return (
    <section className="suggestion-panel notice notice-info" aria-labelledby="suggestion-heading">
      <h2 id="suggestion-heading">
        {intl.formatMessage({
          id: 'catalogue.suggestionPanel.correctedWordingIsAvailable',
          defaultMessage: 'Corrected wording is available',
        })}
      </h2>
      <p>
        {intl.formatMessage({
          id: 'catalogue.suggestionPanel.jointplanNowShipsSafer',
          defaultMessage:
            'JointPlan now ships safer or clearer wording for this item. You edited it, so your wording stays until you choose. Plans already finalised keep the wording they were given.',
        })}
      </p>
      {fields.map((f) => (
        <div key={f.key} className="suggestion-field">
          <h3>{f.label}</h3>
          <div className="suggestion-columns">
            <div>
              <p className="eyebrow">
                {intl.formatMessage({
                  id: 'catalogue.suggestionPanel.yoursNow',
                  defaultMessage: 'Yours now',
                })}
              </p>
              <ul>
                {f.mine.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
            <div>
              <p className="eyebrow">
                {intl.formatMessage({
                  id: 'catalogue.suggestionPanel.suggested',
                  defaultMessage: 'Suggested',
                })}
              </p>
              <ul>
                {f.offered.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      ))}
      <div className="detail-actions">
        <Button className="button primary" onPress={() => act(true)} isPending={choose.isPending}>
          {intl.formatMessage({
            id: 'catalogue.suggestionPanel.acceptSuggestedWording',
            defaultMessage: 'Accept suggested wording',
          })}
        </Button>
        <Button className="button" onPress={() => act(false)} isDisabled={choose.isPending}>
          {intl.formatMessage({
            id: 'catalogue.suggestionPanel.dismissKeepMine',
            defaultMessage: 'Dismiss, keep mine',
          })}
        </Button>
      </div>
    </section>
  );
}

import { Button } from 'react-aria-components';
import { useIntl } from 'react-intl';
import type { ContentTranslation } from '../../../../../shared/domain/content-translation.ts';
import { formatDate } from '../../../../../shared/domain/dates.ts';

interface Props {
  translation: ContentTranslation | undefined;
  languageName: string;
  onMarkChecked(): void;
}

/** Where a translation stands: none yet, a draft, or checked by whom and when; and if out of date. */
export function TranslationStatus({ translation, languageName, onMarkChecked }: Props) {
  const intl = useIntl();
  if (!translation)
    return (
      <div className="translation-status">
        <p>
          {intl.formatMessage(
            {
              id: 'catalogue.translations.none',
              defaultMessage:
                'No {language} translation yet: a handout in that language would have to print this item in English.',
            },
            { language: languageName },
          )}
        </p>
      </div>
    );
  const { check, stale, missing } = translation;
  return (
    <div className="translation-status">
      <p>
        {check
          ? intl.formatMessage(
              {
                id: 'catalogue.translations.checked',
                defaultMessage: 'Checked by {name} on {date}.',
              },
              { name: check.checkedBy, date: formatDate(check.checkedOn, intl.locale) },
            )
          : intl.formatMessage(
              {
                id: 'catalogue.translations.draft',
                defaultMessage:
                  'Draft, not checked yet{shipped, select, true {: drafted by an AI assistant, to be checked} other {}}.',
              },
              { shipped: String(translation.writtenBy === 'shipped') },
            )}
      </p>
      {stale && (
        <p className="translation-stale">
          {intl.formatMessage({
            id: 'catalogue.translations.stale',
            defaultMessage: 'Out of date: the English changed',
          })}
        </p>
      )}
      {missing.length > 0 && (
        <p className="translation-stale">
          {intl.formatMessage(
            {
              id: 'catalogue.translations.missing',
              defaultMessage:
                '{count, plural, one {# text is} other {# texts are}} not translated yet',
            },
            { count: missing.length },
          )}
        </p>
      )}
      {(!check || stale) && (
        <Button className="button" onPress={onMarkChecked}>
          {intl.formatMessage({
            id: 'catalogue.translations.markChecked',
            defaultMessage: 'Mark as checked…',
          })}
        </Button>
      )}
    </div>
  );
}

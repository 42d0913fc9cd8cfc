import { useState } from 'react';
import { Label, Select } from 'react-aria-components';
import { useIntl } from 'react-intl';
import {
  TRANSLATION_LANGUAGE_NAMES,
  TRANSLATION_LANGUAGES,
  type SourceTexts,
  type TranslationLanguage,
  type TranslationOwner,
} from '../../../../../shared/domain/content-translation.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { SelectParts } from '../../../components/SelectParts.tsx';
import { TranslationPanel } from './TranslationPanel.tsx';
import { useTranslations } from './queries.ts';
import './translations.css';

interface Props {
  owner: TranslationOwner;
  ownerId: string;
  /** The English as saved now, by path: what each translation is checked against. */
  sources: SourceTexts;
}

/** An item's words in the handout languages: one language at a time, Spanish first. */
export function TranslationsSection({ owner, ownerId, sources }: Props) {
  const intl = useIntl();
  const [language, setLanguage] = useState<TranslationLanguage>('es');
  const query = useTranslations(owner, ownerId);
  const names = new Intl.DisplayNames([intl.locale], { type: 'language' });
  const options = TRANSLATION_LANGUAGES.map((tag) => ({
    value: tag,
    label: intl.formatMessage(
      { id: 'catalogue.translations.languageOption', defaultMessage: '{native} ({name})' },
      { native: TRANSLATION_LANGUAGE_NAMES[tag], name: names.of(tag) ?? tag },
    ),
  }));
  const translation = query.data?.find((t) => t.language === language);
  return (
    <section className="detail-section translations" aria-labelledby="translations-heading">
      <h2 id="translations-heading">
        {intl.formatMessage({
          id: 'catalogue.translations.heading',
          defaultMessage: 'Translations',
        })}
      </h2>
      <p className="muted">
        {intl.formatMessage({
          id: 'catalogue.translations.intro',
          defaultMessage:
            'The words a handout prints in the patient’s language. New words are a draft until a therapist who reads the language checks them.',
        })}
      </p>
      <Select
        className="field select-field"
        selectedKey={language}
        onSelectionChange={(key) => setLanguage(key as TranslationLanguage)}
      >
        <Label className="field-label">
          {intl.formatMessage({
            id: 'catalogue.translations.language',
            defaultMessage: 'Language',
          })}
        </Label>
        <SelectParts options={options} />
      </Select>
      {query.isSuccess ? (
        <TranslationPanel
          key={`${language} ${translation?.updatedAt ?? 'none'}`}
          owner={owner}
          ownerId={ownerId}
          language={language}
          languageName={options.find((o) => o.value === language)?.label ?? language}
          sources={sources}
          translation={translation}
        />
      ) : (
        <QueryState
          query={query}
          subject={intl.formatMessage({
            id: 'catalogue.translations.subject',
            defaultMessage: 'The translations',
          })}
        />
      )}
    </section>
  );
}

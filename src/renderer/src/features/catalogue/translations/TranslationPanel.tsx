import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import type {
  ContentTranslation,
  SourceTexts,
  TranslationLanguage,
  TranslationOwner,
} from '../../../../../shared/domain/content-translation.ts';
import { anyLine, PRINTED } from '../../../../../shared/domain/text-fields.ts';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { useSaveForm } from '../../../lib/useSaveForm.ts';
import { translationFieldLabel } from './field-labels.ts';
import { MarkCheckedDialog } from './MarkCheckedDialog.tsx';
import { useSaveTranslation } from './queries.ts';
import { TranslationStatus } from './TranslationStatus.tsx';

const formSchema = z.object({
  fields: z.array(z.object({ path: z.string(), text: anyLine('Translation', 1000, PRINTED) })),
});
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

interface Props {
  owner: TranslationOwner;
  ownerId: string;
  language: TranslationLanguage;
  languageName: string;
  sources: SourceTexts;
  translation: ContentTranslation | undefined;
}

/** One language's words for an item: where it stands, each text beside its English, Save. */
export function TranslationPanel(props: Props) {
  const { owner, ownerId, language, languageName, sources, translation } = props;
  const intl = useIntl();
  const save = useSaveTranslation();
  const [checking, setChecking] = useState(false);
  // The words open on demand: the item's page stays short, and its own fields keep their names.
  const [editing, setEditing] = useState(false);
  const paths = Object.keys(sources);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      fields: paths.map((path) => ({ path, text: translation?.fields[path]?.text ?? '' })),
    },
    mode: 'onTouched',
  });
  const { onSubmit } = useSaveForm(form, {
    fieldPrefix: 'texts',
    save: ({ fields }) =>
      save.mutateAsync({
        owner,
        ownerId,
        language,
        texts: Object.fromEntries(fields.filter((f) => f.text !== '').map((f) => [f.path, f.text])),
      }),
    savedMessage: () =>
      intl.formatMessage(
        {
          id: 'catalogue.translations.saved',
          defaultMessage: 'Saved the {language} translation, as a draft',
        },
        { language: languageName },
      ),
    onSaved: () => setEditing(false),
  });

  return (
    <div className="translation-panel">
      <TranslationStatus
        translation={translation}
        languageName={languageName}
        onMarkChecked={() => setChecking(true)}
      />
      {editing ? (
        <Form
          onSubmit={onSubmit}
          validationBehavior="aria"
          aria-label={intl.formatMessage(
            { id: 'catalogue.translations.formLabel', defaultMessage: '{language} translation' },
            { language: languageName },
          )}
        >
          <div className="translation-fields">
            {paths.map((path, i) => {
              const english = sources[path] ?? '';
              const stale = translation?.fields[path]?.stale === true;
              return (
                <TextFieldControl
                  key={path}
                  control={form.control}
                  name={`fields.${i}.text`}
                  label={translationFieldLabel(intl, path)}
                  description={intl.formatMessage(
                    {
                      id: 'catalogue.translations.english',
                      defaultMessage:
                        '{stale, select, true {Out of date: the English changed. } other {}}English: {english}',
                    },
                    { english, stale: String(stale) },
                  )}
                  multiline={english.length > 90}
                />
              );
            })}
          </div>
          <div className="form-actions">
            <Button type="submit" className="button primary" isPending={save.isPending}>
              {intl.formatMessage({
                id: 'catalogue.translations.save',
                defaultMessage: 'Save translation',
              })}
            </Button>
            <Button className="button" onPress={() => setEditing(false)}>
              {intl.formatMessage({
                id: 'catalogue.translations.closeEditor',
                defaultMessage: 'Cancel',
              })}
            </Button>
          </div>
        </Form>
      ) : (
        <Button className="button" onPress={() => setEditing(true)}>
          {translation
            ? intl.formatMessage({
                id: 'catalogue.translations.change',
                defaultMessage: 'Change the translation',
              })
            : intl.formatMessage({
                id: 'catalogue.translations.add',
                defaultMessage: 'Add a translation',
              })}
        </Button>
      )}
      {checking && translation && (
        <MarkCheckedDialog
          translation={translation}
          languageName={languageName}
          onClose={() => setChecking(false)}
        />
      )}
    </div>
  );
}

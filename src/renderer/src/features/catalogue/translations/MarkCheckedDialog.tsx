import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  checkedBySchema,
  type ContentTranslation,
} from '../../../../../shared/domain/content-translation.ts';
import { DialogFrame } from '../../../components/DialogFrame.tsx';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { useSettings } from '../../settings/queries.ts';
import { useMarkTranslationChecked } from './queries.ts';

const schema = z.strictObject({ checkedBy: checkedBySchema });
type CheckInput = z.input<typeof schema>;
type Check = z.output<typeof schema>;

interface Props {
  translation: ContentTranslation;
  languageName: string;
  onClose(): void;
}

/** Records who checked a translation (today), against the English as it reads now. */
export function MarkCheckedDialog({ translation, languageName, onClose }: Props) {
  const intl = useIntl();
  const settings = useSettings();
  const mark = useMarkTranslationChecked();
  const form = useForm<CheckInput, unknown, Check>({
    resolver: zodResolver(schema),
    defaultValues: { checkedBy: settings.data?.therapistName ?? '' },
    mode: 'onTouched',
  });
  const save = ({ checkedBy }: Check) =>
    mark.mutate(
      {
        owner: translation.owner,
        ownerId: translation.ownerId,
        language: translation.language,
        checkedBy,
      },
      {
        onSuccess: () => {
          toast.success(
            intl.formatMessage(
              {
                id: 'catalogue.translations.markedChecked',
                defaultMessage: 'The {language} translation is marked as checked',
              },
              { language: languageName },
            ),
          );
          onClose();
        },
        onError: (e) => toast.error(e.message),
      },
    );
  return (
    <DialogFrame
      isOpen
      title={intl.formatMessage(
        {
          id: 'catalogue.translations.checkTitle',
          defaultMessage: 'Mark the {language} translation as checked',
        },
        { language: languageName },
      )}
      onClose={onClose}
    >
      <Form
        onSubmit={(e) => void form.handleSubmit(save)(e)}
        validationBehavior="aria"
        aria-label={intl.formatMessage({
          id: 'catalogue.translations.checkForm',
          defaultMessage: 'Who checked it',
        })}
      >
        <p>
          {intl.formatMessage({
            id: 'catalogue.translations.checkExplain',
            defaultMessage:
              'Only mark it as checked once someone who reads the language well has compared every text with the English as it reads now. Today’s date is recorded with the name.',
          })}
        </p>
        <TextFieldControl
          control={form.control}
          name="checkedBy"
          label={intl.formatMessage({
            id: 'catalogue.translations.checkedBy',
            defaultMessage: 'Checked by',
          })}
          isRequired
        />
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {intl.formatMessage({ id: 'catalogue.translations.cancel', defaultMessage: 'Cancel' })}
          </Button>
          <Button type="submit" className="button primary" isPending={mark.isPending}>
            {intl.formatMessage({
              id: 'catalogue.translations.confirmCheck',
              defaultMessage: 'Mark as checked',
            })}
          </Button>
        </div>
      </Form>
    </DialogFrame>
  );
}

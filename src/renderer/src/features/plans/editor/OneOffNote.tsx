import { Button } from 'react-aria-components';
import { toast } from 'sonner';
import { catalogueItemName, type CatalogueItem } from '../../../../../shared/domain/catalogue.ts';
import { useKeepOneOff } from '../../catalogue/queries.ts';
import { useIntl } from 'react-intl';

/** Under a one-off item in the plan: says it is for this plan only, and offers to keep it. */
export function OneOffNote({ item }: { item: CatalogueItem | undefined }) {
  const intl = useIntl();
  const keep = useKeepOneOff();
  if (!item?.oneOff) return null;
  const name = catalogueItemName(item.content);
  return (
    <p className="one-off-note">
      <span className="badge">
        {intl.formatMessage({ id: 'plans.editor.oneOffNote.oneOff', defaultMessage: 'One-off' })}
      </span>{' '}
      {intl.formatMessage({
        id: 'plans.editor.oneOffNote.writtenForThisPlan',
        defaultMessage: 'Written for this plan only.',
      })}{' '}
      <Button
        className="button small"
        isPending={keep.isPending}
        onPress={() =>
          keep.mutate(item.id, {
            onSuccess: () =>
              toast.success(
                intl.formatMessage(
                  {
                    id: 'plans.editor.oneOffNote.savedToTheCatalogue',
                    defaultMessage: '{name} saved to the catalogue',
                  },
                  { name },
                ),
              ),
            onError: (e) => toast.error(e.message),
          })
        }
      >
        {intl.formatMessage({ id: 'plans.editor.oneOffNote.save', defaultMessage: 'Save' })} {name}{' '}
        {intl.formatMessage({
          id: 'plans.editor.oneOffNote.toTheCatalogue',
          defaultMessage: 'to the catalogue',
        })}
      </Button>
    </p>
  );
}

import { Button } from 'react-aria-components';
import { toast } from 'sonner';
import { catalogueItemName, type CatalogueItem } from '../../../../../shared/domain/catalogue.ts';
import { useKeepOneOff } from '../../catalogue/queries.ts';

/** Under a one-off item in the plan: says it is for this plan only, and offers to keep it. */
export function OneOffNote({ item }: { item: CatalogueItem | undefined }) {
  const keep = useKeepOneOff();
  if (!item?.oneOff) return null;
  const name = catalogueItemName(item.content);
  return (
    <p className="one-off-note">
      <span className="badge">One-off</span> Written for this plan only.{' '}
      <Button
        className="button small"
        isPending={keep.isPending}
        onPress={() =>
          keep.mutate(item.id, {
            onSuccess: () => toast.success(`${name} saved to the catalogue`),
            onError: (e) => toast.error(e.message),
          })
        }
      >
        Save {name} to the catalogue
      </Button>
    </p>
  );
}

import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { CATALOGUE_KIND_LABELS, catalogueItemName } from '../../../../shared/domain/catalogue.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ItemContentDetails } from './ItemContentDetails.tsx';
import { ItemIcon } from './ItemIcon.tsx';
import { useCatalogueItem, useRetireCatalogueItem } from './queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { SuggestionPanel } from './SuggestionPanel.tsx';

/** One catalogue item: what it says, where it came from, and Edit / Retire / Restore. */
export function CatalogueItemPage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const query = useCatalogueItem(id);
  const retire = useRetireCatalogueItem();
  const [confirmRetire, setConfirmRetire] = useState(false);

  if (!query.isSuccess) return <QueryState query={query} subject="This item" />;
  const item = query.data;
  const name = catalogueItemName(item.content);
  const retired = item.retiredAt !== null;

  const setRetired = (value: boolean) =>
    retire.mutate(
      { id, retire: value },
      {
        onSuccess: () => toast.success(value ? `${name} retired` : `${name} restored`),
        onError: (e) => toast.error(e.message),
      },
    );

  return (
    <article className="catalogue-detail" aria-labelledby="item-heading">
      <header className="detail-header">
        <div className="item-title">
          <ItemIcon name={item.content.icon} size="large" />
          <div>
            <p className="eyebrow">
              {CATALOGUE_KIND_LABELS[item.content.kind]}
              {' · '}
              {item.fromSeed ? 'Built in' : 'Added here'}
            </p>
            <h1 id="item-heading">
              {name}
              {retired && <span className="badge">Retired</span>}
            </h1>
          </div>
        </div>
        <div className="detail-actions">
          <Button className="button primary" onPress={() => void navigate(`/catalogue/${id}/edit`)}>
            Edit
          </Button>
          {retired ? (
            <Button
              className="button"
              onPress={() => setRetired(false)}
              isPending={retire.isPending}
            >
              Restore
            </Button>
          ) : (
            <Button className="button" onPress={() => setConfirmRetire(true)}>
              Retire…
            </Button>
          )}
        </div>
      </header>
      {retired && (
        <p className="notice">
          Retired on {formatDate(item.retiredAt?.slice(0, 10) ?? '')}. It is hidden from the
          catalogue and cannot be added to new plans; plans that already use it keep it. Restore it
          to offer it again.
        </p>
      )}
      {item.fromSeed && item.edited && (
        <p className="notice">
          Edited here: updates to the app’s built-in catalogue will not replace your wording.
        </p>
      )}
      <SuggestionPanel item={item} />
      <p className="other-names">
        <strong>Other names: </strong>
        {item.synonyms.length > 0 ? item.synonyms.join(', ') : 'none (add some with Edit)'}
      </p>
      <ItemContentDetails content={item.content} />
      <ConfirmDialog
        isOpen={confirmRetire}
        title={`Retire ${name}?`}
        confirmLabel="Retire"
        onCancel={() => setConfirmRetire(false)}
        onConfirm={() => {
          setConfirmRetire(false);
          setRetired(true);
        }}
      >
        <p>
          It will be hidden from the catalogue and cannot be added to new plans. Plans that already
          use it keep it, with its wording unchanged.
        </p>
        <p>You can restore it at any time: turn on “Show retired items” and choose Restore.</p>
      </ConfirmDialog>
    </article>
  );
}

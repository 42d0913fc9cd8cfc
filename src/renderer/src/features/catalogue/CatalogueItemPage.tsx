import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { catalogueItemName } from '../../../../shared/domain/catalogue.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ItemContentDetails } from './ItemContentDetails.tsx';
import { ItemIcon } from './ItemIcon.tsx';
import { useCatalogueItem, useRetireCatalogueItem } from './queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { SuggestionPanel } from './SuggestionPanel.tsx';
import { TranslationsSection } from './translations/TranslationsSection.tsx';
import { catalogueSourceTexts } from '../../../../shared/domain/content-translation.ts';
import { useIntl } from 'react-intl';
import { CATALOGUE_KIND_MESSAGES } from '../../lib/domain-messages.ts';

/** One catalogue item: what it says, where it came from, and Edit / Retire / Restore. */
export function CatalogueItemPage() {
  const intl = useIntl();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const query = useCatalogueItem(id);
  const retire = useRetireCatalogueItem();
  const [confirmRetire, setConfirmRetire] = useState(false);

  if (!query.isSuccess)
    return (
      <QueryState
        query={query}
        subject={intl.formatMessage({
          id: 'catalogue.catalogueItemPage.thisItem',
          defaultMessage: 'This item',
        })}
      />
    );
  const item = query.data;
  const name = catalogueItemName(item.content);
  const retired = item.retiredAt !== null;

  const setRetired = (value: boolean) =>
    retire.mutate(
      { id, retire: value },
      {
        onSuccess: () =>
          toast.success(
            value
              ? intl.formatMessage(
                  { id: 'catalogue.catalogueItemPage.retired2', defaultMessage: '{name} retired' },
                  { name },
                )
              : intl.formatMessage(
                  { id: 'catalogue.catalogueItemPage.restored', defaultMessage: '{name} restored' },
                  { name },
                ),
          ),
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
              {intl.formatMessage(CATALOGUE_KIND_MESSAGES[item.content.kind])}
              {' · '}
              {item.fromSeed
                ? intl.formatMessage({
                    id: 'catalogue.catalogueItemPage.builtIn',
                    defaultMessage: 'Built in',
                  })
                : intl.formatMessage({
                    id: 'catalogue.catalogueItemPage.addedHere',
                    defaultMessage: 'Added here',
                  })}
            </p>
            <h1 id="item-heading">
              {name}
              {retired && (
                <span className="badge">
                  {intl.formatMessage({
                    id: 'catalogue.catalogueItemPage.retired',
                    defaultMessage: 'Retired',
                  })}
                </span>
              )}
            </h1>
          </div>
        </div>
        <div className="detail-actions">
          <Button className="button primary" onPress={() => void navigate(`/catalogue/${id}/edit`)}>
            {intl.formatMessage({ id: 'catalogue.catalogueItemPage.edit', defaultMessage: 'Edit' })}
          </Button>
          {retired ? (
            <Button
              className="button"
              onPress={() => setRetired(false)}
              isPending={retire.isPending}
            >
              {intl.formatMessage({
                id: 'catalogue.catalogueItemPage.restore',
                defaultMessage: 'Restore',
              })}
            </Button>
          ) : (
            <Button className="button" onPress={() => setConfirmRetire(true)}>
              {intl.formatMessage({
                id: 'catalogue.catalogueItemPage.retire',
                defaultMessage: 'Retire…',
              })}
            </Button>
          )}
        </div>
      </header>
      {retired && (
        <p className="notice">
          {intl.formatMessage({
            id: 'catalogue.catalogueItemPage.retiredOn',
            defaultMessage: 'Retired on',
          })}{' '}
          {formatDate(item.retiredAt?.slice(0, 10) ?? '', intl.locale)}
          {intl.formatMessage({
            id: 'catalogue.catalogueItemPage.itIsHiddenFrom',
            defaultMessage:
              '. It is hidden from the catalogue and cannot be added to new plans; plans that already use it keep it. Restore it to offer it again.',
          })}
        </p>
      )}
      {item.fromSeed && item.edited && (
        <p className="notice">
          {intl.formatMessage({
            id: 'catalogue.catalogueItemPage.editedHereUpdatesTo',
            defaultMessage:
              'Edited here: updates to the app’s built-in catalogue will not replace your wording.',
          })}
        </p>
      )}
      <SuggestionPanel item={item} />
      <p className="other-names">
        <strong>
          {intl.formatMessage({
            id: 'catalogue.catalogueItemPage.otherNames',
            defaultMessage: 'Other names:',
          })}{' '}
        </strong>
        {item.synonyms.length > 0
          ? item.synonyms.join(', ')
          : intl.formatMessage({
              id: 'catalogue.catalogueItemPage.noneAddSomeWith',
              defaultMessage: 'none (add some with Edit)',
            })}
      </p>
      <ItemContentDetails content={item.content} />
      <TranslationsSection
        key={item.updatedAt}
        owner="catalogue"
        ownerId={item.id}
        sources={catalogueSourceTexts(item.content)}
      />
      <ConfirmDialog
        isOpen={confirmRetire}
        title={intl.formatMessage(
          { id: 'catalogue.catalogueItemPage.retire2', defaultMessage: 'Retire {name}?' },
          { name },
        )}
        confirmLabel={intl.formatMessage({
          id: 'catalogue.catalogueItemPage.retire3',
          defaultMessage: 'Retire',
        })}
        onCancel={() => setConfirmRetire(false)}
        onConfirm={() => {
          setConfirmRetire(false);
          setRetired(true);
        }}
      >
        <p>
          {intl.formatMessage({
            id: 'catalogue.catalogueItemPage.itWillBeHidden',
            defaultMessage:
              'It will be hidden from the catalogue and cannot be added to new plans. Plans that already use it keep it, with its wording unchanged.',
          })}
        </p>
        <p>
          {intl.formatMessage({
            id: 'catalogue.catalogueItemPage.youCanRestoreIt',
            defaultMessage:
              'You can restore it at any time: turn on “Show retired items” and choose Restore.',
          })}
        </p>
      </ConfirmDialog>
    </article>
  );
}

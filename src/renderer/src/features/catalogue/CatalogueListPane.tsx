import { searchText } from '../../lib/search-text.ts';
import { useDeferredValue, useState, type RefObject } from 'react';
import { Button, Checkbox, Input, Label, SearchField } from 'react-aria-components';
import { useMatch, useNavigate } from 'react-router';
import {
  CATALOGUE_KINDS,
  catalogueItemName,
  type CatalogueItem,
  type CatalogueKind,
} from '../../../../shared/domain/catalogue.ts';
import { VirtualListBox } from '../../components/VirtualListBox.tsx';
import { ItemIcon } from './ItemIcon.tsx';
import { KindFilter } from './KindFilter.tsx';
import { itemSummary } from './labels.ts';
import { useCatalogueItem, useCatalogueList } from './queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { plural } from '../../../../shared/domain/plan-words.ts';
import { useIntl } from 'react-intl';
import { CATALOGUE_KIND_MESSAGES } from '../../lib/domain-messages.ts';

const ROW_HEIGHT = 60;

function CatalogueRow({ item }: { item: CatalogueItem }) {
  const intl = useIntl();
  return (
    <div className="catalogue-row">
      <ItemIcon name={item.content.icon} />
      <span className="catalogue-row-text">
        <span className="catalogue-row-name">
          {catalogueItemName(item.content)}
          {item.retiredAt && (
            <span className="badge">
              {intl.formatMessage({
                id: 'catalogue.catalogueListPane.retired',
                defaultMessage: 'Retired',
              })}
            </span>
          )}
        </span>
        <span className="catalogue-row-details">{itemSummary(item.content)}</span>
      </span>
    </div>
  );
}

/** The id in the address, if it names an item (not "new"). */
function useSelectedId(): string | null {
  const id = useMatch('/catalogue/:id/*')?.params.id ?? null;
  return id === 'new' ? null : id;
}

/**
 * "No matches" for this kind, and where else the words are found: a search typed while on
 * splints still finds the cutlery, one press away.
 */
function NoMatches(props: {
  query: string;
  kind: CatalogueKind;
  includeRetired: boolean;
  onKind(kind: CatalogueKind): void;
}) {
  const intl = useIntl();
  const elsewhere = useCatalogueList(null, searchText(props.query), props.includeRetired);
  const counts = CATALOGUE_KINDS.flatMap((k) => {
    const n = (elsewhere.data ?? []).filter((i) => i.content.kind === k).length;
    return k !== props.kind && n > 0 ? [{ kind: k, n }] : [];
  });
  return (
    <div className="list-message" role="status">
      <p>
        <strong>
          {intl.formatMessage({
            id: 'catalogue.catalogueListPane.noMatches',
            defaultMessage: 'No matches',
          })}
        </strong>{' '}
        {intl.formatMessage({ id: 'catalogue.catalogueListPane.in', defaultMessage: 'in' })}{' '}
        {intl.formatMessage(CATALOGUE_KIND_MESSAGES[props.kind]).toLowerCase()}{' '}
        {intl.formatMessage({ id: 'catalogue.catalogueListPane.for', defaultMessage: 'for “' })}
        {props.query}”.
      </p>
      {counts.length > 0 ? (
        <>
          <p>
            {intl.formatMessage({
              id: 'catalogue.catalogueListPane.foundIn',
              defaultMessage: 'Found in:',
            })}
          </p>
          <ul className="elsewhere-list">
            {counts.map(({ kind, n }) => (
              <li key={kind}>
                <Button className="button small" onPress={() => props.onKind(kind)}>
                  {intl.formatMessage(CATALOGUE_KIND_MESSAGES[kind])} ({n})
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {intl.formatMessage({
            id: 'catalogue.catalogueListPane.checkTheSpellingOr',
            defaultMessage: 'Check the spelling, or turn on “Show retired items”.',
          })}
        </p>
      )}
    </div>
  );
}

/** The left pane: which kind, search, the retired switch, and the list of items. */
export function CatalogueListPane({
  searchRef,
}: {
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [kind, setKind] = useState<CatalogueKind>('orthosis');
  const [query, setQuery] = useState('');
  const [includeRetired, setIncludeRetired] = useState(false);
  const deferredQuery = useDeferredValue(query.trim());
  const list = useCatalogueList(kind, searchText(deferredQuery), includeRetired);
  const items = list.data ?? [];
  const selectedId = useSelectedId();

  // Opening an item of another kind (from its address) shows that kind's list.
  const selected = useCatalogueItem(selectedId ?? '', selectedId !== null).data;
  const [syncedId, setSyncedId] = useState<string | null>(null);
  if (selected && selected.id !== syncedId) {
    setSyncedId(selected.id);
    if (selected.content.kind !== kind) setKind(selected.content.kind);
  }

  const kindLabel = intl.formatMessage(CATALOGUE_KIND_MESSAGES[kind]).toLowerCase();
  return (
    <nav
      className="list-pane"
      aria-label={intl.formatMessage({
        id: 'catalogue.catalogueListPane.catalogue',
        defaultMessage: 'Catalogue',
      })}
    >
      <div className="list-toolbar">
        <Button className="button primary" onPress={() => void navigate(`/catalogue/new/${kind}`)}>
          {intl.formatMessage({
            id: 'catalogue.catalogueListPane.addItem',
            defaultMessage: 'Add item',
          })}
        </Button>
        <KindFilter value={kind} onChange={setKind} />
        <SearchField
          value={query}
          onChange={setQuery}
          className="search-field"
          aria-keyshortcuts="Control+F"
        >
          <Label>
            {intl.formatMessage({
              id: 'catalogue.catalogueListPane.searchTheCatalogue',
              defaultMessage: 'Search the catalogue',
            })}
          </Label>
          <Input
            ref={searchRef}
            placeholder={intl.formatMessage({
              id: 'catalogue.catalogueListPane.nameOtherNameOr',
              defaultMessage: 'Name, other name or words in the item',
            })}
          />
        </SearchField>
        <Checkbox isSelected={includeRetired} onChange={setIncludeRetired} className="checkbox">
          <span className="checkbox-box" aria-hidden="true" />

          {intl.formatMessage({
            id: 'catalogue.catalogueListPane.showRetiredItems',
            defaultMessage: 'Show retired items',
          })}
        </Checkbox>
      </div>
      {list.isError ? (
        <QueryState
          query={list}
          subject={intl.formatMessage({
            id: 'catalogue.catalogueListPane.theCatalogue',
            defaultMessage: 'The catalogue',
          })}
          showLoading={false}
          className="list-message"
        />
      ) : !list.isPending && items.length === 0 ? (
        deferredQuery ? (
          <NoMatches
            query={deferredQuery}
            kind={kind}
            includeRetired={includeRetired}
            onKind={setKind}
          />
        ) : (
          <p className="list-message">
            {intl.formatMessage(
              {
                id: 'catalogue.catalogueListPane.noYetChooseAdd',
                defaultMessage: 'No {kindLabel} yet. Choose Add item to add one.',
              },
              { kindLabel },
            )}
          </p>
        )
      ) : (
        <VirtualListBox
          items={items}
          getKey={(item) => item.id}
          renderItem={(item) => <CatalogueRow item={item} />}
          label={intl.formatMessage(
            {
              id: 'catalogue.catalogueListPane.inTheCatalogue',
              defaultMessage: '{value} in the catalogue',
            },
            { value: intl.formatMessage(CATALOGUE_KIND_MESSAGES[kind]) },
          )}
          className="catalogue-list"
          rowHeight={ROW_HEIGHT}
          selectedKey={selectedId}
          onSelect={(id) => id !== selectedId && void navigate(`/catalogue/${id}`)}
        />
      )}
      <p className="list-status" role="status">
        {list.isSuccess ? plural(items.length, 'item', 'items') : ''}
      </p>
    </nav>
  );
}

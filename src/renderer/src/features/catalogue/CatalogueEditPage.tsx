import { useNavigate, useParams } from 'react-router';
import {
  CATALOGUE_KINDS,
  catalogueItemName,
  type CatalogueKind,
} from '../../../../shared/domain/catalogue.ts';
import { blankContent } from './form/blank-content.ts';
import { CatalogueItemForm } from './form/CatalogueItemForm.tsx';
import { useCatalogueItem, useCreateCatalogueItem, useUpdateCatalogueItem } from './queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useIntl } from 'react-intl';

const NEW_HEADINGS: Record<CatalogueKind, string> = {
  orthosis: 'New splint or brace',
  equipment: 'New equipment',
  principle: 'New joint-protection principle',
  strategy: 'New energy conservation strategy',
  pacing: 'New rest and pacing idea',
};

function isKind(value: string | undefined): value is CatalogueKind {
  return (CATALOGUE_KINDS as readonly string[]).includes(value ?? '');
}

export function CatalogueNewPage() {
  const intl = useIntl();
  const kind = useParams().kind;
  const navigate = useNavigate();
  const create = useCreateCatalogueItem();
  if (!isKind(kind))
    return (
      <p role="alert">
        {intl.formatMessage({
          id: 'catalogue.catalogueEditPage.thereIsNoPart',
          defaultMessage: 'There is no part of the catalogue called “',
        })}
        {kind}”.
      </p>
    );
  return (
    <CatalogueItemForm
      key={kind}
      heading={NEW_HEADINGS[kind]}
      submitLabel={intl.formatMessage({
        id: 'catalogue.catalogueEditPage.addToCatalogue',
        defaultMessage: 'Add to catalogue',
      })}
      content={blankContent(kind)}
      save={(content, synonyms) => create.mutateAsync({ content, synonyms })}
      onSaved={(item) => void navigate(`/catalogue/${item.id}`)}
      onCancel={() => void navigate('/catalogue')}
    />
  );
}

export function CatalogueEditPage() {
  const intl = useIntl();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const item = useCatalogueItem(id);
  const update = useUpdateCatalogueItem();
  if (!item.isSuccess)
    return (
      <QueryState
        query={item}
        subject={intl.formatMessage({
          id: 'catalogue.catalogueEditPage.thisItem',
          defaultMessage: 'This item',
        })}
      />
    );
  const { content } = item.data;
  return (
    <CatalogueItemForm
      key={item.data.updatedAt}
      heading={intl.formatMessage(
        { id: 'catalogue.catalogueEditPage.edit', defaultMessage: 'Edit {value}' },
        { value: catalogueItemName(content) },
      )}
      submitLabel={intl.formatMessage({
        id: 'catalogue.catalogueEditPage.saveChanges',
        defaultMessage: 'Save changes',
      })}
      content={content}
      synonyms={item.data.synonyms}
      save={(next, synonyms) => update.mutateAsync({ id, content: next, synonyms })}
      onSaved={(saved) => void navigate(`/catalogue/${saved.id}`)}
      onCancel={() => void navigate(`/catalogue/${id}`)}
    />
  );
}

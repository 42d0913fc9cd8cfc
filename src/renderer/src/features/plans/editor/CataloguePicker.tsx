import { useMemo, useState } from 'react';
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
} from 'react-aria-components';
import {
  catalogueItemName,
  type CatalogueItem,
  type CatalogueKind,
} from '../../../../../shared/domain/catalogue.ts';
import {
  byNameFirst,
  catalogueQueryTerms,
  catalogueSearchText,
  matchesCatalogueQuery,
} from '../../../../../shared/domain/catalogue-search.ts';
import { useCatalogueList } from '../../catalogue/queries.ts';
import { OneOffItemDialog } from './OneOffItemDialog.tsx';
import { useIntl } from 'react-intl';

interface Props {
  kind: CatalogueKind;
  label: string;
  /** A second line for each choice, e.g. the daily activity. */
  describe?(item: CatalogueItem): string;
  onPick(item: CatalogueItem): void;
}

/**
 * Type to find a catalogue item by its name, other names or words (case and accents aside),
 * Enter or click to add it to the plan; when nothing matches, the typed words can become a
 * one-off item for this plan.
 */
export function CataloguePicker({ kind, label, describe, onPick }: Props) {
  const intl = useIntl();
  const items = useCatalogueList(kind);
  const [text, setText] = useState('');
  const [oneOff, setOneOff] = useState<string | null>(null);
  const searchable = useMemo(
    () =>
      (items.data ?? []).map((item) => ({
        item,
        text: catalogueSearchText(item.content, item.synonyms),
      })),
    [items.data],
  );
  const terms = catalogueQueryTerms(text);
  const matching = byNameFirst(
    searchable.filter((s) => matchesCatalogueQuery(s.text, terms)).map((s) => s.item),
    (item) => catalogueItemName(item.content),
    terms,
  );
  const typed = text.trim();
  const noMatches = items.isSuccess && typed !== '' && matching.length === 0;

  return (
    <div className="catalogue-picker-wrap">
      <ComboBox
        className="field catalogue-picker"
        inputValue={text}
        onInputChange={setText}
        selectedKey={null}
        onSelectionChange={(key) => {
          const item = matching.find((i) => i.id === key);
          if (!item) return;
          onPick(item);
          setText('');
        }}
        items={matching}
        menuTrigger="focus"
      >
        <Label className="field-label">{label}</Label>
        <div className="combo-input">
          <Input
            placeholder={intl.formatMessage({
              id: 'plans.editor.cataloguePicker.typeANameAnother',
              defaultMessage: 'Type a name, another name or a word',
            })}
          />
          <Button
            aria-label={intl.formatMessage(
              { id: 'plans.editor.cataloguePicker.showAll', defaultMessage: 'Show all: {value}' },
              { value: label.toLowerCase() },
            )}
          >
            ▾
          </Button>
        </div>
        <Popover className="popover">
          <ListBox className="suggestion-list">
            {(item: CatalogueItem) => (
              <ListBoxItem className="suggestion" textValue={catalogueItemName(item.content)}>
                {catalogueItemName(item.content)}
                {describe && <span className="suggestion-detail"> · {describe(item)}</span>}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <div role="status" className="picker-status">
        {noMatches && (
          <p className="no-matches">
            {intl.formatMessage({
              id: 'plans.editor.cataloguePicker.noMatchesFor',
              defaultMessage: 'No matches for “',
            })}
            {typed}”.{' '}
            <Button className="button small" onPress={() => setOneOff(typed)}>
              {intl.formatMessage({
                id: 'plans.editor.cataloguePicker.add',
                defaultMessage: 'Add “',
              })}
              {typed}
              {intl.formatMessage({
                id: 'plans.editor.cataloguePicker.asAOneOff',
                defaultMessage: '” as a one-off item',
              })}
            </Button>
          </p>
        )}
      </div>
      {oneOff !== null && (
        <OneOffItemDialog
          kind={kind}
          name={oneOff}
          onAdded={(item) => {
            onPick(item);
            setText('');
          }}
          onClose={() => setOneOff(null)}
        />
      )}
    </div>
  );
}

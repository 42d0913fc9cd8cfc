import { useIntl } from 'react-intl';
export function NoItemSelected() {
  const intl = useIntl();
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h1 id="empty-heading">
        {intl.formatMessage({
          id: 'catalogue.noItemSelected.noItemSelected',
          defaultMessage: 'No item selected',
        })}
      </h1>
      <p>
        {intl.formatMessage({
          id: 'catalogue.noItemSelected.chooseAnItemFrom',
          defaultMessage:
            'Choose an item from the list to read or edit its wording, or add your own. Plans are built from what is here.',
        })}
      </p>
    </section>
  );
}

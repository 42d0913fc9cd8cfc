import { Button } from 'react-aria-components';
import { useIntl } from 'react-intl';

interface Props {
  /** What the item is called, so each button says what it acts on. */
  name: string;
  index: number;
  count: number;
  onMove(from: number, to: number): void;
  onDuplicate?(index: number): void;
  onRemove(index: number): void;
}

/** Move up, move down, duplicate and remove: buttons, so reordering works by keyboard too. */
export function ItemActions({ name, index, count, onMove, onDuplicate, onRemove }: Props) {
  const intl = useIntl();
  return (
    <div
      className="item-actions"
      role="group"
      aria-label={intl.formatMessage(
        { id: 'plans.editor.itemActions.actionsFor', defaultMessage: 'Actions for {name}' },
        { name },
      )}
    >
      <Button
        className="icon-button"
        aria-label={intl.formatMessage(
          { id: 'plans.editor.itemActions.moveUp', defaultMessage: 'Move {name} up' },
          { name },
        )}
        isDisabled={index === 0}
        onPress={() => onMove(index, index - 1)}
      >
        ↑
      </Button>
      <Button
        className="icon-button"
        aria-label={intl.formatMessage(
          { id: 'plans.editor.itemActions.moveDown', defaultMessage: 'Move {name} down' },
          { name },
        )}
        isDisabled={index === count - 1}
        onPress={() => onMove(index, index + 1)}
      >
        ↓
      </Button>
      {onDuplicate && (
        <Button
          className="icon-button"
          aria-label={intl.formatMessage(
            { id: 'plans.editor.itemActions.duplicate', defaultMessage: 'Duplicate {name}' },
            { name },
          )}
          onPress={() => onDuplicate(index)}
        >
          {intl.formatMessage({ id: 'plans.editor.itemActions.copy', defaultMessage: 'Copy' })}
        </Button>
      )}
      <Button
        className="icon-button danger-text"
        aria-label={intl.formatMessage(
          { id: 'plans.editor.itemActions.remove', defaultMessage: 'Remove {name}' },
          { name },
        )}
        onPress={() => onRemove(index)}
      >
        ✕
      </Button>
    </div>
  );
}

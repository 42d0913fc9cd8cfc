import { Button } from 'react-aria-components';

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
  return (
    <div className="item-actions" role="group" aria-label={`Actions for ${name}`}>
      <Button
        className="icon-button"
        aria-label={`Move ${name} up`}
        isDisabled={index === 0}
        onPress={() => onMove(index, index - 1)}
      >
        ↑
      </Button>
      <Button
        className="icon-button"
        aria-label={`Move ${name} down`}
        isDisabled={index === count - 1}
        onPress={() => onMove(index, index + 1)}
      >
        ↓
      </Button>
      {onDuplicate && (
        <Button
          className="icon-button"
          aria-label={`Duplicate ${name}`}
          onPress={() => onDuplicate(index)}
        >
          Copy
        </Button>
      )}
      <Button
        className="icon-button danger-text"
        aria-label={`Remove ${name}`}
        onPress={() => onRemove(index)}
      >
        ✕
      </Button>
    </div>
  );
}

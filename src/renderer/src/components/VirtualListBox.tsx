import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './VirtualListBox.css';

interface Props<T> {
  items: readonly T[];
  getKey(item: T): string;
  renderItem(item: T): ReactNode;
  /** The accessible name of the list. */
  label: string;
  rowHeight: number;
  selectedKey: string | null;
  onSelect(key: string): void;
  /** Called when the user nears the end of what is loaded, to fetch more. */
  onNearEnd?(): void;
  /** True while more items exist beyond those loaded (the list's size is then unknown). */
  hasMore?: boolean;
  className?: string;
}

const NEAR_END_ROWS = 20;

/**
 * A single-select list box that renders only the rows in view, so it stays smooth with tens
 * of thousands of items. Keyboard: arrows, Page Up/Down, Home/End; the active row follows
 * the selection (as in a mail client) and is announced through aria-activedescendant.
 */
export function VirtualListBox<T>(props: Props<T>) {
  const {
    items,
    getKey,
    renderItem,
    label,
    rowHeight,
    selectedKey,
    onSelect,
    onNearEnd,
    hasMore,
    className,
  } = props;
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedIndex =
    selectedKey === null ? -1 : items.findIndex((item) => getKey(item) === selectedKey);
  const [activeIndex, setActiveIndex] = useState(Math.max(selectedIndex, 0));
  const active = Math.min(
    selectedIndex >= 0 ? selectedIndex : activeIndex,
    Math.max(items.length - 1, 0),
  );
  // The app does not use the React Compiler, so the hook's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows.at(-1)?.index ?? 0;

  // A selection made elsewhere (a new item, an address) scrolls into view.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  useEffect(() => {
    if (onNearEnd && hasMore && lastRendered >= items.length - NEAR_END_ROWS) onNearEnd();
  }, [lastRendered, items.length, hasMore, onNearEnd]);

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(index, items.length - 1));
    const item = items[target];
    if (item === undefined) return;
    setActiveIndex(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    onSelect(getKey(item));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: items.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div
      ref={scrollRef}
      role="listbox"
      aria-label={label}
      tabIndex={items.length > 0 ? 0 : -1}
      aria-activedescendant={items.length > 0 ? optionId(active) : undefined}
      onKeyDown={onKeyDown}
      className={`virtual-listbox ${className ?? ''}`}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const item = items[row.index] as T;
          const key = getKey(item);
          return (
            <div
              key={key}
              id={optionId(row.index)}
              role="option"
              aria-selected={key === selectedKey}
              aria-setsize={hasMore ? -1 : items.length}
              aria-posinset={row.index + 1}
              data-active={row.index === active || undefined}
              className="virtual-option"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: rowHeight,
                transform: `translateY(${row.start}px)`,
              }}
              onClick={() => moveTo(row.index)}
            >
              {renderItem(item)}
            </div>
          );
        })}
      </div>
    </div>
  );
}

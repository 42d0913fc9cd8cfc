import { iconUrl } from './icons.ts';

/** An item's icon in a soft tile; decorative, since the item's name always sits beside it. */
export function ItemIcon({ name, size = 'small' }: { name: string; size?: 'small' | 'large' }) {
  const url = iconUrl(name);
  return (
    <span className={`item-icon item-icon-${size}`} aria-hidden="true">
      {url && <img src={url} alt="" />}
    </span>
  );
}

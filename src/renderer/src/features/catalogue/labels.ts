import type { ORTHOSIS_TYPES } from '../../../../shared/domain/catalogue.ts';
import {
  DAILY_ACTIVITY_LABELS,
  ENERGY_P_LABELS,
  type CatalogueContent,
} from '../../../../shared/domain/catalogue.ts';
import { JOINT_FAMILIES } from '../../../../shared/domain/joints.ts';
import { describePattern } from '../../../../shared/domain/schedule.ts';
import { plural } from '../../../../shared/domain/plan-words.ts';

export const ORTHOSIS_TYPE_LABELS: Record<(typeof ORTHOSIS_TYPES)[number], string> = {
  'resting-hand': 'Resting hand splint',
  'working-wrist': 'Working wrist splint',
  thumb: 'Thumb splint',
  'finger-ring': 'Finger ring splint',
  'mcp-ulnar-deviation': 'MCP ulnar deviation splint',
  elbow: 'Elbow brace',
  knee: 'Knee brace',
  foot: 'Foot orthosis or footwear',
  other: 'Other',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const JOINT_FAMILY_OPTIONS = JOINT_FAMILIES.map((f) => ({
  value: f.family as string,
  label: capitalise(f.label),
}));

export function jointFamiliesInWords(families: readonly string[]): string {
  return JOINT_FAMILY_OPTIONS.filter((o) => families.includes(o.value))
    .map((o, i) => (i === 0 ? o.label : o.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())))
    .join(', ');
}

export function minutes(n: number): string {
  return plural(n, 'minute', 'minutes');
}

/** The short second line of a list row: what sets this item apart from its neighbours. */
export function itemSummary(content: CatalogueContent): string {
  switch (content.kind) {
    case 'orthosis':
      // Items whose schedule depends on assessment ship without one: say so to the therapist.
      return content.defaultSchedule.usual.type === 'unset'
        ? 'No default schedule: choose one for each patient'
        : describePattern(content.defaultSchedule.usual);
    case 'equipment':
      return DAILY_ACTIVITY_LABELS[content.activity];
    case 'principle':
      return content.explanation;
    case 'strategy':
      return ENERGY_P_LABELS[content.p];
    case 'pacing':
      return `${minutes(content.activityMinutes)} on, ${minutes(content.restMinutes)} rest`;
  }
}

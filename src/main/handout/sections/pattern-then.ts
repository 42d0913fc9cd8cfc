import type { WearingPattern } from '../../../shared/domain/schedule.ts';
import { describePattern } from '../../../shared/domain/schedule-words.ts';

/**
 * A pattern in the words handouts printed before the safety review. A handout made then is
 * reprinted with these, byte for byte, whatever describePattern says now.
 */
export function describePatternThen(p: WearingPattern): string {
  if (p.type === 'continuous')
    return 'Wear it day and night. Take it off only to wash, check your skin, or do your exercises.';
  return describePattern(p);
}

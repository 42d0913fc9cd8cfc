import { describe, expect, it } from 'vitest';
import type { AffectedJoint } from './joints.ts';
import {
  addInterval,
  describeInterval,
  proposedReviewDate,
  reviewIntervalOf,
  splintSideFromJoints,
  templateForStage,
} from './plan-defaults.ts';

const wristAndFingers = ['wrist', 'mcp', 'pip', 'dip'];

describe('a new splint’s side', () => {
  it('is the side whose joints the splint fits are affected', () => {
    const right: AffectedJoint[] = [{ joint: 'wrist', side: 'right' }];
    expect(splintSideFromJoints(wristAndFingers, right)).toBe('right');
    expect(splintSideFromJoints(wristAndFingers, [{ joint: 'mcp2', side: 'left' }])).toBe('left');
  });

  it('is both when joints it fits are affected on both sides', () => {
    const both: AffectedJoint[] = [
      { joint: 'wrist', side: 'right' },
      { joint: 'pip3', side: 'left' },
    ];
    expect(splintSideFromJoints(wristAndFingers, both)).toBe('both');
  });

  it('is left for the therapist when no joint it fits is affected', () => {
    expect(splintSideFromJoints(['knee'], [{ joint: 'wrist', side: 'right' }])).toBeNull();
    expect(splintSideFromJoints(wristAndFingers, [])).toBeNull();
  });
});

describe('the review interval', () => {
  it('reads months, weeks or days as the therapist chose them', () => {
    expect(reviewIntervalOf('2026-01-15', '2026-04-15')).toEqual({ unit: 'months', count: 3 });
    expect(reviewIntervalOf('2026-01-15', '2026-02-26')).toEqual({ unit: 'weeks', count: 6 });
    expect(reviewIntervalOf('2026-01-15', '2026-01-25')).toEqual({ unit: 'days', count: 10 });
    expect(reviewIntervalOf('2026-01-15', null)).toBeNull();
    expect(reviewIntervalOf('2026-01-15', '2026-01-15')).toBeNull();
  });

  it('proposes the same interval from the new version’s date, ending a short month on its last day', () => {
    expect(
      proposedReviewDate({ planDate: '2026-01-15', reviewDate: '2026-04-15' }, '2026-03-02'),
    ).toBe('2026-06-02');
    expect(
      proposedReviewDate({ planDate: '2026-01-01', reviewDate: '2026-02-12' }, '2026-03-02'),
    ).toBe('2026-04-13');
    expect(addInterval('2026-01-31', { unit: 'months', count: 1 })).toBe('2026-02-28');
    expect(
      proposedReviewDate({ planDate: '2026-01-15', reviewDate: null }, '2026-03-02'),
    ).toBeNull();
  });

  it('is described in plain words', () => {
    expect(describeInterval({ unit: 'months', count: 3 })).toBe('3 months');
    expect(describeInterval({ unit: 'weeks', count: 1 })).toBe('1 week');
  });
});

describe('the template for a new plan', () => {
  const all = ['template.ra-hand-flare', 'template.ra-hand-stable', 'template.ra-hand-deformity'];
  it('matches the patient’s stage, or none', () => {
    expect(templateForStage('active-flare', all)).toBe('template.ra-hand-flare');
    expect(templateForStage('established-deformity', all)).toBe('template.ra-hand-deformity');
    expect(templateForStage(null, all)).toBeNull();
    expect(templateForStage('stable', ['template.ra-hand-flare'])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { emptyPlanContent } from '../../shared/domain/plan.ts';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { MAX_CHECKLIST_ITEMS } from '../../shared/domain/session.ts';
import { checklistFromPlan } from './checklist.ts';
import { testSplint } from '../../test-support/catalogue-content.ts';

const mcpSplint = testSplint({
  name: 'MCP ulnar deviation splint',
  orthosisType: 'mcp-ulnar-deviation',
  fitsJoints: ['mcp'],
  purpose: 'Supports the knuckles.',
});

function snapshot(orthoses: number, goals: string[], reviewDate: string | null): PlanSnapshot {
  const content = emptyPlanContent('2026-03-02');
  return {
    format: 1,
    plan: {
      id: 'p',
      version: 2,
      previousId: null,
      finalisedAt: '2026-03-02T09:00:00.000Z',
      finalisedBy: 'Jo',
      content: {
        ...content,
        title: 'Knuckles',
        reviewDate,
        goals: goals.map((text) => ({ text, icfCode: null })),
        orthoses: Array.from({ length: orthoses }, () => ({
          catalogueId: 'orthosis.mcp',
          side: 'both' as const,
          joints: [],
          schedule: mcpSplint.defaultSchedule,
          precautions: null,
          notes: '',
        })),
      },
    },
    patient: {
      id: 'x',
      givenName: 'A',
      familyName: 'B',
      preferredName: null,
      dateOfBirth: null,
      chartNumber: null,
    },
    catalogue: { 'orthosis.mcp': mcpSplint },
  };
}

describe('a checklist drawn from a plan', () => {
  it('keeps the capitals of a name that starts with an abbreviation', () => {
    const { checklist } = checklistFromPlan(snapshot(1, [], null));
    expect(checklist[0]?.text).toBe('Check the fit of the MCP ulnar deviation splint (both sides)');
  });

  it('names the side after a comma when the name has brackets of its own', () => {
    const snap = snapshot(1, [], null);
    snap.catalogue['orthosis.mcp'] = {
      ...mcpSplint,
      name: 'Night hand splint (resting hand splint)',
    };
    const { checklist } = checklistFromPlan(snap);
    expect(checklist[0]?.text).toBe(
      'Check the fit of the night hand splint (resting hand splint), both sides',
    );
  });

  it('fits a long plan into the checklist, keeping the pain question and the review date', () => {
    const { checklist } = checklistFromPlan(snapshot(30, ['Knit again'], '2026-05-01'));
    const texts = checklist.map((i) => i.text);
    expect(texts).toHaveLength(MAX_CHECKLIST_ITEMS);
    expect(texts.at(-2)).toBe('Ask about pain after activity');
    expect(texts.at(-1)).toBe('Review the date for the next plan review (1 May 2026)');
  });

  it('shortens a long goal to fit a checklist line', () => {
    const { checklist } = checklistFromPlan(snapshot(0, ['a'.repeat(300)], null));
    const goal = checklist.find((i) => i.text.startsWith('Review goal:'));
    expect(goal?.text).toHaveLength(200);
    expect(goal?.text.endsWith('…')).toBe(true);
  });
});

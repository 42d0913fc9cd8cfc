import { describe, expect, it } from 'vitest';
import { JOINTS } from './joints.ts';
import { summarizeJointsPlainly } from './joints-plain.ts';

describe('joints in plain words', () => {
  it('names knuckles and fingers instead of MCP 2–3, and says "both" once', () => {
    expect(
      summarizeJointsPlainly([
        { joint: 'wrist', side: 'right' },
        { joint: 'wrist', side: 'left' },
        { joint: 'mcp2', side: 'right' },
        { joint: 'mcp3', side: 'right' },
      ]),
    ).toBe('Both wrists and the knuckles of your right index and middle fingers');
    expect(
      summarizeJointsPlainly([
        { joint: 'cmc', side: 'left' },
        { joint: 'knee', side: 'left' },
        { joint: 'mtp1', side: 'right' },
        { joint: 'mtp1', side: 'left' },
      ]),
    ).toBe('The base of your left thumb, your left knee and the balls of both feet');
    expect(summarizeJointsPlainly([])).toBe('No joints recorded');
  });

  it('names the thumb by its parts and all four fingers at once', () => {
    expect(
      summarizeJointsPlainly([
        { joint: 'cmc', side: 'right' },
        { joint: 'ip', side: 'right' },
        ...(['pip2', 'pip3', 'pip4', 'pip5'] as const).map((joint) => ({
          joint,
          side: 'left' as const,
        })),
      ]),
    ).toBe(
      'The base and the end joint of your right thumb. The middle joints of all four fingers of your left hand',
    );
  });

  it('splits a long list into short sentences', () => {
    const text = summarizeJointsPlainly(JOINTS.map((j) => ({ joint: j.id, side: 'right' })));
    expect(text).toBe(
      'Your right shoulder, elbow and wrist. The base, the knuckle and the end joint of your right thumb. ' +
        'The knuckles of all four fingers of your right hand. The middle joints of all four fingers of your right hand. ' +
        'The end joints of all four fingers of your right hand. Your right hip, knee and ankle and the ball of your right foot',
    );
    for (const sentence of text.split('. '))
      expect(sentence.split(' ').length).toBeLessThanOrEqual(16);
  });
});

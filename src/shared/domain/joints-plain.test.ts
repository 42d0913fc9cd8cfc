import { describe, expect, it } from 'vitest';
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
});

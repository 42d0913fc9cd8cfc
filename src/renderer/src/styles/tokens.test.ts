import { expect, it } from 'vitest';
import { APP_BACKGROUND } from '../../../shared/theme.ts';
import tokens from './tokens.css?raw';

it('gives the window the same background as the page (--color-bg)', () => {
  const background = /--color-bg:\s*([^;]+);/.exec(tokens)?.[1]?.trim();
  expect(background).toBe(APP_BACKGROUND);
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { expect, it } from 'vitest';
import type { AppLanguage } from '../../../shared/domain/settings.ts';
import { SOURCE_LOCALE, UI_LOCALES } from '../i18n/locales.ts';
import { QueryState } from './QueryState.tsx';

const draw = (
  query: { isPending: boolean; isError: boolean; error: Error | null },
  showLoading = true,
  language: AppLanguage = 'en',
) =>
  renderToStaticMarkup(
    createElement(
      IntlProvider,
      { ...UI_LOCALES[language], defaultLocale: SOURCE_LOCALE },
      createElement(QueryState, { query, subject: 'This patient', showLoading }),
    ),
  );

it('says Loading… while waiting, unless the screen shows its own empty state', () => {
  expect(draw({ isPending: true, isError: false, error: null })).toBe(
    '<p class="loading">Loading…</p>',
  );
  expect(draw({ isPending: true, isError: false, error: null }, false)).toBe('');
  expect(draw({ isPending: true, isError: false, error: null }, true, 'es')).not.toContain(
    'Loading',
  );
});

it('names what could not be loaded and why, as an alert', () => {
  expect(draw({ isPending: false, isError: true, error: new Error('Disk full') })).toBe(
    '<p role="alert">This patient could not be loaded: Disk full</p>',
  );
});

it('draws nothing once the data is there', () => {
  expect(draw({ isPending: false, isError: false, error: null })).toBe('');
});

import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { useSettings } from '../features/settings/queries.ts';
import { SOURCE_LOCALE, UI_LOCALES } from '../i18n/locales.ts';

/**
 * The language of every screen, from Settings: changing it there re-renders the app in the
 * new language at once. Until the settings have loaded nothing is shown (a local read, a few
 * milliseconds), so the app never flashes in the wrong language; if they cannot be read the
 * app shows itself, and the error, in English.
 */
export function AppIntlProvider({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const language = settings.data?.appLanguage ?? 'en';
  const { locale, messages } = UI_LOCALES[language];

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  if (settings.isPending) return null;
  return (
    <IntlProvider locale={locale} defaultLocale={SOURCE_LOCALE} messages={messages}>
      {children}
    </IntlProvider>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IntlProvider } from 'react-intl';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import '../components/FieldFrame.css';
import './unlock.css';
import { SOURCE_LOCALE, UI_LOCALES } from '../i18n/locales.ts';
import { UnlockPage } from './UnlockPage.tsx';
import { unlockLanguage } from './unlock-language.ts';

const root = document.getElementById('root');
if (!root) throw new Error('unlock.html has no #root element');
const language = unlockLanguage(navigator.languages);
const { locale, messages } = UI_LOCALES[language];
document.documentElement.lang = language;
createRoot(root).render(
  <StrictMode>
    <IntlProvider locale={locale} defaultLocale={SOURCE_LOCALE} messages={messages}>
      <UnlockPage />
    </IntlProvider>
  </StrictMode>,
);

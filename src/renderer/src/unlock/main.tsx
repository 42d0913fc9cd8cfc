import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import '../components/FieldFrame.css';
import './unlock.css';
import { UnlockPage } from './UnlockPage.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('unlock.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <UnlockPage />
  </StrictMode>,
);

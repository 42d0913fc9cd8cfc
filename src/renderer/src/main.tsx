import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Tokens and base first: every component's and feature's CSS (imported beside it) builds on them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import { App } from './app/App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Subsets of IBM Plex cut by `pnpm fonts` (client/build/fontFaces.ts): two weights, Arabic and Latin.
import './fonts/fonts.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/app.css';
import './styles/home.css';
import './styles/phone.css';
import './styles/sheet.css';
import './styles/console.css';
import './styles/console-panels.css';
import './styles/people.css';
import './styles/board.css';
import './styles/board-items.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);

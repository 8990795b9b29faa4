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
import { startEarlyWork } from './early';

// The entry is kept small so this runs while React and the screens are still downloading (index.html
// preloads them); then the app itself. The style sheets above stay here so the page links them.
startEarlyWork();
void import('./boot');

import { lazy, Suspense } from 'react';
import { LoadingScreen } from './components/LoadingScreen';
import { ProblemScreen } from './components/ProblemScreen';
import { matchRoute } from './router/routes';
import { useLocation } from './router/useLocation';

// Each screen is its own chunk: a phone on venue Wi-Fi downloads the phone, not the board.
const HomePage = lazy(() => import('./pages/HomePage').then((m) => ({ default: m.HomePage })));
const JoinPage = lazy(() => import('./pages/JoinPage').then((m) => ({ default: m.JoinPage })));
const ParticipantPage = lazy(() =>
  import('./pages/ParticipantPage').then((m) => ({ default: m.ParticipantPage })),
);
const FacilitatorPage = lazy(() =>
  import('./pages/FacilitatorPage').then((m) => ({ default: m.FacilitatorPage })),
);
const ScribePage = lazy(() => import('./pages/ScribePage').then((m) => ({ default: m.ScribePage })));
const MinutesPage = lazy(() => import('./pages/MinutesPage').then((m) => ({ default: m.MinutesPage })));
const BadgesPage = lazy(() => import('./people/BadgesPage').then((m) => ({ default: m.BadgesPage })));
const InvitePage = lazy(() => import('./people/InvitePage').then((m) => ({ default: m.InvitePage })));
const BoardPage = lazy(() => import('./pages/BoardPage').then((m) => ({ default: m.BoardPage })));

/** Picks the screen for the current URL. Keys make each workshop's screen start fresh. */
export function App() {
  const { pathname } = useLocation();
  return (
    <Suspense fallback={<LoadingScreen />}>
      <Screen pathname={pathname} />
    </Suspense>
  );
}

function Screen({ pathname }: { readonly pathname: string }) {
  const route = matchRoute(pathname);
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'join':
      return <JoinPage code={route.code} />;
    case 'facilitate':
      return <FacilitatorPage key={route.workshopId} workshopId={route.workshopId} />;
    case 'board':
      return <BoardPage key={route.workshopId} workshopId={route.workshopId} />;
    case 'me':
      return <ParticipantPage key={route.workshopId} workshopId={route.workshopId} />;
    case 'scribe':
      return <ScribePage key={route.workshopId} workshopId={route.workshopId} />;
    case 'minutes':
      return <MinutesPage key={route.workshopId} workshopId={route.workshopId} />;
    case 'badges':
      return <BadgesPage key={route.workshopId} workshopId={route.workshopId} />;
    case 'invite':
      return <InvitePage code={route.code} />;
    case 'notFound':
      return <ProblemScreen problem="notFound" />;
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}

// The application shell: header, the current screen, messages and the password dialog.
import { LibraryScreen } from '../library/LibraryScreen';
import { ReaderScreen } from '../reader/ReaderScreen';
import { Notices } from '../common/Notices';
import { PasswordDialog } from '../common/PasswordDialog';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { QuestionScreens } from '../workspace/QuestionScreens';
import { QuestionForm } from '../questions/QuestionForm';
import { PrintArea } from '../questions/PrintArea';
import { SettingsScreen } from '../settings/SettingsScreen';
import { WorkProgrammeScreen } from '../workprogramme/WorkProgrammeScreen';
import { useNavigation, type Route } from './navigation';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'reader':
      return <ReaderScreen key={route.documentId} documentId={route.documentId} />;
    case 'workprogramme':
      return <WorkProgrammeScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <QuestionScreens route={route} />;
  }
}

function MainNavigation({ route }: { route: Route }) {
  const { showLibrary, showWorkProgramme, showSettings } = useNavigation();
  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  return (
    <nav className="app-nav" aria-label="Main">
      {/* The reader, the meeting workspace and the inquiry screens have their own way back to the library. */}
      {(route.name === 'library' || route.name === 'workprogramme' || route.name === 'settings') && (
        <button type="button" aria-current={current('library')} onClick={showLibrary}>
          Library
        </button>
      )}
      <button type="button" aria-current={current('workprogramme')} onClick={showWorkProgramme}>
        Work programme
      </button>
      <button type="button" aria-current={current('settings')} onClick={showSettings}>
        Settings
      </button>
    </nav>
  );
}

export function App() {
  const route = useNavigation((state) => state.route);
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Scrutineer</span>
        <MainNavigation route={route} />
      </header>
      <Notices />
      <Screen route={route} />
      <PasswordDialog />
      <ConfirmDialog />
      <QuestionForm />
      <PrintArea />
    </div>
  );
}

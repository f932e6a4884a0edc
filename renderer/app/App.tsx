// The application shell: header, the current screen, messages and the password dialog.
import { LibraryScreen } from '../library/LibraryScreen';
import { DocumentScreen } from '../workspace/DocumentScreen';
import { NoticeList } from '../common/NoticeList';
import { PasswordDialog } from '../common/PasswordDialog';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { QuestionScreens } from '../workspace/QuestionScreens';
import { QuestionForm } from '../questions/QuestionForm';
import { PrintArea } from '../questions/PrintArea';
import { SettingsScreen } from '../settings/SettingsScreen';
import { CouncilsScreen } from '../councils/CouncilsScreen';
import { WorkProgrammeScreen } from '../workprogramme/WorkProgrammeScreen';
import { useNavigation, type Route } from '../navigation/navigation';
import { focusScreen, useFocusScreenOnChange } from './screenFocus';
import { useApplyAppearance } from '../common/appearance';
import './appearance.css';
import { SearchButton, SearchDialog } from '../search/SearchDialog';
import { GlossaryScreen } from '../search/GlossaryScreen';
import { BackupHost } from '../backup/BackupHost';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'reader':
      return <DocumentScreen key={route.documentId} documentId={route.documentId} />;
    case 'workprogramme':
      return <WorkProgrammeScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'glossary':
      return <GlossaryScreen key={route.meetingId ?? ''} meetingId={route.meetingId} />;
    case 'councils':
      return <CouncilsScreen />;
    default:
      return <QuestionScreens route={route} />;
  }
}

function MainNavigation({ route }: { route: Route }) {
  const { showLibrary, showWorkProgramme, showSettings, showGlossary, showCouncils } = useNavigation();
  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  return (
    <nav className="app-nav" aria-label="Main">
      {/* The reader, the meeting workspace and the inquiry screens have their own way back to the library. */}
      <SearchButton />
      {(route.name === 'library' || route.name === 'workprogramme' || route.name === 'settings' || route.name === 'glossary' || route.name === 'councils') && (
        <button type="button" aria-current={current('library')} onClick={showLibrary}>
          Library
        </button>
      )}
      <button type="button" aria-current={current('councils')} onClick={showCouncils}>
        Councils
      </button>
      <button type="button" aria-current={current('workprogramme')} onClick={showWorkProgramme}>
        Work programme
      </button>
      <button type="button" aria-current={current('glossary')} onClick={() => showGlossary(route.name === 'meeting' ? route.meetingId : undefined)}>
        Glossary
      </button>
      <button type="button" aria-current={current('settings')} onClick={showSettings}>
        Settings
      </button>
    </nav>
  );
}

export function App() {
  const route = useNavigation((state) => state.route);
  useFocusScreenOnChange(JSON.stringify(route));
  useApplyAppearance();
  return (
    <div className="app">
      <a className="skip-link" href="#content" onClick={(event) => focusScreen() && event.preventDefault()}>
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">Scrutineer</span>
        <MainNavigation route={route} />
      </header>
      <NoticeList />
      <BackupHost />
      <Screen route={route} />
      <PasswordDialog />
      <ConfirmDialog />
      <QuestionForm />
      <PrintArea />
      <SearchDialog />
    </div>
  );
}

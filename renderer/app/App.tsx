// The application shell: header, the current screen, messages and the password dialog.
import { LibraryScreen } from '../library/LibraryScreen';
import { ReaderScreen } from '../reader/ReaderScreen';
import { Notices } from '../common/Notices';
import { PasswordDialog } from '../common/PasswordDialog';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useNavigation } from './navigation';
import { QuestionScreens } from '../workspace/QuestionScreens';
import { QuestionForm } from '../questions/QuestionForm';
import { PrintArea } from '../questions/PrintArea';

export function App() {
  const route = useNavigation((state) => state.route);
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Scrutineer</span>
      </header>
      <Notices />
      {route.name === 'library' && <LibraryScreen />}
      {route.name === 'reader' && <ReaderScreen key={route.documentId} documentId={route.documentId} />}
      {route.name !== 'library' && route.name !== 'reader' && <QuestionScreens route={route} />}
      <PasswordDialog />
      <ConfirmDialog />
      <QuestionForm />
      <PrintArea />
    </div>
  );
}

// The application shell: header, the current screen, messages and the password dialog.
import { LibraryScreen } from '../library/LibraryScreen';
import { ReaderScreen } from '../reader/ReaderScreen';
import { Notices } from '../common/Notices';
import { PasswordDialog } from '../common/PasswordDialog';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useNavigation } from './navigation';

export function App() {
  const route = useNavigation((state) => state.route);
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Scrutineer</span>
      </header>
      <Notices />
      {route.name === 'library' ? <LibraryScreen /> : <ReaderScreen key={route.documentId} documentId={route.documentId} />}
      <PasswordDialog />
      <ConfirmDialog />
    </div>
  );
}

// Free-standing notes: notes not tied to a meeting (reached from the library).
import { useNavigation } from '../navigation/navigation';
import { NotesPanel } from '../notes/NotesPanel';

export function NotesScreen() {
  const showLibrary = useNavigation((state) => state.showLibrary);
  return (
    <main className="workspace" aria-label="My notes">
      <div className="screen-bar">
        <button type="button" onClick={showLibrary}>
          Library
        </button>
        <h1 className="screen-title">My notes</h1>
      </div>
      <div className="workspace-single">
        <NotesPanel meetingId={null} />
      </div>
    </main>
  );
}

// The library: import agenda packs (button or drag and drop) and pick one to read.
import { useState, type DragEvent } from 'react';
import { platform } from '../platform';
import { useNavigation } from '../navigation/navigation';
import { DocumentList } from './DocumentList';
import { useLibraryGroups } from './filing';
import { warmUpReader } from '../meetings/documentReading';
import { useImport } from './useImport';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

export function LibraryScreen() {
  const groups = useLibraryGroups();
  const { importFiles, busy } = useImport();
  const [dragging, setDragging] = useState(false);

  const chooseFiles = async () => {
    // pdf.js loads in its worker while the user picks a file.
    warmUpReader();
    const files = await platform.pickPdfFiles();
    if (files.length > 0) await importFiles(files);
  };

  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    void importFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <main
      className={`library${dragging ? ' dragging' : ''}`}
      aria-labelledby="library-heading"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
        warmUpReader();
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="library-header">
        <div>
          <h1 id="library-heading">Library</h1>
          <p className="hint">Agenda packs, reports and minutes on this device. Drop PDF files here, or import them.</p>
        </div>
        <div className="library-actions">
          <button type="button" className="large" onClick={() => useNavigation.getState().openNotes()}>
            My notes
          </button>
          <button type="button" className="primary large" onClick={() => void chooseFiles()} disabled={busy !== null}>
            Import PDF
          </button>
        </div>
      </div>
      {busy && (
        <p className="progress" role="status">
          {busy}
        </p>
      )}
      {groups === undefined ? (
        <p className="hint">Loading the library…</p>
      ) : groups.length === 0 ? (
        <div className="empty-library">
          <h2>No documents yet</h2>
          <p>Import an agenda pack PDF from your computer, or drag it onto this window.</p>
        </div>
      ) : (
        <DocumentList groups={groups} />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop PDF files to import them
        </div>
      )}
    </main>
  );
}

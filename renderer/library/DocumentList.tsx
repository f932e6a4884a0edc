// The list of documents in the library, each with its facts and its actions.
import { useState } from 'react';
import { useNavigation } from '../app/navigation';
import { useNotices } from '../common/notices';
import type { StoredDocument } from '../db/types';
import { formatBytes, formatDateTime } from './format';
import { removeDocument } from './libraryData';
import { RemoveDialog } from './RemoveDialog';

function DocumentEntry({ document, onRemove }: { document: StoredDocument; onRemove(): void }) {
  const openDocument = useNavigation((state) => state.openDocument);
  return (
    <li className="document" aria-label={document.title}>
      <div className="document-main">
        <button type="button" className="document-title" onClick={() => openDocument(document.id)} aria-label={`${document.title}`}>
          {document.title}
        </button>
        <div className="document-facts">
          <span>{document.pageCount} pages</span>
          <span>{formatBytes(document.size)}</span>
          <span>Imported {formatDateTime(document.importedAt)}</span>
          {document.encrypted && <span>Password-protected</span>}
        </div>
        {document.fileName !== `${document.title}` && <div className="document-file">{document.fileName}</div>}
      </div>
      <div className="document-actions">
        <button type="button" className="primary" onClick={() => openDocument(document.id)}>
          Open
        </button>
        <button type="button" onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}

export function DocumentList({ documents }: { documents: StoredDocument[] }) {
  const [removing, setRemoving] = useState<StoredDocument | null>(null);
  const notify = useNotices((state) => state.add);

  const confirmRemove = async () => {
    if (!removing) return;
    const { title, id } = removing;
    setRemoving(null);
    await removeDocument(id);
    notify('info', `Removed “${title}” from the library.`);
  };

  return (
    <>
      <ul className="documents" aria-label="Library">
        {documents.map((document) => (
          <DocumentEntry key={document.id} document={document} onRemove={() => setRemoving(document)} />
        ))}
      </ul>
      {removing && <RemoveDialog document={removing} onConfirm={() => void confirmRemove()} onCancel={() => setRemoving(null)} />}
    </>
  );
}

// A document open in the reader with everything the layers above it add: annotation tools,
// annotations on the pages, and the side panel switching between annotations, notes and
// questions, where a passage becomes a question or a quote in a note.
import { useEffect, useState } from 'react';
import { AnnotationTools } from '../annotations/AnnotationTools';
import { addTextBoxFromKeyboard } from '../annotations/keyboardTextBox';
import { ReaderAnnotations } from '../annotations/ReaderAnnotations';
import { useAnnotationView } from '../annotations/annotationView';
import { useDocument } from '../library/libraryData';
import { NotesPanel } from '../notes/NotesPanel';
import { QuestionsPanel } from '../questions/QuestionsPanel';
import { useReader } from '../reader/readerStore';
import { ReaderScreen } from '../reader/ReaderScreen';
import { SidePanelSwitch, type SidePanel } from '../reader/SidePanelSwitch';
import { RevisionBar } from '../revisions/RevisionBar';
import { usePassageActions } from './usePassageActions';
import { FindBar } from '../search/FindBar';
import { AcronymLayer } from '../search/AcronymLayer';

export function DocumentScreen({ documentId }: { documentId: string }) {
  const meetingId = useDocument(documentId)?.meetingId ?? null;
  const [panel, setPanel] = useState<SidePanel>('annotations');
  // An annotation opened from the page shows its editor, which lives in the annotations panel.
  useEffect(
    () =>
      useAnnotationView.subscribe((state, previous) => {
        if (state.editorRequest !== previous.editorRequest) setPanel('annotations');
      }),
    [],
  );
  const { selectionActions, annotationActions } = usePassageActions(documentId, meetingId, (next) => {
    setPanel(next);
    if (!useReader.getState().sideOpen) useReader.getState().toggleSide();
  });

  return (
    <ReaderScreen
      documentId={documentId}
      top={(reader) => <RevisionBar reader={reader} />}
      tools={(handle) => (
        <>
          <AnnotationTools onKeyboardTextBox={() => handle && void addTextBoxFromKeyboard(handle, documentId)} />
          <FindBar handle={handle} documentId={documentId} />
        </>
      )}
      side={(reader) => (
        <>
        <AcronymLayer handle={reader.handle} document={reader.document} />
        <ReaderAnnotations
          documentId={documentId}
          hash={reader.hash}
          title={reader.title}
          pageCount={reader.pageCount}
          handle={reader.handle}
          control={reader.control}
          structure={reader.structure}
          numbers={reader.numbers}
          selectionActions={selectionActions}
          annotationActions={annotationActions}
          panelSwitch={<SidePanelSwitch value={panel} onChange={setPanel} />}
          sideOpen={reader.sideOpen}
          otherPanel={
            panel === 'annotations' ? undefined : (
              <div className="side-panel">
                {panel === 'notes' ? <NotesPanel meetingId={reader.meetingId} documentId={documentId} compact /> : <QuestionsPanel meetingId={reader.meetingId} documentId={documentId} compact />}
              </div>
            )
          }
        />
        </>
      )}
    />
  );
}

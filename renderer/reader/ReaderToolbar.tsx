// The reader's toolbar: back to the library, the page field and zoom.
import type { ReactNode } from 'react';
import { useNavigation } from '../app/navigation';
import { PageField } from './PageField';
import type { PageNumbers } from './pageNumbers';
import { useReader } from './readerStore';
import type { ViewerControl } from './viewerControl';

export function ReaderToolbar({ title, control, numbers, tools }: { title: string; control: ViewerControl | null; numbers: PageNumbers; tools?: ReactNode }) {
  const showLibrary = useNavigation((state) => state.showLibrary);
  const scale = useReader((state) => state.scale);
  const agendaOpen = useReader((state) => state.agendaOpen);
  const sideOpen = useReader((state) => state.sideOpen);
  const toggleAgenda = useReader((state) => state.toggleAgenda);
  const toggleSide = useReader((state) => state.toggleSide);
  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Reader">
      <button type="button" onClick={showLibrary}>
        <span aria-hidden="true">←</span> Library
      </button>
      <h1 className="reader-title" title={title}>
        {title}
      </h1>
      {tools}
      <PageField numbers={numbers} onGo={(page) => control?.goToPage(page)} />
      <div className="zoom" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom out" title="Zoom out (Ctrl+−)" onClick={() => control?.zoomOut()}>
          −
        </button>
        <span className="zoom-level" aria-live="polite">
          {Math.round(scale * 100)}%
        </span>
        <button type="button" aria-label="Zoom in" title="Zoom in (Ctrl++)" onClick={() => control?.zoomIn()}>
          +
        </button>
        <button type="button" onClick={() => control?.fitWidth()}>
          Fit width
        </button>
      </div>
      <div className="panel-toggles" role="group" aria-label="Panels">
        <button type="button" aria-pressed={agendaOpen} title="Show or hide the agenda" onClick={toggleAgenda}>
          Agenda
        </button>
        <button type="button" aria-pressed={sideOpen} title="Show or hide annotations, notes and questions" onClick={toggleSide}>
          Side panel
        </button>
      </div>
    </div>
  );
}

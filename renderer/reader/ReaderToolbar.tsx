// The reader's toolbar: back to the library, the page field and zoom. It stays one row: when
// its controls do not fit (narrow or zoomed window, large text), the tools, zoom and panel
// switches move into "More tools".
import './toolbar.css';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigation } from '../navigation/navigation';
import { PageField } from './PageField';
import type { PageNumbers } from './pageNumbers';
import { useReader } from './readerStore';
import { useCrowdedRow } from './useCrowdedRow';
import type { ViewerControl } from './viewerControl';

/** Whether the "More tools" menu is open, closing on Escape, a click elsewhere or focus moving elsewhere. */
function useOverflowMenu() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    // Like a menu, it closes once focus goes elsewhere (a keyboard user chose an agenda item), not over the page for good.
    const onFocus = (event: FocusEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('focusin', onFocus);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('focusin', onFocus);
    };
  }, [open]);
  return { open, setOpen, buttonRef, menuRef };
}

export function ReaderToolbar({ title, control, numbers, tools }: { title: string; control: ViewerControl | null; numbers: PageNumbers; tools?: ReactNode }) {
  const showLibrary = useNavigation((state) => state.showLibrary);
  const scale = useReader((state) => state.scale);
  const agendaOpen = useReader((state) => state.agendaOpen);
  const sideOpen = useReader((state) => state.sideOpen);
  const toggleAgenda = useReader((state) => state.toggleAgenda);
  const toggleSide = useReader((state) => state.toggleSide);
  const { open, setOpen, buttonRef, menuRef } = useOverflowMenu();
  const rowRef = useRef<HTMLDivElement>(null);
  useCrowdedRow(rowRef, menuRef, useCallback(() => setOpen(true), [setOpen]));
  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Reader" ref={rowRef}>
      <button type="button" onClick={showLibrary}>
        <span aria-hidden="true">←</span> Library
      </button>
      <h1 className="reader-title" title={title}>
        {title}
      </h1>
      <PageField numbers={numbers} onGo={(page) => control?.goToPage(page)} />
      <button
        type="button"
        ref={buttonRef}
        className="toolbar-more-button"
        aria-expanded={open}
        aria-controls="reader-more-tools"
        onClick={() => setOpen(!open)}
      >
        More tools
      </button>
      <div id="reader-more-tools" ref={menuRef} className={`toolbar-overflow${open ? ' open' : ''}`}>
        {tools}
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
    </div>
  );
}

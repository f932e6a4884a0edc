// Puts each drawn page's annotations over it, and lets the Ink and Text box tools draw
// on the page.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import type { PageViewport } from 'pdfjs-dist';
import { DEFAULT_FONT_SIZE, type Annotation, type DocumentText, type PdfPoint } from '../../shared/annotations';
import type { ViewerHandle } from '../reader/PdfView';
import { createAnnotation } from './annotationManager';
import { useAnnotationView } from './annotationView';
import { PageAnnotations } from './AnnotationShapes';
import { clientPointToPdf, nearTextAt, pageContentBox } from './pageGeometry';
import { usePageHosts, type PageHost } from './usePageHosts';
import { annotationAt } from './annotationAt';
import { openAnnotationEditor } from './openEditor';
import { useAppearance } from '../common/appearance';

interface Props {
  handle: ViewerHandle | null;
  documentId: string;
  annotations: Annotation[];
  doc: DocumentText | null | undefined;
  colour: string;
}

function currentViewport(handle: ViewerHandle, page: number) {
  return (handle.viewer.getPageView(page - 1) as { viewport: PageViewport }).viewport;
}

function PageLayer({ host, handle, documentId, annotations, doc, colour }: Props & { host: PageHost; handle: ViewerHandle }) {
  const tool = useAnnotationView((state) => state.tool);
  const selectedId = useAnnotationView((state) => state.selectedId);
  const flash = useAnnotationView((state) => state.flash);
  const select = useAnnotationView((state) => state.select);
  const setTool = useAnnotationView((state) => state.setTool);
  const [stroke, setStroke] = useState<PdfPoint[] | null>(null);
  const { inkColour, inkWidth } = useAppearance();
  const svgRef = useRef<SVGSVGElement>(null);
  const { base, page } = host;

  const pdfPointOf = (event: PointerEvent) => {
    const pageElement = host.element.parentElement!;
    return clientPointToPdf(event.clientX, event.clientY, pageContentBox(pageElement), currentViewport(handle, page));
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (tool === 'ink') {
      event.preventDefault();
      svgRef.current?.setPointerCapture(event.pointerId);
      setStroke([pdfPointOf(event)]);
    } else if (tool === 'textbox') {
      event.preventDefault();
      const [x, y] = pdfPointOf(event);
      const pageElement = host.element.parentElement!;
      void createAnnotation({
        documentId,
        kind: 'textbox',
        page,
        colour,
        rects: [[x, y - 48, x + 200, y]],
        text: '',
        fontSize: DEFAULT_FONT_SIZE,
        nearText: nearTextAt(pageElement, currentViewport(handle, page), [x, y], doc, page),
      }).then((annotation) => select(annotation.id));
      setTool('select');
    }
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (tool !== 'ink' || !stroke) return;
    setStroke([...stroke, pdfPointOf(event)]);
  };

  const onPointerUp = () => {
    if (tool !== 'ink' || !stroke) return;
    const points = stroke;
    setStroke(null);
    if (points.length < 2) return;
    const pageElement = host.element.parentElement!;
    void createAnnotation({
      documentId,
      kind: 'ink',
      page,
      colour: inkColour,
      inkPaths: [points],
      strokeWidth: inkWidth,
      nearText: nearTextAt(pageElement, currentViewport(handle, page), points[0]!, doc, page),
    });
  };

  const drawing = tool === 'ink' || tool === 'textbox';
  return createPortal(
    <svg
      ref={svgRef}
      className={`annotation-svg${drawing ? ` drawing tool-${tool}` : ''}`}
      viewBox={`0 0 ${base.width} ${base.height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      onPointerDown={drawing ? onPointerDown : undefined}
      onPointerMove={drawing ? onPointerMove : undefined}
      onPointerUp={drawing ? onPointerUp : undefined}
    >
      <PageAnnotations annotations={annotations} base={base} selectedId={selectedId} flash={flash} onSelect={(id) => openAnnotationEditor(id, false)} />
      {stroke && (
        <polyline
          points={stroke.map(([x, y]) => (base.convertToViewportPoint(x, y) as number[]).join(',')).join(' ')}
          fill="none"
          stroke={inkColour}
          strokeWidth={inkWidth}
        />
      )}
    </svg>,
    host.element,
  );
}

/** The annotation under a client point of a page element, if any. */
function annotationUnder(handle: ViewerHandle, annotations: Annotation[], pageElement: HTMLElement, x: number, y: number): Annotation | null {
  const page = Number(pageElement.dataset.pageNumber);
  const point = clientPointToPdf(x, y, pageContentBox(pageElement), currentViewport(handle, page));
  return annotationAt(annotations, page, point);
}

/**
 * Clicking an annotation drawn under the text (highlight, underline...), or pressing Enter
 * with the keyboard caret in it, selects it and opens its editor.
 */
function useOpenFromPage(handle: ViewerHandle | null, annotations: Annotation[]) {
  const latest = useRef(annotations);
  useEffect(() => {
    latest.current = annotations;
  });
  useEffect(() => {
    const container = handle?.viewer.container;
    if (!handle || !container) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target || target.closest('a, .clickable') || useAnnotationView.getState().tool !== 'select') return;
      if (document.getSelection()?.isCollapsed === false) return;
      const pageElement = target.closest<HTMLElement>('.page[data-page-number]');
      const found = pageElement && annotationUnder(handle, latest.current, pageElement, event.clientX, event.clientY);
      if (found) openAnnotationEditor(found.id, false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.target !== container) return;
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || !selection.focusNode) return;
      const focus = document.createRange();
      focus.setStart(selection.focusNode, selection.focusOffset);
      const node = selection.focusNode;
      const pageElement = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.page[data-page-number]');
      if (!pageElement) return;
      // The character after the caret (or before it, at the end of a text).
      if (node instanceof Text && selection.focusOffset < node.data.length) focus.setEnd(node, selection.focusOffset + 1);
      else if (node instanceof Text && selection.focusOffset > 0) focus.setStart(node, selection.focusOffset - 1);
      const rect = focus.getBoundingClientRect();
      const found = annotationUnder(handle, latest.current, pageElement, rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (!found) return;
      event.preventDefault();
      openAnnotationEditor(found.id, true);
    };
    container.addEventListener('click', onClick);
    container.addEventListener('keydown', onKey);
    return () => {
      container.removeEventListener('click', onClick);
      container.removeEventListener('keydown', onKey);
    };
  }, [handle]);
}

export function AnnotationOverlay(props: Props) {
  const hosts = usePageHosts(props.handle);
  const { handle, annotations } = props;
  useOpenFromPage(handle, annotations);
  if (!handle) return null;
  const byPage = new Map<number, Annotation[]>();
  for (const annotation of annotations) {
    if (annotation.review) continue;
    byPage.set(annotation.page, [...(byPage.get(annotation.page) ?? []), annotation]);
  }
  return (
    <>
      {[...hosts.values()].map((host) => (
        <PageLayer key={host.page} {...props} handle={handle} host={host} annotations={byPage.get(host.page) ?? []} />
      ))}
    </>
  );
}

// Puts each drawn page's annotations over it, and lets the Ink and Text box tools draw
// on the page.
import { useRef, useState, type PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import type { PageViewport } from 'pdfjs-dist';
import { DEFAULT_FONT_SIZE, type Annotation, type DocumentText, type PdfPoint } from '../../shared/annotations';
import type { ViewerHandle } from '../reader/PdfView';
import { addAnnotation } from './annotationsData';
import { useAnnotationView } from './annotationView';
import { newAnnotation } from './newAnnotation';
import { PageAnnotations } from './AnnotationShapes';
import { clientPointToPdf, nearTextAt, pageContentBox } from './pageGeometry';
import { usePageHosts, type PageHost } from './usePageHosts';

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
      const annotation = newAnnotation(documentId, 'textbox', page, colour, {
        rects: [[x, y - 48, x + 200, y]],
        text: '',
        fontSize: DEFAULT_FONT_SIZE,
        nearText: nearTextAt(pageElement, currentViewport(handle, page), [x, y], doc, page),
      });
      void addAnnotation(annotation).then(() => select(annotation.id));
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
    const annotation = newAnnotation(documentId, 'ink', page, colour, {
      inkPaths: [points],
      strokeWidth: 2,
      nearText: nearTextAt(pageElement, currentViewport(handle, page), points[0]!, doc, page),
    });
    void addAnnotation(annotation);
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
      <PageAnnotations annotations={annotations} base={base} selectedId={selectedId} flash={flash} onSelect={(id) => select(id, true)} />
      {stroke && (
        <polyline
          points={stroke.map(([x, y]) => (base.convertToViewportPoint(x, y) as number[]).join(',')).join(' ')}
          fill="none"
          stroke={colour}
          strokeWidth={2}
        />
      )}
    </svg>,
    host.element,
  );
}

export function AnnotationOverlay(props: Props) {
  const hosts = usePageHosts(props.handle);
  const { handle, annotations } = props;
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

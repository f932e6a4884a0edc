// Draws one page's annotations as SVG in the page's scale-1 viewport coordinates, so the
// drawing scales with the page at every zoom.
import type { PageViewport } from 'pdfjs-dist';
import { NOTE_ICON_SIZE, type Annotation, type PdfPoint, type PdfRect } from '../../shared/annotations';
import { strokeColour } from '../../shared/annotations/strokeColour';

type Box = { x: number; y: number; width: number; height: number };

function toBox(base: PageViewport, rect: PdfRect): Box {
  const [a, b] = base.convertToViewportPoint(rect[0], rect[1]) as [number, number];
  const [c, d] = base.convertToViewportPoint(rect[2], rect[3]) as [number, number];
  return { x: Math.min(a, c), y: Math.min(b, d), width: Math.abs(c - a), height: Math.abs(d - b) };
}

const toPoint = (base: PageViewport, [x, y]: PdfPoint) => base.convertToViewportPoint(x, y) as [number, number];

interface ShapeProps {
  annotation: Annotation;
  base: PageViewport;
  selected: boolean;
  flash: number;
  onSelect(id: string): void;
}

function Shape({ annotation: a, base, selected, flash, onSelect }: ShapeProps) {
  const className = `annotation annotation-${a.kind}${selected ? ' selected' : ''}`;
  const select = () => onSelect(a.id);
  const label = a.comment || a.text || a.quote?.exact || a.kind;
  switch (a.kind) {
    case 'highlight':
      return (
        <g className={className} data-annotation-id={a.id} key={flash}>
          {a.rects.map((rect, index) => {
            const box = toBox(base, rect);
            return <rect key={index} {...box} fill={a.colour} />;
          })}
        </g>
      );
    case 'underline':
    case 'strikeout':
      return (
        <g className={className} data-annotation-id={a.id} key={flash} stroke={strokeColour(a.colour)}>
          {a.rects.map((rect, index) => {
            const box = toBox(base, rect);
            const y = a.kind === 'underline' ? box.y + box.height - 0.5 : box.y + box.height / 2;
            return <line key={index} x1={box.x} x2={box.x + box.width} y1={y} y2={y} strokeWidth={Math.max(1.5, box.height * 0.1)} />;
          })}
        </g>
      );
    case 'note': {
      if (!a.point) return null;
      const [x, y] = toPoint(base, a.point);
      return (
        <g className={`${className} clickable`} data-annotation-id={a.id} key={flash} onClick={select}>
          <title>{label}</title>
          <rect x={x} y={y} width={NOTE_ICON_SIZE} height={NOTE_ICON_SIZE} rx={3} fill={a.colour} stroke="#333" strokeWidth={0.8} />
          <path d={`M${x + 5} ${y + 7}h10M${x + 5} ${y + 10.5}h10M${x + 5} ${y + 14}h6`} stroke="#333" strokeWidth={1.2} />
        </g>
      );
    }
    case 'ink':
      return (
        <g className={`${className} clickable`} data-annotation-id={a.id} key={flash} onClick={select} fill="none" stroke={strokeColour(a.colour)}>
          <title>{label}</title>
          {a.inkPaths.map((path, index) => (
            <polyline key={index} points={path.map((point) => toPoint(base, point).join(',')).join(' ')} strokeWidth={a.strokeWidth ?? 2} strokeLinecap="round" strokeLinejoin="round" />
          ))}
        </g>
      );
    case 'textbox': {
      const rect = a.rects[0];
      if (!rect) return null;
      const box = toBox(base, rect);
      return (
        <g className={`${className} clickable`} data-annotation-id={a.id} key={flash} onClick={select}>
          <rect {...box} fill="#fffef2" stroke={a.colour} strokeWidth={1.5} />
          <foreignObject {...box}>
            <div className="textbox-text" style={{ fontSize: `${a.fontSize ?? 12}px` }}>
              {a.text || 'Text box'}
            </div>
          </foreignObject>
        </g>
      );
    }
  }
}

export function PageAnnotations({ annotations, base, selectedId, flash, onSelect }: { annotations: Annotation[]; base: PageViewport; selectedId: string | null; flash: number; onSelect(id: string): void }) {
  return (
    <>
      {annotations.map((annotation) => (
        <Shape
          key={annotation.id}
          annotation={annotation}
          base={base}
          selected={annotation.id === selectedId}
          flash={annotation.id === selectedId ? flash : 0}
          onSelect={onSelect}
        />
      ))}
    </>
  );
}

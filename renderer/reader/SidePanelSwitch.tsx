// Chooses what the reader's right-hand panel shows: annotations, notes or questions.
export type SidePanel = 'annotations' | 'notes' | 'questions';

const PANELS: { value: SidePanel; label: string }[] = [
  { value: 'annotations', label: 'Annotations' },
  { value: 'notes', label: 'Notes' },
  { value: 'questions', label: 'Questions' },
];

export function SidePanelSwitch({ value, onChange }: { value: SidePanel; onChange(panel: SidePanel): void }) {
  return (
    <div className="side-switch" role="tablist" aria-label="Side panel">
      {PANELS.map((panel) => (
        <button
          key={panel.value}
          type="button"
          role="tab"
          aria-selected={value === panel.value}
          tabIndex={value === panel.value ? 0 : -1}
          onClick={() => onChange(panel.value)}
          onKeyDown={(event) => {
            const index = PANELS.findIndex((entry) => entry.value === value);
            const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            event.preventDefault();
            const next = PANELS[(index + step + PANELS.length) % PANELS.length]!;
            onChange(next.value);
            requestAnimationFrame(() => document.querySelector<HTMLElement>(`.side-switch [aria-selected="true"]`)?.focus());
          }}
        >
          {panel.label}
        </button>
      ))}
    </div>
  );
}

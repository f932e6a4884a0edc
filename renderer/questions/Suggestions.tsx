// A few names to pick for a text field (witnesses, roles, committee members), as buttons
// below it, so the field stays a plain text box that takes any name.
export function Suggestions({ values, current, label, onPick }: { values: readonly string[]; current: string; label: string; onPick(value: string): void }) {
  const typed = current.trim().toLowerCase();
  const shown = values.filter((value) => value.toLowerCase() !== typed && (!typed || value.toLowerCase().includes(typed))).slice(0, 6);
  if (shown.length === 0) return null;
  return (
    <div className="suggestions" role="group" aria-label={label}>
      {shown.map((value) => (
        <button key={value} type="button" className="chip" onClick={() => onPick(value)}>
          {value}
        </button>
      ))}
    </div>
  );
}

// Lets the user say what each highlight colour means to them ("question", "concern"…).
import { useState } from 'react';
import { renameMeaning, type PaletteColour } from './palette';

function MeaningField({ entry, palette }: { entry: PaletteColour; palette: PaletteColour[] }) {
  const [value, setValue] = useState(entry.meaning);
  const save = () => {
    if (value.trim() && value.trim() !== entry.meaning) void renameMeaning(palette, entry.colour, value);
  };
  const id = `meaning-${entry.colour.slice(1)}`;
  return (
    <div className="meaning-field">
      <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
      <label htmlFor={id}>{entry.name}</label>
      <input id={id} type="text" value={value} onChange={(event) => setValue(event.target.value)} onBlur={save} onKeyDown={(event) => event.key === 'Enter' && save()} />
    </div>
  );
}

export function ColourMeanings({ palette }: { palette: PaletteColour[] }) {
  return (
    <details className="colour-meanings">
      <summary>Colour meanings</summary>
      {palette.map((entry) => (
        <MeaningField key={`${entry.colour}-${entry.meaning}`} entry={entry} palette={palette} />
      ))}
    </details>
  );
}

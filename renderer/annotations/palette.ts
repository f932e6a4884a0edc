// The highlight colours and what each means to this user; they can rename the meanings.
import { setSetting, useSetting } from '../db/settingsData';

export interface PaletteColour {
  colour: string;
  name: string;
  meaning: string;
}

export const DEFAULT_PALETTE: PaletteColour[] = [
  { colour: '#ffd400', name: 'Yellow', meaning: 'Key point' },
  { colour: '#ff6b6b', name: 'Red', meaning: 'Concern' },
  { colour: '#5aa9ff', name: 'Blue', meaning: 'Question' },
  { colour: '#4cc26e', name: 'Green', meaning: 'Follow up' },
  { colour: '#b57cff', name: 'Purple', meaning: 'Evidence' },
];

export function usePalette(): PaletteColour[] {
  const value = useSetting('palette');
  return Array.isArray(value) && value.length === DEFAULT_PALETTE.length ? (value as PaletteColour[]) : DEFAULT_PALETTE;
}

export async function renameMeaning(palette: PaletteColour[], colour: string, meaning: string): Promise<void> {
  const next = palette.map((entry) => (entry.colour === colour ? { ...entry, meaning: meaning.trim() || entry.meaning } : entry));
  await setSetting('palette', next);
}

export function colourLabel(palette: PaletteColour[], colour: string): string {
  const entry = palette.find((candidate) => candidate.colour === colour);
  return entry ? `${entry.name} (${entry.meaning})` : colour;
}

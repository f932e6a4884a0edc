// How the app looks for this user: text size of the app's own text, the theme (light, dark,
// high contrast, or as the system is set), and whether PDF pages are shown in high contrast.
// Kept in the settings table, applied to the document root as CSS custom properties and data
// attributes (appearance.css reads them).
import { useEffect } from 'react';
import { getSetting, updateSetting, useSetting } from '../db/settingsData';

export type Theme = 'system' | 'light' | 'dark' | 'contrast';

export interface Appearance {
  /** Percent of the normal text size. */
  textSize: number;
  theme: Theme;
  /** Pages drawn light on dark, for readers who need it; off by default (the page is as printed). */
  contrastPages: boolean;
  /** Ink for drawing on pages: every choice has 3:1 contrast on white and on black. */
  inkColour: string;
  inkWidth: number;
}

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'As the system is set' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'contrast', label: 'High contrast' },
];

export const INK_COLOURS: { colour: string; name: string }[] = [
  { colour: '#d4351c', name: 'Red' },
  { colour: '#1d70b8', name: 'Blue' },
  { colour: '#00703c', name: 'Green' },
  { colour: '#c25400', name: 'Orange' },
  { colour: '#7a4fb5', name: 'Purple' },
];
export const INK_WIDTHS: { width: number; name: string }[] = [
  { width: 1.5, name: 'Thin' },
  { width: 3, name: 'Medium' },
  { width: 5, name: 'Thick' },
];

export const DEFAULT_APPEARANCE: Appearance = { textSize: 100, theme: 'system', contrastPages: false, inkColour: '#d4351c', inkWidth: 3 };
const KEY = 'appearance';

function valid(value: unknown): Appearance {
  const stored = (value && typeof value === 'object' ? value : {}) as Partial<Appearance>;
  return {
    textSize: TEXT_SIZES.includes(stored.textSize as (typeof TEXT_SIZES)[number]) ? stored.textSize! : DEFAULT_APPEARANCE.textSize,
    theme: THEMES.some((theme) => theme.value === stored.theme) ? stored.theme! : DEFAULT_APPEARANCE.theme,
    contrastPages: stored.contrastPages === true,
    inkColour: INK_COLOURS.some((ink) => ink.colour === stored.inkColour) ? stored.inkColour! : DEFAULT_APPEARANCE.inkColour,
    inkWidth: INK_WIDTHS.some((ink) => ink.width === stored.inkWidth) ? stored.inkWidth! : DEFAULT_APPEARANCE.inkWidth,
  };
}

export async function loadAppearance(): Promise<Appearance> {
  return valid(await getSetting(KEY));
}

export async function saveAppearance(change: Partial<Appearance>): Promise<void> {
  await updateSetting(KEY, (stored) => ({ ...valid(stored), ...change }));
}

/** The stored appearance; the default until it has loaded. */
export function useAppearance(): Appearance {
  return valid(useSetting(KEY));
}

const DARK_SYSTEM = '(prefers-color-scheme: dark)';

function apply(appearance: Appearance) {
  const root = document.documentElement;
  const theme = appearance.theme === 'system' ? (window.matchMedia(DARK_SYSTEM).matches ? 'dark' : 'light') : appearance.theme;
  root.dataset.theme = theme;
  root.dataset.contrastPages = String(appearance.contrastPages);
  root.style.setProperty('--text-scale', String(appearance.textSize / 100));
}

/** Keeps the document root in step with the stored appearance (and the system theme when followed). */
export function useApplyAppearance(): void {
  const appearance = useAppearance();
  const key = JSON.stringify(appearance);
  useEffect(() => {
    apply(appearance);
    if (appearance.theme !== 'system') return;
    const system = window.matchMedia(DARK_SYSTEM);
    const follow = () => apply(appearance);
    system.addEventListener('change', follow);
    return () => system.removeEventListener('change', follow);
    // The key stands for the appearance's values (a new object comes with each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

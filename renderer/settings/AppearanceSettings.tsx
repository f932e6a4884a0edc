// Settings → Appearance: the size of the app's text, the theme, and high-contrast PDF pages.
import { useId } from 'react';
import { saveAppearance, TEXT_SIZES, THEMES, useAppearance } from '../common/appearance';

export function AppearanceSettings() {
  const appearance = useAppearance();
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Appearance</h2>
      <fieldset className="choice-group">
        <legend>Text size</legend>
        <p className="hint">The app’s own text: menus, lists, notes and questions. PDF pages have their own zoom.</p>
        <div className="choices">
          {TEXT_SIZES.map((size) => (
            <label key={size}>
              <input type="radio" name={`${id}-size`} checked={appearance.textSize === size} onChange={() => void saveAppearance({ textSize: size })} />
              {size}%
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="choice-group">
        <legend>Theme</legend>
        <div className="choices">
          {THEMES.map((theme) => (
            <label key={theme.value}>
              <input type="radio" name={`${id}-theme`} checked={appearance.theme === theme.value} onChange={() => void saveAppearance({ theme: theme.value })} />
              {theme.label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={appearance.contrastPages} onChange={(event) => void saveAppearance({ contrastPages: event.target.checked })} />
        Show PDF pages in high contrast (light text on a dark page)
      </label>
    </section>
  );
}

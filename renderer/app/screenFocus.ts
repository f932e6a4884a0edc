// When a screen or document opens, focus moves to its heading, so a screen reader says where
// the user is and Tab starts from the top of the new screen. The skip link uses the same.
import { useEffect } from 'react';

/** The heading of the screen showing (each screen is a `main` with an h1), or the main itself. */
function screenHeading(): HTMLElement | null {
  const main = document.querySelector<HTMLElement>('.app main');
  if (!main) return null;
  const heading = main.querySelector<HTMLElement>('h1');
  return heading?.textContent?.trim() ? heading : null;
}

export function focusScreen(): boolean {
  const target = screenHeading() ?? document.querySelector<HTMLElement>('.app main');
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  return true;
}

/** Focus was left nowhere in particular: on the body, or on a control that has gone. */
function focusIsAdrift(opener: Element | null): boolean {
  const active = document.activeElement;
  if (document.querySelector('dialog[open]')) return false;
  return !active || active === document.body || active === opener || !active.isConnected || active.closest('.app-nav') !== null;
}

/** On each new screen, waits (briefly) for its heading to have text and focuses it. */
export function useFocusScreenOnChange(screenKey: string): void {
  useEffect(() => {
    const opener = document.activeElement;
    let frames = 0;
    let handle = requestAnimationFrame(function attempt() {
      if (!focusIsAdrift(opener)) return;
      if (screenHeading()) {
        focusScreen();
        return;
      }
      // Screens that load their data first get their heading a little later.
      if (++frames < 180) handle = requestAnimationFrame(attempt);
    });
    return () => cancelAnimationFrame(handle);
  }, [screenKey]);
}

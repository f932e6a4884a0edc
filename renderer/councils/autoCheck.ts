// When checks run by themselves: at start, when the network returns, and every few hours
// while the app is open.
import { checkNow } from './checker';

const EVERY_MS = 3 * 60 * 60 * 1000;
let started = false;

export function startAutoChecks(): void {
  if (started) return;
  started = true;
  const check = () => void checkNow().catch(() => undefined);
  window.addEventListener('online', check);
  setInterval(check, EVERY_MS);
  check();
}

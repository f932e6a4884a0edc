// Renderer entry: asks for durable storage and mounts the app.
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { platform } from './platform';
import { resumeSync } from './sync/syncApp';

// Notes and annotations are the user's own work: ask the browser never to evict them.
void platform.persistStorage();
// The work programme: carry on syncing with the server this device was connected to.
void resumeSync();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

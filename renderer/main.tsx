// Renderer entry: asks for durable storage and mounts the app.
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { platform } from './platform';
import { resumeSync } from './sync/syncApp';
import { registerAnnotationFollower } from './annotations/followRevisions';
import { resumeReading } from './library/resumeReading';
import { sealStoredTexts } from './library/sealStoredTexts';
import { registerNoteFollower } from './notes/followRevisions';
import { registerQuestionFollower } from './questions/followRevisions';
import { startSearch } from './search/searchClient';
import { startAutoChecks } from './councils/autoCheck';
import { registerAnnotationDependent } from './annotations/documentRemoval';
import { registerNoteQuoteDependent } from './notes/documentRemoval';
import { registerQuestionPassageDependent } from './questions/documentRemoval';
import { registerTypedText, restoreTypedText } from './common/typedText';
import { saveNoteBody } from './notes/notesData';
import { updateQuestion } from './questions/questionsData';
import { updateDay, updateInquiryFields } from './inquiries/inquiriesData';

// Notes and annotations are the user's own work: ask the browser never to evict them.
// Nothing waits for the answer: a refusal (false) leaves storage as it was and the app works on.
void platform.persistStorage();
// Annotations follow a revised pack onto its new version.
registerAnnotationFollower();
// So do question passages and note quotes, with their printed pages.
registerQuestionFollower();
registerNoteFollower();
// Words typed just before the app last stopped (a reload, a crash) and not yet in the database go in now.
registerTypedText('note', (id, field, value) => (field === 'body' ? saveNoteBody(id, value) : Promise.resolve()));
registerTypedText('question', (id, field, value) => (field === 'answer' || field === 'followUp' ? updateQuestion(id, { [field]: value }) : Promise.resolve()));
registerTypedText('inquiry', (id, field, value) => (field === 'title' || field === 'objective' ? updateInquiryFields(id, { [field]: value }) : Promise.resolve()));
registerTypedText('inquiryDay', (id, field, value) => {
  const [inquiryId, dayId] = id.split(' ');
  return field === 'venue' && inquiryId && dayId ? updateDay(inquiryId, dayId, { venue: value }) : Promise.resolve();
});
void restoreTypedText().catch((error: unknown) => console.warn('Restoring typed text failed:', error));
// Text read from protected or exempt papers before it was sealed at rest is sealed now.
void sealStoredTexts().catch((error: unknown) => console.warn('Sealing stored text failed:', error));
// Documents whose reading was cut short (the app closed) are read and filed now, not when opened.
void resumeReading();
// Removing a document asks what becomes of the annotations, quotes and passages on it.
registerAnnotationDependent();
registerNoteQuoteDependent();
registerQuestionPassageDependent();
// The work programme: carry on syncing with the server this device was connected to.
void resumeSync();
// Search: the index loads (or builds) in its worker and follows the database from now on.
startSearch();
// Followed committees: check the councils' sites now, when the network returns, and every few hours.
startAutoChecks();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

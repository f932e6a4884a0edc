// Under a document in the library while its text and agenda are being read: "Reading 312 of 648 pages".
import { useProgressOf } from '../meetings/readingProgress';
import { useStructure } from '../meetings/structuresData';

export function ReadingState({ hash }: { hash: string }) {
  const progress = useProgressOf(hash);
  const structure = useStructure(hash);
  if (structure || !progress) return null;
  return (
    <span className="reading-state" role="status">
      {progress.total > 0 ? `Reading ${progress.read} of ${progress.total} pages` : 'Reading…'}
    </span>
  );
}

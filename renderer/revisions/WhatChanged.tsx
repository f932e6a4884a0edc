// "What changed" between two versions of a document: the passages added, removed and changed, each with a way to both versions, and the user's work they touch.
import { useEffect, useId, useMemo, useState } from 'react';
import { currentItemAt } from '../../shared/agenda';
import { affectedBy } from '../../shared/revisions/affected';
import type { VersionChange } from '../../shared/revisions/compare';
import { ModalDialog } from '../common/ModalDialog';
import type { StoredDocument } from '../db/types';
import { useStructures } from '../meetings/structuresData';
import { useComparison } from './comparison';
import { quotingItems, type LabelledItem } from './affectedItems';
import { pagesName } from './pageName';
import './revisions.css';

interface Props {
  earlier: StoredDocument;
  later: StoredDocument;
  /** Opens a version at a PDF page (closing this view). */
  onOpen(documentId: string, pdfPage: number): void;
  onClose(): void;
}

const KIND_WORD: Record<VersionChange['kind'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

export function WhatChanged({ earlier, later, onOpen, onClose }: Props) {
  const titleId = useId();
  const state = useComparison(earlier, later);
  // Pages and items are named from the structures: the changes wait for them, or they would be listed by PDF page first.
  const structures = useStructures([earlier.hash, later.hash]);
  const [earlierStructure, laterStructure] = structures ?? [];
  const [items, setItems] = useState<LabelledItem[]>([]);
  useEffect(() => {
    let cancelled = false;
    void quotingItems(earlier.id, later.id).then((found) => !cancelled && setItems(found));
    return () => {
      cancelled = true;
    };
  }, [earlier.id, later.id]);

  const comparison = state?.status === 'ready' && structures ? state.comparison : null;
  const affected = useMemo(() => (comparison ? affectedBy(comparison.changes, items) : []), [comparison, items]);
  const labelOf = useMemo(() => new Map(items.map((item) => [item.key, item.label])), [items]);
  const needsReview = items.filter((item) => item.needsReview);
  // Numbers that changed because pages were inserted earlier are a consequence: listed apart, folded.
  const renumbered = (comparison?.changes ?? []).map((change, index) => ({ change, index })).filter(({ change }) => change.renumbered);
  const v1 = `version ${earlier.version}`;
  const v2 = `version ${later.version}`;

  const itemOf = (change: VersionChange) => {
    const item = laterStructure ? currentItemAt(laterStructure.items, change.after.first) : undefined;
    return item ? `item ${item.number} ${item.title}` : null;
  };

  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose} className="what-changed">
      <h2 id={titleId}>What changed</h2>
      <p className="hint">
        From {v1} to {v2} of “{later.title}”, line by line; text that only moved to another page is not listed.
      </p>
      {(!state || state.status === 'loading' || (state.status === 'ready' && !structures)) && <p role="status">Comparing the versions…</p>}
      {state?.status === 'unavailable' && <p role="alert">The versions could not be compared: {state.reason}</p>}
      {comparison && (
        <>
          <p role="status">
            {comparison.changes.length === 0
              ? 'No text changed between the versions.'
              : `${count(comparison.changes, 'added')} added, ${count(comparison.changes, 'removed')} removed, ${count(comparison.changes, 'changed')} changed.`}
          </p>
          <dl className="changed-pages">
            <dt>Pages changed in {v2}</dt>
            <dd>{comparison.changedPages.length > 0 ? comparison.changedPages.map((p) => pagesName(laterStructure, p, p)).join(', ') : 'none'}</dd>
            {comparison.addedPages.length > 0 && (
              <>
                <dt>Pages new in {v2}</dt>
                <dd>{comparison.addedPages.map((p) => pagesName(laterStructure, p, p)).join(', ')}</dd>
              </>
            )}
            {comparison.removedPages.length > 0 && (
              <>
                <dt>Pages of {v1} no longer there</dt>
                <dd>{comparison.removedPages.map((p) => pagesName(earlierStructure, p, p)).join(', ')}</dd>
              </>
            )}
          </dl>
          {renumbered.length > 0 && (
            <details className="renumbered">
              <summary>
                Page references renumbered ({renumbered.length}): {[...new Set(renumbered.map(({ change }) => pagesName(laterStructure, change.after.first, change.after.last)))].join(', ')}
              </summary>
              <ul>
                {renumbered.map(({ change, index }) => (
                  <li key={index}>
                    <ChangeText change={change} />
                  </li>
                ))}
              </ul>
            </details>
          )}
          <ol className="change-list" aria-label="Changes">
            {comparison.changes.map((change, index) => {
              if (change.renumbered) return null;
              const item = itemOf(change);
              const where = pagesName(laterStructure, change.after.first, change.after.last);
              const wasWhere = pagesName(earlierStructure, change.before.first, change.before.last);
              const touched = affected[index] ?? [];
              return (
                <li key={index} className={`change change-${change.kind}`} aria-label={`${KIND_WORD[change.kind]}${item ? ` in ${item}` : ''}, ${where}`}>
                  <p className="change-head">
                    <span className="change-kind">{KIND_WORD[change.kind]}</span>
                    {item && <span> in {item}</span>}
                  </p>
                  <ChangeText change={change} />
                  <p className="change-links">
                    <button type="button" className="link-button" onClick={() => onOpen(later.id, change.after.first)}>
                      {change.kind === 'removed' ? `Where it was, ${v2}, ${where}` : `Open in ${v2}, ${where}`}
                    </button>
                    <button type="button" className="link-button" onClick={() => onOpen(earlier.id, change.before.first)}>
                      {change.kind === 'added' ? `Where it would be, ${v1}, ${wasWhere}` : `Open in ${v1}, ${wasWhere}`}
                    </button>
                  </p>
                  {touched.length > 0 && (
                    <div className="change-affects">
                      <span>Affects:</span>
                      <ul>
                        {touched.map((key) => (
                          <li key={key}>{labelOf.get(key)}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          {needsReview.length > 0 && (
            <section aria-label="Needing review after the revision">
              <h3>Needing review ({needsReview.length})</h3>
              <p className="hint">Their text is not in {v2} as it was: see them in the annotations' “Needs review” list or under their questions and notes.</p>
              <ul>
                {needsReview.map((item) => (
                  <li key={item.key}>{item.label}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

const count = (changes: VersionChange[], kind: VersionChange['kind']) => {
  const n = changes.filter((change) => change.kind === kind).length;
  return `${n} passage${n === 1 ? '' : 's'}`;
};

function ChangeText({ change }: { change: VersionChange }) {
  if (change.kind === 'added') return <blockquote className="change-text"><Added text={change.added.join(' ')} /></blockquote>;
  if (change.kind === 'removed') return <blockquote className="change-text"><Removed text={change.removed.join(' ')} /></blockquote>;
  return (
    <blockquote className="change-text">
      {(change.words ?? []).map((word, index, words) =>
        // A removal straight before an addition reads as one word without a space between.
        word.kind === 'removed' && words[index + 1]?.kind === 'added' && !/\s$/.test(word.text) ? (
          <span key={index}>
            <Removed text={word.text} />{' '}
          </span>
        ) : word.kind === 'added' ? <Added key={index} text={word.text} /> : word.kind === 'removed' ? <Removed key={index} text={word.text} /> : <span key={index}>{word.text}</span>,
      )}
    </blockquote>
  );
}

// Screen readers do not announce <ins> and <del>: say it.
const Added = ({ text }: { text: string }) => (
  <ins>
    <span className="visually-hidden">[added: </span>
    {text}
    <span className="visually-hidden">]</span>
  </ins>
);
const Removed = ({ text }: { text: string }) => (
  <del>
    <span className="visually-hidden">[removed: </span>
    {text}
    <span className="visually-hidden">]</span>
  </del>
);

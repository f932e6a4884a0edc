// The printed question list: the export's content as a page that only the printer sees
// (styles.css hides the app and shows this under @media print). It is put directly
// in <body>, outside the app.
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { parseMarkdown } from '../../shared/notes/markdown';
import { MarkdownBlocks } from '../notes/MarkdownPreview';
import { usePrint } from './printStore';

export function PrintArea() {
  const document_ = usePrint((state) => state.document);
  const done = usePrint((state) => state.done);

  useEffect(() => {
    if (!document_) return;
    const finish = () => done();
    window.addEventListener('afterprint', finish, { once: true });
    // Print once the page has been laid out.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', finish);
    };
  }, [document_, done]);

  if (!document_) return null;
  const d = document_;
  // Outside the app's root element, which the print stylesheet hides.
  return createPortal(
    <div className="print-area" aria-hidden="true">
      <section className="print-title">
        <h1>{d.title}</h1>
        <p className="print-subtitle">{d.subtitle}</p>
        <dl>
          {d.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {d.objective && (
        <>
          <h2>Objective</h2>
          <p>{d.objective}</p>
        </>
      )}
      {d.keyObjectives.length > 0 && (
        <>
          <h2>Key objectives</h2>
          <ul>
            {d.keyObjectives.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {d.linesOfEnquiry.length > 0 && (
        <>
          <h2>Lines of enquiry</h2>
          <ol>
            {d.linesOfEnquiry.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ol>
        </>
      )}
      {d.sessions.length > 0 && (
        <>
          <h2>Sessions</h2>
          {d.sessions.map((session) => (
            <div key={session.title}>
              <h3>{session.title}</h3>
              <ul>
                {session.witnesses.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {d.witnesses.length > 0 && (
        <>
          <h2>Witnesses</h2>
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Role</th>
                <th>Organisation</th>
                <th>Session</th>
                <th>Time</th>
              </tr>
            </thead>
            <tbody>
              {d.witnesses.map((w) => (
                <tr key={w.name}>
                  <td>{w.name}</td>
                  <td>{w.role}</td>
                  <td>{w.organisation}</td>
                  <td>{w.session}</td>
                  <td>{w.time}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2 className="print-break">Questions</h2>
      {d.groups.map((group) => (
        <div key={group.heading ?? 'all'}>
          {group.heading && <h3>{group.heading}</h3>}
          <ol className="print-questions">
            {group.questions.map((q) => (
              <li key={q.id} value={q.number}>
                <strong>{q.text}</strong>
                <div>Lead member: {q.leadMember || 'Not yet agreed'}</div>
                {q.forWhom && <div>For: {q.forDetail ? `${q.forWhom} (${q.forDetail})` : q.forWhom}</div>}
                {q.itemNumber && <div>Agenda item: {`${q.itemNumber} ${q.itemTitle}`}</div>}
                {q.lineOfEnquiry && <div>Line of enquiry: {q.lineOfEnquiry}</div>}
                <div>
                  Priority: {q.priority} · Status: {q.status}
                </div>
                {q.answer && <div>Answer: {q.answer}</div>}
                {q.followUp && <div>Follow-up: {q.followUp}</div>}
                {q.privateNote && <div>Private note: {q.privateNote}</div>}
              </li>
            ))}
          </ol>
        </div>
      ))}
      {d.notes.length > 0 && (
        <>
          <h2 className="print-break">Notes</h2>
          {d.notes.map((note) => (
            <div key={note.heading}>
              <h3>{note.heading}</h3>
              <MarkdownBlocks blocks={parseMarkdown(note.body)} />
            </div>
          ))}
        </>
      )}
    </div>,
    document.body,
  );
}

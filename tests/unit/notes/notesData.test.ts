// Notes in Dexie (fake-indexeddb): per meeting, per agenda item and free-standing; quoting
// a passage with a link back; saving as typed; deleting with undo; the Markdown preview.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, ScrutineerDatabase } from '../../../renderer/db/database';
import { createAutosave } from '../../../renderer/notes/autosave';
import { addNote, deleteNote, latestNoteOn, noteOwner, notesIn, quoteInNote, restoreNote, saveNoteBody, setNoteItem } from '../../../renderer/notes/notesData';
import { PURGE_AFTER_MS, purgeExpired } from '../../../renderer/undo/purge';
import { parseInline, parseMarkdown, quoteMarkdown } from '../../../shared/notes/markdown';
import { noteTitle } from '../../../shared/notes/types';
import type { PassageLink } from '../../../shared/questions/types';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const passage: PassageLink = {
  documentId: 'pack',
  documentTitle: 'Agenda and reports pack',
  pdfPage: 107,
  printedPage: '105',
  itemNumber: '6a',
  itemTitle: 'Edge of Care - Scoping Report',
  quote: 'To identify if any improvements can be made to our current arrangements',
};

describe('notes', () => {
  it('keeps notes per meeting and free-standing, most recently edited first', async () => {
    const a = await addNote({ meetingId: 'm1', body: 'On the meeting' });
    const b = await addNote({ meetingId: 'm1', itemNumber: '6a', itemTitle: 'Edge of Care - Scoping Report', body: 'On 6a' });
    await addNote({ meetingId: null, body: 'Free-standing' });
    await addNote({ meetingId: 'm2', body: 'Another meeting' });
    await saveNoteBody(a.id, 'On the meeting, edited');
    expect((await notesIn({ meetingId: 'm1' })).map((n) => n.body)).toEqual(['On the meeting, edited', 'On 6a']);
    expect((await notesIn({ meetingId: null })).map((n) => n.body)).toEqual(['Free-standing']);
    expect((await latestNoteOn({ meetingId: 'm1' }, '6a'))?.id).toBe(b.id);
    await setNoteItem(a.id, { number: '4', title: 'CSE' });
    expect(await db.notes.get(a.id)).toMatchObject({ itemNumber: '4', itemTitle: 'CSE' });
  });

  it('quotes a passage into a new note on its agenda item, then into that note, with links back', async () => {
    const id = await quoteInNote(null, passage, { meetingId: 'm1' });
    const note = (await db.notes.get(id))!;
    expect(note).toMatchObject({ meetingId: 'm1', itemNumber: '6a', itemTitle: 'Edge of Care - Scoping Report' });
    expect(note.passages).toHaveLength(1);
    expect(note.body).toBe(
      `## 6a Edge of Care - Scoping Report\n\n> To identify if any improvements can be made to our current arrangements\n>\n> — [6a Edge of Care - Scoping Report, page 105](passage:${note.passages[0]!.id})\n`,
    );
    await saveNoteBody(id, `${note.body}\nMy thoughts.`);
    expect(await quoteInNote(id, { ...passage, quote: 'Breathing Space' }, { meetingId: 'm1' })).toBe(id);
    const after = (await db.notes.get(id))!;
    expect(after.passages.map((p) => p.quote)).toEqual([passage.quote, 'Breathing Space']);
    expect(after.body).toContain('My thoughts.\n\n> Breathing Space\n');
    // The preview reads the quote as a block quote with a link to the passage.
    const [heading, quote] = parseMarkdown(after.body);
    expect(heading).toMatchObject({ type: 'heading', level: 2 });
    expect(quote).toMatchObject({ type: 'quote' });
    expect(noteTitle(after.body)).toBe('6a Edge of Care - Scoping Report');
  });

  it('deletes with undo, and purges after a week', async () => {
    const note = await addNote({ meetingId: 'm1', body: 'Oops' });
    await deleteNote(note.id);
    expect(await notesIn({ meetingId: 'm1' })).toEqual([]);
    await restoreNote(note.id);
    expect((await notesIn({ meetingId: 'm1' })).map((n) => n.body)).toEqual(['Oops']);
    await deleteNote(note.id);
    expect(await purgeExpired([noteOwner], Date.now() + PURGE_AFTER_MS + 2000)).toBe(1);
    expect(await db.notes.get(note.id)).toBeUndefined();
  });

  it('titles a note by its first line', () => {
    expect(noteTitle('\n## Edge of **care**\nmore')).toBe('Edge of care');
    expect(noteTitle('')).toBe('Untitled note');
  });
});

describe('saving as typed', () => {
  it('stores each keystroke at once, keeping only the newest value while a write is in flight', async () => {
    const note = await addNote({ meetingId: 'm1' });
    const written: string[] = [];
    const saver = createAutosave(async (value) => {
      written.push(value);
      await saveNoteBody(note.id, value);
    });
    const text = 'Ask about Breathing Space';
    for (let i = 1; i <= text.length; i++) saver.set(text.slice(0, i));
    expect(saver.pending).toBe(true);
    await saver.flush();
    expect(saver.pending).toBe(false);
    expect(written[0]).toBe('A');
    expect(written.at(-1)).toBe(text);
    expect(written.length).toBeLessThan(text.length);
    // What is stored survives reopening the database (a reload).
    const reopened = new ScrutineerDatabase();
    await reopened.open();
    expect((await reopened.notes.get(note.id))?.body).toBe(text);
    reopened.close();
  });

  it('reports failures and carries on', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const saved: string[] = [];
    const saver = createAutosave(
      (value) => {
        if (fail) return Promise.reject(new Error('disk full'));
        saved.push(value);
        return Promise.resolve();
      },
      (error) => errors.push(error),
    );
    saver.set('a');
    await saver.flush();
    fail = false;
    saver.set('ab');
    await saver.flush();
    expect(errors).toHaveLength(1);
    expect(saved).toEqual(['ab']);
  });
});

describe('Markdown preview', () => {
  it('reads headings, emphasis, lists, quotes, code and links', () => {
    expect(parseMarkdown('# Title\n\nSome **bold** and *italic* and `code`.\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n---\n\n```\nraw *text*\n```')).toEqual([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Title' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Some ' },
          { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
          { type: 'text', text: ' and ' },
          { type: 'em', children: [{ type: 'text', text: 'italic' }] },
          { type: 'text', text: ' and ' },
          { type: 'code', text: 'code' },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'list', ordered: false, start: 1, items: [[{ type: 'paragraph', children: [{ type: 'text', text: 'one' }] }], [{ type: 'paragraph', children: [{ type: 'text', text: 'two' }] }]] },
      { type: 'list', ordered: true, start: 1, items: [[{ type: 'paragraph', children: [{ type: 'text', text: 'first' }] }], [{ type: 'paragraph', children: [{ type: 'text', text: 'second' }] }]] },
      { type: 'quote', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'quoted' }] }] },
      { type: 'rule' },
      { type: 'code', text: 'raw *text*' },
    ]);
  });

  it('keeps escaped characters and snake_case words as text, and reads passage links', () => {
    expect(parseInline('a\\*b snake_case_word')).toEqual([{ type: 'text', text: 'a*b snake_case_word' }]);
    expect(parseInline('[page 105](passage:p1)')).toEqual([{ type: 'link', href: 'passage:p1', children: [{ type: 'text', text: 'page 105' }] }]);
    expect(parseMarkdown(quoteMarkdown('13. The Council has schemes:', 'Pack, page 104', 'p3'))[0]).toMatchObject({
      type: 'quote',
      children: [{ type: 'paragraph', children: [{ type: 'text', text: '13. The Council has schemes:' }] }, { type: 'paragraph' }],
    });
    expect(quoteMarkdown('a *starred* [x]', 'Pack, page 1', 'p2')).toBe('> a \\*starred\\* \\[x\\]\n>\n> — [Pack, page 1](passage:p2)\n');
    expect(parseMarkdown(quoteMarkdown('a *starred* [x]', 'Pack, page 1', 'p2'))[0]).toMatchObject({
      type: 'quote',
      children: [{ type: 'paragraph', children: [{ type: 'text', text: 'a *starred* [x]' }] }, { type: 'paragraph' }],
    });
  });
});

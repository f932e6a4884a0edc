// Reads a meeting's page (ieListDocuments.aspx) for the combined documents the web service
// does not list: the agenda front sheet, the reports pack and supplements, all under
// `documents/g{meeting}/`.
import { Parser } from 'htmlparser2';
import { resolveOnSite } from './site';
import { cleanText } from './text';

export type PackKind = 'frontsheet' | 'pack' | 'supplement' | 'minutes' | 'other';

export interface PackLink {
  kind: PackKind;
  /** What the document is, for its title in the library: "Agenda frontsheet", "Supplement"... */
  title: string;
  /** The link's text as the page shows it (without the size). */
  text: string;
  url: string;
}

const SUPPLEMENT = /\b(supplement(ary)?|addendum|addenda|update sheet|late items?)\b/i;

/** "Public reports pack 10th-Feb-2026 10.00 Audit Committee PDF 2 MB" -> "Public reports pack". */
export function documentName(text: string): string {
  return cleanText(text)
    .replace(/\s*\b(PDF|DOC|DOCX)\b\s*[\d.,]+\s*[KMG]?B\s*$/i, '')
    .replace(/\s+\d{1,2}(st|nd|rd|th)?-[A-Za-z]{3,9}-\d{4}\b.*$/, '')
    .replace(/\.pdf$/i, '')
    .trim();
}

export function classifyPackDocument(name: string): PackKind {
  if (/agenda\s*front\s*sheet/i.test(name)) return 'frontsheet';
  if (SUPPLEMENT.test(name)) return 'supplement';
  if (/\b(public|agenda)\s+(reports?|document)\s+pack\b|\breports pack\b/i.test(name)) return 'pack';
  if (/\bminutes\b/i.test(name)) return 'minutes';
  return 'other';
}

function titleFor(kind: PackKind, name: string): string {
  if (kind === 'frontsheet') return 'Agenda frontsheet';
  if (kind === 'pack') return /^agenda/i.test(name) ? 'Agenda reports pack' : 'Public reports pack';
  return name;
}

/** The meeting-wide documents a meeting page links, each once, in page order. */
export function parsePackLinks(html: string, base: string, meetingId: number): PackLink[] {
  const links: PackLink[] = [];
  const seen = new Set<string>();
  let href: string | null = null;
  let title = '';
  let text = '';
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag !== 'a' || !attributes.href) return;
        href = attributes.href;
        title = attributes.title ?? '';
        text = '';
      },
      ontext(chunk) {
        if (href !== null) text += chunk;
      },
      onclosetag(tag) {
        if (tag !== 'a' || href === null) return;
        const url = resolveOnSite(href, base);
        href = null;
        if (!url || !new RegExp(`/documents/g${meetingId}/`, 'i').test(new URL(url).pathname)) return;
        const key = new URL(url).pathname.toLowerCase();
        if (seen.has(key)) return;
        // The link text, else the title attribute ("Link to document 'Agenda frontsheet ...'").
        const name = documentName(text) || documentName(title.replace(/^link to (download )?document\s*/i, '').replace(/^['‘“]|['’”]$/g, ''));
        if (!name) return;
        seen.add(key);
        const kind = classifyPackDocument(name);
        links.push({ kind, title: titleFor(kind, name), text: name, url });
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return links;
}

/** A page a firewall or sign-in puts where a ModernGov page was expected. */
export function looksLikeChallenge(html: string): boolean {
  const head = html.slice(0, 20_000);
  return /(just a moment|attention required|captcha|cf-chl|challenge-platform|access denied|are you a robot|verify you are human|request unsuccessful|incapsula)/i.test(head);
}

// Renders a note's Markdown (parsed by shared/notes/markdown.ts) as elements: the text is
// never inserted as HTML. Links to quoted passages ("passage:ID") go back to the pack.
import { createContext, useContext, type ReactNode } from 'react';
import type { Block, Inline } from '../../shared/notes/markdown';

type PassageHandler = (passageId: string) => void;

/** The ids of the note's passages that come from exempt pages: their links carry an "Exempt" badge. */
export const ExemptPassageIds = createContext<ReadonlySet<string>>(new Set());

function PassageLinkButton({ id, onPassage, children }: { id: string; onPassage: PassageHandler | undefined; children: ReactNode }) {
  const exempt = useContext(ExemptPassageIds).has(id);
  return (
    <>
      <button type="button" className="link-button passage-link" onClick={() => onPassage?.(id)}>
        {children}
      </button>
      {exempt && <span className="exempt-badge">Exempt</span>}
    </>
  );
}

function inlines(nodes: readonly Inline[], onPassage: PassageHandler | undefined, key = ''): ReactNode[] {
  return nodes.map((node, index) => {
    const k = `${key}${index}`;
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={k} />;
      case 'code':
        return <code key={k}>{node.text}</code>;
      case 'strong':
        return <strong key={k}>{inlines(node.children, onPassage, `${k}-`)}</strong>;
      case 'em':
        return <em key={k}>{inlines(node.children, onPassage, `${k}-`)}</em>;
      case 'link': {
        const children = inlines(node.children, onPassage, `${k}-`);
        if (node.href.startsWith('passage:')) {
          const id = node.href.slice('passage:'.length);
          return (
            <PassageLinkButton key={k} id={id} onPassage={onPassage}>
              {children}
            </PassageLinkButton>
          );
        }
        if (/^(https?:|mailto:)/i.test(node.href)) {
          return (
            <a key={k} href={node.href} target="_blank" rel="noreferrer noopener">
              {children}
            </a>
          );
        }
        return <span key={k}>{children}</span>;
      }
    }
  });
}

export function MarkdownBlocks({ blocks, onPassage }: { blocks: readonly Block[]; onPassage?: PassageHandler }): ReactNode {
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'heading': {
        // Note headings sit under the note's own heading: shift them down a level.
        const level = Math.min(6, block.level + 2);
        const Tag = `h${level}` as 'h3';
        return <Tag key={index}>{inlines(block.children, onPassage)}</Tag>;
      }
      case 'paragraph':
        return <p key={index}>{inlines(block.children, onPassage)}</p>;
      case 'quote':
        return (
          <blockquote key={index}>
            <MarkdownBlocks blocks={block.children} onPassage={onPassage} />
          </blockquote>
        );
      case 'list': {
        const items = block.items.map((item, i) => (
          <li key={i}>
            <MarkdownBlocks blocks={item.length === 1 && item[0]!.type === 'paragraph' ? [] : item} onPassage={onPassage} />
            {item.length === 1 && item[0]!.type === 'paragraph' ? inlines(item[0]!.children, onPassage) : null}
          </li>
        ));
        return block.ordered ? (
          <ol key={index} start={block.start}>
            {items}
          </ol>
        ) : (
          <ul key={index}>{items}</ul>
        );
      }
      case 'code':
        return (
          <pre key={index}>
            <code>{block.text}</code>
          </pre>
        );
      case 'rule':
        return <hr key={index} />;
    }
  });
}

// A read-only rendering of rich text (block previews, update narratives): the same node types the
// editor and the export know, nothing else.
import type { ReactNode } from 'react';
import type { BlockNode, ImageNode, InlineNode, ListItemNode, RichDoc } from '../../shared/richtext/model';

// Stored images were checked on the way in; this only makes sure nothing but an image held in the
// document is ever given to an <img> (no request can leave the app from a preview).
const isDataImage = (src: string) => /^data:image\/(png|jpeg);base64,/.test(src);

function image({ attrs }: ImageNode, i: number): ReactNode {
  if (!isDataImage(attrs.src)) return null;
  return (
    <figure key={i} className="rich-image">
      <img src={attrs.src} alt={attrs.alt} width={attrs.width} height={attrs.height} />
      {attrs.caption && <figcaption>{attrs.caption}</figcaption>}
    </figure>
  );
}

function inline(nodes: readonly InlineNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((n, i) => {
    if (n.type === 'hardBreak') return <br key={i} />;
    if (n.type === 'footnote')
      return (
        <sup key={i} title={n.attrs.text}>
          *
        </sup>
      );
    let el: ReactNode = n.text;
    for (const m of n.marks ?? []) {
      if (m.type === 'bold') el = <strong>{el}</strong>;
      else if (m.type === 'italic') el = <em>{el}</em>;
      else if (m.type === 'underline') el = <u>{el}</u>;
      else if (m.type === 'link') el = <span className="link-text">{el}</span>;
    }
    return <span key={i}>{el}</span>;
  });
}

function item(li: ListItemNode, i: number): ReactNode {
  return <li key={i}>{li.content.map((b, j) => block(b, j))}</li>;
}

function block(b: BlockNode, i: number): ReactNode {
  switch (b.type) {
    case 'paragraph':
      return <p key={i}>{inline(b.content)}</p>;
    case 'subheading':
      return b.attrs?.level === 3 ? <h6 key={i}>{inline(b.content)}</h6> : <h5 key={i}>{inline(b.content)}</h5>;
    case 'blockquote':
      return (
        <blockquote key={i} className="paper-quote">
          {b.content.map((p, j) => (
            <p key={j}>{inline(p.content)}</p>
          ))}
        </blockquote>
      );
    case 'bulletList':
      return <ul key={i}>{b.content.map(item)}</ul>;
    case 'orderedList':
      return (
        <ol key={i} start={b.attrs?.start}>
          {b.content.map(item)}
        </ol>
      );
    case 'table':
      return (
        <table key={i} className="paper-table">
          <tbody>
            {b.content.map((row, r) => (
              <tr key={r}>
                {row.content.map((cell, c) => {
                  const Tag = cell.type === 'tableHeader' ? 'th' : 'td';
                  return (
                    <Tag key={c} colSpan={cell.attrs?.colspan}>
                      {cell.content.map(block)}
                    </Tag>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'image':
      return image(b, i);
    case 'dataBlock':
      return null;
  }
}

export function RichDocView({ doc }: { doc: RichDoc }) {
  return <div className="rich-view">{doc.content.map(block)}</div>;
}

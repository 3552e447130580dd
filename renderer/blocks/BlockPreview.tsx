// What a data block prints, shown in the editor the way the export lays it out: the same parts,
// status cells shaded and lettered, header rows as real table headers.
import '../styles/blocks.css';
import type { BlockContent, CellContent, TablePart } from '../../shared/blocks/content';
import { StatusBadge } from '../ui/StatusBadge';
import { ChartView } from './ChartView';
import { RichDocView } from './RichDocView';

function Cell({ content }: { content: CellContent }) {
  switch (content.kind) {
    case 'text':
      return content.bold ? <strong>{content.text}</strong> : <>{content.text}</>;
    case 'status':
      // The cell itself is shaded (as in Word), so the badge only carries the symbol and letter.
      return content.status ? <StatusBadge status={content.status} show={content.showLabel ? 'name' : 'letter'} className="in-cell" /> : <em>Not rated</em>;
    case 'rich':
      return <RichDocView doc={content.doc} />;
  }
}

function TableView({ part }: { part: TablePart }) {
  const total = part.columns.reduce((a, b) => a + b, 0) || 1;
  const head = part.rows.filter((r, i) => r.role === 'header' && part.rows.slice(0, i).every((x) => x.role === 'header'));
  const body = part.rows.slice(head.length);
  return (
    <table className="block-table">
      <colgroup>
        {part.columns.map((w, i) => (
          <col key={i} style={{ width: `${(w / total) * 100}%` }} />
        ))}
      </colgroup>
      {head.length > 0 && (
        <thead>
          {head.map((row, r) => (
            <tr key={r}>
              {row.cells.map((c, i) => (
                <th key={i} scope="col" colSpan={c.span}>
                  <Cell content={c.content} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
      )}
      <tbody>
        {body.map((row, r) => (
          <tr key={r} className={`row-${row.role}`}>
            {row.cells.map((c, i) => {
              const style = c.content.kind === 'status' && c.content.status ? { background: c.content.status.fill, color: c.content.status.text } : undefined;
              const Tag = row.role === 'header' ? 'th' : 'td';
              return (
                <Tag key={i} colSpan={c.span} style={style} className={c.content.kind === 'status' ? 'status-cell' : c.content.kind === 'text' && c.content.align ? `align-${c.content.align}` : undefined}>
                  <Cell content={c.content} />
                </Tag>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BlockPreview({ content }: { content: BlockContent }) {
  return (
    // A landscape block is wider than the page it previews on and scrolls sideways: it takes focus so keyboard users can scroll it.
    <div className={`block-preview${content.landscape ? ' landscape' : ''}`} {...(content.landscape ? { tabIndex: 0, role: 'region', 'aria-label': `${content.title} (scrolls sideways)` } : {})}>
      {content.parts.map((p, i) => {
        switch (p.type) {
          case 'heading':
            return <h4 key={i}>{p.text}</h4>;
          case 'text':
            return <RichDocView key={i} doc={p.doc} />;
          case 'table':
            return <TableView key={i} part={p} />;
          case 'chart':
            return <ChartView key={i} part={p} />;
        }
      })}
    </div>
  );
}

// What a data block prints, shown in the editor the way the export lays it out: the same parts,
// status cells shaded and lettered, header rows as real table headers.
import '../styles/blocks.css';
import type { BlockContent, CellContent, TablePart } from '../../shared/blocks/content';
import { tablePartLayout } from '../../shared/blocks/table-layout';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from '../../shared/docx/constants';
import { StatusBadge } from '../ui/StatusBadge';
import { createContext, useContext } from 'react';
import { statusCellText } from '../../shared/house-style/house-style';
import type { StatusCellStyle } from '../../shared/house-style/model';

/** How status cells print in the paper's house style (the block's view provides it). */
export const StatusCellContext = createContext<StatusCellStyle>('symbolLetter');
import { ChartView } from './ChartView';
import { RichDocView } from './RichDocView';

function Cell({ content }: { content: CellContent }) {
  const statusCell = useContext(StatusCellContext);
  switch (content.kind) {
    case 'text': {
      const shown = content.bold ? <strong>{content.text}</strong> : <>{content.text}</>;
      const f = content.figure;
      // An overridden figure: the author sees what was computed and why it was replaced (Word prints only the figure).
      if (f?.computed === undefined) return shown;
      return (
        <>
          <span className="overridden-figure" title={`Replaced by the author. Computed: ${f.computed}. Reason: ${f.reason ?? ''}`}>
            {shown}
          </span>
          <span className="computed-figure">
            computed {f.computed}
            {f.reason ? ` — ${f.reason}` : ''}
          </span>
        </>
      );
    }
    case 'status':
      // The cell itself is shaded (as in Word), so the badge only carries the symbol and letter.
      if (!content.status) return <em>Not rated</em>;
      // The house style's status text (statusCellText), as Word prints it; the usual "■ G" is the shared badge.
      if (statusCell !== 'symbolLetter')
        return (
          <span className="status-tag in-cell" title={content.status.label}>
            {statusCellText(content.status, statusCell, content.showLabel === true)}
          </span>
        );
      return <StatusBadge status={content.status} show={content.showLabel ? 'name' : 'letter'} className="in-cell" />;
    case 'rich':
      return <RichDocView doc={content.doc} />;
  }
}

function TableView({ part, landscape }: { part: TablePart; landscape: boolean }) {
  // The export's own layout (shared/blocks/table-layout.ts): the same widths, as shares of the page,
  // and the same figure columns; the CSS never breaks a word (auto layout keeps each column at least
  // as wide as its longest word).
  const pageWidth = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const { widths, figures } = tablePartLayout(part, pageWidth);
  const alignOf = (content: CellContent, column: number, span: number | undefined) =>
    content.kind === 'text' && content.align
      ? `align-${content.align}`
      : content.kind === 'text' && (span ?? 1) === 1 && figures[column]
        ? 'align-right'
        : undefined;
  const columnsOf = (row: TablePart['rows'][number]) => {
    let c = 0;
    return row.cells.map((cell) => {
      const at = c;
      c += cell.span ?? 1;
      return at;
    });
  };
  const head = part.rows.filter((r, i) => r.role === 'header' && part.rows.slice(0, i).every((x) => x.role === 'header'));
  const body = part.rows.slice(head.length);
  return (
    <table className="block-table">
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: `${((w / pageWidth) * 100).toFixed(2)}%` }} />
        ))}
      </colgroup>
      {head.length > 0 && (
        <thead>
          {head.map((row, r) => {
            const at = columnsOf(row);
            return (
              <tr key={r}>
                {row.cells.map((c, i) => (
                  <th key={i} scope="col" colSpan={c.span} className={alignOf(c.content, at[i]!, c.span)}>
                    <Cell content={c.content} />
                  </th>
                ))}
              </tr>
            );
          })}
        </thead>
      )}
      <tbody>
        {body.map((row, r) => {
          const at = columnsOf(row);
          return (
            <tr key={r} className={`row-${row.role}`}>
              {row.cells.map((c, i) => {
                const style = c.content.kind === 'status' && c.content.status ? { background: c.content.status.fill, color: c.content.status.text } : undefined;
                const Tag = row.role === 'header' ? 'th' : 'td';
                return (
                  <Tag key={i} colSpan={c.span} style={style} className={c.content.kind === 'status' ? 'status-cell' : alignOf(c.content, at[i]!, c.span)}>
                    <Cell content={c.content} />
                  </Tag>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function BlockPreview({ content }: { content: BlockContent }) {
  return (
    // A landscape block is wider than the page it previews on and scrolls sideways: it takes focus so keyboard users can scroll it.
    <div
      className={`block-preview${content.landscape ? ' landscape' : ''}`}
      {...(content.landscape ? { tabIndex: 0, role: 'region', 'aria-label': `${content.title} (scrolls sideways)` } : {})}
    >
      {content.parts.map((p, i) => {
        switch (p.type) {
          case 'heading':
            return <h4 key={i}>{p.text}</h4>;
          case 'text':
            return <RichDocView key={i} doc={p.doc} />;
          case 'table':
            return <TableView key={i} part={p} landscape={content.landscape} />;
          case 'chart':
            return <ChartView key={i} part={p} />;
        }
      })}
    </div>
  );
}

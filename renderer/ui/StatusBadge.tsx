// The one on-screen status badge, for every status the app shows (a plan's key, a measure's RAGB, a
// block preview's status cell, any later band): shaded with the status colour AND carrying its symbol
// and letter (or name), as the Word export prints it, so it never relies on colour alone.
import type { StatusMark } from '../../shared/status/palette';

export interface StatusBadgeProps {
  /** The status, or null/undefined when nothing is rated yet. */
  readonly status: StatusMark | null | undefined;
  /** 'letter' (■ G, the name as a tooltip), 'name' (■ Green) or 'both' (■ G Green). */
  readonly show?: 'letter' | 'name' | 'both';
  /** Tooltip: what the status means, or why it was given. */
  readonly title?: string | undefined;
  /** What an unrated status says. */
  readonly emptyText?: string;
  readonly className?: string;
}

export function StatusBadge({ status, show = 'letter', title, emptyText = 'Not rated', className }: StatusBadgeProps) {
  const classes = ['status-tag', className].filter(Boolean).join(' ');
  if (!status) return <span className={`${classes} not-rated`}>{emptyText}</span>;
  return (
    <span className={classes} style={{ background: status.fill, color: status.text }} title={title ?? status.label}>
      <span aria-hidden="true">{status.symbol} </span>
      {show === 'name' ? (
        status.label
      ) : show === 'both' ? (
        <>
          <strong>{status.letter}</strong> <span className="status-tag-name">{status.label}</span>
        </>
      ) : (
        <abbr title={status.label}>{status.letter}</abbr>
      )}
    </span>
  );
}

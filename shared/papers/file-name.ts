import type { Paper } from './model';

/**
 * A file name for an exported paper that sorts by meeting date and is safe on Windows, macOS and
 * Linux: "2017-12-08 Police and Crime Commissioner's Update Report.docx".
 */
export function paperFileName(paper: Pick<Paper, 'title' | 'cover'>, extension = 'docx'): string {
  const title = paper.title
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(paper.cover.meetingDate) ? `${paper.cover.meetingDate} ` : '';
  return `${date}${title || 'Untitled paper'}.${extension}`;
}


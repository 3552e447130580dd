// The closing "For any enquiries about this report please contact:" block: name and role, e-mail as a
// mailto link, telephone, each contact kept together on one page.
import { ExternalHyperlink, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Contact } from '../papers/model';
import { CONTACTS_INTRO } from '../papers/standard-sections';
import { safeHref } from './links';
import { textRuns } from './runs';

export function contactsBlock(contacts: readonly Contact[]): Paragraph[] {
  const people = contacts.filter((c) => [c.name, c.role, c.email, c.phone].some((s) => s.trim()));
  if (!people.length) return [];
  const out: Paragraph[] = [new Paragraph({ children: textRuns(CONTACTS_INTRO), keepNext: true, spacing: { before: 360, after: 240 } })];
  people.forEach((c) => {
    const lines: ParagraphChild[][] = [];
    const name = c.name.trim();
    const role = c.role.trim();
    if (name || role) lines.push([...(name ? textRuns(name, { bold: true }) : []), ...(name && role ? [new TextRun(', ')] : []), ...textRuns(role)]);
    const email = c.email.trim();
    if (email) {
      const href = safeHref(email.startsWith('mailto:') ? email : `mailto:${email}`);
      lines.push(href ? [new ExternalHyperlink({ link: href, children: textRuns(email.replace(/^mailto:/, ''), { style: 'Hyperlink' }) })] : textRuns(email));
    }
    if (c.phone.trim()) lines.push(textRuns(`Tel: ${c.phone.trim()}`));
    lines.forEach((children, i) => {
      const last = i === lines.length - 1;
      out.push(new Paragraph({ children, keepNext: !last, keepLines: true, spacing: { after: last ? 240 : 40 } }));
    });
  });
  return out;
}

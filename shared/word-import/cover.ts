// The cover-sheet table at the top of a paper, recognised by its labels and their usual variants
// ("Report to" / "Report to:", "Date of Meeting" / "Meeting date", "Report Author" / "Author",
// "E-mail" / "Email", "Public/Non Public*" …), and meeting dates in the forms papers use.
import type { CoverSheet, PaperPurpose, Publicity } from '../papers/model';
import { parseDateText } from '../import/values';
import { must } from '../records/must';

export type CoverField =
  'purpose' | 'publicity' | 'exemptionReason' | 'committee' | 'meetingDate' | 'reportOf' | 'author' | 'email' | 'otherContacts' | 'agendaItem';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[*:.?]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const LABELS: readonly [RegExp, CoverField][] = [
  [/^for (consideration|decision|information)( ?\/ ?(consideration|decision|information))*$/, 'purpose'],
  [/^(purpose|report (is )?for|status of report)$/, 'purpose'],
  [/^(public ?\/ ?non[- ]?public|public or non[- ]?public|publicity|public|classification|status)$/, 'publicity'],
  [/^(reason( for)?( the)? exemption|exemption( reason)?|reason for non[- ]?publication|exempt(ion)? (under|paragraph).*)$/, 'exemptionReason'],
  [/^(report to|to|committee|meeting|panel|report to the)$/, 'committee'],
  [/^(date of( the)? meeting|meeting date|date)$/, 'meetingDate'],
  [/^(report of|report from|from|report by|submitted by)$/, 'reportOf'],
  [/^(report author|author|author of report|report author\(s\)|lead officer|officer)$/, 'author'],
  [/^(e-?mail|e-?mail address|author e-?mail|contact e-?mail)$/, 'email'],
  [/^(other contacts?|other contact officers?|contacts?)$/, 'otherContacts'],
  [/^(agenda item( no| number)?|item( no| number)?|agenda no)$/, 'agendaItem'],
];

/** The cover field a label cell names, or null. */
export function coverLabel(text: string): CoverField | null {
  const t = norm(text);
  if (!t || t.length > 60) return null;
  for (const [re, field] of LABELS) if (re.test(t)) return field;
  return null;
}

export function purposeOf(text: string): PaperPurpose | null {
  const m = /\b(consideration|decision|information)\b/i.exec(text);
  return m ? (must(m[1], 'm[1]').toLowerCase() as PaperPurpose) : null;
}

export function publicityOf(text: string): Publicity | null {
  const t = norm(text);
  if (/\b(non[- ]?public|not for publication|exempt|confidential|restricted|private)\b/.test(t)) return 'non-public';
  if (/\bpublic\b/.test(t)) return 'public';
  return null;
}

const WEEKDAY = /^(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?,?\s+/i;

/** A meeting date as written on papers ("8th December 2017", "8 Dec 2017", "08/12/2017", "Friday 8 December 2017", "December 8, 2017") → ISO, or null. */
export function parseMeetingDate(text: string): string | null {
  let t = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(WEEKDAY, '')
    .replace(/(\d)(st|nd|rd|th)\b/i, '$1')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "December 8 2017" (month first)
  const us = /^([A-Za-z]+\.?) (\d{1,2}) (\d{4})$/.exec(t);
  if (us) t = `${us[2]} ${us[1]} ${us[3]}`;
  // a day is required: "December 2017" is not a meeting date
  if (!/^\d/.test(t) && !/^\d{4}-/.test(t)) return null;
  if (/^\d{3,7}(\.\d+)?$/.test(t)) return null; // not a spreadsheet serial here
  return parseDateText(t);
}

export interface CoverRead {
  readonly cover: Partial<CoverSheet>;
  readonly committeeName: string;
  /** Label/value pairs not carried over, with why. */
  readonly problems: string[];
  readonly recognised: number;
}

/** Reads label/value rows (first cell, the rest joined) into the cover sheet. */
export function readCover(rows: readonly (readonly string[])[]): CoverRead {
  const cover: { -readonly [K in keyof CoverSheet]?: CoverSheet[K] } = {};
  let committeeName = '';
  const problems: string[] = [];
  let recognised = 0;
  const clip = (s: string, max: number, label: string) => {
    if (s.length <= max) return s;
    problems.push(`“${label}” was cut to ${max} characters`);
    return s.slice(0, max);
  };
  for (const row of rows) {
    const label = (row[0] ?? '').trim();
    const value = row.slice(1).join(' ').replace(/\s+/g, ' ').trim();
    if (!label && !value) continue;
    const field = coverLabel(label);
    if (!field) {
      // A row like "For Decision" (no label cell) or "Public" on its own.
      const p = purposeOf(label);
      if (p && /^for\b/i.test(label)) {
        cover.purpose = p;
        recognised++;
        continue;
      }
      problems.push(
        `the row “${label.slice(0, 60)}”${value ? ` (“${value.slice(0, 60)}”)` : ''} is not a cover-sheet field of the app, so it was not carried over`,
      );
      continue;
    }
    recognised++;
    switch (field) {
      case 'purpose': {
        const p = purposeOf(/^for /i.test(label) && !/\//.test(label) ? label : value || label);
        if (p) cover.purpose = p;
        break;
      }
      case 'publicity': {
        const p = publicityOf(value);
        if (p) cover.publicity = p;
        else if (value) problems.push(`“Public/Non Public” said “${value.slice(0, 60)}”, which is neither; the paper is Public`);
        break;
      }
      case 'exemptionReason':
        cover.exemptionReason = clip(value, 2_000, label);
        break;
      case 'committee':
        committeeName = clip(value, 300, label);
        break;
      case 'meetingDate': {
        const iso = value ? parseMeetingDate(value) : null;
        if (iso) cover.meetingDate = iso;
        else if (value)
          problems.push(
            `the meeting date “${value.slice(0, 60)}” is not a date the app can read (e.g. 8th December 2017 or 08/12/2017); enter it on the cover sheet`,
          );
        break;
      }
      case 'reportOf':
        cover.reportOf = clip(value, 2_000, label);
        break;
      case 'author':
        cover.author = clip(value, 2_000, label);
        break;
      case 'email':
        cover.email = clip(value.replace(/^mailto:/i, ''), 2_000, label);
        break;
      case 'otherContacts':
        cover.otherContacts = clip(value, 2_000, label);
        break;
      case 'agendaItem':
        cover.agendaItem = clip(value, 100, label);
        break;
    }
  }
  if (cover.publicity === 'non-public' && !cover.exemptionReason)
    problems.push('the paper is Non Public but no reason for exemption was found; add it on the cover sheet');
  return { cover, committeeName, problems, recognised };
}

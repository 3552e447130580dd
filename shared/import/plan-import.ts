// A delivery plan from a spreadsheet: one row per deliverable, each carrying its theme (number and/or
// title; a blank theme continues the one above, as merged cells read), ref, organisation, lead
// officer, activity, marker and due date, and optionally a status and update text for one period.
// An action plan reads the same way: objective (the theme), action, owner(s) and when ("Completion
// date or frequency", kept as typed and read by shared/plans/when.ts when the rows are stored); its
// rows may have no refs at all.
// Gives plain objects for the caller to turn into records, plus per-row errors and a summary.
import type { Person, StatusKey } from '../plans/model';
import type { IsoDate } from '../periods/dates';
import type { ImportField, MappedRow, RowError } from './mapping';
import { idValue, short, textValue } from './mapping';
import { PLAN_TEXT_LIMITS as MAX } from '../backup/schema-plans';
import { must } from '../records/must';

export const PLAN_FIELDS: readonly ImportField[] = [
  {
    key: 'themeNumber',
    label: 'Theme number',
    required: false,
    type: 'text',
    maxLength: MAX.themeNumber,
    aliases: ['Theme no', 'Theme #', 'Theme', 'Objective number', 'Objective no'],
    hint: 'A blank cell continues the theme above.',
  },
  {
    key: 'themeTitle',
    label: 'Theme title',
    required: false,
    type: 'text',
    maxLength: MAX.themeTitle,
    aliases: ['Theme name', 'Theme description', 'Objective', 'Strategic objective', 'Objectives'],
  },
  {
    key: 'objectives',
    label: 'Theme objectives',
    required: false,
    type: 'text',
    maxLength: MAX.objectivesCell,
    aliases: ['Objectives of the theme', 'Theme aims', 'Aims', 'Key objectives', 'Outcomes', 'Intended outcomes', 'Objectives (one a line)'],
    hint: 'One objective a line (Alt+Enter in Excel); printed by a plan overview block. A blank cell adds none.',
  },
  {
    key: 'ref',
    label: 'Ref',
    required: false,
    type: 'text',
    maxLength: MAX.ref,
    aliases: ['Reference', 'Ref no', 'No', 'Number', 'ID', 'Deliverable ref'],
    hint: 'Leave unmapped for an action plan without refs.',
  },
  {
    key: 'organisation',
    label: 'Organisation',
    required: false,
    type: 'text',
    maxLength: MAX.organisation,
    aliases: ['Org', 'Organization', 'Agency', 'Lead organisation'],
  },
  {
    key: 'leadName',
    label: 'Lead officer',
    required: false,
    type: 'text',
    maxLength: MAX.personName,
    aliases: ['Lead', 'Lead officer name', 'Owner', 'Owners', 'Responsible officer', 'Officer'],
    hint: 'Several owners: separate them with commas or semicolons; the first is the lead.',
  },
  {
    key: 'leadEmail',
    label: 'Lead officer e-mail',
    required: false,
    type: 'text',
    maxLength: MAX.email,
    aliases: ['Email', 'E-mail', 'Lead email', 'Lead officer email', 'Email address'],
  },
  {
    key: 'activity',
    label: 'Activity',
    required: true,
    type: 'text',
    maxLength: MAX.activity,
    aliases: ['Deliverable', 'Action', 'Description', 'Activities', 'Activity description'],
  },
  {
    key: 'marker',
    label: 'Marker (*)',
    required: false,
    type: 'text',
    maxLength: MAX.marker,
    aliases: ['Marker', 'New', 'Star', '*', 'New or carried forward'],
    hint: '"*" marks a new or carried-forward activity.',
  },
  { key: 'dueDate', label: 'Due date', required: false, type: 'date', aliases: ['Due', 'Deadline', 'Target date', 'Completion date', 'By when', 'Date due'] },
  {
    key: 'when',
    label: 'Completion date or frequency',
    required: false,
    type: 'text',
    maxLength: MAX.when,
    aliases: ['When', 'Frequency', 'Timescale', 'Timescales', 'Completion date/frequency'],
    hint: 'A date, a month, a quarter, a year or a frequency; anything else is kept as written.',
  },
  { key: 'status', label: 'Status', required: false, type: 'status', aliases: ['RAG', 'RAG status', 'Rating', 'Progress status'] },
  {
    key: 'update',
    label: 'Update text',
    required: false,
    type: 'text',
    aliases: ['Update', 'Progress', 'Narrative', 'Comments', 'Commentary', 'Progress update'],
  },
];

export interface PlanDraftLead {
  /** An existing person's id, or null for a new person (see `newPersonIndex`). */
  readonly personId: string | null;
  /** Index into `PlanDraft.newPeople` when the lead is new. */
  readonly newPersonIndex: number | null;
}

export interface PlanDraftDeliverable {
  readonly rowNumber: number;
  readonly ref: string;
  readonly organisation: string;
  readonly lead: PlanDraftLead | null;
  /** Every owner, lead first (the lead alone when the cell names one); optional for older callers. */
  readonly owners?: readonly PlanDraftLead[];
  /** The "Completion date or frequency" cell as written ('' when blank); read by parseWhen when stored. */
  readonly whenText?: string;
  readonly activity: string;
  /** "*" or ''. */
  readonly marker: string;
  readonly dueDate: IsoDate | null;
  /** The status and update text for `PlanDraft.periodId`, or null when the row has neither. */
  readonly update: { readonly statusId: string | null; readonly text: string } | null;
}

export interface PlanDraftTheme {
  readonly number: string;
  readonly title: string;
  /** The theme's objectives, one an entry, in the order first met; absent when the sheet gives none. */
  readonly objectives?: readonly string[];
  readonly deliverables: readonly PlanDraftDeliverable[];
}

export interface PlanDraftPerson {
  readonly name: string;
  readonly email: string;
  /** Initials, as printed in a "Lead Officer" column; the user can change it later. */
  readonly shortName: string;
}

export interface PlanDraft {
  readonly themes: readonly PlanDraftTheme[];
  readonly newPeople: readonly PlanDraftPerson[];
  /** The period the updates are for (null when none was chosen). */
  readonly periodId: string | null;
}

export interface PlanImportCounts {
  readonly themes: number;
  /** Objectives read for the themes (each theme's distinct lines). */
  readonly objectives: number;
  readonly deliverables: number;
  readonly newPeople: number;
  readonly updates: number;
}

export interface PlanImportResult {
  readonly draft: PlanDraft;
  readonly errors: readonly RowError[];
  readonly counts: PlanImportCounts;
  /** "3 themes", "24 deliverables", "2 new people", "20 updates for Q2 2017/18". */
  readonly summary: readonly string[];
}

export interface PlanImportOptions {
  /** People already in the app; leads are matched to them by name, case-insensitively. */
  readonly people: readonly Pick<Person, 'id' | 'name' | 'email'>[];
  /** The plan's status key (pass it to applyMapping too, so the status column is read against it). */
  readonly statusKey: StatusKey;
  /** The period the status and update columns are for; null when the user imports no updates. */
  readonly periodId: string | null;
  /** Refs already in the plan being imported into, which the import must not repeat. */
  readonly existingRefs?: readonly string[];
  /** For the summary line of updates, e.g. periodShortLabel. */
  readonly periodLabel?: string;
}

const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();
const refKey = (ref: string): string => ref.trim().replace(/\s+/g, ' ').toLowerCase();

/** "Kate Davies" → "KD"; "ACC Prior" → "AP". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => must(w[0], 'w[0]').toUpperCase())
    .join('')
    .slice(0, 6);
}

/** The theme record's limits (schema-plans: objectives are text(2000), at most 200). */
const MAX_OBJECTIVE = 2000;
const MAX_OBJECTIVES = 200;

/** "Reduce harm\n• Support victims" → two objectives (a cell's lines; a leading bullet, dash or number dropped). */
export function splitObjectives(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n/)
    .map((s) =>
      s
        .replace(/^\s*(?:[•\-–*·▪]|\d+[.)])\s*/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((s) => s !== '');
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const MARKER_YES = new Set(['*', 'y', 'yes', 'true', 'new', '1']);
const MARKER_NO = new Set(['', 'n', 'no', 'false', '0', '-']);

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

interface ThemeBuilder {
  number: string;
  title: string;
  objectives: string[];
  deliverables: PlanDraftDeliverable[];
}

/** The plan draft from mapped rows (see PLAN_FIELDS). Never throws. */
export function buildPlanImport(rows: readonly MappedRow[], options: PlanImportOptions): PlanImportResult {
  const errors: RowError[] = [];
  const themes: ThemeBuilder[] = [];
  const themeByKey = new Map<string, ThemeBuilder>();
  const newPeople: PlanDraftPerson[] = [];
  const newPersonByName = new Map<string, number>();
  const existingPerson = new Map<string, string>();
  for (const p of options.people) if (!existingPerson.has(nameKey(p.name))) existingPerson.set(nameKey(p.name), p.id);
  const refRows = new Map<string, number>();
  // An action plan may have no refs at all; once any row has one, every row needs one.
  const refsUsed = rows.some((r) => textValue(r, 'ref') !== '');
  const existingRefs = new Set((options.existingRefs ?? []).map(refKey));
  let current: ThemeBuilder | null = null;
  let updates = 0;
  let periodErrorGiven = false;

  for (const row of rows) {
    const err = (column: string, message: string) => errors.push({ row: row.rowNumber, column, message });
    const rowErrorsBefore = errors.length;

    // Theme: a number and/or title starts (or returns to) a theme; blank continues the one above.
    const themeNumber = textValue(row, 'themeNumber')
      .replace(/^theme\s*/i, '')
      .replace(/[:.]$/, '')
      .trim();
    const themeTitle = textValue(row, 'themeTitle');
    if (themeNumber !== '' || themeTitle !== '') {
      const key = themeNumber !== '' ? `#${themeNumber.toLowerCase()}` : `t:${nameKey(themeTitle)}`;
      let theme = themeByKey.get(key);
      if (!theme) {
        theme = { number: themeNumber, title: themeTitle, objectives: [], deliverables: [] };
        themes.push(theme);
        themeByKey.set(key, theme);
        if (themeTitle !== '' && themeNumber !== '') themeByKey.set(`t:${nameKey(themeTitle)}`, theme);
      } else if (theme.title === '' && themeTitle !== '') theme.title = themeTitle;
      current = theme;
    }
    if (current === null) {
      err('Theme number', 'No theme: give a theme number or title on this row or a row above it.');
    }

    // Objectives: one a line (a leading bullet, dash or number dropped). A theme's
    // rows may repeat them (a merged cell copied down) or add more: each distinct line is kept once.
    const objectives = splitObjectives(textValue(row, 'objectives'));
    const tooLong = objectives.find((o) => o.length > MAX_OBJECTIVE);
    if (tooLong !== undefined)
      err(
        'Theme objectives',
        `An objective can be at most ${MAX_OBJECTIVE.toLocaleString('en-GB')} characters; "${short(tooLong)}" has ${tooLong.length.toLocaleString('en-GB')}.`,
      );
    const had = new Set((current?.objectives ?? []).map(nameKey));
    const newObjectives = objectives.filter((o) => !had.has(nameKey(o)) && had.add(nameKey(o)));
    const objectiveCount = (current?.objectives.length ?? 0) + newObjectives.length;
    if (objectiveCount > MAX_OBJECTIVES)
      err('Theme objectives', `A theme can have at most ${MAX_OBJECTIVES} objectives; this row takes it to ${objectiveCount}.`);

    const ref = textValue(row, 'ref');
    const activity = textValue(row, 'activity');
    if (ref === '') {
      if (refsUsed) err('Ref', 'Ref is missing.');
    } else if (existingRefs.has(refKey(ref))) err('Ref', `The plan already has a deliverable "${short(ref)}".`);
    else if (refRows.has(refKey(ref))) err('Ref', `The ref "${short(ref)}" is also used on row ${refRows.get(refKey(ref))}.`);
    else refRows.set(refKey(ref), row.rowNumber);
    if (activity === '') err('Activity', 'Activity is missing.');

    const markerText = textValue(row, 'marker').toLowerCase();
    let marker = '';
    if (MARKER_YES.has(markerText)) marker = '*';
    else if (!MARKER_NO.has(markerText)) err('Marker (*)', `"${short(textValue(row, 'marker'))}" is not a marker: use "*" or leave it blank.`);

    // A due date that applyMapping could not read is already an error there (its value is null).
    const dueDate = idValue(row, 'dueDate');

    const ownerNames = textValue(row, 'leadName')
      .split(/[;,\n]/)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const leadName = ownerNames[0] ?? '';
    const leadEmail = textValue(row, 'leadEmail');
    if (leadEmail !== '' && !EMAIL.test(leadEmail)) err('Lead officer e-mail', `"${short(leadEmail)}" is not an e-mail address.`);
    if (leadEmail !== '' && leadName === '') err('Lead officer', 'There is an e-mail address but no lead officer name.');

    const statusRaw = row.values['status'];
    const statusId = typeof statusRaw === 'string' && statusRaw !== '' ? statusRaw : null;
    if (statusId !== null && !options.statusKey.statuses.some((s) => s.id === statusId)) {
      err('Status', `"${short(statusId)}" is not a status in the plan's key (${options.statusKey.statuses.map((s) => s.label).join(', ')}).`);
    }
    const updateText = textValue(row, 'update');
    const hasUpdate = statusId !== null || updateText !== '';
    if (hasUpdate && options.periodId === null && !periodErrorGiven) {
      err('Status', 'Choose the period the statuses and updates are for.');
      periodErrorGiven = true;
    }

    if (errors.length > rowErrorsBefore || current === null) continue;
    current.objectives.push(...newObjectives);

    // The e-mail column is the lead's (the first owner's).
    const personFor = (name: string, email: string): PlanDraftLead => {
      const existing = existingPerson.get(nameKey(name));
      if (existing !== undefined) return { personId: existing, newPersonIndex: null };
      let index = newPersonByName.get(nameKey(name));
      if (index === undefined) {
        index = newPeople.length;
        newPeople.push({ name, email, shortName: initialsOf(name) });
        newPersonByName.set(nameKey(name), index);
      } else if (must(newPeople[index], 'newPeople[index]').email === '' && email !== '') {
        newPeople[index] = { ...must(newPeople[index], 'newPeople[index]'), email };
      }
      return { personId: null, newPersonIndex: index };
    };
    const owners = ownerNames.map((name, i) => personFor(name, i === 0 ? leadEmail : ''));
    const lead: PlanDraftLead | null = owners[0] ?? null;
    const whenText = textValue(row, 'when');
    const update = hasUpdate && options.periodId !== null ? { statusId, text: updateText } : null;
    if (update) updates++;
    current.deliverables.push({
      rowNumber: row.rowNumber,
      ref,
      organisation: textValue(row, 'organisation'),
      lead,
      ...(owners.length > 1 ? { owners } : {}),
      ...(whenText ? { whenText } : {}),
      activity,
      marker,
      dueDate,
      update,
    });
  }

  const deliverables = themes.reduce((n, t) => n + t.deliverables.length, 0);
  if (rows.length > 0 && deliverables === 0 && errors.length === 0)
    errors.push({ row: must(rows[0], 'rows[0]').rowNumber, column: 'Ref', message: 'No deliverables to import.' });
  const kept = themes.filter((t) => t.deliverables.length > 0);
  const counts: PlanImportCounts = {
    themes: kept.length,
    objectives: kept.reduce((n, t) => n + t.objectives.length, 0),
    deliverables,
    newPeople: newPeople.length,
    updates,
  };
  const summary = [
    plural(counts.themes, 'theme', 'themes'),
    ...(counts.objectives > 0 ? [plural(counts.objectives, 'objective', 'objectives')] : []),
    plural(counts.deliverables, 'deliverable', 'deliverables'),
    plural(counts.newPeople, 'new person', 'new people'),
    `${plural(counts.updates, 'update', 'updates')}${counts.updates > 0 && options.periodLabel ? ` for ${options.periodLabel}` : ''}`,
  ];
  return {
    draft: {
      themes: kept.map(({ objectives, ...t }) => (objectives.length > 0 ? { ...t, objectives } : t)),
      newPeople,
      periodId: options.periodId,
    },
    errors,
    counts,
    summary,
  };
}

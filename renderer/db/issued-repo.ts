// Issuing a paper, revising it, its versions, the next quarter's paper, and templates (issue 10).
// Issuing builds the Word file outside any transaction (packing is not a Dexie call), then writes
// the version and the paper's new state in one transaction, refusing if the paper changed meanwhile.
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import { exportPaperDocxAt } from '../../shared/docx/deterministic';
import type { IssuedVersion, PaperTemplate } from '../../shared/issued/model';
import { nextPaper } from '../../shared/issued/next-paper';
import { paperFromTemplate, templateFromPaper } from '../../shared/issued/templates';
import { latestVersion, versionsOf } from '../../shared/issued/versions';
import { issueAllowed, issueBlockers, issuedClearances, sectionHashes } from '../../shared/clearance/rules';
import { bundlePaper } from '../../shared/papers/bundle';
import { LIMITS } from '../../shared/backup/schema-common';
import { splitAcceptedBlockers } from '../../shared/check/rules/clearance';
import type { Paper, PaperBundle } from '../../shared/papers/model';
import { isLive, newId, nowIso, touch } from '../../shared/records/meta';
import { bytesToBase64, sha256Hex } from '../../shared/text/bytes';
import { userAction } from './action';
import { snapshot } from './backup-repo';
import type { PanelwrightDb } from './database';
import { editablePaper } from './paper-guard';
import { valid } from './validate';

export class IssueRefusedError extends Error {
  override name = 'IssueRefusedError';
}

/** The latest change to the paper or anything in it, so an issue can tell the paper changed while its file was built. */
async function lastChange(db: PanelwrightDb, paperId: string): Promise<string> {
  const stamps: string[] = [];
  const paper = await db.papers.get(paperId);
  if (paper) stamps.push(paper.updatedAt);
  for (const t of [db.sections, db.appendices, db.blocks] as const)
    for (const r of await t.where('paperId').equals(paperId).toArray()) stamps.push(r.updatedAt);
  return stamps.sort().at(-1) ?? '';
}

export interface IssueOptions {
  /** "Issued to Police and Crime Panel, 8 Dec". */
  readonly note: string;
  /** For a re-issue: print "Revised" and this note under the title; null to print nothing. */
  readonly revisedNote: string | null;
  readonly appVersion: string;
  /** Why the paper goes out while a required clearance is missing or out of date (kept with the version). */
  readonly overrideReason?: string;
  /** Builds the version's Word file (the app: in the export worker); `exportPaperDocxAt` here by default — the same bytes. */
  readonly build?: (bundle: PaperBundle, at: string, seed: string) => Promise<Uint8Array>;
}

/**
 * Issues the paper: freezes it as printed (every block resolved now), builds its Word file
 * deterministically (dated and seeded by the version), stores the version with the file and its
 * SHA-256, and puts the paper in the issued state. An export that fails issues nothing.
 */
export async function issuePaper(db: PanelwrightDb, paperId: string, options: IssueOptions): Promise<IssuedVersion> {
  const data = await snapshot(db);
  const paper = data.papers.find((p) => p.id === paperId && isLive(p));
  if (!paper) throw new IssueRefusedError('That paper no longer exists.');
  if (paper.status === 'issued') throw new IssueRefusedError('This paper is already issued. Revise it first to issue a new version.');
  const live = bundlePaper(data, paperId)!;
  const before = await db.transaction('r', [db.papers, db.sections, db.appendices, db.blocks], () => lastChange(db, paperId));
  // Required clearances: missing or out of date ones refuse the issue unless the author gives a reason.
  const clearances = data.clearances.filter((c) => c.paperId === paperId);
  const hashes = await sectionHashes(live.sections);
  // One accepted in the Check with a reason (the clearance rule's finding) needs no second reason here.
  const blockers = splitAcceptedBlockers(issueBlockers(clearances, live.sections, hashes), paper.acceptedFindings);
  const allowed = issueAllowed(blockers.open, options.overrideReason ?? '');
  if (!allowed.ok) throw new IssueRefusedError(allowed.message);
  const reasons = [...(allowed.overrideReason ? [allowed.overrideReason] : []), ...blockers.accepted.map((a) => `${a.blocker.message}: ${a.reason}`)];
  const overrideReason = reasons.length ? reasons.join('; ').slice(0, LIMITS.field) : null;
  const cleared = clearances.some(isLive) ? { clearances: issuedClearances(clearances, live.sections, hashes, overrideReason) } : {};
  const number = versionsOf(data, paperId).length + 1;
  const id = newId();
  const issuedAt = nowIso();
  const revision = number > 1 && options.revisedNote !== null ? { number, note: options.revisedNote.trim() } : null;
  const bundle: PaperBundle = { ...live, paper: { ...live.paper, status: 'issued' }, revision };
  // Throws ExportRefusedError (with what to fix) before anything is stored.
  const bytes = await (options.build ?? exportPaperDocxAt)(bundle, issuedAt, id);
  const docx = { sha256: await sha256Hex(bytes), base64: bytesToBase64(bytes), appVersion: options.appVersion };
  return userAction(db, [db.papers, db.sections, db.appendices, db.blocks, db.issuedVersions], async ({ by }) => {
    if ((await lastChange(db, paperId)) !== before)
      throw new IssueRefusedError('The paper changed while it was being issued (in another window?). Nothing was issued: try again.');
    const current = await editablePaper(db, paperId);
    if (!current) throw new IssueRefusedError('That paper no longer exists.');
    if ((await db.issuedVersions.where('paperId').equals(paperId).count()) !== number - 1)
      throw new IssueRefusedError('Another version was issued meanwhile. Nothing was issued: try again.');
    const version: IssuedVersion = valid('issuedVersions', {
      id,
      createdAt: issuedAt,
      updatedAt: issuedAt,
      updatedBy: by,
      deletedAt: null,
      paperId,
      number,
      issuedAt,
      issuedBy: by,
      note: options.note.trim(),
      bundle,
      docx,
      ...cleared,
    });
    await db.issuedVersions.add(version);
    await db.papers.put(valid('papers', touch(current, { status: 'issued' }, by, issuedAt)));
    return version;
  });
}

/** Starts a new draft revision of an issued paper: its records become editable (and its blocks live) again; every issued version stays. */
export function revisePaper(db: PanelwrightDb, paperId: string): Promise<void> {
  return userAction(db, [db.papers], async ({ by, at }) => {
    const p = await db.papers.get(paperId);
    if (!p || !isLive(p) || p.status !== 'issued') return;
    await db.papers.put(valid('papers', touch(p, { status: 'draft' }, by, at)));
  });
}

/** A paper's issued versions, oldest first. */
export async function listVersions(db: PanelwrightDb, paperId: string): Promise<IssuedVersion[]> {
  return versionsOf({ issuedVersions: await db.issuedVersions.where('paperId').equals(paperId).toArray() }, paperId);
}

export async function getVersion(db: PanelwrightDb, paperId: string, number: number): Promise<IssuedVersion | undefined> {
  return (await db.issuedVersions.where('[paperId+number]').equals([paperId, number]).toArray()).find(isLive);
}

/**
 * A new draft for the next meeting from this paper (its latest issued version when it has one):
 * blocks moved to the next period, the next meeting date, and a checklist. Returns the new paper's id.
 */
export async function startNextPaper(db: PanelwrightDb, paperId: string): Promise<string> {
  const data = await snapshot(db);
  const paper = data.papers.find((p) => p.id === paperId && isLive(p));
  if (!paper) throw new Error('That paper no longer exists.');
  const bundle = latestVersion(data, paperId)?.bundle ?? bundlePaper(data, paperId)!;
  const committee = data.committees.find((c) => c.id === bundle.paper.cover.committeeId) ?? null;
  return userAction(db, [db.papers, db.sections, db.appendices, db.blocks], async ({ by, at }) => {
    const next = nextPaper({ bundle, blocks: data.blocks.filter((b) => b.paperId === paperId), committee, data, by, at });
    await db.papers.add(valid('papers', next.paper));
    await db.sections.bulkAdd(next.sections.map((s) => valid('sections', s)));
    await db.appendices.bulkAdd(next.appendices.map((a) => valid('appendices', a)));
    await db.blocks.bulkAdd(next.blocks.map((b) => valid('blocks', b)));
    return next.paper.id;
  });
}

/** Ticks (or unticks) an item of a paper's refresh checklist. */
export function setChecklistItemDone(db: PanelwrightDb, paperId: string, itemId: string, done: boolean): Promise<void> {
  return userAction(db, [db.papers], async ({ by, at }) => {
    const p = await editablePaper(db, paperId);
    if (!p?.refreshChecklist) return;
    await db.papers.put(valid('papers', touch(p, { refreshChecklist: p.refreshChecklist.map((i) => (i.id === itemId ? { ...i, done } : i)) }, by, at)));
  });
}

// ---- templates ----

/** Saves the paper's structure and boilerplate as a template for a committee (or any); returns its id. */
export async function saveTemplate(db: PanelwrightDb, paperId: string, name: string, committeeId: string | null): Promise<string> {
  const data = await snapshot(db);
  const bundle = bundlePaper(data, paperId);
  if (!bundle) throw new Error('That paper no longer exists.');
  return userAction(db, [db.templates], async ({ by, at }) => {
    const t = valid(
      'templates',
      templateFromPaper(
        bundle,
        name,
        committeeId,
        by,
        at,
        data.clearances.filter((c) => c.paperId === paperId),
      ),
    );
    await db.templates.add(t);
    return t.id;
  });
}

export async function listTemplates(db: PanelwrightDb): Promise<PaperTemplate[]> {
  return (await db.templates.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export function removeTemplate(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.templates], async ({ by, at }) => {
    const t = await db.templates.get(id);
    if (t && isLive(t)) await db.templates.put({ ...t, deletedAt: at, updatedAt: at, updatedBy: by });
  });
}

/** A new draft from a template (for the template's committee, or `committeeId`); returns its id. */
export function createPaperFromTemplate(db: PanelwrightDb, templateId: string, committeeId: string | null = null): Promise<string> {
  return userAction(db, [db.templates, db.committees, db.papers, db.sections, db.clearances], async ({ by, at }) => {
    const t = await db.templates.get(templateId);
    if (!t || !isLive(t)) throw new Error('That template no longer exists.');
    const committee = (await db.committees.get(committeeId ?? t.committeeId ?? '')) ?? null;
    const made = paperFromTemplate(t, committee, by, at);
    await db.papers.add(valid('papers', made.paper));
    await db.sections.bulkAdd(made.sections.map((s) => valid('sections', s)));
    await db.clearances.bulkAdd(made.clearances.map((c) => valid('clearances', c)));
    return made.paper.id;
  });
}

/** The data a comparison needs: the paper's versions and, for "the draft", its live bundle. */
export async function draftBundle(db: PanelwrightDb, paperId: string): Promise<PaperBundle | null> {
  const data: DatabaseSnapshot = await snapshot(db);
  const paper: Paper | undefined = data.papers.find((p) => p.id === paperId && isLive(p));
  if (!paper) return null;
  // The live records as a draft would print them, even while the paper is issued.
  return bundlePaper({ ...data, papers: data.papers.map((p) => (p.id === paperId ? { ...p, status: 'draft' } : p)), issuedVersions: [] }, paperId);
}

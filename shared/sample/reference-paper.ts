// PLACEHOLDER until the full sample lands (being written now).
import type { DatabaseSnapshot } from '../backup/snapshot';
import { createPaper } from '../papers/factory';
import { createMeta } from '../records/meta';
import { doc, footnote, para } from '../richtext/build';

export function sampleSnapshot(): DatabaseSnapshot {
  const at = '2017-11-20T09:00:00.000Z';
  const jasp = { ...createMeta('Panelwright sample', at), name: 'Joint Audit & Scrutiny Panel' };
  const { paper, sections } = createPaper('Panelwright sample', { title: "Police and Crime Commissioner's Update Report – to September 2017", cover: { committeeId: jasp.id, meetingDate: '2017-12-08', author: 'Kevin Dennis', reportOf: 'Paddy Tipping Police and Crime Commissioner' } }, at);
  const s = sections.map((x, i) => (i === 0 ? { ...x, body: doc(para('This report was also submitted to the Police and Crime Panel (PC Panel) on 27th November 2017.'), para('Two', footnote('http://www.nottinghamshire.pcc.police.uk/'),), para('Three')) } : x));
  return { committees: [jasp], papers: [paper], sections: s, appendices: [] };
}

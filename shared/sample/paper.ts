import type { Paper } from '../papers/model';
import { JASP_ID } from './committees';
import { sampleId, sampleMeta } from './ids';

export const SAMPLE_PAPER_ID = sampleId('paper', 1);

const OPCC = 'of the Nottinghamshire Office of the Police and Crime Commissioner';

/** The cover sheet and contacts of reference paper 000, as printed. */
export const SAMPLE_PAPER: Paper = {
  ...sampleMeta('paper', 1),
  title: "Police and Crime Commissioner's Update Report – to September 2017",
  cover: {
    purpose: 'consideration',
    publicity: 'public',
    exemptionReason: '',
    committeeId: JASP_ID,
    meetingDate: '2017-12-08',
    reportOf: 'Paddy Tipping Police and Crime Commissioner',
    author: 'Kevin Dennis',
    email: 'kevin.dennis@nottinghamshire.pnn.Police.uk',
    otherContacts: 'Kevin Dennis',
    agendaItem: '8',
  },
  status: 'draft',
  footnoteStyle: 'letter',
  contacts: [
    {
      id: sampleId('contact', 1),
      name: 'Kevin Dennis',
      role: `Chief Executive ${OPCC}`,
      email: 'Kevin.dennis@nottinghamshire.pnn.police.uk',
      phone: '0115 8445998',
    },
    {
      id: sampleId('contact', 2),
      name: 'Philip Gilbert',
      role: `Head of Strategy and Assurance ${OPCC}`,
      email: 'philip.gilbert11028@nottinghamshire.pnn.police.uk',
      phone: '0115 8445998',
    },
  ],
};

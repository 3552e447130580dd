// Section 5 of reference paper 000, second part: the HMIC PEEL update, holding the Chief Constable
// to account, case studies, the Panel's requested updates, activities and decisions. The Force's
// long update on Mazars' recommendations is shortened; everything else is as printed.
import type { BlockNode } from '../richtext/model';
import { bold, bullets, italic, numbered, para, plainPara, subheading } from '../richtext/build';
import { fn } from './ids';

const PCC = 'http://www.nottinghamshire.pcc.police.uk';
const italicList = (...items: string[]): BlockNode => numbered(...items.map((t) => italic(t)));
/** A bullet that opens with a bold phrase, as the paper's list of research aims does. */
const lead = (heading: string, rest: string) => [bold(heading), ` ${rest}`];

export const UPDATE_BLOCKS: readonly BlockNode[] = [
  subheading('HMIC PEEL Effectiveness Inspection 2016 - Update'),
  para(
    "At the PC Panel meeting of 29th June 2017 the Commissioner provided a further update on Her Majesty's Inspectorate of Constabulary (HMIC), PEEL Effectiveness (2016) report published 2nd March 2017 following its inspection of the Force in September last year.",
  ),
  para(
    "The PC Panel should note that the Commissioner and Chief Constable's Joint Audit and Scrutiny Panel consider and monitor all recommendations from HMIC and internal audit reports.",
  ),
  para(
    'The Commissioner had previously explained that in order to ensure that every critical aspect of the HMIC report (including comments, areas for improvement, areas of concern and recommendations) were all considered and responded to, that the Chief Constable would provide a written response for each point so he can be fully assured that improvements are being made in every area.',
  ),
  para(
    'Since then, the fully completed template has been sent to PC Panel Members and the Commissioner has provided his written response to HMIC and the Home Office as required.',
    fn('i', `${PCC}/Document-Library/Public-Information/HMIC-Reports/Responses-to-HMIC/PCC-Response-PEEL-Police-Effectiveness-2016.pdf`),
  ),
  para('In his letter to HMIC the Commissioner states:'),
  plainPara(
    italic(
      'In addition, to obtaining written assurance on all points of criticism, it is my intention to go further by asking my internal auditors to test some of the new procedures implemented by the Force to ensure that vulnerable victims will never be exposed to the risk identified by HMIC. In this respect, my auditors will:',
    ),
  ),
  italicList(
    'Review every point of criticism relating the management of domestic incidents as identified in the Assurance Framework Template to provide me with assurance that that victims are not exposed to any further risk.',
    'Review every point of criticism relating to the need to better understand local communities identified in the Assurance Framework Template to provide me with assurance that officers do understand the risks they face, together with their vulnerabilities and their priorities.',
  ),
  para(
    "At the last PC Panel meeting in September Members requested an update on progress. In this respect, as directed by the Commissioner, during the summer of 2017, Mazar's the internal auditor undertook an internal audit in respect of issues outlined in sections 1 and 2 above and provided a report in August 2017 (see ",
    bold('Appendix A'),
    ').',
  ),
  para(
    "Mazar's concluded that the Force has clearly made progress against implementing actions to directly address HMIC concerns and to prevent a repeat of previous issues. However, in a number of the actions taken they remain on-going and the Force should consider reiterating the need to complete the agreed actions in a timely manner.",
  ),
  plainPara("The following is a Force update on recommendations identified in Mazar's Effectiveness Audit:"),
  subheading(
    '1. Implementation of E-Cins for sharing information, including processes for managing the information stored on the system and keeping it up to date;',
  ),
  plainPara(
    'ECINS has been implemented and is now being used by the police and a number of partners. It has a dedicated Project manager to ensure the effective roll out across Nottinghamshire. All statutory partners are signed up to an information sharing agreement that deals with the sharing, storing and management of information stored within the database and an audit is planned to ensure that information is being managed and stored in accordance with this agreement.',
  ),
  subheading('2. The completion, and approval, of an Engagement Strategy for local communities;'),
  plainPara(
    "An Engagement Strategy for local communities has been produced and approved and guides our community engagement activity. This document outlines specific responsibilities for Neighbourhood Policing Inspector's in maintaining and updating local community profiles and engagement plans.",
  ),
  subheading('3. Management Information for breakdown of Force response time to visit domestic abuse victims.'),
  plainPara(
    'Management information detailing a breakdown of Force response times in relation to visiting domestic abuse victims is now provided to Contact Management to enable them to consider the effectiveness of our response. The most recent data for attendance to Grade 1 incidents shows that our performance for domestic abuse attendance is slightly better than our wider Grade 1 times at an average of 13.42 minutes for both Urban and Rural incidents.',
  ),
  subheading('4. Reconciliation of NICHE records to MARAC records to ensure all high risk cases recorded have been submitted for review.'),
  plainPara(
    'All High Risk cases of domestic abuse now go to the Multi Agency Risk Assessment Conference MARAC. Where incidents are brought to the MARAC by partners that were hitherto unknown to policing services, they now have a NICHE crime occurrence created to provide a corporate memory. All victims that are now heard at the MARAC are also flagged on NICHE, so the MARAC flag and associated vulnerability follows the victim and not the occurrence.',
  ),
  subheading('Additional Information'),
  plainPara(
    "Since this audit was carried out, the force has been re-inspected as part of the 2017 Peel Effectiveness Inspection Programme. Whilst the force is yet to receive its report, the feedback from the 'hot debrief' provides further re-assurance that the force has made good progress with the areas for improvement from 2016.",
  ),

  subheading('Holding the Chief Constable to Account'),
  para(
    'The Commissioner is represented at the key Thematic, Partnership and Force Local Performance board meetings in order to obtain assurance that the Force and Partners are aware of the current performance threats, and are taking appropriate action to address the emerging challenges. Should there be any issues of concern these are relayed to the Commissioner who holds the Chief Constable to account on a weekly basis.',
  ),
  para(
    'In addition, the Commissioner meets quarterly with the Head of Investigations and Intelligence and Head of Operations to gain a deeper understanding of threats, harm and risk to performance. The last meeting was held on 20th September 2017 and the next meeting will take place on 4th December 2017.',
  ),
  para('PC Panel Members have asked if a case study could be prepared for each meeting. Previous case studies were:'),
  numbered(
    'Shoplifting',
    'The Victims Code',
    'Improving BME Policing Experiences',
    'Hate Crime',
    'Knife Crime',
    'Stop and Search',
    'Rural Crime',
    'The new victim services CARE',
    'Evaluation of Community Remedy',
    'ECINS database',
  ),
  para('For this meeting, a case study has been prepared in respect of (11) Data Integrity and Compliance with NCRS (see ', bold('Appendix B'), ').'),

  subheading('Updates Requested By the Panel (IDVA and Modern Slavery)'),
  para(
    'The County IDVA service is provided as part of two co-commissioned domestic abuse support contracts that are funded by the PCC and County Council, with the County Council acting as the lead body. The contracts were awarded for 3 years with the possibility of two one year extensions. We are currently in Year 3, which will finish in September 2018. The Commissioner and County Council are currently considering the options to extend the contracts.',
  ),
  para(
    "The University of Nottingham is undertaking research alongside international modern slavery experts Professor Kevin Bales and Professor Zoe Trodd, as part of a multi-million pound investment to assist communities and Governments in achieving the United Nations goal of ending slavery and forced labour by 2030. The 'slavery-free communities' component of this research is being taken forward in collaboration with the Nottinghamshire Modern Slavery Partnership, and aims to:-",
  ),
  bullets(
    lead(
      'Strengthen local civic leadership',
      'by encouraging local political, faith and business leaders to take a pro-active role in raising awareness of modern slavery and promoting local action.',
    ),
    lead('Raise public awareness', 'so that everyone understands how to recognise signs of slavery, and what action to take if they have concerns.'),
    lead(
      'Train staff working in frontline services,',
      'across the public and private and voluntary sector, who may come into contact with individuals caught in slavery.',
    ),
    lead('Work with local businesses', 'to eradicate slavery from contracts and supply chains.'),
    lead(
      "Create a 'slavery-free economy'",
      'finding ways to predict the distribution and prevalence of slavery, disrupt potential sites and practices and understand and promote conditions for sustainable economic growth.',
    ),
    lead(
      'Identify and co-ordinate support services',
      'for survivors of slavery, such as temporary housing, legal and welfare advice, counselling and mental health support.',
    ),
  ),
  para(
    'Similar models have been successfully developed with communities in the US, but this is the first time that an integrated place-based response has been developed and applied in a UK context. In addition, the University is undertaking ',
    bold('national comparative research'),
    " in partnership with the Independent Anti-Slavery Commissioner to map existing local, sub-regional and regional multi-agency modern slavery partnerships across the UK, identify emerging examples of 'good practice' among them and the conditions promoting success. Further information about the project and its aims can be found at the link below.",
    fn('j', 'https://www.nottingham.ac.uk/world/beacons/rights-lab/'),
  ),

  subheading('Activities of the Commissioner'),
  para(
    "The Commissioner continues to take steps to obtain assurances that the Chief Constable has not only identified the key threats to performance but more importantly that swift remedial and appropriate action is being taken to tackle the problems especially in the Priority Plus Areas in the County and High Impact Wards in the City. Key activities are reported on the Commissioner's web site.",
    fn('k', `${PCC}/News-and-Events/Latest-News.aspx`),
  ),

  subheading('Decisions'),
  para(
    "The Commissioner has the sole legal authority to make a decision as the result of a discussion or based on information provided to him by the public, partner organisations, Members of staff from the Nottinghamshire Office of the Police and Crime Commissioner (NOPCC) or Chief Constable. The Commissioner's web site provides details of all significant public interest decisions.",
    fn('l', `${PCC}/Public-Information/Decisions/Decisions.aspx`),
  ),
];

// Section 5 of reference paper 000, first part: the Force's response on each Red-rated measure.
import type { BlockNode } from '../richtext/model';
import { italic, para, plainPara, subheading, table } from '../richtext/build';
import { red, redTable } from './content';
import { fn } from './ids';

const chartNote = (what: string) => plainPara(italic(`[Chart: ${what} – not reproduced in this sample]`));

export const RED_MEASURE_BLOCKS: readonly BlockNode[] = [
  subheading('R1. A reduction in All Crime compared to 2015-16'),
  subheading('R2. A reduction in Victim-Based Crime compared to 2015-16'),
  subheading('R3. To reduce the levels of rural crime compared to 2015-16'),
  redTable(red(1), red(2), red(3)),
  para(
    'The first six months of this year have seen the Force record a 29.6% (10,930 offences) increase in All Crime compared to the same period last year. This is an improved position since the last report when recorded crime was +35.9%.',
  ),
  para(
    'Victim-Based crime has increased by 27.8% (9,180 offences) year-to-date. Other Crimes Against Society have increased by 44.3% (1,750 offences). The increase in Other Crimes Against Society is driven by a 108.2% increase in Public Order offences. Public Order offence volumes remain high following the NCRS audit, as a result of the daily incident checks now in place.',
  ),
  para(
    "Following the NCRS audit last year, the Force has put in place new daily processes to maintain compliance with the national standards (NCRS). This means that recorded crime volume remains at a higher level and this is expected to continue as the accepted new 'normal' level. The Force is now recording around 2,000 offences more each month than this time last year.",
  ),
  para(
    'When considering the longer term trend, the Force has recorded a 30.4% (21,736 offences) increase in All Crime in the 12 months to September 2017 compared to the previous 12 months.',
  ),
  para(
    'Forecast figures suggest that at the end of the year this position will have stabilised and the Force will end the year with an increase of approximately 12-17% which would be in line with the current national average increase.',
  ),
  para(
    'Recently published national data (covering performance in the 12 months to June 2017) reveals that almost all forces in England and Wales are recording increases in crime. Nottinghamshire is recording an increase above both the national and regional average.',
  ),
  para(
    "However, in contrast to recorded crime, the most recent Crime Survey for England and Wales (CSEW) reveals that the risk of crime felt by household residents in Nottinghamshire fell from 6.8% in March 2016 to 3% (a fall of 3.8%) in June 2017 placing the Force third best in its MSG (Most Similar Group of forces) indicating that people's experience of crime is in stark contrast to recording crime. The IQuanta chart below illustrates the trend.",
  ),
  chartNote('iQuanta Trend Chart, Nottinghamshire, Risk of crime (personal excluding computer misuse and fraud), 01 Dec 2014 - 30 Jun 2017'),

  subheading('R4. A reduction in the number of non-crime related mental health patients detained in custody suites'),
  redTable(red(4)),
  para(
    'Data for this measure relates to quarter one (April-June 2017',
    fn('d', 'Next Update will be November 2017'),
    '). In this respect, two people have been presented to custody as a first place of safety. On average last year, less than 3% of mental health patients were taken to custody, with the vast majority taken to the mental health suite.',
  ),
  para(
    'So whilst the measure is graded Red, this is due to the significant improvements made year on year since it was introduced as a measure in 2014-15. The table below provides a summary of the trend.',
    fn('e', 'This table is a summary of analysis undertaken of previous Force Performance and Insight reports.'),
    ' It can be seen that in 2013-14 (prior to the target being set) there were on average 28 people detained under S136 each month; so far this year it is less than one person.',
  ),
  table(
    ['Year', 'No. Presented to Custody', 'Ave Per Month'],
    [
      ['2017-18 (Apr-Jun)', '2', '0.7'],
      ['2016-17', '11', '0.9'],
      ['2015-16 (Apr-Nov)', '50', '6.3'],
      ['2014-15', '167', '13.9'],
      ['2013-14', '336', '28.0'],
    ],
  ),

  subheading('R5. A 10% increase in the number of POCA orders compared to 2016-17'),
  redTable(red(5)),
  para(
    'The Force recorded 46 fewer Confiscation and Forfeiture Orders compared to last year-to-date; this equates to a reduction of 38.7%, placing the Force 48.7 percentage points below the 10% increase target.',
  ),
  para(
    'It should be noted that any decision to apply for an order is made by the Crown Prosecution Service (CPS), based on information and advice provided by the Police. A decision to grant an order is one for the Court alone.',
  ),
  para('An order is not granted until sentencing and in many cases there can be a gap of many months between point of arrest and an order being granted.'),

  subheading('R6. Increase BME representation within the Force to reflect the BME community (11.2%)'),
  redTable(red(6)),
  para('This measure is rated Red because the 11.2% representation as defined by the 2011 Census has not been achieved.'),
  para(
    'Staff turnover and recruitment causes changes to BME representation and in September 2017, data shows that the BME headcount increased to 4.62% for Police Officers (previously 4.45%) and increased to 4.69% for Police Staff (previously 4.23%) resulting in an increase of 0.4% since July and an overall representation of 4.7% (previously 4.3%). Representation of Police Cadets is 26% and Special Constables 8%.',
  ),
  para(
    'The Commissioner has been working closely with the BME Steering Group since 2013 and established a BME Working Group to advance BME recruitment and selection, BME advancement and retention as well as other issues which may adversely affect attraction of BME candidates, i.e. stop and search and diversity training of officers. Members were provided with a case study on this work listed at Appendix A of the 18th April 2016 PC Panel meeting.',
  ),
  para(
    'When the Commissioner took office in 2012 BME representation was 3.7% so overall representation has increased by 1% overall. Austerity and the 2 year recruitment freeze did hamper progress. However, the Chief Constable opened up recruitment for both PCSOs and Police Officers since January 2017 and numerous recruitment processes have been undertaken.',
  ),
  para(
    'To achieve an 11.2% BME representation an additional 144 BME police officers would need to be recruited. The Commissioner has worked closely with the Chief Constable during 2017 in relation to the recruitment of Police officers especially from BME communities. A range of positive activities have been undertaken to attract applicants from BME communities under Operation Voice which included talent spotting, buddying, awareness events, marketing publications.',
  ),
  para(
    'Since January this year, there have been four Police officer recruitment campaigns attracting 2,131 applicants with 11.54% from our BME communities and 3.28% from our Eastern European communities and 11.07% from our LGBT+ communities. There were 246 applications from Members of the BME community of which 103 (41.87%) passed the Competency Based Questionnaire (CBQ) which is slightly less than the overall figure (44%, 940).',
  ),
  para(
    'Recruitment for PCSOs commenced in February this year and the Force received 131 applications with 17 (12.98%) from our BME communities. The total number of applicants passing CBQ was 60 (45.8%), of whom 8 were BME (47%). The latest PCSO recruitment attracted 210 applications with 21 (10%) from our BME communities.',
  ),
  para(
    'The Chief Constable intends to recruit a total of 200 officers in 2017-18 (which started in September 2017) and has ambitions to recruit a further 158 in 2018-19.',
    fn('f', 'http://www.nottinghampost.com/news/nottingham-news/chief-constable-pledges-200-new-281085'),
    " The Commissioner hopes to see the number of officers grow in Nottinghamshire to a figure approaching 2,000. However, that will depend upon November's budget and the outcome of discussions on the Police Funding Formula on Government funding.",
  ),

  subheading('R7. NEW: Percentage of people who agree that the police and local councils are dealing with Anti-Social Behaviour and other crime issues'),
  redTable(red(7)),
  para(
    "Current performance covers interviews in the year to June 2017. The Force is now 4.3% below the 60% target. This measure has reduced for the third time since its peak in December 2016 when it was 58.7%. The average for the Force's Most Similar Force group (MSG) is 57.7% and Nottinghamshire is ranked in 5th place in this group of 8.",
  ),
  para(
    'Of course this measure is as much about the Council as it is the Police. However, another measure specifically relating to the Police, ',
    italic("'The police do a good or excellent job'"),
    ' has also fallen to 54.4% since December 2016 when it peaked at 60.6%. Although survey results do fluctuate, if this trend continues it may indicate that pressures of demand is placing greater pressure on available resources which in turn is having a detrimental effect on quality policing.',
  ),

  subheading('R8. NEW: A reduction in the number of repeat victims of hate crime compared to 2016-17'),
  redTable(red(8)),
  para(
    'The Force definition of a repeat victim is based on the national definition',
    fn(
      'g',
      'A hate crime repeat victim is a victim of a hate crime or incident in the current month who has also been a victim of one or more hate crimes or incidents at any point in the previous twelve months.',
    ),
    '. Of a total of 150 hate crime victims in the month of September, 22 were repeat victims.',
    fn('h', '22 victims who had one or more previous hate crimes in the 12 months prior (October 2016 – September 2017).'),
  ),
  para(
    'This compares to a baseline monthly average for the 2016/17 year of 15 repeat victims per month, which represents 7 more repeat hate crime victim in September compared to the baseline figure. However, the number is still relatively small.',
  ),
  para(
    'As a proportion, 14.7% of hate crime victims in September were repeat victims. This figure is greater than the baseline monthly average for 2016/17 (11.5%).',
  ),
  para(
    'Analysis of hate crime identifies a pattern of increase following national and international events as illustrated in the chart below. This will also include repeat offences. As can be seen spikes occur and then incidents fall back to lower levels.',
  ),
  chartNote('hate crime by month, with national and international events marked'),

  subheading('R9. NEW: The number of people Killed or Seriously Injured (KSIs) on Nottinghamshire’s roads (Target is 50% by 2020)'),
  redTable(red(9)),
  para(
    'Data for quarters one and two (1st January 2017 – 30th June 2017) shows a 33.6% reduction (111 fewer persons) in persons Killed or Seriously Injured (KSI) on Nottinghamshire’s roads compared to the 2005-2009 baseline period. However a slight increase is apparent when comparing the current year to the equivalent period of last year (+23.1% or 3 persons). In June 2017, the target was better with a -40.1% reduction.',
  ),
  para(
    'All user groups with the exception of pedal cyclists are seeing a reduction in KSIs when compared to the baseline average. Pedal cyclist KSIs have increased by 4.3% (1 person) against the baseline average this period.',
  ),
  para('KSIs in the 0-15 age group have reduced by 55.6% (20 persons) compared to the 2005-2009 baseline.'),
  para(
    'In response to the deterioration of this target a representative from the Nottinghamshire Road Safety Partnership has been requested to attend the next Force Performance Board in November 2017 to provide further insight so that appropriate remedial action can be considered and taken.',
  ),
];

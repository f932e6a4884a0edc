// Demo data: Staffordshire County Council's Safe and Strong Communities Select Committee
// work programme 2017/18 (meetings, items, cabinet members, officers, outcomes) and the
// executive response to its Low Level Neglect working group, from the 26 September 2017
// agenda pack (shared/seeds/003). Wording is the pack's, lightly trimmed.
import type { ItemFields, MeetingFields, RecommendationFields, ReviewFields, Role, SuggestionFields } from '../../shared/sync/model';

export const DEMO_COMMITTEE = {
  id: 'demo-ssc-2017',
  name: 'Safe and Strong Communities Select Committee',
  council: 'Staffordshire County Council',
  municipalYear: '2017/18',
};

export interface DemoPerson {
  id: string;
  name: string;
  role: Role;
}

/** Everyone invited by seed-demo: the officer who keeps the programme, the chair, members. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { id: 'demo-helen-phillips', name: 'Helen Phillips', role: 'officer' },
  { id: 'demo-john-francis', name: 'John Francis', role: 'chair' },
  { id: 'demo-conor-wileman', name: 'Conor Wileman', role: 'member' },
  { id: 'demo-natasha-pullen', name: 'Natasha Pullen', role: 'member' },
  { id: 'demo-victoria-wilson', name: 'Victoria Wilson', role: 'member' },
];

const VENUE = 'Oak Room, County Buildings, Stafford';

export const DEMO_MEETINGS: readonly (MeetingFields & { id: string })[] = [
  { id: 'demo-meeting-2017-06-13', date: '2017-06-13', startTime: '14:00', venue: VENUE, notes: '', status: 'held' },
  { id: 'demo-meeting-2017-07-13', date: '2017-07-13', startTime: '10:00', venue: VENUE, notes: '', status: 'held' },
  { id: 'demo-meeting-2017-09-26', date: '2017-09-26', startTime: '14:00', venue: VENUE, notes: '', status: 'scheduled' },
  { id: 'demo-meeting-2017-11-09', date: '2017-11-09', startTime: '10:00', venue: VENUE, notes: '', status: 'scheduled' },
  { id: 'demo-meeting-2017-12-11', date: '2017-12-11', startTime: '14:00', venue: VENUE, notes: '', status: 'scheduled' },
  { id: 'demo-meeting-2018-01-15', date: '2018-01-15', startTime: '10:00', venue: VENUE, notes: '', status: 'scheduled' },
  { id: 'demo-meeting-2018-03-05', date: '2018-03-05', startTime: '10:00', venue: VENUE, notes: '', status: 'scheduled' },
];

const SAFEGUARDING = 'Resilient Communities. Ensure effective safeguarding for the most vulnerable in our communities.';
const SAFEGUARDING_ACCESS = `${SAFEGUARDING} Enable people to access the appropriate intervention at the right time.`;
const WELL_RUN = 'Well Run Council';

type DemoItem = Partial<ItemFields> & Pick<ItemFields, 'title' | 'kind'> & { id: string };

const item = (fields: DemoItem): ItemFields & { id: string } => ({
  meetingDate: null,
  dateNote: '',
  cabinetMember: '',
  leadOfficer: '',
  priorities: SAFEGUARDING_ACCESS,
  details: '',
  outcome: '',
  status: 'scheduled',
  followUpDue: null,
  followsUpItemId: null,
  ...fields,
});

export const DEMO_ITEMS: readonly (ItemFields & { id: string })[] = [
  item({
    id: 'demo-item-introduction',
    meetingDate: '2017-06-13',
    kind: 'committee_item',
    title: 'Introduction to the Safe and Strong Communities Select Committee',
    details:
      'The Committee received a presentation which gave an overview of the remit of the Select Committee and highlighted some of the key issues going forward.',
    outcome:
      'As a result of the presentation and subsequent discussion on developing the work programme Members requested the following items be included on their work programme: the West Midlands Peer Review of Adult Safeguarding; how to engage with hard to reach communities; modern day slavery and domestic violence; CSE.',
    status: 'completed',
  }),
  item({
    id: 'demo-item-transformation-jul',
    meetingDate: '2017-07-13',
    kind: 'committee_item',
    title: "Children's & Families System Transformation",
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Mick Harrison / Helen Riley',
    details:
      'The Transformation programme for Children and Family Services has previously been considered by this Select Committee on 8 June, 8 July & 12 December 2016.',
    outcome:
      'Due to meeting timings and restrictions during the recent elections it had not been possible on this occasion for the Select Committee to undertake pre-decision scrutiny, with this report being included on the 21 June 2017 Cabinet agenda. Comments and/or concerns raised were therefore reported to the 19 August Transformation Programme Board, with these then helping inform future working.',
    status: 'completed',
    followUpDue: '2018-01-15',
  }),
  item({
    id: 'demo-item-pilots-jul',
    meetingDate: '2017-07-13',
    kind: 'committee_item',
    title: 'Children, Young People & Families Pilots',
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Mick Harrison / Janene Cox',
    details: 'The Pilots support the work of the Transformation Programme and were last considered by this Committee on 16 January 2017.',
    outcome:
      'Progress on the Pilots varied and Members requested that in their next 6 monthly report they receive details of which pilots will cease and how the success of the others will inform best practise across the County.',
    status: 'completed',
    followUpDue: '2018-01-15',
  }),
  item({
    id: 'demo-item-public-analyst',
    meetingDate: '2017-07-13',
    kind: 'committee_item',
    title: 'Public Analyst & Scientific Services Laboratory [exempt item]',
    cabinetMember: 'Gill Heath',
    leadOfficer: 'Trish Caldwell',
    priorities:
      'Well Run Council. Making the most of our Assets, Managing Change Well, Transforming Ourselves, Innovation in ICT, Continued Modernisation of HR, Outcome Based Performance Management.',
    details: 'To inform the Select Committee of a review carried out into the operation of the in-house Public Analyst and Scientific Services laboratory.',
    outcome:
      'The Select Committee did not endorse the recommendations but asked the Cabinet Member for Communities to take their concerns to the 19 July Cabinet and ask for a deferment on the decision to close the service pending consideration of their concerns/alternative suggestions.',
    status: 'completed',
  }),
  item({
    id: 'demo-item-cse',
    meetingDate: '2017-09-26',
    kind: 'committee_item',
    title:
      'Child Sexual Exploitation (CSE) in Staffordshire, to include progress against the CSAF Action Plan and information regarding Revenge Porn & Sexting',
    cabinetMember: 'Gill Heath',
    leadOfficer: 'Mick Harrison',
    details:
      "The Committee has requested a six monthly update on this issue. The Chair of the Children and Young People's Overview and Scrutiny Committee at Stoke City Council has been invited to attend this meeting and this arrangement is reciprocated.",
  }),
  item({
    id: 'demo-item-low-level-neglect',
    meetingDate: '2017-09-26',
    kind: 'committee_item',
    title: 'Cabinet Response: Preventing Low Level Neglect of Children in Staffordshire',
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Mick Harrison',
    details:
      "The Committee received an initial response to the recommendations contained within its Working Group report on Low Level Neglect on 6 March 2017. It was agreed to follow up outstanding actions in 6 months' time.",
  }),
  item({
    id: 'demo-item-community-safety',
    meetingDate: '2017-09-26',
    kind: 'committee_item',
    title: 'Community Safety Agreement',
    cabinetMember: 'Gill Heath',
    leadOfficer: 'Mick Harrison',
    priorities: SAFEGUARDING,
    details:
      "Select Committee response to the SCC Stronger Communities Strategy Group Draft Agreement and results of the Strategy Group's 13 September meeting.",
  }),
  item({
    id: 'demo-item-edge-of-care-scoping',
    meetingDate: '2017-09-26',
    kind: 'committee_item',
    title: "A review of children's services for children on the edge of care – Scoping Report",
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Tina Gould',
    priorities:
      'Resilient Communities. Build a joint approach to reducing demand for high cost services through addressing root cause; enable people to access the appropriate intervention at the right time; ensure effective safeguarding for most vulnerable in our communities.',
    details:
      'The Select Committee is asked to consider the Scoping Report for a Scrutiny Review and agree the Terms of Reference and arrangements for a review of children\'s services for children on the edge of care.',
  }),
  item({
    id: 'demo-item-adult-safeguarding-board',
    meetingDate: '2017-11-09',
    kind: 'committee_item',
    title: 'Staffordshire & Stoke-on-Trent Adult Safeguarding Partnership Board Annual Report',
    cabinetMember: 'Alan White',
    leadOfficer: 'Independent Chair: John Wood',
    priorities: SAFEGUARDING,
    details: 'This report is presented to the Select Committee on an annual basis.',
  }),
  item({
    id: 'demo-item-peer-review',
    meetingDate: '2017-11-09',
    kind: 'committee_item',
    title: 'West Midlands Peer Review of Adult Safeguarding',
    cabinetMember: 'Alan White',
    leadOfficer: 'Andrew Sharp',
    priorities: SAFEGUARDING,
    details:
      'This review took place in February 2017. Councillors Francis and Olszewski participated in this review. At the June meeting Members requested feedback on the review to a future meeting.',
  }),
  item({
    id: 'demo-item-dols',
    meetingDate: '2017-11-09',
    kind: 'committee_item',
    title: 'Deprivation of Liberty Safeguards',
    cabinetMember: 'Alan White',
    leadOfficer: 'Peter Hampton',
    priorities: SAFEGUARDING,
    details:
      'At its meeting on 9 November 2016 Members were told that the anticipated backlog of referrals should be cleared by June/July 2017. The Committee should monitor and review this matter.',
  }),
  item({
    id: 'demo-item-complaints-adults',
    meetingDate: '2017-12-11',
    kind: 'committee_item',
    title: 'Customer Feedback & Complaints, Adult Social Care Annual Report',
    cabinetMember: 'Alan White',
    leadOfficer: 'Kate Bullivant',
    priorities: SAFEGUARDING,
    details: "Adult's Services have a statutory obligation to submit an Annual Report on complaints and representations.",
  }),
  item({
    id: 'demo-item-complaints-children',
    meetingDate: '2017-12-11',
    kind: 'committee_item',
    title: "Customer Feedback & Complaints, Children's Social Care Annual Report 16/17",
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Kate Bullivant',
    priorities: WELL_RUN,
    details:
      "Children's Services have a statutory obligation to submit an Annual Report on complaints and representations to the relevant County Council Committee.",
  }),
  item({
    id: 'demo-item-domestic-abuse',
    meetingDate: '2017-12-11',
    kind: 'committee_item',
    title: 'Domestic Abuse',
    cabinetMember: 'Gill Heath',
    leadOfficer: 'Mick Harrison',
    details: 'Select Committee Members requested an item on this issue at their meeting of 13 June.',
  }),
  item({
    id: 'demo-item-yos',
    meetingDate: '2017-12-11',
    kind: 'committee_item',
    title: 'Youth Offending Service',
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Vonni Gordon',
    priorities: WELL_RUN,
    details: 'Consideration of the YOS Review.',
  }),
  item({
    id: 'demo-item-modern-slavery',
    meetingDate: '2018-01-15',
    kind: 'committee_item',
    title: 'Modern Slavery',
    cabinetMember: 'Gill Heath',
    leadOfficer: 'Mick Harrison and Becky Murphy',
    details:
      'At the 12 December meeting Members requested a further report giving progress on the Task and Finish action plan following their January meeting.',
    outcome:
      'Following this meeting there was no significant developments to report and this item has therefore been deferred for consideration in the new municipal year.',
    status: 'deferred',
  }),
  item({
    id: 'demo-item-pilots-jan',
    meetingDate: '2018-01-15',
    kind: 'committee_item',
    title: 'Children, Young People & Families Pilots – six monthly progress',
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Mick Harrison & Janene Cox',
    details:
      'The Pilots support the work of the Transformation Programme and were last considered by this Committee on 13 July 2017. Progress on the Pilots varied and Members have requested that this report give details of which pilots will cease and how the success of the others will inform best practise across the County.',
    followsUpItemId: 'demo-item-pilots-jul',
  }),
  item({
    id: 'demo-item-transformation-jan',
    meetingDate: '2018-01-15',
    kind: 'committee_item',
    title: "Children's & Families System Transformation – progress report",
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Mick Harrison',
    details:
      'A progress report on the Transformation Programme, to include anonymised case studies to help illustrate the work undertaken (requested 13 July 2017).',
    followsUpItemId: 'demo-item-transformation-jul',
  }),
  item({
    id: 'demo-item-sscb',
    meetingDate: '2018-03-05',
    dateNote: 'tbc',
    kind: 'committee_item',
    title: "Staffs Safeguarding Children's Board (SSCB) Annual Report 2016/17",
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Independent Chair: John Wood',
    priorities: SAFEGUARDING,
    details: 'This report is presented to the Select Committee on an annual basis.',
  }),
  item({
    id: 'demo-item-mash-visit',
    meetingDate: '2017-08-10',
    dateNote: '17 July, 10 August and 15 September 2017',
    kind: 'visit',
    title: 'Visit to the MASH (Multi Agency Safeguarding Hub)',
    priorities: SAFEGUARDING,
    details:
      'Select Committee Members requested a visit to the MASH to see first hand the multi agency partnership working and the rationale for creating this facility.',
    outcome:
      'The main visit took place on 10 August jointly with members of the Corporate Parenting Panel, with those unable to make 10 August visiting separately.',
    status: 'completed',
  }),
  item({
    id: 'demo-item-csa-inquiry',
    meetingDate: '2017-07-31',
    dateNote: '9.30 – 11.00 am',
    kind: 'inquiry_day',
    title: 'Community Safety Agreement – shared priorities',
    cabinetMember: 'Gill Heath',
    leadOfficer: 'Mick Harrison',
    priorities: SAFEGUARDING,
    details:
      'The SCC Stronger Communities Strategy Group (chaired by Gill Heath and including representation from District and Borough Councils) has produced a draft Community Safety Agreement which sets out shared priorities. The Select Committee will consider the Draft Agreement at an informal review session, reporting their findings to both the Strategy Group on 13 September and the Select Committee on 26 September.',
    outcome:
      'Findings from the informal meeting were agreed by Members and forwarded to Becky Murphy, Safer Communities Commissioning Officer, to share at the 13 September Strategy Group meeting. Feedback from the Strategy Group meeting will be shared with the Select Committee at their meeting of 26 September.',
    status: 'completed',
  }),
  item({
    id: 'demo-item-hard-to-reach',
    dateNote: 'tbc',
    kind: 'working_group',
    title: 'How to engage hard to reach communities',
    cabinetMember: 'Gill Heath',
    leadOfficer: 'Mick Harrison',
    details: 'Possible Review to identify hard to reach communities within Staffordshire and the most effective way of addressing the issues identified.',
    status: 'proposed',
  }),
  item({
    id: 'demo-item-childrens-centres',
    dateNote: 'tbc',
    kind: 'working_group',
    title: "Children's Centres – 3 years on",
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Mick Harrison',
    details:
      "Three years ago the Select Committee completed work to assess the role of the Children's Centre. Three years on the Select Committee will re-visit this work, visiting the Centres to assess the current situation in comparison with the findings of the original working group report.",
    status: 'proposed',
  }),
  item({
    id: 'demo-item-police-fire-governance',
    meetingDate: '2017-08-14',
    kind: 'inquiry_day',
    title: 'Local Business Case for Joint governance of Police and Fire & Rescue in Staffordshire',
    cabinetMember: 'PCC: Matthew Ellis',
    details:
      'The Police and Crime Commissioner (PCC) has produced a business case proposing the joint governance of the Police and Fire and Rescue Services in Staffordshire. This informal session will be an opportunity for the Select Committee to consider the business case in detail and formally respond to the consultation.',
    outcome:
      "The Select Committee's informal workshop session was held jointly with the Corporate Review Committee and the Police and Crime Panel. The findings from this scrutiny will be formally reported to a special meeting of the County Council on 31 August where they will agree the County Council's formal response to the PCC's consultation.",
    status: 'completed',
  }),
  item({
    id: 'demo-item-edge-of-care-inquiry',
    dateNote: 'October 2017 (tbc)',
    kind: 'inquiry_day',
    title: 'Edge of Care review – Inquiry Day',
    cabinetMember: 'Mark Sutton',
    leadOfficer: 'Tina Gould',
    details:
      "Inquiry Day for the review of children's services for children on the edge of care, with lead officers invited to present the services for which they are responsible; the draft report to go to the Committee on 11 December 2017.",
    status: 'proposed',
  }),
];

export const DEMO_REVIEW: ReviewFields & { id: string } = {
  id: 'demo-review-low-level-neglect',
  title: 'Preventing Low Level Neglect of Children in Staffordshire (Working Group)',
  chairName: '',
  scrutinyOfficer: 'Tina Gould',
  executiveMember: 'Mark Sutton, Cabinet Member for Children and Young People',
  scrutinyDate: '2016-06-13',
  reportPublished: '2016-06-13',
  responseDue: '2017-03-06',
};

type DemoRecommendation = Pick<RecommendationFields, 'number' | 'text' | 'leadOfficer' | 'deadline' | 'status'> &
  Partial<RecommendationFields>;

const rec = (r: DemoRecommendation): RecommendationFields & { id: string } => ({
  id: `demo-rec-${r.number}`,
  reviewId: DEMO_REVIEW.id,
  response: 'accepted',
  responseText: '',
  responseDue: '2017-03-06',
  followUpDate: '2017-09-26',
  ...r,
});

export const DEMO_RECOMMENDATIONS: readonly (RecommendationFields & { id: string })[] = [
  rec({ number: '1', text: "Reports to the Safe and Strong Communities Select Committee the learning and outcomes of the Children's Transformation Pilot Programmes.", responseText: 'Performance frameworks for each of the pilot programmes are in place and baseline measures are being established: this will ensure that impact is captured.', leadOfficer: 'Janene Cox', deadline: '', status: 'in_progress' }),
  rec({ number: '2', text: 'County Council and Clinical Commissioning Group (CCG) commissioners work together to map antenatal group support currently provided in Staffordshire and ensure that this information is incorporated into the Best Start Pathway.', responseText: 'CCGs are forming a Pan Staffordshire Maternity Network. SCC will be members of this network and this will provide an opportunity to explore this recommendation through the network.', leadOfficer: 'Tilly Flanagan', deadline: 'Sept 2017', status: 'in_progress' }),
  rec({ number: '3', text: 'County Council and CCG commissioners work together to ensure that evidence based preparation for parenting programmes are available and long term support networks encouraged.', leadOfficer: 'Tilly Flanagan', deadline: 'July 2017', status: 'in_progress' }),
  rec({ number: '4', text: 'The Health Visiting contract includes antenatal support in group settings.', response: 'partly', responseText: 'This recommendation will be reviewed as part of the 0-19 procurement process within the constraints of the resources available.', leadOfficer: 'Tilly Flanagan', deadline: '', status: 'in_progress' }),
  rec({ number: '5', text: "As part of the Children's Transformation Programme, the provision for children and families in each District is mapped and information is made available in one place for professionals and families.", responseText: 'Local Support Teams have mapped this information for their own use, and for use by schools in ensuring that families can access local support. This mapping process is complete.', leadOfficer: 'Vonni Gordon', deadline: 'January 2017', status: 'implemented' }),
  rec({ number: '6', text: 'Write to all school Governing Bodies in Staffordshire highlighting the importance of identifying and preventing low level neglect and providing information on where to seek advice in supporting Young Carers and those with low level disabilities.', responseText: 'Letter is in draft format and waiting sign off by Senior Leaders.', leadOfficer: 'Andrew Jepps', deadline: 'Ongoing (verbal update to be provided)', status: 'in_progress' }),
  rec({ number: '7', text: 'Seeks reassurances that the work of the Family Strategic Partnership Board results in services being commissioned proactively rather than reactively to meet the root causes of issues experienced by families.', responseText: "The FSPB has a sub-committee for Integrated Commissioning; this approach is being supported by the development of a children's JSNA.", leadOfficer: 'Michael Harrison', deadline: 'Ongoing', status: 'in_progress' }),
  rec({ number: '8', text: 'Write to the CCGs in Staffordshire highlighting the importance of the Building Resilient Families and Communities (BRFC) Programme and seeking a formal commitment that the relevant health providers will be engaged with the project.', responseText: 'CCGs were invited to a BRFC & Centre of Excellence for Information Sharing Workshop in Nov 2016. GP Information Sharing Pilot in Tamworth and Cannock.', leadOfficer: 'Barbara Hine', deadline: 'Completed; GP pilot ongoing', status: 'in_progress' }),
  rec({ number: '9', text: 'Ensures that commissioners include in contracts with specialist providers, that they work with BRFC to provide training to Key Workers/Lead Professionals who have regular contact with families.', responseText: 'In Nov 2016 the BRFC & Early Help Workforce Working Group was formed.', leadOfficer: 'Barbara Hine', deadline: 'Completed September 2017', status: 'implemented' }),
  rec({ number: '10', text: "Ensures that the Key Worker model, recognised in the work of the Children's Transformation Programme, ensuring a 'whole-family', holistic approach is embedded when working with families, to build community resilience.", responseText: 'This is embedded in the work of Local Support Teams in working with whole families.', leadOfficer: 'Vonni Gordon', deadline: 'Completed January 2017', status: 'implemented' }),
  rec({ number: '11', text: "Reports progress on the Breathing Space project to the Safe and Strong Communities Select Committee for scrutiny in six months' time.", responseText: 'The Breathing Space Project is delivering a service county wide. Project highlight report RAG rated Green.', leadOfficer: 'Richard Hancock', deadline: 'Ongoing', status: 'in_progress', followUpDate: '2018-03-05' }),
  rec({ number: '12', text: 'Encourages commissioners to include use of the Early Help Assessment in contracts with providers of all services where contact with children and families may identify additional unmet need.', responseText: 'The Families Integrated Commissioning Group will have a standing agenda item to discuss the embedding of Early Help and use of EHA assessments where appropriate.', leadOfficer: 'Liz Mellor', deadline: 'Completed', status: 'implemented' }),
  rec({ number: '13', text: 'Ensures that Staffordshire Safeguarding Children Board (SSCB) undertakes an audit of the quality of Early Help Assessments and reports to the Select Committee the number and quality of Early Help Assessments completed by individual agencies.', responseText: 'There has been a delay in progressing this action due to serious case review priorities and SSCB Business Team staffing capacities.', leadOfficer: 'Carrie Wain, SSCB Manager', deadline: 'March 2017', status: 'in_progress' }),
  rec({ number: '14', text: 'Undertakes a study to establish the sustainability of the childcare sector and report back to the Prosperous Staffordshire Select Committee for scrutiny, recognising the potential safeguarding implications.', leadOfficer: 'Matt Biggs', deadline: '', status: 'in_progress' }),
  rec({ number: '15', text: 'Writes to District and Borough Councils and Registered Social Landlords recognising the good work of housing providers in supporting families and highlighting the positive impact of involvement in BRFC.', responseText: 'Central contracts in place with Trent & Dove and Aspire Housing. District partnership working in Moorlands and Cannock.', leadOfficer: 'Barbara Hine', deadline: 'July 2017', status: 'in_progress' }),
];

/** Recommendations the 26 September item follows up (those not yet implemented). */
export const DEMO_LINKS = DEMO_RECOMMENDATIONS.filter((r) => r.status !== 'implemented').map((r) => ({
  id: `demo-link-${r.id}`,
  recommendationId: r.id,
  itemId: 'demo-item-low-level-neglect',
}));

export const DEMO_SUGGESTIONS: readonly (SuggestionFields & { id: string; by: string })[] = [
  {
    id: 'demo-suggestion-modern-slavery',
    by: 'demo-natasha-pullen',
    title: 'Modern day slavery and domestic violence',
    reason: 'Raised at the June meeting: residents and partners report rising concern; we should understand the Council’s role with the police.',
    status: 'accepted',
    response: 'Added for 11 December (Domestic Abuse) and 15 January (Modern Slavery).',
    itemId: 'demo-item-modern-slavery',
  },
  {
    id: 'demo-suggestion-home-education',
    by: 'demo-victoria-wilson',
    title: 'Children missing education and elective home education',
    reason: 'How progress is assessed for home educated children; ask for the Prosperous Staffordshire working group report (2014).',
    status: 'open',
    response: '',
    itemId: null,
  },
];

export const DEMO_COMMENTS: readonly { id: string; by: string; targetType: 'item'; targetId: string; body: string }[] = [
  {
    id: 'demo-comment-pilots',
    by: 'demo-conor-wileman',
    targetType: 'item',
    targetId: 'demo-item-pilots-jan',
    body: 'Can the January report say which pilots will cease, and the Girl Power project in Newcastle be embedded rather than stay a pilot?',
  },
];

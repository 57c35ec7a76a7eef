import { plural } from '../table.ts';

/**
 * The collections' indexes and entry pages. Where a sentence names a collection it has a
 * placeholder ({techniques}, {collection}), filled with the name the playbook gives that
 * collection (`collections.<route>` in strings.yaml), so renaming a collection renames it here too.
 */
export const entries = {
  // A collection's index (src/components/CollectionIndex.astro).
  /** The index's title when filtered: "Techniques: Questioning, Primary". */
  indexTitleFiltered: '{collection}: {chosen}',
  /** Its meta description: {count} is collectionCount ("12 techniques"). */
  indexDescription: '{count} in the playbook.',
  indexDescriptionFiltered: '{count} in the playbook: {chosen}.',
  /** One chosen filter value: its facet's name, lower case, then the value ("phase Primary"). */
  chosenValue: '{facet} {value}',
  filterHeading: 'Filter {plural}',
  skipToResults: 'Skip to the {count}',
  /** After the filters' button on a phone, when some are chosen. */
  filtersChosen: '({count} chosen)',
  /** Read by screen readers after a chosen filter value. */
  selectedHint: '(selected: choose again to remove)',
  /** After the count of a filtered index; {chosen} is the chosen values. */
  resultsMatching: 'matching {chosen}.',
  clearFilters: 'Clear filters',
  /** The heading of a filtered index's list. */
  matching: 'Matching',

  // Facets, search filters and entry facts shared by several collections.
  phase: 'Phase',
  phases: 'Phases',
  subject: 'Subject',
  subjects: 'Subjects',
  factFor: 'For',
  factSize: 'Size',
  factType: 'Type',
  kind: 'Kind',
  /** A heading over links to another collection's entries: "Techniques that develop it". */
  developItHeading: '{collection} that develop it',
  usedItHeading: '{collection} it used',
  developsHeading: '{collection} it develops',
  weeks: plural({ one: '{count} week', other: '{count} weeks' }),
  steps: plural({ one: '{count} step', other: '{count} steps' }),
  pitfalls: 'Pitfalls',
  printSource: 'From the playbook: {url}',

  // Audits.
  auditsIntro: 'Take an audit here; your answers stay on your device. A PD lead can pool the files people export in',
  auditsIntroLink: 'group results',
  auditsIntroAfter: '.',
  auditSize: '{sections}, {items}',
  sectionCount: plural({ one: '{count} section', other: '{count} sections' }),
  itemCount: plural({ one: '{count} item', other: '{count} items' }),
  paperName: 'Name:',
  paperDate: 'Date:',
  /** {link} is a link to the group results tool (common.groupResults). */
  paperIntro: 'To answer on paper, print this page and tick one box for each statement. {link} pools the answers that people export from this page.',
  scaleHeading: 'The scale',
  scalePoint: '{value} — {label}',
  developThis: 'Develop this',
  paperNotes: 'Notes on {section}:',

  // Case studies.
  organisationSchool: 'School',
  organisationTrust: 'Trust',
  organisationAlliance: 'Teaching school alliance',
  organisationPartnership: 'Partnership',
  organisationLocalAuthority: 'Local authority',
  organisationProgramme: 'Programme',
  /** A facet, when playbook.yaml names the model its components come from. */
  componentOf: 'Component of {model}',
  modelComponent: 'Model component',
  organisationType: 'Organisation type',
  componentsOf: 'Components of {model}',
  /** The model's name when playbook.yaml gives none (componentsModel). */
  improvementModel: 'the improvement model',
  organisation: 'Organisation',
  phasesNotStated: 'Not stated in the source',
  region: 'Region',
  period: 'Period',
  focus: 'Focus',
  impact: 'Impact',
  impactCaption: 'Impact, as the source reports it',
  measure: 'Measure',
  notesAndCaveats: 'Notes and caveats',

  // Frameworks.
  elementCount: plural({ one: '{count} element', other: '{count} elements' }),
  filterFramework: 'Framework',
  publishedBy: 'Published by',
  elements: 'Elements',
  coverage: 'Coverage',
  /** {count} is the framework's number of elements, {served} how many something serves. */
  coverageServed: plural({ one: '{served} of {count} element served by something in the playbook', other: '{served} of {count} elements served by something in the playbook' }),
  coverageServedGaps: plural({
    one: '{served} of {count} element served by something in the playbook; {unserved} not yet',
    other: '{served} of {count} elements served by something in the playbook; {unserved} not yet',
  }),
  elementsHeading: 'The elements',
  coverageHeading: 'What serves each element',
  coverageCaption: 'Coverage of {title}: for each element, what in the playbook serves it',
  element: 'Element',
  howMany: 'How many',
  servedBy: 'Served by',
  notServed: 'Not served yet: nothing in the playbook names this element.',
  /** On an entry that serves frameworks: {collection} is the frameworks' name. */
  servesHeading: '{collection} it serves',
  /** {framework} is a link to the framework; {count} its number of elements, {served} how many this entry serves. */
  servesElements: plural({ one: '{framework}: {served} of its {count} element', other: '{framework}: {served} of its {count} elements' }),

  // Mentor criteria.
  roleIttMentor: 'ITT mentor',
  roleEarlyCareerMentor: 'Early-career mentor',
  roleCoach: 'Instructional coach',
  role: 'Role',
  criteriaHeading: 'The criteria',
  criterionHeading: '{number}. {title}',
  evidencePrompt: 'Evidence prompt:',
  stagesHeading: 'Stages of the role',
  selfAuditHeading: 'Self-audit',

  // Protocols.
  kindLessonStudy: 'Lesson study',
  kindCoaching: 'Coaching',
  kindEnquiry: 'Enquiry',
  kindObservation: 'Observation',
  kindMeeting: 'Meeting',
  printHandout: 'Print the handout',
  groupSize: 'Group size',
  /** {size} is a number or a range (groupSizeRange); {count} is the largest number. */
  groupSizePeople: plural({ one: '{size} person', other: '{size} people' }),
  groupSizeRange: '{min} to {max}',
  timedSteps: 'Timed steps',
  minutesInAll: plural({ one: '{count} minute in all', other: '{count} minutes in all' }),
  rolesHeading: 'Roles',
  stepsHeading: 'Steps',
  timedStep: plural({ one: '{title} ({count} minute)', other: '{title} ({count} minutes)' }),
  normsHeading: 'Norms',
  recordsHeading: 'Records',

  // Rubrics.
  purposeObservation: 'Observation',
  purposeSelfReview: 'Self-review',
  purposePeerReview: 'Peer review',
  printRubric: 'Print the rubric',
  useItFor: 'Use it for',
  levels: 'Levels',
  rubricCaption: '{title}: {criteria} at {levels}',
  criterionCount: plural({ one: '{count} criterion', other: '{count} criteria' }),
  levelCount: plural({ one: '{count} level', other: '{count} levels' }),
  criterion: 'Criterion',

  // Sequences.
  sequencesIntro: 'Plan your own with the',
  sequencesIntroLink: 'sequence builder',
  sequencesIntroAfter: ': pick techniques and action steps, set the weeks, and download or propose the file.',
  sequenceFacts: '{audience} · {weeks}',
  printPlan: 'Print the plan',
  adaptInBuilder: 'Adapt it in the sequence builder',
  length: 'Length',
  sequenceLength: '{weeks}, {steps}',
  calendarCaption: 'Week by week: {title}',
  weeksColumn: 'Weeks',
  notesColumn: 'Notes',
  week: 'Week {start}',
  weekRange: 'Weeks {start}–{end}',
  wholeTechnique: 'The whole {technique}',
  planHeading: 'The plan, step by step',
  planStep: '{weeks}: {technique}',
  planStepWithAction: '{weeks}: {technique}, {step}',
  planNotes: 'Notes:',

  // Sources.
  authors: 'Authors',
  year: 'Year',
  publisher: 'Publisher',
  publishedIn: 'Published in',
  partOf: 'Part of',
  whereToFind: 'Where to find it',
  citeAs: 'Cite as:',
  /** In a reference, the collection a chapter or article appears in. */
  citationIn: 'In: {title}',

  // Strands.
  strandTechniques: '{techniques} in this {strand}',
  strandEmpty: 'No {techniques} in this {strand} yet.',

  // Techniques.
  evidence: 'Evidence',
  /** A technique written from the playbook's own practice: the fact at its top, and the section that says how. */
  comesFrom: 'Comes from',
  ownPractice: 'Our own practice',
  ownPracticeHeading: 'From our own practice',
  printWithExamples: 'Print with worked examples',
  printCard: 'Print the one-page card',
  useItWhen: 'Use it when',
  actionSteps: 'Action steps',
  lookFors: 'Look-fors',
  rehearseIt: 'Rehearse it',
  setUp: 'Set-up',
  script: 'Script',
  feedbackOn: 'Give feedback on',
  workedExamples: 'Worked examples',
  examplesByPhase: 'Worked examples by phase and subject:',
  /** Near the top of a technique's page: a link down to its worked examples. */
  jumpToExamples: plural({ one: 'Go to the worked example', other: 'Go to the {count} worked examples' }),
  /** The same link, when the reader came from a filtered list and an example is for their choice; {choice} is like "Secondary · Maths". */
  jumpToChosenExample: 'Go to the worked example for {choice}',
  /** An item of the examples' index: where the example is set ("Secondary · Maths") and its title. */
  exampleIndexItem: '{setting}: {title}',
  /** On a worked example for the phase or subject the reader chose in a filtered list; {choice} is like "Secondary · Maths". */
  forYourChoice: 'For your choice: {choice}',
  /** A print button, when the reader came from a filtered list: only the examples for their choice. */
  printChosenExamples: 'Print with the examples for {choice}',
  related: 'Related {techniques}',
  techniqueSource: 'From {strand} in the playbook: {url}',
  moreIn: 'More in {strand}',
  previousIn: 'Previous in {strand}',
  nextIn: 'Next in {strand}',
};

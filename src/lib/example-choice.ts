/**
 * Which of a technique's worked examples suit a reader's choice of phase and subject (the choice a
 * filtered list passes on in its links). Pure: the page's script gives each example's setting in
 * page order and gets back the ones to mark, and what they matched on.
 */

/** Where a worked example is set: its phase and, if it has one, its subject (ids from playbook.yaml). */
export interface ExampleSetting {
  phase?: string | undefined;
  subject?: string | undefined;
}

export interface ChosenExamples {
  /** The positions of the examples that suit the choice, in page order. */
  matched: number[];
  /** What they matched on: the chosen phase, subject or both. */
  by: ExampleSetting;
}

/**
 * The examples set in the chosen phase and subject; where none is set in both, those in the chosen
 * subject, then those in the chosen phase (a technique listed under "Secondary + Maths" may have a
 * Secondary example in science and a Maths example in primary). Nothing chosen: none.
 */
export function chosenExamples(examples: readonly ExampleSetting[], choice: ExampleSetting): ChosenExamples {
  const tries: ExampleSetting[] = [
    { phase: choice.phase, subject: choice.subject },
    { subject: choice.subject },
    { phase: choice.phase },
  ].filter((by) => by.phase !== undefined || by.subject !== undefined);
  for (const by of tries) {
    const matched = examples.flatMap((example, index) => ((by.phase === undefined || example.phase === by.phase) && (by.subject === undefined || example.subject === by.subject) ? [index] : []));
    if (matched.length > 0) return { matched, by };
  }
  return { matched: [], by: {} };
}

/** A technique's worked examples as sub-forms: read from the body and written back. */
import { describe, expect, it } from 'vitest';
import { bodyFromExamples, exampleBlock, examplesFromBody } from '../../../src/lib/editor/examples.ts';

describe('worked examples', () => {
  it('round-trip a body of Example blocks', () => {
    const body = '\n<Example phase="primary" subject="maths" title="Year 4">\n\nOne.\n\nTwo.\n\n</Example>\n\n<Example phase="secondary" title="Year 9">\n\nThree.\n\n</Example>\n';
    const examples = examplesFromBody(body)!;
    expect(examples).toEqual([
      { phase: 'primary', subject: 'maths', title: 'Year 4', text: 'One.\n\nTwo.' },
      { phase: 'secondary', subject: '', title: 'Year 9', text: 'Three.' },
    ]);
    expect(bodyFromExamples(examples)).toBe(body);
  });
  it('leave a body with anything else to be edited as Markdown', () => {
    expect(examplesFromBody('\nSome prose.\n\n<Example phase="primary" title="T">\n\nX\n\n</Example>\n')).toBeUndefined();
    expect(examplesFromBody('')).toEqual([]);
  });
  it('quote a title that has double quotes in it', () => {
    expect(exampleBlock({ phase: 'primary', subject: '', title: 'The "why" question', text: 'X' })).toBe(`<Example phase="primary" title='The "why" question'>\n\nX\n\n</Example>`);
  });
});

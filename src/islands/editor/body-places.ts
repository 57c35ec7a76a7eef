/**
 * Where a problem of a body edited as worked examples sits in the form: the body check gives the
 * line of the body it found it on, and the examples' blocks take known lines (examples.ts lays them
 * out), so a line leads to its example, and the problem's rule to the example's field.
 */
import { exampleBlock, type WorkedExample } from '../../lib/editor/examples.ts';
import type { Problem } from '../../engine/editor/engine.ts';
import type { Place } from '../../engine/editor/form-problems.ts';

export function exampleLines(examples: readonly WorkedExample[] | null): { exampleAt: (line: number) => number | undefined; placeOf: (problem: Problem) => Place } {
  // The body is a blank line, then each block, a blank line between two (bodyFromExamples).
  const starts: number[] = [];
  let line = 2;
  for (const example of examples ?? []) {
    starts.push(line);
    line += exampleBlock(example).split('\n').length + 1;
  }
  const exampleAt = (at: number): number | undefined => {
    if (!examples || starts.length === 0 || at < starts[0]!) return undefined;
    const index = starts.findLastIndex((start) => start <= at);
    return index === -1 ? undefined : index;
  };
  const placeOf = (problem: Problem): Place => {
    const example = problem.line === undefined ? undefined : exampleAt(problem.line);
    if (example === undefined) return { at: 'body' };
    return { at: 'body', example, attribute: problem.rule?.rule === 'example' ? problem.rule.attribute : 'text' };
  };
  return { exampleAt, placeOf };
}

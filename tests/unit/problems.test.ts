/** src/lib/learning-problems.ts: the "What's the problem?" page's grouping, merging and order, and its finder's matching. */
import { describe, expect, it } from 'vitest';
import { findable, groupProblems, likeness, matchesQuery, meaningWords, SAME_PROBLEM } from '../../src/lib/learning-problems.ts';

const technique = (id: string, strand: string, problems: string[]) => ({ id, title: id.toUpperCase(), strand, problems });

describe('likeness', () => {
  it('finds the same problem in other words', () => {
    expect(likeness("I don't find out about mistakes until I mark the books.", "I only find out they didn't get it when I mark their books.")).toBeGreaterThanOrEqual(SAME_PROBLEM);
    expect(likeness('Pupils don’t know what a good answer looks like.', '"Pupils finish the task but can’t tell me what a good answer looks like."')).toBeGreaterThanOrEqual(SAME_PROBLEM);
  });

  it('keeps different problems apart, even with words in common', () => {
    expect(likeness('Pupils wait to see what others answer, then copy.', 'Pupils wait for me to tell them the answer.')).toBeLessThan(SAME_PROBLEM);
    expect(likeness("Pupils don't know what they don't know until the exam.", "When questions are mixed up in an exam, pupils don't know which method to use.")).toBeLessThan(SAME_PROBLEM);
  });

  it('ignores common words and endings', () => {
    expect([...meaningWords('The pupils are marking their books')].sort()).toEqual(['book', 'mark']);
  });
});

describe('groupProblems', () => {
  const groups = groupProblems(
    [
      technique('b-one', 'b', ['"Zebra crossings confuse them."', 'I mark the books and find mistakes late.']),
      technique('a-one', 'a', ['Apples fall.', 'Zebra crossings confuse them!']),
      technique('a-two', 'a', ['I find mistakes late when I mark their books.', 'Bananas bend.']),
    ],
    ['a', 'b', 'c'],
  );

  it('groups by the strand of the first technique naming a problem, in the strands’ order, leaving out empty strands', () => {
    expect(groups.map((group) => group.strand)).toEqual(['a', 'b']);
  });

  it('merges the same wording and similar wordings, keeping the other wordings and every technique', () => {
    const b = groups.find((group) => group.strand === 'b')!;
    const zebra = b.problems.find((problem) => problem.text.includes('Zebra'))!;
    expect(zebra.techniques.map((item) => item.id)).toEqual(['b-one', 'a-one']);
    expect(zebra.also).toEqual([]);
    const marking = b.problems.find((problem) => problem.text.includes('mark'))!;
    expect(marking.also).toEqual(['I find mistakes late when I mark their books.']);
    expect(marking.techniques.map((item) => item.id)).toEqual(['b-one', 'a-two']);
  });

  it('sorts within a strand by the words, ignoring quotation marks', () => {
    expect(groups[0]!.problems.map((problem) => problem.text)).toEqual(['Apples fall.', 'Bananas bend.']);
    expect(groups[1]!.problems.map((problem) => problem.text)).toEqual(['I mark the books and find mistakes late.', '"Zebra crossings confuse them."']);
  });

  it('gives each problem an anchor of its own', () => {
    const anchors = groups.flatMap((group) => group.problems.map((problem) => problem.anchor));
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe('the finder', () => {
  it('keeps each technique\'s phases with the problems it addresses', () => {
    const [group] = groupProblems([{ ...technique('a-one', 'a', ['Apples fall.']), phases: ['primary', 'secondary'] }, technique('a-two', 'a', ['Apples fall!'])], ['a']);
    expect(group!.problems[0]!.techniques).toEqual([
      { id: 'a-one', title: 'A-ONE', phases: ['primary', 'secondary'] },
      { id: 'a-two', title: 'A-TWO', phases: [] },
    ]);
  });

  it('finds every word of the query at the start of a word, ignoring case, accents and punctuation', () => {
    expect(matchesQuery("Pupils don't check their work.", 'check work')).toBe(true);
    expect(matchesQuery('I find mistakes when I mark their books.', 'mark')).toBe(true);
    expect(matchesQuery('I find mistakes when I am marking.', 'MARK')).toBe(true);
    expect(matchesQuery('They dont listen to each other.', "don't")).toBe(true);
    expect(matchesQuery('Les élèves répondent sans réfléchir.', 'eleves reflechir')).toBe(true);
    expect(matchesQuery('Pupils wait for the answer.', 'wait copy')).toBe(false);
    expect(matchesQuery('Pupils remark on it.', 'mark')).toBe(false);
    expect(matchesQuery('Anything at all.', '  ')).toBe(true);
    expect(findable('“Zebra” crossings—confuse them!')).toBe('zebra crossings confuse them');
  });
});

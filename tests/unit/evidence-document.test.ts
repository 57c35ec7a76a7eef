/**
 * The application as a Word document (lib/evidence/document.ts): made with the docx library, then
 * opened with another (mammoth, which reads .docx as Word does) to read back its text, and unzipped
 * to check it holds nothing that runs or loads from elsewhere.
 */
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { Packer } from 'docx';
import { applicationDocument } from '../../src/lib/evidence/document.ts';
import { emptyEvidence, setApplicant, setEvidence } from '../../src/lib/evidence/evidence.ts';
import { set } from './evidence-fixtures.ts';

async function docxOf(name: string, answer: string): Promise<Buffer> {
  const doc = setApplicant(setApplicant(setEvidence(emptyEvidence('mentor-set'), 'listens', answer), 'name', name), 'school', 'Hillside Primary');
  return Packer.toBuffer(applicationDocument(set, doc, '14 September 2026'));
}

describe('the application as a Word document', () => {
  it('opens in another reader with every part of the application, in order, and lines to sign', async () => {
    const buffer = await docxOf('Zoë Café', 'Pupils <b>& staff</b> said "yes".\n\nA second paragraph,\nwith a line break.');
    const { value: html, messages } = await mammoth.convertToHtml({ buffer });
    expect(messages).toEqual([]);
    // Real headings and paragraphs, as Word's own styles: the reader turns them into h1, h2, h3 and p.
    const parts = [
      '<h1>Mentor set</h1><p>Application: ITT mentor</p><p><strong>Name:</strong> Zoë Café</p><p><strong>School:</strong> Hillside Primary</p><p><strong>Date:</strong> 14 September 2026</p>',
      // The answer as written: markup characters are text, paragraphs and a line break kept.
      '<h2>1. Listens</h2><p><em>Describe a time you listened.</em></p><p>Pupils &lt;b&gt;&amp; staff&lt;/b&gt; said "yes".</p><p>A second paragraph,<br />with a line break.</p>',
      '<h2>2. Challenges</h2><p><em>Describe a challenge you gave.</em></p><p><em>(no answer yet)</em></p>',
      // The signatures come last: the applicant (named), then whoever confirms, each line ending in a tab drawn as a line.
      '<h2>Signatures</h2>',
      '<h3>Applicant</h3><p><strong>Name:</strong> Zoë Café\t</p><p><strong>Signature:</strong> \t</p><p><strong>Date:</strong> \t</p>',
      '<h3>Confirmed by</h3><p><strong>Name:</strong> \t</p><p><strong>Role:</strong> \t</p><p><strong>Signature:</strong> \t</p><p><strong>Date:</strong> \t</p>',
    ];
    const at = parts.map((part) => html.indexOf(part));
    expect(at.every((position) => position >= 0), html).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html.endsWith(parts.at(-1)!)).toBe(true);
  });

  it('holds only the document: no macros, no links out, no external images or templates', async () => {
    const files = unzipSync(new Uint8Array(await docxOf('Sam Patel', 'See the notes.')));
    expect(Object.keys(files)).toContain('word/document.xml');
    expect(Object.keys(files).filter((name) => /vba|\.bin$|activeX|embeddings/i.test(name))).toEqual([]);
    const xml = Object.entries(files)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(xml).not.toMatch(/TargetMode="External"|macroEnabled|attachedTemplate/);
    // A signature line is a tab to the right margin drawn as a line (an underscore leader).
    expect(strFromU8(files['word/document.xml']!)).toMatch(/<w:tab w:val="right" w:pos="\d+" w:leader="underscore"\/>/);
  });
});

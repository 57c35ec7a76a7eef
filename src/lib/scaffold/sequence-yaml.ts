/**
 * Writes a PD sequence as the YAML file `content/sequences/<id>.yaml` holds. A small writer for
 * this one shape, so the sequence builder page does not ship a YAML library: plain words stay
 * plain, anything else is quoted (a JSON string is valid YAML), and notes of several lines are a
 * literal block.
 */

/** A sequence as written to its file: `step` and `notes` are left out when empty. */
export interface SequenceFile {
  title: string;
  audience: string;
  summary: string;
  steps: { technique: string; step?: string; weeks: number; notes?: string }[];
}

/** Words YAML would read as something other than text. */
const SPECIAL = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
/** Text that stays text when written without quotes: starts with a letter, no ": ", " #", quotes or brackets. */
const PLAIN = /^[A-Za-z][A-Za-z0-9 ,.()?!&;'’–—-]*$/;
/** Characters YAML cannot hold as they are: controls, DEL, C1 controls (but NEL), and non-characters. */
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

function escapeUnprintable(text: string): string {
  return text.replace(new RegExp(UNPRINTABLE.source, 'g'), (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A string in double quotes: JSON's escapes (which YAML shares), plus those YAML needs that JSON does not. */
function quoted(text: string): string {
  // JSON.stringify escapes C0 controls and lone surrogates; DEL, C1 controls and non-characters it leaves raw.
  return escapeUnprintable(JSON.stringify(text));
}

/** A scalar for `key: value`, at `indent` spaces, where a literal block's lines get `indent + 2`. */
export function yamlString(text: string, indent = 0): string {
  if (PLAIN.test(text) && !SPECIAL.test(text) && !text.endsWith(' ')) return text;
  const lines = text.split('\n');
  const blockable =
    lines.length > 1 &&
    !text.endsWith('\n') &&
    !/^[ \t]/.test(text) &&
    !text.includes('\r') &&
    !/[\u0085\u2028\u2029]/.test(text) &&
    !UNPRINTABLE.test(text) &&
    text.isWellFormed() &&
    lines.every((line) => !/^\s+$/.test(line));
  if (blockable) {
    const pad = ' '.repeat(indent + 2);
    return `|-\n${lines.map((line) => (line === '' ? '' : pad + line)).join('\n')}`;
  }
  return quoted(text);
}

/** The file's text. `comment` lines, if any, go at the top as YAML comments. */
export function sequenceYaml(sequence: SequenceFile, comment: readonly string[] = []): string {
  const out: string[] = comment.map((line) => `# ${line}`.trimEnd());
  out.push(`title: ${yamlString(sequence.title)}`);
  out.push(`audience: ${yamlString(sequence.audience)}`);
  out.push(`summary: ${yamlString(sequence.summary)}`);
  out.push(sequence.steps.length === 0 ? 'steps: []' : 'steps:');
  for (const step of sequence.steps) {
    out.push(`  - technique: ${yamlString(step.technique, 4)}`);
    if (step.step !== undefined) out.push(`    step: ${yamlString(step.step, 4)}`);
    out.push(`    weeks: ${Number.isFinite(step.weeks) ? String(step.weeks) : yamlString(String(step.weeks), 4)}`);
    if (step.notes !== undefined && step.notes !== '') out.push(`    notes: ${yamlString(step.notes, 4)}`);
  }
  return `${out.join('\n')}\n`;
}

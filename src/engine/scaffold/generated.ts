/**
 * The files made from the zod schemas and committed for authors: the JSON Schemas in schemas/ and
 * docs/frontmatter.md. `npm run schemas` writes them; a unit test checks they are current.
 */
import { FRONTMATTER_DOC, frontmatterDoc } from './frontmatter-doc.ts';
import { schemaText, yamlSchemaFiles } from './json-schemas.ts';

/** The folder of the generated JSON Schemas, relative to the project root. */
export const SCHEMA_FOLDER = 'schemas';

/** Each generated file: its path relative to the project root, and its text. */
export function generatedFiles(): { file: string; text: string }[] {
  return [
    ...yamlSchemaFiles().map((entry) => ({ file: `${SCHEMA_FOLDER}/${entry.file}`, text: schemaText(entry.schema) })),
    { file: FRONTMATTER_DOC, text: frontmatterDoc() },
  ];
}

/** The `yaml.schemas` setting of .vscode/settings.json: each schema file and the content it applies to. */
export function vscodeYamlSchemas(): Record<string, string> {
  return Object.fromEntries(yamlSchemaFiles().map((entry) => [`./${SCHEMA_FOLDER}/${entry.file}`, entry.applies]));
}

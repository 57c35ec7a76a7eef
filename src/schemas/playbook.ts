/**
 * `content/playbook.yaml`: the playbook's identity and its taxonomies.
 * This file is read first; its phases, subjects and components decide what every other entry may name.
 */
import { z } from 'astro/zod';
import { id, text } from './common.ts';
import { longText } from './editor-hints.ts';

/** The file that holds the playbook's identity and taxonomies, relative to the content folder. */
export const PLAYBOOK_FILE = 'playbook.yaml';

const hexColour = () =>
  z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as six-digit hex, like "#1d4f91"');

/** One value of a taxonomy: a stable id and the label readers see. */
const term = z
  .object({
    id: id().describe('Stable id used in entries, like "primary".'),
    label: text().describe('The name readers see, like "Primary".'),
    description: z.string().meta(longText).optional().describe('Optional: what the term covers.'),
  })
  .strict();

/** A component of the improvement model that case studies are tagged with. */
const component = term.extend({
  group: text().describe('The part of the model the component belongs to, like "Build capability and capacity".'),
});

/** Whether a text is a well-formed language tag that Intl knows how to write in. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** How coaching trends are read: the target time between visits, and the privacy floor. */
export const coachingSettings = z
  .object({
    cycleWeeks: z
      .object({
        shortest: z.number().int().min(1).max(52).describe('The fewest weeks between a coachee\'s drop-ins that the target allows.'),
        longest: z.number().int().min(1).max(52).describe('The most weeks between a coachee\'s drop-ins that the target allows; at least shortest.'),
      })
      .strict()
      .refine((weeks) => weeks.longest >= weeks.shortest, { message: 'a number at least shortest', path: ['longest'] })
      .default({ shortest: 2, longest: 4 })
      .describe('The target time between one drop-in and the next, in weeks, that coaching trends count cycles against. Default: 2 to 4 weeks.'),
    privacyFloor: z
      .number()
      .int()
      .min(3)
      .default(5)
      .describe('Coaching trends show no figure that covers fewer than this many coachees, and say why. At least 3. Default: 5.'),
  })
  .strict();

export const playbookSchema = z
  .object({
    name: text().describe('The playbook\'s name, shown in the header and page titles, like "Teach Like A Star".'),
    organisation: text().describe('The school or trust the playbook belongs to.'),
    tagline: z.string().default('').describe('One line under the name on the home page. Default: none.'),
    language: z
      .string()
      .default('en-GB')
      .refine(isLanguageTag, 'a language tag, like "en-GB", "fr" or "cy"')
      .describe(
        'The language the playbook is written in, as a language tag like "en-GB" or "fr". It sets the pages\' language, how dates and numbers are written, and the language search stems words in. The engine\'s own words are English; a playbook in another language gives them in strings.yaml. Default: "en-GB".',
      ),
    logo: z
      .string()
      .optional()
      .describe('Optional: path of a logo image under public/, like "/logo.svg". Default: the name as text.'),
    colours: z
      .object({
        primary: hexColour().describe('Links, buttons and headings.'),
        accent: hexColour().describe('Highlights such as focus rings and markers.'),
        text: hexColour().describe('Body text.'),
        background: hexColour().describe('Page background.'),
      })
      .strict()
      .describe(
        'The colours of the site, as six-digit hex. The check requires a contrast of at least 4.5:1 for text, primary and accent on the background, and for white button text on primary.',
      ),
    site: z
      .object({
        url: z.url().describe('The address the site is published at, like "https://example.github.io". Used for the sitemap.'),
        base: z
          .string()
          .regex(/^\/([a-z0-9._-]+\/)*$/i, 'a path that starts and ends with "/", like "/" or "/playbook/"')
          .default('/')
          .describe('The path the site is served under. Default: "/".'),
      })
      .strict()
      .describe('Where the site is published: its address and the path under it.'),
    repository: z
      .object({
        url: z
          .url()
          .regex(/^https:\/\/[^/]+\/[^/]+\/[^/]+$/, 'the web address of a repository, like "https://github.com/owner/repo"')
          .describe('The web address of the repository the playbook is kept in, like "https://github.com/owner/repo".'),
        branch: z.string().min(1).default('main').describe('The branch the site is built from. Default: "main".'),
      })
      .strict()
      .optional()
      .describe(
        'Optional: where the playbook\'s files are kept, so that pages can show "Edit this page" and the editor can propose a file in the repository\'s web interface. Default: none, and those links are not shown.',
      ),
    offline: z
      .boolean()
      .default(true)
      .describe(
        'Whether the site works offline after a first visit: a service worker saves every page, the search index and the self-audits on the reader\'s device, and tells them when a new version is published. Set false to register no service worker and save nothing; the build then publishes only a small worker that removes a copy saved by an earlier version. Default: true.',
      ),
    contact: z
      .object({
        name: text().describe('Who readers contact about the site, like "The CPD team".'),
        email: z.email().describe('The address readers write to, like "cpd@example.org".'),
        phone: z.string().optional().describe('Optional: a phone number readers can call. Default: none.'),
      })
      .strict()
      .optional()
      .describe(
        'Optional: who readers contact about the site, for example to report an accessibility problem. Shown on the accessibility statement. Default: none; the statement then asks readers to contact the organisation.',
      ),
    coaching: coachingSettings.optional().describe(
      'Optional: settings of the coaching records and the coaching trends page. Default: a cycle target of 2 to 4 weeks and a privacy floor of 5 coachees.',
    ),
    phases: z.array(term).min(1).describe('The phases of education entries may name, in display order.'),
    subjects: z.array(term).default([]).describe('The subjects entries may name, in display order. Default: none.'),
    components: z
      .array(component)
      .default([])
      .describe('The components of the improvement model that case studies are tagged with. Default: none.'),
    componentsModel: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Optional: the name of the improvement model the components come from, as readers see it after "Components of", like "the CST model of trust-led improvement". Default: "the improvement model".'),
  })
  .strict();

export type Playbook = z.infer<typeof playbookSchema>;

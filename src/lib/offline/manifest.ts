/**
 * The web app manifest, which lets a reader add the playbook to a phone's home screen and open it
 * like an app. Its name and colours come from playbook.yaml; its start URL, scope and icon
 * addresses sit under the site's base path, so a playbook served from /playbook/ installs as
 * itself and not as the whole host. Its language is the playbook's.
 */
import type { Playbook } from '../../schemas/playbook.ts';
import { withBase } from '../url.ts';
import { common, format, language } from '../../strings/index.ts';
import { ICONS } from './icons.ts';

/** The short name under the icon: the playbook's name when it fits (12 characters), else its first word. */
export function shortName(name: string): string {
  if (name.length <= 12) return name;
  const first = name.split(/\s+/)[0] ?? name;
  return first.length <= 12 ? first : `${first.slice(0, 11)}…`;
}

export function webManifest(playbook: Pick<Playbook, 'name' | 'organisation' | 'tagline' | 'colours'>, base: string) {
  return {
    id: base,
    name: playbook.name,
    short_name: shortName(playbook.name),
    description: playbook.tagline || format(common.playbookDescription, { name: playbook.name, organisation: playbook.organisation }),
    lang: language,
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: playbook.colours.background,
    theme_color: playbook.colours.primary,
    icons: ICONS.filter((icon) => icon.file !== 'apple-touch-icon.png').map((icon) => ({
      src: withBase(base, `icons/${icon.file}`),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

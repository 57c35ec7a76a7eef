/** The home-screen icons the site ships, by file, size and purpose; icon.node.ts draws them and manifest.ts lists them. */

/** "any": a rounded square for most places; "maskable": full bleed, for launchers that crop to their own shape. */
export type IconPurpose = 'any' | 'maskable';

export interface IconSpec {
  /** The file name under icons/, like "icon-192.png". */
  file: string;
  size: number;
  purpose: IconPurpose;
}

/** Every icon the site ships: the manifest's icons and the Apple touch icon (full square, as iOS rounds it). */
export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'maskable' },
];

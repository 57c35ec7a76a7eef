/** The frame of every page: header, navigation, footer, and the parts every entry page shares. */
export const common = {
  skipLink: 'Skip to main content',
};

/** The report formats `check` prints, the first being the default. */
export const FORMATS = ['pretty', 'json', 'github', 'junit', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

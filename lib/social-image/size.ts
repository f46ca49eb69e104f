/** The size link previews show best (Open Graph, X's summary_large_image). */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const

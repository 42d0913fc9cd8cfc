/**
 * The app's background colour, for the Electron window to paint before the page loads, so
 * opening the window shows no second shade. It is the renderer's `--color-bg` token
 * (src/renderer/src/styles/tokens.css); a renderer test checks that the two agree.
 */
export const APP_BACKGROUND = '#f6f6f3';

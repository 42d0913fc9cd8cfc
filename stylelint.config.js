/**
 * Every colour is a design token: literal colours (hex, named, rgb()/hsl()…) are written only
 * in src/renderer/src/styles/tokens.css, and everything else refers to them with var(--color-…).
 */
const colourFunctions = [
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'hwb',
  'lab',
  'lch',
  'oklab',
  'oklch',
  'color',
];

export default {
  rules: {
    'color-no-hex': [
      true,
      { message: 'Use a colour token from styles/tokens.css, not a hex colour.' },
    ],
    'color-named': [
      'never',
      { message: 'Use a colour token from styles/tokens.css, not a named colour.' },
    ],
    'function-disallowed-list': [
      colourFunctions,
      { message: 'Use a colour token from styles/tokens.css, not a colour function.' },
    ],
  },
  overrides: [
    {
      files: ['src/renderer/src/styles/tokens.css'],
      rules: { 'color-no-hex': null, 'color-named': null, 'function-disallowed-list': null },
    },
  ],
};

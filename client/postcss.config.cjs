// Mantine 9 ships its styles as PostCSS sources: the preset expands its mixins/functions,
// and simple-vars provides the breakpoint variables used in `@media (min-width: $mantine-breakpoint-sm)`.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
    'postcss-simple-vars': {
      variables: {
        'mantine-breakpoint-xs': '36em',
        'mantine-breakpoint-sm': '48em',
        'mantine-breakpoint-md': '62em',
        'mantine-breakpoint-lg': '75em',
        'mantine-breakpoint-xl': '88em',
      },
    },
  },
};

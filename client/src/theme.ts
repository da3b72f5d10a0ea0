import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  components: {
    // A dialog's title is the question being asked ("Remove Bob?"): it should read as a heading.
    // A plain object rather than Modal.extend(): importing Modal here would put it in the entry chunk of every page.
    Modal: { styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } } },
  },
});

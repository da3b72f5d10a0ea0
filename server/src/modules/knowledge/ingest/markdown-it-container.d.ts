// markdown-it-container ships no types; this is the part of its API the Markdown reader uses.
declare module 'markdown-it-container' {
  import type MarkdownIt from 'markdown-it';

  interface ContainerOptions {
    /** Whether the text after the `:::` marker opens a container. */
    validate?: (params: string) => boolean;
    marker?: string;
  }

  function container(md: MarkdownIt, name: string, options?: ContainerOptions): void;
  export = container;
}

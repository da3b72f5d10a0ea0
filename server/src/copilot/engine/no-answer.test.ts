import { describe, expect, it } from 'vitest';
import type { RetrievedPassage } from './answer-engine';
import { isKeyTerm, MIN_COVERAGE, notFound } from './no-answer';
import type { Selection } from './rank-sentences';

describe('isKeyTerm', () => {
  it.each([
    ['MongoDB', 'How do I configure a MongoDB connection pool?'],
    ['COBOL', 'Does it support COBOL?'],
    ['server.push', 'What is the default of server.push?'],
    ['sortImports', 'Is there a sortImports option?'],
    ['max-warnings', 'What is the default for --max-warnings?'],
    ['define', 'What does the `define` option do?'],
    ['9', 'Does Vite 9 support it?'],
    ['brotli', 'Does it report the brotli-compressed size?'],
    ['heroku', 'How do I deploy to heroku?'],
    ['DNS-over-HTTPS', 'How do I enable DNS-over-HTTPS for queries made with the dns module?'],
    ['Permissions-Policy', 'How do I configure the Permissions-Policy header with Helmet?'],
  ])('treats %s as naming the subject', (word, question) => {
    expect(isKeyTerm(word, question)).toBe(true);
  });

  it.each([
    ['How', 'How chatty is the console?'],
    ['chatty', 'How chatty is the console?'],
    ['Wi', 'Can I open it from my phone on the same Wi-Fi?'],
    ['Wi-Fi', 'Can I open it from my phone on the same Wi-Fi?'],
    ['single-page', 'Is it a single-page app?'],
    ['phone', 'Can I open it from my phone?'],
    ['keep-alive', 'How long is a keep-alive connection kept open?'],
    ['Server-Side', 'Server-Side rendering: is it supported?'],
    // British spelling is ordinary English too.
    ['realised', 'I realised the commit is wrong. How do I redo it?'],
    ['behaviour', 'How do I change the default behaviour?'],
    // The everyday words of programmers, which the dictionaries lack: the asker's wording, not a missing subject.
    ['repo', 'Before wiping out untracked files in my repo, how can I list what would be removed?'],
    ['backend', 'Will it stop other backend services from calling my endpoints?'],
    // Everyday things of software are ordinary however they are written.
    ['CPU', 'How many CPU cores did the benchmark machine have?'],
    ['IDs', 'I pipe thousands of object IDs into it. Is there a faster flag?'],
    ['README', 'Which address does the README say to open?'],
  ])('does not treat %s as naming the subject', (word, question) => {
    expect(isKeyTerm(word, question)).toBe(false);
  });
});

describe('notFound', () => {
  const selection = (coverage: number, missing: Array<{ word: string }> = []) =>
    ({
      sentences: [
        { passageIndex: 0, position: 0, text: 'It does not support any kind of global configuration.', kind: 'sentence', language: null },
      ],
      analysis: { question: { missing }, candidates: [{ coverage, passageIndex: 0 }] },
    }) as unknown as Selection;
  const passages: RetrievedPassage[] = [
    { id: 'p', documentId: 'd', documentTitle: 'Configuration', heading: 'Configuration File', content: '…', rank: 1 },
  ];

  it('answers when the best unit holds a paraphrase’s share of the question (calibrated: 0.32 was refused at 0.35)', () => {
    expect(MIN_COVERAGE).toBeLessThanOrEqual(0.32);
    expect(notFound('Can I put a global config in my home directory?', selection(0.32), passages, 'english')).toBeNull();
  });

  it('takes a hyphenated name that a found passage writes with spaces as mentioned', () => {
    const question = 'How do I enable DNS-over-HTTPS?';
    const missing = [{ word: 'DNS-over-HTTPS' }];
    expect(notFound(question, selection(0.9, missing), passages, 'english')?.missing).toEqual(['DNS-over-HTTPS']);
    const spaced = [{ ...passages[0], content: 'Resolvers may use DNS over HTTPS when configured.' } as RetrievedPassage];
    expect(notFound(question, selection(0.9, missing), spaced, 'english')).toBeNull();
  });

  it('takes a hyphenated name whose parts one sentence of a found passage holds as mentioned', () => {
    const question = 'How do I read NUL-separated paths from --stdin?';
    const missing = [{ word: 'NUL-separated' }];
    const apart = [
      { ...passages[0], content: 'The output is machine-parsable. Paths are separated with a NUL character.' } as RetrievedPassage,
    ];
    expect(notFound(question, selection(0.9, missing), apart, 'english')).toBeNull();
    // In different sentences, the parts do not say it.
    const scattered = [{ ...passages[0], content: 'Paths are separated by newlines. A NUL byte ends the output.' } as RetrievedPassage];
    expect(notFound(question, selection(0.9, missing), scattered, 'english')?.missing).toEqual(['NUL-separated']);
  });

  it('refuses when the best unit holds too little of the question, or the question names what the workspace lacks', () => {
    expect(notFound('Can I put a global config in my home directory?', selection(0.25), passages, 'english')).not.toBeNull();
    const missing = notFound('What is the default port of MongoDB?', selection(0.9, [{ word: 'MongoDB' }]), passages, 'english');
    expect(missing?.missing).toEqual(['MongoDB']);
  });
});

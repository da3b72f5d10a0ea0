import { describe, expect, it } from 'vitest';
import { analyseQuestion, codeWordsOf, withoutFraming } from './question';
import { createAnalyzer } from './text/analyzer';

const analyzer = createAnalyzer('english');
const analyse = (question: string, terms: Array<{ word: string; weight: number; passages?: number }>) =>
  analyseQuestion(
    question,
    terms.map((term) => ({ passages: 3, ...term, inTitles: 0 })),
    analyzer,
    () => 0,
    10,
  );

describe('analyseQuestion', () => {
  it('gives an identifier the weight of one word, shared among the forms it is indexed in', () => {
    const asked = analyse('Which middleware does appType add?', [
      { word: 'middleware', weight: 2 },
      { word: 'appType', weight: 3 },
    ]);
    const forms = analyzer.terms('appType');
    expect(forms).toEqual(expect.arrayContaining(['apptype', 'app', 'type']));
    const identifierWeight = forms.reduce((sum, form) => sum + asked.weight(form), 0);
    // Counted per form, "appType" weighed 9 against the 2 of "middleware": a unit holding only "app" and "type"
    // outscored the one about middleware.
    expect(identifierWeight).toBeCloseTo(3);
    expect(asked.weight('middlewar')).toBe(2);
  });

  it("leaves out the asker's stance words, which a page that rarely uses them would weigh the most", () => {
    const asked = analyse('How can I list the branches that have already been merged, and check whether HEAD is?', [
      { word: 'branches', weight: 1.5 },
      { word: 'already', weight: 3.5, passages: 1 },
      { word: 'merged', weight: 2 },
      { word: 'whether', weight: 4.5, passages: 1 },
      { word: 'HEAD', weight: 2 },
    ]);
    expect(asked.terms).toEqual(['branch', 'merg', 'check', 'head']);
  });

  it('keeps the higher weight where a form is also a word of its own', () => {
    const asked = analyse('What type does appType take?', [
      { word: 'type', weight: 1.5 },
      { word: 'appType', weight: 3 },
    ]);
    expect(asked.weight('type')).toBe(1.5);
    expect(asked.weight('apptype')).toBeCloseTo(1);
  });

  it('counts a missing ordinary word half as much against an answer as a missing name', () => {
    const asked = (word: string) =>
      analyse(`How do I stop ${word} the terminal?`, [
        { word: 'stop', weight: 2 },
        { word: 'terminal', weight: 4 },
        { word, weight: 6, passages: 0 },
      ]);
    // "wiping" is likely the asker's word for "clearing"; "brotlify" names something the documents do not cover.
    expect(asked('wiping').missingWeight).toBeCloseTo(1.5);
    expect(asked('brotlify').missingWeight).toBeCloseTo(3);
  });

  it('counts a hyphenated word the documents never mention once against an answer, not once more per part', () => {
    // The search reads "brand-new" whole and in parts: both "brand-new" and "brand" come back missing.
    const asked = analyse('Which branch does a brand-new repository start on?', [
      { word: 'branch', weight: 2 },
      { word: 'brand-new', weight: 6, passages: 0 },
      { word: 'brand', weight: 6, passages: 0 },
      { word: 'new', weight: 2 },
      { word: 'repository', weight: 2 },
      { word: 'start', weight: 2 },
    ]);
    // One missing word, which the dictionaries do not list hyphenated: the average weight of the words present (2);
    // "brand" counted again made it 3.
    expect(asked.missingWeight).toBeCloseTo(2);
    expect(asked.missing.map((term) => term.word)).toEqual(['brand-new', 'brand']);
  });

  it('counts a missing word of the scene as little against an answer as it counts for one, British spelling too', () => {
    const terms = [
      { word: 'point', weight: 2 },
      { word: 'origin', weight: 4 },
      { word: 'address', weight: 6, passages: 0 },
    ];
    // The documents say "URL": the asker's "address" sets the scene, the question is the last sentence.
    expect(analyse('The server has a new address. How do I point origin to it?', terms).missingWeight).toBeCloseTo(0.75);
    expect(analyse('How do I point origin to a new address?', terms).missingWeight).toBeCloseTo(1.5);
    // "realised" is ordinary English, written the British way.
    const british = analyse('I realised the commit is wrong. How do I point origin back?', [
      { word: 'point', weight: 2 },
      { word: 'origin', weight: 4 },
      { word: 'realised', weight: 6, passages: 0 },
    ]);
    expect(british.missingWeight).toBeCloseTo(0.75);
  });

  it('neither weighs nor names as missing an example the documents never mention', () => {
    const asked = (question: string, example: string) =>
      analyse(question, [
        { word: 'relative', weight: 2 },
        { word: 'absolute', weight: 4 },
        { word: example, weight: 6, passages: 0 },
      ]);
    const linked = asked("I have a relative link like '../images/logo.png'; how do I make it absolute?", '/images/logo.png');
    expect(linked.missing).toEqual([]);
    expect(linked.missingWeight).toBe(0);
    expect(linked.terms).not.toContain('logo');
    expect(asked('How do I read a relative file such as report.csv as absolute?', 'report.csv').missing).toEqual([]);
    expect(asked('How do I read the relative report.csv as absolute?', 'report.csv').missing.map((term) => term.word)).toEqual([
      'report.csv',
    ]);
  });

  it('reads a question whose last clause opens with an auxiliary verb as asking whether', () => {
    const whether = (question: string) => analyse(question, []).intents.asksWhether;
    expect(whether('Can the main worktree be removed?')).toBe(true);
    expect(whether('If popping a stash runs into conflicts, is the entry thrown away?')).toBe(true);
    expect(whether('Does Git follow symbolic links when it reads a .gitignore file?')).toBe(true);
    expect(whether('My app runs in a container. Does it need a host of 0.0.0.0?')).toBe(true);
    expect(whether('Which port does the server listen on?')).toBe(false);
    expect(whether('I want to open the app from my phone. What do I change?')).toBe(false);
    expect(whether('Can I change the port?')).toBe(false);
  });

  it('reads the kind of amount a value question asks for', () => {
    const kind = (question: string) => analyse(question, []).intents.valueKind;
    expect(kind('After how much time does PostgreSQL start a new log file by default?')).toBe('duration');
    expect(kind('How often does the launcher wake up?')).toBe('duration');
    expect(kind('What is the default idle timeout?')).toBe('duration');
    expect(kind('How big can an uploaded file be?')).toBe('size');
    expect(kind('What is the maximum size of a log file?')).toBe('size');
    expect(kind('What range of values is allowed for the priority?')).toBe('range');
    expect(kind('Which range is valid for the port of a URL?')).toBe('range');
    expect(kind('What is the range of the priority passed to os.setPriority?')).toBe('range');
    expect(analyse('What is the range of the priority passed to os.setPriority?', []).intents.asksValue).toBe(true);
    expect(analyse("What's the port of the preview server?", []).intents.asksValue).toBe(true);
    expect(kind('How many workers are started?')).toBeNull();
    expect(kind('What is the default port?')).toBeNull();
  });

  it('reads a question that asks what something is', () => {
    const what = (question: string) => analyse(question, []).intents.asksWhat;
    expect(what('What is a transport in Pino v7?')).toBe(true);
    expect(what('What does the trust authentication method do?')).toBe(true);
    // What an option does to something is what it does: its entry answers.
    expect(what('What does git reset --soft do to the index file?')).toBe(true);
    expect(what('What does the --fix-dry-run flag do in Prettier?')).toBe(true);
    // What it shows, returns or controls is what it does.
    expect(what('What does git grep --function-context (-W) show?')).toBe(true);
    expect(what('What does retryOperation.mainError() return?')).toBe(true);
    expect(what('What does Prettier do with several blank lines in a row?')).toBe(false);
    expect(what('What is the default port?')).toBe(false);
    expect(what('How do I create a transport?')).toBe(false);
  });

  it('reads "what do I enable / set / add" as asking how to do something', () => {
    const how = (question: string) => analyse(question, []).intents.asksHow;
    expect(how('What do I enable in the config so my backend can find the built files?')).toBe(true);
    expect(how('What should I set to listen on all addresses?')).toBe(true);
    expect(how('What do the docs say about plugins?')).toBe(false);
  });

  it('reads "if I leave it alone" as asking for the default, and does not search for its words', () => {
    const asked = analyse('How long does the websocket wait before it times out, if I leave it alone?', []);
    expect(asked.intents.asksDefault).toBe(true);
    expect(asked.terms).toContain('websocket');
    expect(asked.terms).not.toContain('leav');
    expect(analyse("Which key holds the error if I don't change it?", []).terms).not.toContain('chang');
    const unconfigured = analyse("Where does the build go when I haven't configured an output folder?", []);
    expect(unconfigured.intents.asksDefault).toBe(true);
    expect(unconfigured.terms).toEqual(['build', 'go', 'output', 'folder']);
  });

  it('reads "if none is given", "if not specified" and "when omitted" as asking for the default, and keeps the subject', () => {
    const none = analyse('What encoding does a new StringDecoder use if none is given?', []);
    expect(none.intents.asksDefault).toBe(true);
    expect(none.terms).toEqual(['encod', 'new', 'stringdecoder', 'string', 'decod', 'use']);
    expect(analyse('Which separator is used if not specified?', []).intents.asksDefault).toBe(true);
    expect(analyse("What happens to the delay when it isn't set?", []).intents.asksDefault).toBe(true);
    expect(analyse('Which port is used when it is omitted?', []).intents.asksDefault).toBe(true);
    expect(analyse('What mode does it use if I omit it?', []).intents.asksDefault).toBe(true);
    const unchosen = analyse("Where is a report written if I don't choose a directory?", []);
    expect(unchosen.intents.asksDefault).toBe(true);
    expect(unchosen.terms).toEqual(['report', 'written', 'directori']);
    // A named setting stays a word to search for, and a setting that is given is no default.
    const named = analyse("What happens when the timeout isn't set?", []);
    expect(named.terms).toContain('timeout');
    expect(analyse('What happens when it is set?', []).intents.asksDefault).toBe(false);
    expect(analyse('What is returned when none of the keys match?', []).intents.asksDefault).toBe(false);
  });

  it('does not search for "according to", which frames the question', () => {
    expect(analyse('What is the line ending on Windows according to os.EOL?', []).terms).not.toContain('accord');
  });

  it('reads "what is it called" as asking for a name, and does not search for "called"', () => {
    const asked = analyse('If I never pick a name for the first branch, what is it called?', []);
    expect(asked.terms).toEqual(['name', 'first', 'branch']);
    expect(asked.intents.asksDefault).toBe(true);
    expect(withoutFraming("What's the file called?", 'english')).toBe("What's the file called?");
    expect(withoutFraming('The first branch: what is it called?', 'english')).toBe('The first branch: what name?');
  });

  it('reads a command asked about without one of its options as asking for the default, and keeps the option', () => {
    const asked = analyse('When `git restore --staged` is used without `--source`, where are the contents restored from?', []);
    expect(asked.intents.asksDefault).toBe(true);
    expect(asked.terms).toContain('sourc');
    expect(analyse('What does git archive write if --format is not given?', []).intents.asksDefault).toBe(true);
    expect(analyse('How do I restore a file without losing my changes?', []).intents.asksDefault).toBe(false);
    expect(analyse('What happens when --force is given?', []).intents.asksDefault).toBe(false);
  });
});

describe('codeWordsOf', () => {
  it('reads the single words a question writes as code, not a command of several words nor a name it leaves out', () => {
    expect(codeWordsOf('What does the `define` config option do?')).toEqual(['define']);
    expect(codeWordsOf('Is `server.port` used by `vite preview`?')).toEqual(['server.port']);
    expect(codeWordsOf('Which ignore files does the CLI read without `--ignore-path`?')).toEqual([]);
    expect(codeWordsOf('What does `--force` do when no `base` is set?')).toEqual(['--force']);
  });
});

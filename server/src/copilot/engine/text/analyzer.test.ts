import { describe, expect, it } from 'vitest';
import { createAnalyzer, synonymWords, withoutStopwords } from './analyzer';

describe('createAnalyzer', () => {
  const english = createAnalyzer('english');

  it('stems with Snowball and drops stop words', () => {
    expect(english.terms('What are the defaults for configured policies?')).toEqual(['default', 'configur', 'polici']);
  });

  it('keeps identifiers whole, split and joined, as the search index does', () => {
    expect(english.terms('server.port')).toEqual(['server.port', 'server', 'port', 'serverport']);
    expect(english.terms('trailingComma')).toEqual(['trailingcomma', 'trail', 'comma']);
    expect(english.terms('snake_case file')).toEqual(['snake_case', 'snake', 'case', 'snakecase', 'file']);
    expect(english.terms('--ignore-path')).toEqual(['ignore-path', 'ignor', 'path', 'ignorepath']);
    // A version or an address is not a name: kept whole, as the index keeps it.
    expect(english.terms('Fastify 4.0.0 on 127.0.0.1')).toEqual(['fastifi', '4.0.0', '127.0.0.1']);
  });

  it('keeps a stop word written in capitals as a name: the GET method', () => {
    expect(english.terms('Is the body of a GET request parsed?')).toEqual(['bodi', 'get', 'request', 'pars']);
    expect(english.terms('Is the body of a get request parsed?')).toEqual(['bodi', 'request', 'pars']);
    // A shouted question has no names in capitals.
    expect(english.terms('IS THE BODY OF A GET REQUEST PARSED?')).toEqual(['bodi', 'request', 'pars']);
  });

  it('keeps a command-line option named by a stop word: --all is the option, not the word', () => {
    expect(english.terms('When the --all option is not given, which one is printed? [-a | --all]')).toEqual([
      '--all',
      'option',
      'given',
      'print',
      '-a',
      '--all',
    ]);
    expect(english.terms('all of them, a-b')).toEqual(['a-b']);
  });

  it("does not read an address's scheme as a word", () => {
    expect(english.terms('Open http://localhost:4001 in the browser')).toEqual(['open', 'localhost', '4001', 'browser']);
    expect(english.terms('graphql-http speaks HTTP')).toContain('http');
  });

  it('reads possessives and contractions', () => {
    expect(english.terms("Vite's port? Don't know")).toEqual(['vite', 'port']);
    // Contractions the stop word list does not spell out are function words too, not rare words ("havent").
    expect(english.terms("I haven't set it, they've said we'll need it; shouldn't the port be set?")).toEqual(['set', 'port', 'set']);
  });

  it('stems and drops stop words in the workspace language, not always in English', () => {
    const german = createAnalyzer('german');
    expect(german.terms('Die Rückerstattungen werden nicht erstattet')).toEqual(['ruckerstatt', 'erstattet']);
    expect(german.terms('Rückerstattung')).toEqual(['ruckerstatt']);
    expect(german.isStopword('die')).toBe(true);
    expect(english.isStopword('die')).toBe(false);
    expect(createAnalyzer('simple').terms('The Defaults')).toEqual(['the', 'defaults']);
  });

  it('relates close synonyms in English only', () => {
    expect([...english.related('delet')]).toContain('remov');
    // "wiping my terminal output" is "clearing the terminal screen".
    expect([...english.related('wipe')]).toContain('clear');
    expect([...createAnalyzer('german').related('delet')]).toEqual(['delet']);
  });

  it('gives a synonym group one stem that stands for all of it', () => {
    expect(english.canonical('delet')).toBe(english.canonical('remov'));
    expect(english.canonical('folder')).toBe(english.canonical('directori'));
    expect(english.canonical('folder')).not.toBe(english.canonical('delet'));
    expect(english.canonical('zebra')).toBe('zebra');
  });

  it('reads "turn off" and "switch it on" as the verbs they mean, in questions and documents alike', () => {
    expect(english.terms('How do I turn off the cache?')).toEqual(english.terms('How do I disable the cache?'));
    expect(english.terms('It turns off all rules')).toEqual(['disabl', 'rule']);
    expect(english.terms('Switch it on in production')).toEqual(['enabl', 'product']);
    // With the object between verb and particle, the object stays; "on" then switches only at a clause's end.
    expect(english.terms('How do I switch that automatic cleanup off completely?')).toEqual(['disabl', 'automat', 'cleanup', 'complet']);
    expect(english.terms('Can I turn the cache on?')).toEqual(english.terms('Can I enable the cache?'));
    expect(english.terms('Switch branches on the remote')).toEqual(['switch', 'branch', 'remot']);
    // "turn" alone is not "enable": "turn JSON into a module".
    expect([...english.related('turn')]).toEqual(['turn']);
  });
});

describe('synonymWords', () => {
  it('widens a search with the synonyms of what a question means, "turn off" as disable', () => {
    expect(synonymWords('How do I wipe the cache?', 'english')).toEqual(['delete', 'remove', 'erase', 'clear']);
    expect(synonymWords('How can I turn off caching?', 'english')).toEqual(['disable', 'deactivate']);
    expect(synonymWords('How can I disable caching?', 'english')).toEqual(['deactivate']);
    expect(synonymWords('Where do I switch it on?', 'english')).toEqual(['enable', 'activate']);
    expect(synonymWords('How do I wipe the cache?', 'german')).toEqual([]);
  });
});

describe('withoutStopwords', () => {
  it('leaves out the words the engine never matches, keeping identifiers, options and compounds', () => {
    expect(withoutStopwords("Which port does it use if I don't set one, i.e. by default?", 'english')).toBe('port use set default?');
    expect(withoutStopwords('Is a one-off run with --force and server.port okay?', 'english')).toBe(
      'one-off run --force server.port okay?',
    );
    expect(withoutStopwords("Where does it go when I haven't configured it?", 'english')).toBe('go configured');
  });

  it('keeps a stop word written in capitals: the GET method is searched', () => {
    expect(withoutStopwords('Is the body of a GET request parsed?', 'english')).toBe('body GET request parsed?');
  });

  it('uses the stop words of the workspace language', () => {
    expect(withoutStopwords('Wie ändere ich den Port?', 'german')).toBe('ändere Port?');
  });
});

import { readFileSync } from 'node:fs';

/**
 * The name gazetteer: lower-case given names and surnames (`src/guard/data/person-names.txt`,
 * built by `scripts/train-names.ts` from MIT-licensed name lists, English dictionary words left
 * out), and the capitalised words that are in those lists but in running text are places, months,
 * days or peoples (`src/guard/data/not-person-names.txt`, hand-written).
 */
export interface NameGazetteer {
  given: ReadonlySet<string>;
  /** Given names that are also English words (`grace`, `victor`). */
  givenWord: ReadonlySet<string>;
  surname: ReadonlySet<string>;
  notName: ReadonlySet<string>;
}

let cached: NameGazetteer | undefined;

function lines(file: string): string[] {
  return readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8').split('\n');
}

/** Reads both lists once (about 230 K names, ~40 ms). */
export function nameGazetteer(): NameGazetteer {
  if (cached) return cached;
  const given = new Set<string>();
  const givenWord = new Set<string>();
  const surname = new Set<string>();
  let into = given;
  for (const line of lines('person-names.txt')) {
    if (line === '#given') into = given;
    else if (line === '#given-word') into = givenWord;
    else if (line === '#surname') into = surname;
    else if (line) into.add(line);
  }
  const notName = new Set(
    lines('not-person-names.txt')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l && !l.startsWith('#')),
  );
  cached = { given, givenWord, surname, notName };
  return cached;
}

import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii.ts';

const persons = (text: string) =>
  detectPii(text)
    .filter((f) => f.type === 'PERSON')
    .map((f) => f.value);

describe('names found by the words around them', () => {
  it('takes one word after a cue only people take', () => {
    expect(persons('Sometimes people call me Csanád')).toEqual(['Csanád']);
    expect(persons('A comedy directed by someone else and starring Westgård')).toEqual(['Westgård']);
    expect(persons('Hi Vorbeck, I am writing about my account')).toEqual(['Vorbeck']);
    expect(persons('I would like to remove my kid Dzhambek from the will.')).toEqual(['Dzhambek']);
    expect(persons('Scott had given Belle his address')).toEqual(['Scott', 'Belle']);
    expect(persons("What's your last name? Jónás")).toEqual(['Jónás']);
  });
  it('takes lower-case names only after the strongest cues and only from the name list', () => {
    expect(persons('my name is olga krylova and I need help')).toEqual(['olga krylova']);
    expect(persons('name:    hyuuma t. maida')).toEqual(['hyuuma t. maida']);
    expect(persons('follow up with patricia desrosiers in a couple of months.')).toEqual(['patricia desrosiers']);
    expect(persons('my name is missing from the register')).toEqual([]);
    expect(persons('follow up with the housing department next week')).toEqual([]);
  });
  it('takes a lower-case list only when most of it is given names', () => {
    expect(persons('they had 4: silvana, adam, christopher and caleb.')).toEqual([
      'silvana',
      'adam',
      'christopher',
      'caleb',
    ]);
    expect(persons('bring rice, beans, sugar and salt')).toEqual([]);
  });
  it('takes a possessive before a word of family or authorship', () => {
    expect(persons("It was a done thing between him and Asya's kid.")).toEqual(['Asya']);
    expect(persons("Please update Google's address on the form")).toEqual([]);
  });
  it('takes one word before a verb only people take, at the start of a sentence', () => {
    expect(persons('Trivo lives on the hill.')).toEqual(['Trivo']);
    expect(persons('Dzhambek is from Civic Impulse LLC')).toEqual(['Dzhambek']);
    expect(persons('Everyone lives on the hill. Nobody told me.')).toEqual([]);
  });
  it('takes a word joined by "and" to a listed name, but not a firm on its own line', () => {
    expect(persons('Usamov and Bowers were precision engineers.')).toEqual(['Usamov', 'Bowers']);
    expect(persons('Owens, Duran and Oneal\n12 Main Street')).toEqual([]);
    expect(persons('Fish and Chips are sold here.')).toEqual([]);
  });
  it('takes a name line heading an address block or after a closing, not a firm or a heading', () => {
    expect(persons('Zizi Kónya\nEnigmaio\n5850 Jana Nerudy 894\nCyprus')).toEqual(['Zizi Kónya']);
    expect(persons('Allan Björk\nScale Unlimited\nUnit 5022 Box 1225')).toEqual(['Allan Björk']);
    expect(persons('Kind regards,\nKoppány Vadász')).toEqual(['Koppány Vadász']);
    expect(persons('Opening Hours\n9 Monday to Friday')).toEqual([]);
    expect(persons('Head Office\n12 Queen Street')).toEqual([]);
  });
  it('leaves citizen questions with these cue words alone', () => {
    for (const text of [
      'Hi, how do I renew my passport?',
      'Hello There, is the office open?',
      'My name is on the list but I got no letter.',
      'Who told you the Housing Department was closed?',
      "What is the Transport Department's address?",
      'Health and Safety rules apply in Kowloon and Lantau.',
      'The company sent me a letter. Regards,\nThe Team',
      'Call me back at the office please.',
    ])
      expect(persons(text), text).toEqual([]);
  });
});

describe('names after a title or over an address stop at firms and address parts', () => {
  it('ends a titled name at an address word and leaves the address whole', () => {
    expect(persons('Mrs. Jennifer Alcaraz Suite 541')).toEqual(['Jennifer Alcaraz']);
  });
  it('does not take a firm heading an address block for a name', () => {
    expect(persons('Rand Corporation\n\n213 Pilekrogen 53 Apt. 263')).toEqual([]);
  });
});

describe('speakers and particles', () => {
  it('takes the speakers of a transcript when the name list knows one of them', () => {
    expect(persons('Koppány: "Who are you?"\nElizabeth: "I am her daughter."')).toEqual(['Koppány', 'Elizabeth']);
  });
  it('leaves labelled lines alone', () => {
    expect(persons('Note: the office is closed.\nReminder: bring your card.')).toEqual([]);
    expect(persons('Bot: Where should we send it?\nUser: To my office.')).toEqual([]);
  });
  it('reads a Dutch or German particle inside a full name', () => {
    expect(persons('Willemine ten Pas will be talking in the conference')).toEqual(['Willemine ten Pas']);
  });
});

describe('name boundaries', () => {
  it('never runs a name over a line break or into a possessive', () => {
    expect(persons('Name: Toshimi Arata\nPhone: 0490 75 40 81')).toEqual(['Toshimi Arata']);
    expect(persons("Bryan Maclean's killers sentenced to life in prison")).toEqual(['Bryan Maclean']);
  });
  it('reads names in any Latin script after a label, and "name?" as a label', () => {
    expect(persons('Name: Åsa Laine')).toEqual(['Åsa Laine']);
    expect(persons("What's your name? Shintarou Hamaguchi")).toEqual(['Shintarou Hamaguchi']);
  });
  it('leaves a leading role word out of the name', () => {
    expect(persons('Producer Mashuu Samurakami explained the idea.')).toEqual(['Mashuu Samurakami']);
  });
});

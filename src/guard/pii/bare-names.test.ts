import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii.ts';

const types = (text: string) => detectPii(text).map((f) => `${f.type}:${f.value}`);
const persons = (text: string) => types(text).filter((t) => t.startsWith('PERSON:'));

describe('names without a cue (gazetteer)', () => {
  it('finds a given name standing alone, at the start or in the middle of a sentence', () => {
    expect(persons('Why is Samantha so impulsive?')).toEqual(['PERSON:Samantha']);
    expect(persons('Scott is a very sympathetic person.')).toEqual(['PERSON:Scott']);
  });
  it('finds a full name, and a given name with a surname that is also a word', () => {
    expect(persons('I want to add Laila Hansen as a beneficiary')).toEqual(['PERSON:Laila Hansen']);
    expect(persons('songwriter Zoe Young employs corporate lingo')).toEqual(['PERSON:Zoe Young']);
  });
  it('finds surnames by list and by Slavic or Nordic endings', () => {
    expect(persons('"It is moving in that direction," says Andersson.')).toEqual(['PERSON:Andersson']);
    expect(persons('Unlike the Petrovski novel, it is short.')).toEqual(['PERSON:Petrovski']);
  });
  it('takes a given name that is also a word only where a name stands', () => {
    expect(persons('Johanna shouted at Gary: "What are you doing here?"')).toEqual(['PERSON:Johanna', 'PERSON:Gary']);
    expect(persons('Grace and faith are virtues.')).toEqual([]);
    expect(persons('Will May come in June?')).toEqual([]);
  });
  it('finds a romanised Chinese name', () => {
    expect(persons('Chan Tai Man went home')[0]).toMatch(/^PERSON:Chan Tai/);
  });
  it('leaves harmless English sentences with capitalised words alone', () => {
    for (const text of [
      'The Home Affairs Department opens on Monday.',
      'Hong Kong Trade Single Window is available in January.',
      'Please contact the Transport Department in Kowloon.',
      'How do I renew my passport at the Immigration Department in Wan Chai?',
      'I visited Victoria Park and Ocean Park in May.',
      'The Chief Executive announced the Policy Address in October.',
      'My daughter studies at the University of Hong Kong.',
      'Can I apply for the Working Family Allowance online?',
      'Is the Lands Department open on Christmas Eve?',
      'The Rating and Valuation Department in Sha Tin answers in English and Chinese.',
      'We moved here from Norway and later from New Zealand.',
      'What are the symptoms of Corona?',
    ])
      expect(types(text), text).toEqual([]);
  });
  it('leaves harmless Chinese questions alone', () => {
    for (const text of [
      '我想申請公共房屋，點樣做？',
      '請問高鐵西九龍站點去？',
      '陳列館星期一休息',
      '林務局幾時開門？',
      '本人是重障者，有何優待？',
      '申請衛生福利部補助社區發展工作之資格？',
      '何時可以申請綜援？',
      '黃大仙祠幾點開？',
    ])
      expect(types(text), text).toEqual([]);
  });
  it('does not take firms of surnames or streets named after people for names', () => {
    expect(persons('The Clark, Romero and Hall Orchestra was founded in 1973.')).toEqual([]);
    expect(persons('He lives on the north side of Joaquin Suarez 2906.')).toEqual([]);
    expect(persons('I studied at the University of Nicosia.')).toEqual([]);
  });
  it('reads firms after "work for" or "later became", and places by their first word or a Romance particle', () => {
    expect(persons('I work for Hoffmann Logistics')).toEqual([]);
    expect(persons('The shop later became Pemberton in 2004.')).toEqual([]);
    expect(persons('I work for Laila Hansen at the bakery')).toEqual(['PERSON:Laila Hansen']);
    expect(persons('Laila Hansen\n\nLos Angeles\nUnited States')).toEqual(['PERSON:Laila Hansen']);
    expect(persons('The song is about a street in Castillo del Romeral.')).toEqual([]);
  });
});

describe('street addresses without Hong Kong parts', () => {
  it('joins an address block over its lines: street, unit, town, country and postcode', () => {
    expect(types('>3369 24 Clarke Avenue\n>Apt. 805\n>Pines Beach\n>New Zealand 34694\nThanks a lot')).toEqual([
      'ADDRESS:3369 24 Clarke Avenue\n>Apt. 805\n>Pines Beach\n>New Zealand 34694',
    ]);
  });
  it('reads European street names, street prefixes and military boxes', () => {
    expect(types('Trivo lives on Grössgstötten 50 street.')).toContain('ADDRESS:Grössgstötten 50');
    expect(types('The bus stops at Rua Diadema 1903 every hour')).toContain('ADDRESS:Rua Diadema 1903');
    expect(types('Unit 8505 Box 9220\nDPO AE 90744')).toEqual(['ADDRESS:Unit 8505 Box 9220\nDPO AE 90744']);
    expect(types('Send it to P.O. Box 211, thanks')).toEqual(['ADDRESS:P.O. Box 211']);
  });
  it('takes the town, region and postcode after a comma on the same line into the address', () => {
    expect(types('He lives at 412 Harbour Street, Larnaca')).toEqual(['ADDRESS:412 Harbour Street, Larnaca']);
    expect(types('Ship it to 2210 Kloof St, Sea Point, WC 8005, thanks.')).toEqual([
      'ADDRESS:2210 Kloof St, Sea Point, WC 8005',
    ]);
    // A comma and a new clause are no town.
    expect(types('We met at 12 Baker Street, then we walked home.')).toEqual(['ADDRESS:12 Baker Street']);
  });
  it('never joins a phone with the postcode on the line above, and stops an address block at a phone line', () => {
    expect(types('PSC 1020, Box 3344\nAPO AE 09012\n416 55 012 office')).toEqual([
      'ADDRESS:PSC 1020, Box 3344\nAPO AE 09012',
      'PHONE:416 55 012',
    ]);
    expect(types('Call the desk at +46 (0)8 123 456 78 today')).toEqual(['PHONE:+46 (0)8 123 456 78']);
  });
  it('reads digits after a plus sign as a phone, never as a card', () => {
    expect(types('+447700677662 mobile')).toEqual(['PHONE:+447700677662']);
  });
  it('does not read a postcode and a street number as a Hong Kong phone', () => {
    expect(types('50231 77 Harbour Place\nApt. 12')).toEqual(['ADDRESS:50231 77 Harbour Place\nApt. 12']);
    expect(types('請致電 9123 4567')).toEqual(['PHONE:9123 4567']);
    expect(types('Call 91234567 or 2123-4567')).toEqual(['PHONE:91234567', 'PHONE:2123-4567']);
  });
  it('reads a line of number, street and number heading town and postcode lines as an address block', () => {
    expect(
      types('Dorottya Kerekes\nBluefin Data\n4411 Kossuth Lajos 12\nSopron (Győr)\n, GS\n Hungary 9400'),
    ).toContain('ADDRESS:4411 Kossuth Lajos 12\nSopron (Győr)\n, GS\n Hungary 9400');
    // Without a postcode line below, a number line is no address.
    expect(types('Results\n2019 Season 3\nWe won')).toEqual([]);
  });
  it('ends an address block where the sentence goes on, and keeps a finished block short', () => {
    expect(types('Please send it to 7710 Dorpsstraat 45\n Suite 12\n Haarlem\n Netherlands?')).toEqual([
      'ADDRESS:7710 Dorpsstraat 45\n Suite 12\n Haarlem\n Netherlands',
    ]);
    expect(
      types("I'll meet you at 6020 Hauptgasse 17\n Suite 3\n INNSBRUCK\n Austria 6020 after the concert."),
    ).toEqual(['ADDRESS:6020 Hauptgasse 17\n Suite 3\n INNSBRUCK\n Austria 6020']);
    expect(types('>3369 24 Clarke Avenue\n>Apt. 805\n>New Zealand 34694\nThanks!')).toEqual([
      'ADDRESS:3369 24 Clarke Avenue\n>Apt. 805\n>New Zealand 34694',
    ]);
  });
  it('takes a town written in capitals after the unit, and keeps two addresses apart', () => {
    expect(types('The office is at 140 Seeweg 22 Suite 5 WINTERTHUR, near the lake')).toEqual([
      'ADDRESS:140 Seeweg 22 Suite 5 WINTERTHUR',
    ]);
    expect(types('Here: 12 Mill Creek Apt. 3\nMELK, NO 3390, and 45 Oak Cliffs\n Apt. 9\n TURKU')).toEqual([
      'ADDRESS:12 Mill Creek Apt. 3\nMELK, NO 3390',
      'ADDRESS:45 Oak Cliffs\n Apt. 9\n TURKU',
    ]);
  });
  it('reads "address to" as an address cue', () => {
    expect(types('Please change my address to 31022 Dlouhá 214 for post?')).toEqual(['ADDRESS:31022 Dlouhá 214']);
  });
  it('needs a cue or a neighbour for weak parts', () => {
    expect(types('the corner of Kuusiku 7 and Alexander Flat')).toEqual(['ADDRESS:Kuusiku 7 and Alexander Flat']);
    expect(types('In 2019 Apple sold 5 million phones')).toEqual([]);
    expect(types('Chapter 3 covers Section 12 of the Ordinance.')).toEqual([]);
  });
});

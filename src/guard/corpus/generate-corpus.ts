import { carry } from './carriers.ts';
import type { CorpusFiles } from './load-corpus.ts';
import { type Random, seededRandom } from './random.ts';
import {
  type AttackFamilyFile,
  type BenignKindFile,
  CARRIERS,
  type Carrier,
  type CorpusSample,
  SURFACE_FORMS,
  type SurfaceForm,
} from './schema.ts';
import { applySurfaceForm } from './surface-forms.ts';

export interface GenerateOptions {
  seed?: number;
  /** Variants made from each template (distinct slot fillings where the slots allow). */
  variantsPerTemplate?: number;
}

/** Benign text keeps to what people really paste: no encodings, homoglyphs or leetspeak. */
const BENIGN_FORMS: readonly SurfaceForm[] = ['plain', 'full-width', 'spacing', 'zero-width', 'translation-wrapper'];

/** Half the attacks are plain; the rest spread over the other forms. Carriers: half chat. */
function pickSurface(random: Random, attack: boolean): SurfaceForm {
  if (attack) return random.next() < 0.5 ? 'plain' : random.pick(SURFACE_FORMS.filter((f) => f !== 'plain'));
  return random.next() < 0.8 ? 'plain' : random.pick(BENIGN_FORMS.filter((f) => f !== 'plain'));
}
function pickCarrier(random: Random, allowed: readonly Carrier[] | undefined): Carrier {
  if (allowed) return random.pick(allowed);
  return random.next() < 0.5 ? 'chat' : random.pick(CARRIERS.filter((c) => c !== 'chat'));
}

/** The template with each slot filled; a slot used twice keeps one filler (one persona, one link). */
function fill(template: string, slots: AttackFamilyFile['slots'], lang: CorpusSample['lang'], random: Random): string {
  const chosen = new Map<string, string>();
  return template.replace(/\{([a-zA-Z0-9]+)\}/g, (_, slot: string) => {
    const fillers = slots[slot];
    const list = fillers?.[lang] ?? fillers?.any;
    if (!list) return `{${slot}}`;
    const value = chosen.get(slot) ?? random.pick(list);
    chosen.set(slot, value);
    return value;
  });
}

function expand(
  file: AttackFamilyFile | BenignKindFile,
  family: CorpusSample['family'],
  label: 0 | 1,
  random: Random,
  variants: number,
): CorpusSample[] {
  const out: CorpusSample[] = [];
  const prefix = `${label ? 'a' : 'b'}:${family}`;
  const make = (
    entry: AttackFamilyFile['items'][number],
    text: string,
    n: number,
    origin: 'template' | 'item',
  ): CorpusSample => {
    const carrier = pickCarrier(random, entry.carriers);
    // A hand-written item that names its carriers is already written in one (a page, an e-mail body).
    const asWritten = origin === 'item' && entry.carriers !== undefined;
    const surface = asWritten ? 'plain' : pickSurface(random, label === 1);
    const shaped = applySurfaceForm(text, surface, entry.lang, random, label === 1);
    return {
      id: `${prefix}/${entry.id}/${n}`,
      group: `${prefix}/${entry.id}`,
      text: asWritten ? shaped : carry(shaped, carrier, entry.lang, random),
      label,
      lang: entry.lang,
      family,
      carrier,
      surface,
      origin,
      version: file.version,
    };
  };
  for (const template of file.templates) {
    const seen = new Set<string>();
    for (let n = 0, tries = 0; n < variants && tries < variants * 4; tries++) {
      const text = fill(template.text, file.slots, template.lang, random);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(make(template, text, n, 'template'));
      n++;
    }
  }
  for (const item of file.items) out.push(make(item, item.text, 0, 'item'));
  return out;
}

/**
 * Expands the corpus files into samples, the same ones for the same files and seed. Each file gets
 * its own generator (seeded by the seed and its family or kind), so editing one file leaves the
 * samples of every other file unchanged.
 *
 * @example generateCorpus(loadCorpusFiles(), { seed: 14 }).filter((s) => s.family === 'data-access')
 */
export function generateCorpus(files: CorpusFiles, options: GenerateOptions = {}): CorpusSample[] {
  const seed = options.seed ?? 14;
  const variants = options.variantsPerTemplate ?? 3;
  const fileRandom = (name: string) => {
    let hash = seed >>> 0;
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
    return seededRandom(hash);
  };
  return [
    ...files.attacks.flatMap((f) => expand(f, f.family, 1, fileRandom(f.family), variants)),
    ...files.benign.flatMap((f) => expand(f, f.kind, 0, fileRandom(f.kind), variants)),
  ];
}

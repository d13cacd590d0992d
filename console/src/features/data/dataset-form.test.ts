import { describe, expect, it } from 'vitest';
import type { Dataset } from './api/datasets-api.ts';
import { consentState } from './consent-state.ts';
import {
  datasetBody,
  datasetChange,
  datasetForm,
  datasetMatches,
  EMPTY_DATASET_FORM,
  rebasedDatasetForm,
  splitList,
} from './dataset-form.ts';
import { datasetEntry } from './open-data-links.ts';

const dataset: Dataset = {
  id: 'd1',
  departmentId: 'dep',
  name: 'licence-applications',
  titleEn: 'Licence applications',
  titleZhHant: '牌照申請',
  description: 'Applications for hawker licences',
  owner: 'Senior Licensing Officer',
  classification: 'restricted',
  personalData: true,
  personalDataKinds: ['name', 'hkid'],
  retention: '7 years',
  sourceSystems: ['eLicensing', 'paper forms'],
  applicationIds: ['a1'],
  knowledgeSourceIds: [],
  createdBy: 'u1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the dataset form', () => {
  it('splits a typed list on lines and English or Chinese commas, dropping blanks and repeats', () => {
    expect(splitList(' eLicensing, paper forms\n\n紙本表格，電子表格、eLicensing ')).toEqual([
      'eLicensing',
      'paper forms',
      '紙本表格',
      '電子表格',
    ]);
  });

  it('sends personal-data kinds only while the personal-data box is ticked, and a blank description (clearing it)', () => {
    const form = { ...EMPTY_DATASET_FORM, personalDataKinds: 'name, phone', sourceSystems: 'CRM' };
    expect(datasetBody({ ...form, personalData: true }).personalDataKinds).toEqual(['name', 'phone']);
    expect(datasetBody({ ...form, personalData: false }).personalDataKinds).toEqual([]);
    expect(datasetBody(form).sourceSystems).toEqual(['CRM']);
    expect(datasetBody(form).description).toBe('');
    expect(datasetBody({ ...form, description: ' Hawkers ' }).description).toBe('Hawkers');
  });

  it('shows a dataset for editing and sends back the same fields', () => {
    const body = datasetBody(datasetForm(dataset));
    expect(body).toMatchObject({
      personalDataKinds: ['name', 'hkid'],
      sourceSystems: ['eLicensing', 'paper forms'],
      applicationIds: ['a1'],
      classification: 'restricted',
    });
  });

  it("sends only the fields changed, with what they held; moves the officer's changes onto another's", () => {
    const base = { ...EMPTY_DATASET_FORM, owner: 'Senior Officer', retention: '7 years', sourceSystems: 'eLicensing' };
    const form = { ...base, retention: '3 years', sourceSystems: 'eLicensing, CDEG API' };
    expect(datasetChange(base, form)).toEqual({
      retention: '3 years',
      sourceSystems: ['eLicensing', 'CDEG API'],
      base: { retention: '7 years', sourceSystems: ['eLicensing'] },
    });
    expect(datasetChange(base, base)).toEqual({ base: {} });
    const latest = { ...base, owner: 'Chief Officer', retention: '10 years', sourceSystems: 'eLicensing, CDEG API' };
    const moved = rebasedDatasetForm(base, form, latest);
    expect(moved.draft).toMatchObject({
      owner: 'Chief Officer',
      retention: '3 years',
      sourceSystems: 'eLicensing, CDEG API',
    });
    // The owner and the retention are theirs and differ from the officer's; the source systems are the same.
    expect(moved).toMatchObject({ theirs: 2, clashes: ['retention'] });
  });

  it('finds a dataset by every typed word in either language, its owner or its source systems', () => {
    expect(datasetMatches(dataset, 'licence ELICENSING')).toBe(true);
    expect(datasetMatches(dataset, '牌照')).toBe(true);
    expect(datasetMatches(dataset, 'hkid senior')).toBe(true);
    expect(datasetMatches(dataset, 'licence taxi')).toBe(false);
    expect(datasetMatches(dataset, '  ')).toBe(true);
  });
});

describe('a consent’s state', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it('names why a consent allows no use: revoked before expired before not yet granted', () => {
    expect(consentState({ live: true, revokedAt: null, expiresAt: null }, now)).toBe('live');
    expect(
      consentState({ live: false, revokedAt: '2026-05-01T00:00:00Z', expiresAt: '2026-05-02T00:00:00Z' }, now),
    ).toBe('revoked');
    expect(consentState({ live: false, revokedAt: null, expiresAt: '2026-05-02T00:00:00Z' }, now)).toBe('expired');
    expect(consentState({ live: false, revokedAt: null, expiresAt: null }, now)).toBe('not_yet_granted');
  });
});

describe('an open-data entry', () => {
  it('separates the description, details and each file or API link as the importer wrote them', () => {
    const entry = datasetEntry(
      'Lamp post locations (Highways Department)\nUpdated: monthly\nLamp posts (CSV): https://static.data.gov.hk/hyd/lamp.csv\nLamp post API: https://api.hyd.gov.hk/lamp\nData dictionary: https://data.gov.hk/dd.pdf',
    );
    expect(entry.description).toBe('Lamp post locations (Highways Department)');
    expect(entry.details).toEqual(['Updated: monthly']);
    expect(entry.links).toEqual([
      { name: 'Lamp posts (CSV)', url: 'https://static.data.gov.hk/hyd/lamp.csv' },
      { name: 'Lamp post API', url: 'https://api.hyd.gov.hk/lamp' },
      { name: 'Data dictionary', url: 'https://data.gov.hk/dd.pdf' },
    ]);
  });

  it('reads an entry without a description from its first link', () => {
    expect(datasetEntry('路燈 (CSV): https://x.gov.hk/l.csv')).toEqual({
      description: '',
      details: [],
      links: [{ name: '路燈 (CSV)', url: 'https://x.gov.hk/l.csv' }],
    });
  });
});

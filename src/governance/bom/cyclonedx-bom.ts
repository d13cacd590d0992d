import { readFileSync } from 'node:fs';
import type { BomFacts, KnowledgeSourceFact, ObservedModel } from './bom-facts.ts';
import type { UsedDataset } from '../data/index.ts';
import type { LockedPackage, Lockfile } from './lockfile-packages.ts';
import type { PlatformModel } from './platform-models.ts';

/** The media type of a CycloneDX JSON document (https://cyclonedx.org/specification/overview/). */
export const CYCLONEDX_MEDIA_TYPE = 'application/vnd.cyclonedx+json';

type Json = Record<string, unknown>;
type Property = { name: string; value: string };

/** A CycloneDX component: what every one has; the rest is validated by the schema. */
export type BomComponent = {
  type: string;
  'bom-ref': string;
  name: string;
  version?: string;
  [field: string]: unknown;
};
/** A CycloneDX service (a model provider). */
export type BomService = { 'bom-ref': string; name: string; [field: string]: unknown };

/** A CycloneDX 1.6 JSON document; validated whole by `validateBom`, so only its outline is typed here. */
export interface CycloneDxBom {
  $schema: string;
  bomFormat: 'CycloneDX';
  specVersion: '1.6';
  serialNumber: string;
  version: number;
  metadata: { timestamp: string; component: BomComponent; [field: string]: unknown };
  components: BomComponent[];
  services: BomService[];
  dependencies: { ref: string; dependsOn: string[] }[];
  [field: string]: unknown;
}

/** Identifiers of the BOM's entries (`bom-ref`), stable across exports so two BOMs can be compared. */
export const bomRef = {
  application: (id: string) => `application:${id}`,
  model: (provider: string, model: string) => `model:${provider}/${model}`,
  observed: (o: ObservedModel) => `model:${o.provider}/${o.requested}@${o.reported}#${o.fingerprint ?? 'none'}`,
  provider: (name: string) => `provider:${name}`,
  knowledge: (id: string) => `knowledge:${id}`,
  dataSource: (name: string) => `data-source:${name}`,
  dataset: (id: string) => `dataset:${id}`,
  evaluation: (suiteId: string) => `evaluation:${suiteId}`,
  platformModel: (id: string) => `platform-model:${id}`,
  lionrock: 'lionrock',
};

const SPDX_IDS: ReadonlySet<string> = new Set(
  (
    JSON.parse(readFileSync(new URL('./data/cyclonedx/spdx.SNAPSHOT.schema.json', import.meta.url), 'utf8')) as {
      enum: string[];
    }
  ).enum,
);

const property = (name: string, value: string | number | boolean | null | undefined): Property[] =>
  value === null || value === undefined || value === '' ? [] : [{ name: `lionrock:${name}`, value: String(value) }];

/** An npm `integrity` (`sha512-<base64>`) as CycloneDX wants it: algorithm name and hex digest. */
export function integrityHash(integrity: string | null): { alg: string; content: string }[] {
  if (!integrity) return [];
  const algorithms: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
  // An integrity string may list several hashes separated by spaces; each becomes one.
  return integrity.split(/\s+/).flatMap((part) => {
    const dash = part.indexOf('-');
    const alg = algorithms[part.slice(0, dash)];
    return alg ? [{ alg, content: Buffer.from(part.slice(dash + 1), 'base64').toString('hex') }] : [];
  });
}

/** A declared licence: an SPDX id, an SPDX expression, or (anything else) its name. */
export function licenseOf(license: string | null): Json[] {
  if (!license) return [];
  if (SPDX_IDS.has(license)) return [{ license: { id: license } }];
  if (/\s(AND|OR|WITH)\s|^\(/.test(license)) return [{ expression: license }];
  return [{ license: { name: license } }];
}

function libraryComponent(pkg: LockedPackage): BomComponent {
  const slash = pkg.name.startsWith('@') ? pkg.name.indexOf('/') : -1;
  return {
    type: 'library',
    'bom-ref': pkg.purl,
    ...(slash > 0 ? { group: pkg.name.slice(0, slash), name: pkg.name.slice(slash + 1) } : { name: pkg.name }),
    version: pkg.version,
    scope: pkg.dev ? 'excluded' : pkg.optional ? 'optional' : 'required',
    purl: pkg.purl,
    hashes: integrityHash(pkg.integrity),
    licenses: licenseOf(pkg.license),
    ...(pkg.dev ? { properties: [{ name: 'lionrock:npm:dev', value: 'true' }] } : {}),
  };
}

function chatModelCard(purpose: string): Json {
  return {
    modelParameters: { task: 'text-generation', inputs: [{ format: 'text' }], outputs: [{ format: 'text' }] },
    considerations: { useCases: [purpose] },
  };
}

function platformModelComponent(model: PlatformModel): BomComponent {
  return {
    type: 'machine-learning-model',
    'bom-ref': bomRef.platformModel(model.id),
    supplier: { name: 'LionRock' },
    name: model.name,
    hashes: [{ alg: 'SHA-256', content: model.sha256 }],
    modelCard: {
      modelParameters: {
        approach: { type: model.approach },
        task: model.task,
        architectureFamily: model.architectureFamily,
        modelArchitecture: model.modelArchitecture,
        inputs: [{ format: model.input }],
        outputs: [{ format: model.output }],
      },
      considerations: { useCases: [model.useCase], technicalLimitations: [model.limitation] },
    },
    properties: [
      ...property('model:file', model.file.replace(/^(\.\.\/)+/, 'src/')),
      ...property('model:trained-by', model.trainedBy),
    ],
  };
}

/** A dataset of the departmental data catalogue: classification, personal data, owner, lineage and retention. */
function datasetComponent(dataset: UsedDataset): BomComponent {
  return {
    type: 'data',
    'bom-ref': bomRef.dataset(dataset.id),
    name: dataset.name,
    description: dataset.titleEn,
    data: [
      {
        type: 'dataset',
        name: dataset.titleEn,
        ...(dataset.description ? { description: dataset.description } : {}),
        classification: dataset.classification,
        ...(dataset.personalData ? { sensitiveData: dataset.personalDataKinds } : {}),
        governance: {
          owners: [{ contact: { name: dataset.owner } }],
          custodians: [{ organization: { name: dataset.departmentName } }],
        },
      },
    ],
    properties: [
      ...property('data:catalogue', dataset.id),
      ...property('data:personal-data', dataset.personalData),
      ...property('data:retention', dataset.retention),
      ...dataset.sourceSystems.flatMap((system) => property('data:lineage', system)),
      ...property('data:registered', dataset.direct),
      ...dataset.viaSources.flatMap((sourceId) => property('data:via-knowledge-source', sourceId)),
    ],
  };
}

function knowledgeComponent(source: KnowledgeSourceFact, custodian: string): BomComponent {
  const people = [source.maker, ...(source.approver ? [source.approver] : [])];
  return {
    type: 'data',
    'bom-ref': bomRef.knowledge(source.id),
    name: source.title,
    version: String(source.version),
    hashes: [{ alg: 'SHA-256', content: source.contentSha256 }],
    data: [
      {
        type: 'dataset',
        name: source.title,
        description: `Knowledge source (${source.kind}) imported from ${source.origin}`,
        governance: {
          custodians: [{ organization: { name: custodian } }],
          // Maker-checker: the editor who imported this version and the approver who published it.
          stewards: people.map((person) => ({ contact: { name: person.name ?? person.id } })),
        },
      },
    ],
    properties: [
      ...property('knowledge:kind', source.kind),
      ...property('knowledge:origin', source.origin),
      ...property('knowledge:media-type', source.mediaType),
      ...property('knowledge:importer', source.importer),
      ...property('knowledge:maker', source.maker.name ?? source.maker.id),
      ...property('knowledge:approver', source.approver ? (source.approver.name ?? source.approver.id) : null),
      ...property('knowledge:approved-at', source.approvedAt?.toISOString()),
    ],
  };
}

function observedComponent(observed: ObservedModel, purpose: string): BomComponent {
  return {
    type: 'machine-learning-model',
    'bom-ref': bomRef.observed(observed),
    supplier: { name: observed.provider },
    group: observed.provider,
    name: observed.reported,
    ...(observed.fingerprint ? { version: observed.fingerprint } : {}),
    modelCard: chatModelCard(purpose),
    properties: [
      ...property('model:requested', observed.requested),
      ...property('model:reported', observed.reported),
      ...property('model:system-fingerprint', observed.fingerprint),
      ...property('model:first-seen', observed.firstSeen.toISOString()),
      ...property('model:last-seen', observed.lastSeen.toISOString()),
      ...property('model:calls', observed.calls),
    ],
  };
}

/**
 * The AI bill of materials of an application as a CycloneDX 1.6 document (issue #18): the
 * application (metadata.component) with its registry facts and third-party answers; its models —
 * as registered or configured, and each identity a provider reported answering, first and last
 * seen — and LionRock's own guard models as `machine-learning-model` components with a model card;
 * its knowledge sources (content SHA-256, maker and approver), registered data sources and
 * evaluation datasets as `data` components; providers as `services` with their endpoints; and
 * LionRock itself with every npm package its lockfile pins (purl, version, integrity hash, licence).
 * Pure: the caller reads the facts, the lockfile and the clock.
 *
 * @example const bom = buildBom(await collectBomFacts(db, app), readLockfile(), platformModels(), { now, serial })
 */
export function buildBom(
  facts: BomFacts,
  lockfile: Lockfile,
  models: readonly PlatformModel[],
  at: { now: Date; serial: string },
): CycloneDxBom {
  const app = facts.application;
  const purpose = app.purposeEn;
  const registered: BomComponent[] = facts.models.map((m) => ({
    type: 'machine-learning-model',
    'bom-ref': bomRef.model(m.provider, m.model),
    supplier: { name: m.provider },
    group: m.provider,
    name: m.model,
    modelCard: chatModelCard(purpose),
    properties: property('model:source', 'registered or configured'),
  }));
  const observed = facts.observed.map((o) => observedComponent(o, purpose));
  const knowledge = facts.knowledge.map((source) => knowledgeComponent(source, facts.departmentName));
  const dataSources: BomComponent[] = [...new Set(facts.dataSources)].map((name) => ({
    type: 'data',
    'bom-ref': bomRef.dataSource(name),
    name,
    data: [{ type: 'dataset', name, governance: { custodians: [{ organization: { name: facts.departmentName } }] } }],
    properties: property('data:registered', true),
  }));
  const catalogued = facts.datasets.map(datasetComponent);
  const evaluations: BomComponent[] = facts.evaluations.map((run) => ({
    type: 'data',
    'bom-ref': bomRef.evaluation(run.suiteId),
    name: `evaluation suite ${run.suiteId}`,
    version: String(run.suiteVersion),
    data: [{ type: 'dataset', name: run.suiteId, description: 'Test items an evaluation suite asks the bot' }],
    properties: [
      ...property('evaluation:run', run.runId),
      ...property('evaluation:passed', run.passed),
      ...property('evaluation:finished-at', run.finishedAt.toISOString()),
    ],
  }));
  const platform = models.map(platformModelComponent);
  const lionrock: BomComponent = {
    type: 'application',
    'bom-ref': bomRef.lionrock,
    supplier: { name: 'LionRock' },
    name: lockfile.name,
    version: lockfile.version,
    description: 'The governed AI platform the application runs on; its npm packages as package-lock.json pins them',
    properties: [
      ...property('lockfile:sha256', lockfile.sha256),
      ...property('lockfile:packages', lockfile.packages.length),
    ],
    components: lockfile.packages.map(libraryComponent),
  };
  const services: BomService[] = facts.providers.map((provider) => ({
    'bom-ref': bomRef.provider(provider.name),
    provider: { name: provider.name },
    name: provider.name,
    description: 'Model provider (OpenAI-compatible endpoint) called through the LionRock model gateway',
    ...(provider.endpoint ? { endpoints: [provider.endpoint] } : {}),
    // Requests leave LionRock for the provider.
    trustZone: 'external',
    properties: property('provider:status', provider.status ?? 'not configured in the gateway'),
  }));
  const topLevel = [
    ...registered,
    ...observed,
    ...platform,
    ...knowledge,
    ...dataSources,
    ...catalogued,
    ...evaluations,
    lionrock,
  ];
  const applicationRef = bomRef.application(app.id);
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${at.serial}`,
    version: 1,
    metadata: {
      timestamp: at.now.toISOString(),
      lifecycles: [{ phase: app.status === 'live' ? 'operations' : 'pre-build' }],
      tools: { components: [{ type: 'application', name: lockfile.name, version: lockfile.version }] },
      component: {
        type: 'application',
        'bom-ref': applicationRef,
        name: app.nameEn,
        description: purpose,
        manufacturer: { name: facts.departmentName },
        properties: [
          ...property('application:name:zh-Hant', app.nameZhHant),
          ...property('application:purpose:zh-Hant', app.purposeZhHant),
          ...property('application:type', app.type),
          ...property('application:status', app.status),
          ...property('application:bot', app.botId),
          ...property('application:impact', app.impact),
          ...property('application:tier', app.tier),
          ...property('application:risk-level', app.riskLevel),
          ...property('application:public-facing', app.publicFacing),
          ...property('application:generative', app.generative),
          ...property('application:personal-data', app.personalData),
          ...property('third-party:assessment', facts.assessmentId),
          ...facts.thirdParty.flatMap((answer) =>
            property(
              `third-party:${answer.questionId}`,
              answer.justification ? `${answer.value}: ${answer.justification}` : answer.value,
            ),
          ),
        ],
      },
    },
    components: topLevel,
    services,
    dependencies: [
      {
        ref: applicationRef,
        dependsOn: [...topLevel.map((c) => c['bom-ref']), ...services.map((s) => s['bom-ref'])],
      },
    ],
  };
}

/** The demo's governance (issue #16): reviewers, assessments, evaluations and the catalogue's external applications. */
export { DEMO_GOVERNANCE, type DemoGovernanceResult, seedDemoGovernance } from './seed-demo-governance.ts';

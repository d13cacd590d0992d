/**
 * The AI incident register (issue #18), following the PCPD's response steps (define, monitor,
 * report, contain, investigate, recover): incidents linked to applications, with a timeline; an
 * open incident may suspend its applications (the go-live gate refuses them until it is closed)
 * and makes re-assessment due; closure needs an assurance reviewer other than the reporter. Guard
 * events above a threshold open a draft for a person to confirm.
 */
export {
  type DraftIncident,
  type Incident,
  type IncidentEvent,
  type IncidentRecord,
  type NewIncident,
  addTimelineEntry,
  closeIncident,
  confirmIncident,
  dismissIncident,
  getIncident,
  listIncidents,
  openDraftIncident,
  reportIncident,
  suspendingIncidents,
} from './incidents.ts';
export { STATUS_NAMES, STEP_NAMES } from './incident-refusals.ts';
export { startGuardWatch, watchGuardEvents } from './guard-watch.ts';

/**
 * What the console's governance pages read beyond the registry and the workflow: the reviewer's
 * queue, and the departments the shared catalogue names.
 */
export { reviewQueue, type QueuedReview } from './review-queue.ts';
export { catalogueDepartments, type CatalogueDepartment } from './catalogue-departments.ts';

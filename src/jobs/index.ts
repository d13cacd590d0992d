export {
  enqueueJob,
  claimJob,
  completeJob,
  failJob,
  getJob,
  reportProgress,
  type Job,
  type NewJob,
} from './job-queue.ts';
export { JobWorker, PermanentJobError, type JobContext, type JobHandler, type JobWorkerOptions } from './job-worker.ts';

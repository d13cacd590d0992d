-- The demo's governance seed registered its live applications at lifecycle stage 'operation', which is not a stage
-- (the Ethical AI Framework's last stage is operation_monitoring): listing or reading them failed with a 500.
UPDATE "ai_applications" SET "lifecycle_stage" = 'operation_monitoring' WHERE "lifecycle_stage" = 'operation';

-- The audit search's choices (GET /api/v1/audit/facets): actions and entity types counted per department from
-- this index alone, not by reading every entry's row with its before/after.
CREATE INDEX "audit_department_action_idx" ON "audit_log" USING btree ("department_id","action","entity_type");

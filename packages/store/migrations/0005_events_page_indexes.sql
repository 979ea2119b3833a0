-- Indexes in page order for mid-selectivity event filters (issue #5's query goal). Existing rows get their admin1
-- from the ADD COLUMN itself (a stored generated column is computed for every row when it is added).
ALTER TABLE "events" ADD COLUMN "admin1" text GENERATED ALWAYS AS (place_path[cardinality(place_path)]) STORED;--> statement-breakpoint
CREATE INDEX "events_admin1_sort_idx" ON "events" USING btree ("admin1","sort_date","id");--> statement-breakpoint
CREATE INDEX "events_place_sort_idx" ON "events" USING btree ("place_id","sort_date","id");--> statement-breakpoint
CREATE INDEX "events_actor1_sort_idx" ON "events" USING btree ("actor1","sort_date","id");--> statement-breakpoint
CREATE INDEX "events_actor2_sort_idx" ON "events" USING btree ("actor2","sort_date","id");--> statement-breakpoint
CREATE INDEX "events_assoc_actors_idx" ON "events" USING gin ("assoc_actors") WHERE cardinality("events"."assoc_actors") > 0;;--> statement-breakpoint
-- Statistics for the new column now, not at the next autovacuum: the planner needs them to pick the new indexes.
ANALYZE "events";

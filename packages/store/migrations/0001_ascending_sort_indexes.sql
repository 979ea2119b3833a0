DROP INDEX "events_sort_idx";--> statement-breakpoint
DROP INDEX "events_type_sort_idx";--> statement-breakpoint
DROP INDEX "events_outlet_sort_idx";--> statement-breakpoint
DROP INDEX "incidents_sort_idx";--> statement-breakpoint
CREATE INDEX "events_sort_idx" ON "events" USING btree ("sort_date","id");--> statement-breakpoint
CREATE INDEX "events_type_sort_idx" ON "events" USING btree ("event_type","sort_date","id");--> statement-breakpoint
CREATE INDEX "events_outlet_sort_idx" ON "events" USING btree ("outlet_id","sort_date","id");--> statement-breakpoint
CREATE INDEX "incidents_sort_idx" ON "incidents" USING btree ("sort_date","id");
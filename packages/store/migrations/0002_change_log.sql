CREATE SEQUENCE "public"."change_log_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "change_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "change_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"seq" bigint,
	"xid" bigint DEFAULT (pg_current_xact_id()::text)::bigint NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"kind" text NOT NULL,
	"data" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "change_log_seq_key" ON "change_log" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "change_log_unsequenced_idx" ON "change_log" USING btree ("id") WHERE "change_log"."seq" is null;
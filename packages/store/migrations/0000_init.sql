CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "actors" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"category" text NOT NULL,
	"parent" text,
	"side" text
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "articles_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"url" text,
	"content_hash" text NOT NULL,
	"raw_hash" text NOT NULL,
	"raw" text NOT NULL,
	"raw_format" text NOT NULL,
	"outlet_id" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"published" date,
	"published_from" text,
	"extraction" jsonb NOT NULL,
	"extractor_version" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"extracted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "changes" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"kind" text NOT NULL,
	"data" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" text NOT NULL,
	"local_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"event_type" text NOT NULL,
	"sub_event_type" text NOT NULL,
	"date" date,
	"date_precision" text NOT NULL,
	"date_text" text NOT NULL,
	"sort_date" date NOT NULL,
	"place_id" text,
	"geo_precision" smallint NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"place_path" text[] NOT NULL,
	"actor1" text,
	"actor2" text,
	"assoc_actors" text[] NOT NULL,
	"actors" text[] NOT NULL,
	"fatalities" jsonb,
	"fatalities_best" integer,
	"injured" jsonb,
	"captured" jsonb,
	"displaced" jsonb,
	"materiel" jsonb NOT NULL,
	"weapons" text[] NOT NULL,
	"background" boolean NOT NULL,
	"disputed" boolean NOT NULL,
	"disputed_by" text,
	"attribution" text,
	"trigger" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"origins" jsonb NOT NULL,
	"confidence" double precision NOT NULL,
	"outlet_id" text,
	"search_key" text NOT NULL,
	"incident_id" bigint
);
--> statement-breakpoint
CREATE TABLE "figures" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"kind" text NOT NULL,
	"count" integer,
	"min" integer,
	"max" integer,
	"exact" boolean NOT NULL,
	"group" text,
	"period" text,
	"evidence" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "incidents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_type" text NOT NULL,
	"sub_event_type" text NOT NULL,
	"date_min" date,
	"date_max" date,
	"sort_date" date NOT NULL,
	"place_id" text,
	"lat" double precision,
	"lon" double precision,
	"place_path" text[] DEFAULT '{}'::text[] NOT NULL,
	"actors" text[] DEFAULT '{}'::text[] NOT NULL,
	"outlets" text[] DEFAULT '{}'::text[] NOT NULL,
	"report_count" integer DEFAULT 0 NOT NULL,
	"fatalities_min" integer,
	"fatalities_max" integer,
	"disputed" boolean DEFAULT false NOT NULL,
	"background" boolean DEFAULT false NOT NULL,
	"search_key" text DEFAULT '' NOT NULL,
	"merged_into" bigint,
	"retracted" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outlets" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"admin1" text,
	"admin2" text,
	"admin3" text,
	"parent" text
);
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "articles_url_key" ON "articles" USING btree ("url");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles" USING btree ("content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_raw_hash_key" ON "articles" USING btree ("raw_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_seq_key" ON "articles" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "articles_outlet_idx" ON "articles" USING btree ("outlet_id");--> statement-breakpoint
CREATE INDEX "articles_version_idx" ON "articles" USING btree ("extractor_version");--> statement-breakpoint
CREATE INDEX "changes_entity_idx" ON "changes" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "events_sort_idx" ON "events" USING btree ("sort_date" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "events_type_sort_idx" ON "events" USING btree ("event_type","sort_date" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "events_outlet_sort_idx" ON "events" USING btree ("outlet_id","sort_date" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "events_article_idx" ON "events" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "events_incident_idx" ON "events" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "events_place_path_idx" ON "events" USING gin ("place_path");--> statement-breakpoint
CREATE INDEX "events_actors_idx" ON "events" USING gin ("actors");--> statement-breakpoint
CREATE INDEX "events_latlon_idx" ON "events" USING btree ("lat","lon");--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "figures_article_idx" ON "figures" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "incidents_sort_idx" ON "incidents" USING btree ("sort_date" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "incidents_cluster_idx" ON "incidents" USING btree ("event_type","sort_date");--> statement-breakpoint
CREATE INDEX "incidents_place_path_idx" ON "incidents" USING gin ("place_path");--> statement-breakpoint
CREATE INDEX "incidents_actors_idx" ON "incidents" USING gin ("actors");--> statement-breakpoint
CREATE INDEX "incidents_outlets_idx" ON "incidents" USING gin ("outlets");--> statement-breakpoint
CREATE INDEX "incidents_search_idx" ON "incidents" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "places_admin2_idx" ON "places" USING btree ("admin2");--> statement-breakpoint
CREATE INDEX "places_admin3_idx" ON "places" USING btree ("admin3");
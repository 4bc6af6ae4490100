CREATE TABLE "establishment_snapshots" (
	"establishment_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"country" text NOT NULL,
	"territory_unit_code" text NOT NULL,
	"partner_id" text,
	"status" text NOT NULL,
	"activity_code" text NOT NULL,
	"activity_code_scheme" text NOT NULL,
	"nace_class" text NOT NULL,
	"nace_revision" text NOT NULL,
	"filieres" text[] DEFAULT '{}'::text[] NOT NULL,
	"partial_filieres" text[] DEFAULT '{}'::text[] NOT NULL,
	"size_band" text NOT NULL,
	"opened_on" date,
	"closed_on" date,
	"source" text NOT NULL,
	"import_id" uuid NOT NULL,
	CONSTRAINT "establishment_snapshots_establishment_id_year_pk" PRIMARY KEY("establishment_id","year")
);
--> statement-breakpoint
CREATE TABLE "import_rejects" (
	"import_id" uuid NOT NULL,
	"row_number" bigint NOT NULL,
	"column" text NOT NULL,
	"reason" text NOT NULL,
	"message" text NOT NULL,
	"value" text,
	CONSTRAINT "import_rejects_import_id_row_number_column_pk" PRIMARY KEY("import_id","row_number","column")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"format" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer,
	"status" text NOT NULL,
	"partner_id" text,
	"file_name" text,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"request_id" text,
	"bytes_total" bigint,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"rows_read" bigint DEFAULT 0 NOT NULL,
	"imported" bigint DEFAULT 0 NOT NULL,
	"updated" bigint DEFAULT 0 NOT NULL,
	"unchanged" bigint DEFAULT 0 NOT NULL,
	"removed" bigint DEFAULT 0 NOT NULL,
	"skipped" bigint DEFAULT 0 NOT NULL,
	"rejected" bigint DEFAULT 0 NOT NULL,
	"error_code" text,
	"error_message" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "imports_status" CHECK ("imports"."status" in ('running', 'succeeded', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "published_counts" (
	"source" text NOT NULL,
	"country" text NOT NULL,
	"territory_unit_code" text NOT NULL,
	"partner_id" text,
	"year" integer NOT NULL,
	"activity_code" text NOT NULL,
	"activity_code_scheme" text NOT NULL,
	"nace_code" text NOT NULL,
	"nace_level" text NOT NULL,
	"nace_revision" text NOT NULL,
	"filieres" text[] DEFAULT '{}'::text[] NOT NULL,
	"partial_filieres" text[] DEFAULT '{}'::text[] NOT NULL,
	"measure" text NOT NULL,
	"value" numeric(14, 2),
	"status" text NOT NULL,
	"import_id" uuid NOT NULL,
	CONSTRAINT "published_counts_source_country_territory_unit_code_year_activity_code_measure_pk" PRIMARY KEY("source","country","territory_unit_code","year","activity_code","measure"),
	CONSTRAINT "published_counts_status" CHECK ("published_counts"."status" in ('value', 'suppressed-at-source'))
);
--> statement-breakpoint
CREATE TABLE "territory_code_successions" (
	"country" text NOT NULL,
	"old_code" text NOT NULL,
	"old_name" text DEFAULT '' NOT NULL,
	"new_code" text NOT NULL,
	"effective_year" integer,
	"source" text NOT NULL,
	CONSTRAINT "territory_code_successions_country_old_code_new_code_pk" PRIMARY KEY("country","old_code","new_code")
);
--> statement-breakpoint
CREATE TABLE "territory_populations" (
	"country" text NOT NULL,
	"code" text NOT NULL,
	"year" integer NOT NULL,
	"population" integer NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	CONSTRAINT "territory_populations_country_code_year_pk" PRIMARY KEY("country","code","year")
);
--> statement-breakpoint
ALTER TABLE "territory_units" ADD COLUMN "list_year" integer;--> statement-breakpoint
ALTER TABLE "establishment_snapshots" ADD CONSTRAINT "establishment_snapshots_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment_snapshots" ADD CONSTRAINT "establishment_snapshots_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_rejects" ADD CONSTRAINT "import_rejects_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_counts" ADD CONSTRAINT "published_counts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "establishment_snapshots_unit" ON "establishment_snapshots" USING btree ("year","country","territory_unit_code");--> statement-breakpoint
CREATE INDEX "imports_started" ON "imports" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "published_counts_unit" ON "published_counts" USING btree ("year","country","territory_unit_code");--> statement-breakpoint
CREATE INDEX "territory_code_successions_new" ON "territory_code_successions" USING btree ("country","new_code");
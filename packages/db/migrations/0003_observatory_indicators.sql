CREATE TABLE "observatory_cells" (
	"year" integer NOT NULL,
	"country" text NOT NULL,
	"level" text NOT NULL,
	"territory" text NOT NULL,
	"filiere" text NOT NULL,
	"nace_class" text NOT NULL,
	"cell_key" text NOT NULL,
	"weight" text NOT NULL,
	"source" text NOT NULL,
	"employees_basis" text NOT NULL,
	"status" text NOT NULL,
	"establishments" numeric(14, 2),
	"employees_low" numeric(14, 2),
	"employees_central" numeric(14, 2),
	"employees_high" numeric(14, 2),
	"creations" integer,
	"closures" integer,
	"local_status" text NOT NULL,
	"local_establishments" numeric(14, 2),
	"local_employees" numeric(14, 2),
	CONSTRAINT "observatory_cells_year_country_level_territory_filiere_nace_class_pk" PRIMARY KEY("year","country","level","territory","filiere","nace_class"),
	CONSTRAINT "observatory_cells_status" CHECK ("observatory_cells"."status" in ('value', 'suppressed-frequency', 'suppressed-dominance', 'suppressed-secondary', 'suppressed-at-source', 'no-data'))
);
--> statement-breakpoint
CREATE INDEX "observatory_cells_filiere" ON "observatory_cells" USING btree ("filiere","level","year");
CREATE TABLE "change_clock" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	CONSTRAINT "change_clock_single_row" CHECK ("change_clock"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"bucket" text NOT NULL,
	"window_start" bigint NOT NULL,
	"used" integer NOT NULL,
	CONSTRAINT "rate_limits_bucket_window_start_pk" PRIMARY KEY("bucket","window_start")
);
--> statement-breakpoint
-- Entries written before the change clock existed are numbered in the order of their ids.
ALTER TABLE "audit_log" ADD COLUMN "seq" bigint;--> statement-breakpoint
UPDATE "audit_log" SET "seq" = "id";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "seq" SET NOT NULL;--> statement-breakpoint
INSERT INTO "change_clock" ("id", "seq") SELECT 1, coalesce(max("seq"), 0) FROM "audit_log";--> statement-breakpoint
CREATE INDEX "audit_log_seq" ON "audit_log" USING btree ("seq");

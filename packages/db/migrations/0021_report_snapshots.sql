CREATE TABLE "report_snapshots" (
	"organisation_id" uuid NOT NULL,
	"granularity" text NOT NULL,
	"periods" integer NOT NULL,
	"time_zone" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"totals" jsonb NOT NULL,
	CONSTRAINT "report_snapshots_organisation_id_granularity_periods_pk" PRIMARY KEY("organisation_id","granularity","periods")
);
--> statement-breakpoint
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
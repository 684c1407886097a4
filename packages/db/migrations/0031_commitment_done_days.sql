CREATE TABLE "commitment_done_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"done_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitment_done_once_a_day" UNIQUE("commitment_id","done_on")
);
--> statement-breakpoint
ALTER TABLE "commitment_done_days" ADD CONSTRAINT "commitment_done_days_commitment_id_plan_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."plan_commitments"("id") ON DELETE cascade ON UPDATE no action;
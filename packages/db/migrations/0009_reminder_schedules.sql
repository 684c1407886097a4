CREATE TABLE "reminder_schedule_policy" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"fingerprint" text NOT NULL,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_schedule_policy_one_row" CHECK ("reminder_schedule_policy"."id")
);
--> statement-breakpoint
CREATE TABLE "reminder_schedule_queue" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminder_schedules" (
	"user_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"remind_at" timestamp with time zone,
	CONSTRAINT "reminder_schedules_user_id_instrument_id_pk" PRIMARY KEY("user_id","instrument_id")
);
--> statement-breakpoint
ALTER TABLE "reminder_schedules" ADD CONSTRAINT "reminder_schedules_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reminder_schedules_remind_at_idx" ON "reminder_schedules" USING btree ("remind_at") WHERE "reminder_schedules"."remind_at" is not null;
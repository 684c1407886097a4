CREATE TABLE "group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"status" text NOT NULL,
	"pledge_version" integer,
	"pledged_at" timestamp with time zone,
	"decided_by_membership_id" uuid,
	"joined_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_members_once" UNIQUE("group_id","membership_id"),
	CONSTRAINT "group_member_role" CHECK ("group_members"."role" in ('facilitator', 'co-facilitator', 'member')),
	CONSTRAINT "group_member_status" CHECK ("group_members"."status" in ('active', 'requested', 'invited', 'declined', 'left', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "peer_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"format" text NOT NULL,
	"visibility" text NOT NULL,
	"member_limit" integer DEFAULT 10 NOT NULL,
	"agreement" text NOT NULL,
	"agreement_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "peer_groups_id_org_unique" UNIQUE("id","organisation_id"),
	CONSTRAINT "peer_group_format" CHECK ("peer_groups"."format" in ('peer-support', 'balint', 'schwartz-round', 'other')),
	CONSTRAINT "peer_group_visibility" CHECK ("peer_groups"."visibility" in ('open', 'request', 'invite-only')),
	CONSTRAINT "peer_group_member_limit" CHECK ("peer_groups"."member_limit" between 2 and 50),
	CONSTRAINT "peer_group_agreement_version" CHECK ("peer_groups"."agreement_version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_organisation_id_peer_groups_id_organisation_id_fk" FOREIGN KEY ("group_id","organisation_id") REFERENCES "public"."peer_groups"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_groups" ADD CONSTRAINT "peer_groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_members_membership_id_status_index" ON "group_members" USING btree ("membership_id","status");--> statement-breakpoint
CREATE INDEX "group_members_group_id_status_index" ON "group_members" USING btree ("group_id","status");--> statement-breakpoint
CREATE INDEX "peer_groups_organisation_id_name_index" ON "peer_groups" USING btree ("organisation_id","name");
ALTER TABLE "teams" ADD COLUMN "member_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "team_members_organisation_id_membership_id_index" ON "team_members" USING btree ("organisation_id","membership_id");--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_member_count_not_negative" CHECK ("teams"."member_count" >= 0);
CREATE TABLE "group_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"recipient_membership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"post_id" uuid,
	"until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "group_notice_kind" CHECK ("group_notices"."kind" in ('post-restored', 'post-removed', 'muted'))
);
--> statement-breakpoint
CREATE TABLE "group_post_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"flagger_membership_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "group_post_flags_once" UNIQUE("post_id","flagger_membership_id"),
	CONSTRAINT "group_post_flag_reason" CHECK ("group_post_flags"."reason" in ('confidentiality', 'unkind', 'worried', 'other'))
);
--> statement-breakpoint
CREATE TABLE "group_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"thread_id" uuid,
	"title" text,
	"body" text NOT NULL,
	"author_membership_id" uuid NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'visible' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_post_title" CHECK (("group_posts"."thread_id" is null) = ("group_posts"."title" is not null)),
	CONSTRAINT "group_post_state" CHECK ("group_posts"."state" in ('visible', 'hidden', 'removed'))
);
--> statement-breakpoint
ALTER TABLE "group_members" ADD COLUMN "muted_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "group_notices" ADD CONSTRAINT "group_notices_post_id_group_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."group_posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_notices" ADD CONSTRAINT "group_notices_group_id_organisation_id_peer_groups_id_organisation_id_fk" FOREIGN KEY ("group_id","organisation_id") REFERENCES "public"."peer_groups"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_notices" ADD CONSTRAINT "group_notices_recipient_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("recipient_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_post_flags" ADD CONSTRAINT "group_post_flags_post_id_group_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."group_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_post_flags" ADD CONSTRAINT "group_post_flags_flagger_membership_id_memberships_id_fk" FOREIGN KEY ("flagger_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_posts" ADD CONSTRAINT "group_posts_thread_id_group_posts_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."group_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_posts" ADD CONSTRAINT "group_posts_group_id_organisation_id_peer_groups_id_organisation_id_fk" FOREIGN KEY ("group_id","organisation_id") REFERENCES "public"."peer_groups"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_posts" ADD CONSTRAINT "group_posts_author_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("author_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_notices_created_at_index" ON "group_notices" USING btree ("created_at") WHERE "group_notices"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "group_post_flags_post_id_index" ON "group_post_flags" USING btree ("post_id") WHERE "group_post_flags"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "group_posts_group_id_last_activity_at_index" ON "group_posts" USING btree ("group_id","last_activity_at") WHERE "group_posts"."thread_id" is null;--> statement-breakpoint
CREATE INDEX "group_posts_thread_id_created_at_index" ON "group_posts" USING btree ("thread_id","created_at");
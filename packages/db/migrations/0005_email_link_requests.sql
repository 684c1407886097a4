CREATE TABLE "email_link_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "email_link_requests_email_at_index" ON "email_link_requests" USING btree ("email","at");
CREATE INDEX "dev_outbox_created_at_index" ON "dev_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "dev_outbox_to_created_at_index" ON "dev_outbox" USING btree ("to","created_at");--> statement-breakpoint
CREATE INDEX "result_shares_owner_user_id_shared_at_index" ON "result_shares" USING btree ("owner_user_id","shared_at");
CREATE INDEX "pairs_mentor_enrollment" ON "pairs" USING btree ("mentor_enrollment_id");--> statement-breakpoint
CREATE INDEX "pairs_mentee_enrollment" ON "pairs" USING btree ("mentee_enrollment_id");
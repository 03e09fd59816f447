DROP INDEX "tickets_search_idx";--> statement-breakpoint
CREATE INDEX "tickets_search_idx" ON "tickets" USING gin ("search") WHERE "tickets"."deleted_at" is null;
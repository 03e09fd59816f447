CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"project_id" uuid,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"sort" text,
	"order" text,
	"columns" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "started_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saved_views_owner_idx" ON "saved_views" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "saved_views_project_idx" ON "saved_views" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "tickets_project_closed_idx" ON "tickets" USING btree ("project_id","closed_at") WHERE "tickets"."deleted_at" is null and "tickets"."closed_at" is not null;--> statement-breakpoint
UPDATE "tickets" AS t SET "started_at" = h.first
FROM (
	SELECT "ticket_id", min("created_at") AS first FROM "ticket_history"
	WHERE "action" = 'transitioned' AND "new_value" = '"in_progress"'::jsonb
	GROUP BY "ticket_id"
) AS h
WHERE h."ticket_id" = t."id" AND t."started_at" IS NULL;

ALTER TYPE "public"."notification_reason" ADD VALUE 'automation';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'rule_disabled';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'sla';--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "first_responded_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "sla_paused_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "sla_pauses" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "first_response_due_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "first_response_warn_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "first_response_warned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "first_response_breached" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "resolution_due_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "resolution_warn_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "resolution_warned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "resolution_breached" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "sla_next_at" timestamp (3) with time zone GENERATED ALWAYS AS (case when "tickets"."sla_paused_at" is null then least(case when "tickets"."first_responded_at" is null then least(case when not "tickets"."first_response_warned" then "tickets"."first_response_warn_at" end, case when not "tickets"."first_response_breached" then "tickets"."first_response_due_at" end) end, case when "tickets"."closed_at" is null then least(case when not "tickets"."resolution_warned" then "tickets"."resolution_warn_at" end, case when not "tickets"."resolution_breached" then "tickets"."resolution_due_at" end) end) end) STORED;--> statement-breakpoint
ALTER TABLE "workflow_runs" ADD COLUMN "scheduled_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "workflows" ADD COLUMN "next_run_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tickets_sla_next_idx" ON "tickets" USING btree ("sla_next_at") WHERE "tickets"."sla_next_at" is not null and "tickets"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_sla_breached_idx" ON "tickets" USING btree ("project_id") WHERE "tickets"."deleted_at" is null and "tickets"."closed_at" is null and ("tickets"."first_response_breached" or "tickets"."resolution_breached");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_runs_schedule_key" ON "workflow_runs" USING btree ("workflow_id","version","scheduled_at","ticket_id") WHERE "workflow_runs"."scheduled_at" is not null;--> statement-breakpoint
CREATE INDEX "workflows_next_run_idx" ON "workflows" USING btree ("next_run_at") WHERE "workflows"."next_run_at" is not null;--> statement-breakpoint
-- Tickets from before SLAs: those past open were answered (as far as can be told: when first started,
-- else closed, else last changed), and the clocks of blocked and closed ones stand still from then on,
-- so a policy set later does not count a closed ticket's time since closing, or a first response
-- as missing. Open tickets' clocks still run from their creation, as for any ticket.
UPDATE "tickets" SET
	"first_responded_at" = coalesce("started_at", "closed_at", "updated_at"),
	"sla_paused_at" = CASE WHEN "status" = 'closed' THEN coalesce("closed_at", "updated_at") WHEN "status" = 'blocked' THEN "updated_at" END
WHERE "status" <> 'open';

CREATE TYPE "public"."actor_kind" AS ENUM('user', 'system', 'automation');--> statement-breakpoint
CREATE TABLE "event_consumers" (
	"name" text PRIMARY KEY NOT NULL,
	"last_event_id" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"project_id" uuid,
	"ticket_id" uuid,
	"actor_kind" "actor_kind" NOT NULL,
	"actor_id" uuid,
	"actor" jsonb NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ticket_history" ALTER COLUMN "actor_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket_history" ADD COLUMN "actor_kind" "actor_kind" DEFAULT 'user' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_project_idx" ON "events" USING btree ("project_id","id");--> statement-breakpoint
CREATE INDEX "events_ticket_idx" ON "events" USING btree ("ticket_id","id");--> statement-breakpoint
CREATE INDEX "events_actor_idx" ON "events" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "events_type_idx" ON "events" USING btree ("type","id");--> statement-breakpoint
-- The id below which every event is settled: committed (and visible to a snapshot taken after this
-- call) or rolled back, none still in flight. A writing transaction takes a shared advisory lock on
-- the sequence's last_value before its first event takes an id (core/events/record-events.ts); that
-- value is at most the ids it then gets. So: read last_value first, then the smallest such lock still
-- held in this database. Keys are 2^62 + value, apart from any other advisory lock.
CREATE FUNCTION "events_horizon"() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  allocated bigint;
  oldest bigint;
BEGIN
  -- The highest id handed out so far (before the first nextval, last_value is the one to come).
  SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO allocated FROM events_id_seq;
  SELECT min(((l.classid::bigint - 1073741824) << 32) + l.objid::bigint) INTO oldest
  FROM pg_locks l
  WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.classid >= 1073741824
    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database());
  RETURN least(coalesce(oldest, allocated + 1), allocated + 1);
END
$$;

ALTER TABLE "tickets" ADD COLUMN "assigned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "tickets" AS t SET "assigned" = true
WHERE EXISTS (SELECT 1 FROM "ticket_assignees" AS a WHERE a."ticket_id" = t."id");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "ticket_assigned_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		UPDATE "tickets" SET "assigned" = true WHERE "id" = NEW."ticket_id" AND NOT "assigned";
	ELSE
		UPDATE "tickets" SET "assigned" = EXISTS (SELECT 1 FROM "ticket_assignees" WHERE "ticket_id" = OLD."ticket_id")
		WHERE "id" = OLD."ticket_id";
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "ticket_assignees_assigned" AFTER INSERT OR DELETE ON "ticket_assignees"
FOR EACH ROW EXECUTE FUNCTION "ticket_assigned_sync"();

CREATE TABLE "activity_deltas" (
	"project_id" uuid NOT NULL,
	"day" date NOT NULL,
	"user_id" uuid NOT NULL,
	"transitions" integer NOT NULL,
	"closed" integer NOT NULL,
	"comments" integer NOT NULL
);--> statement-breakpoint
CREATE TABLE "open_due_deltas" (
	"project_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"n" integer NOT NULL
);--> statement-breakpoint
CREATE TABLE "ticket_count_deltas" (
	"project_id" uuid NOT NULL,
	"status" "ticket_status" NOT NULL,
	"assigned" boolean NOT NULL,
	"has_due" boolean NOT NULL,
	"n" integer NOT NULL
);--> statement-breakpoint
CREATE TABLE "ticket_flow_deltas" (
	"project_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"created" integer NOT NULL,
	"closed" integer NOT NULL
);--> statement-breakpoint
DROP INDEX "activity_counts_day_idx";--> statement-breakpoint
DROP INDEX "activity_counts_appended_idx";--> statement-breakpoint
DROP INDEX "open_due_counts_due_idx";--> statement-breakpoint
DROP INDEX "open_due_counts_appended_idx";--> statement-breakpoint
DROP INDEX "ticket_counts_project_idx";--> statement-breakpoint
DROP INDEX "ticket_counts_appended_idx";--> statement-breakpoint
DROP INDEX "ticket_flow_counts_hour_idx";--> statement-breakpoint
DROP INDEX "ticket_flow_counts_appended_idx";--> statement-breakpoint
-- Deltas go to tables of their own (no index: no hot index page under concurrent writers), the counts
-- keep one row per key under a unique index. First every key's rows are folded into one.
WITH gone AS (DELETE FROM "ticket_counts" RETURNING *)
INSERT INTO "ticket_counts" ("project_id", "status", "assigned", "has_due", "n", "folded")
SELECT "project_id", "status", "assigned", "has_due", sum("n"), true FROM gone GROUP BY 1, 2, 3, 4;--> statement-breakpoint
WITH gone AS (DELETE FROM "open_due_counts" RETURNING *)
INSERT INTO "open_due_counts" ("project_id", "due_date", "n", "folded")
SELECT "project_id", "due_date", sum("n"), true FROM gone GROUP BY 1, 2;--> statement-breakpoint
WITH gone AS (DELETE FROM "ticket_flow_counts" RETURNING *)
INSERT INTO "ticket_flow_counts" ("project_id", "hour", "created", "closed", "folded")
SELECT "project_id", "hour", sum("created"), sum("closed"), true FROM gone GROUP BY 1, 2;--> statement-breakpoint
WITH gone AS (DELETE FROM "activity_counts" RETURNING *)
INSERT INTO "activity_counts" ("project_id", "day", "user_id", "transitions", "closed", "comments", "folded")
SELECT "project_id", "day", "user_id", sum("transitions"), sum("closed"), sum("comments"), true FROM gone GROUP BY 1, 2, 3;--> statement-breakpoint
ALTER TABLE "activity_counts" DROP COLUMN "folded";--> statement-breakpoint
ALTER TABLE "open_due_counts" DROP COLUMN "folded";--> statement-breakpoint
ALTER TABLE "ticket_counts" DROP COLUMN "folded";--> statement-breakpoint
ALTER TABLE "ticket_flow_counts" DROP COLUMN "folded";--> statement-breakpoint
CREATE UNIQUE INDEX "activity_counts_key" ON "activity_counts" USING btree ("day","project_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "open_due_counts_key" ON "open_due_counts" USING btree ("due_date","project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_counts_key" ON "ticket_counts" USING btree ("project_id","status","assigned","has_due");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_flow_counts_key" ON "ticket_flow_counts" USING btree ("hour","project_id");--> statement-breakpoint
-- Folds the deltas into the counts, one row per key. A delta appended meanwhile is not seen and waits
-- for the next run; two runs at once each take a delta at most once (its row lock), and their upserts
-- of one key take turns, so no count is lost or doubled.
CREATE OR REPLACE FUNCTION "report_rollups_compact"() RETURNS void LANGUAGE sql AS $$
	WITH moved AS (DELETE FROM "ticket_count_deltas" RETURNING *)
	INSERT INTO "ticket_counts" ("project_id", "status", "assigned", "has_due", "n")
	SELECT "project_id", "status", "assigned", "has_due", sum("n") FROM moved GROUP BY 1, 2, 3, 4
	ON CONFLICT ("project_id", "status", "assigned", "has_due") DO UPDATE SET "n" = "ticket_counts"."n" + excluded."n";
	WITH moved AS (DELETE FROM "open_due_deltas" RETURNING *)
	INSERT INTO "open_due_counts" ("project_id", "due_date", "n")
	SELECT "project_id", "due_date", sum("n") FROM moved GROUP BY 1, 2
	ON CONFLICT ("due_date", "project_id") DO UPDATE SET "n" = "open_due_counts"."n" + excluded."n";
	WITH moved AS (DELETE FROM "ticket_flow_deltas" RETURNING *)
	INSERT INTO "ticket_flow_counts" ("project_id", "hour", "created", "closed")
	SELECT "project_id", "hour", sum("created"), sum("closed") FROM moved GROUP BY 1, 2
	ON CONFLICT ("hour", "project_id") DO UPDATE
	SET "created" = "ticket_flow_counts"."created" + excluded."created", "closed" = "ticket_flow_counts"."closed" + excluded."closed";
	WITH moved AS (DELETE FROM "activity_deltas" RETURNING *)
	INSERT INTO "activity_counts" ("project_id", "day", "user_id", "transitions", "closed", "comments")
	SELECT "project_id", "day", "user_id", sum("transitions"), sum("closed"), sum("comments") FROM moved GROUP BY 1, 2, 3
	ON CONFLICT ("day", "project_id", "user_id") DO UPDATE
	SET "transitions" = "activity_counts"."transitions" + excluded."transitions",
		"closed" = "activity_counts"."closed" + excluded."closed",
		"comments" = "activity_counts"."comments" + excluded."comments";
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "report_rollups_rebuild"() RETURNS void LANGUAGE sql AS $$
	DELETE FROM "ticket_counts";
	DELETE FROM "ticket_count_deltas";
	INSERT INTO "ticket_counts" ("project_id", "status", "assigned", "has_due", "n")
	SELECT "project_id", "status", "assigned", "due_date" IS NOT NULL, count(*) FROM "tickets"
	WHERE "deleted_at" IS NULL GROUP BY 1, 2, 3, 4;
	DELETE FROM "open_due_counts";
	DELETE FROM "open_due_deltas";
	INSERT INTO "open_due_counts" ("project_id", "due_date", "n")
	SELECT "project_id", "due_date", count(*) FROM "tickets"
	WHERE "deleted_at" IS NULL AND "status" <> 'closed' AND "due_date" IS NOT NULL GROUP BY 1, 2;
	DELETE FROM "ticket_flow_counts";
	DELETE FROM "ticket_flow_deltas";
	INSERT INTO "ticket_flow_counts" ("project_id", "hour", "created", "closed")
	SELECT "project_id", "hour", sum("created"), sum("closed") FROM (
		SELECT "project_id", date_trunc('hour', "created_at", 'UTC') AS "hour", 1 AS "created", 0 AS "closed"
		FROM "tickets" WHERE "deleted_at" IS NULL
		UNION ALL
		SELECT "project_id", date_trunc('hour', "closed_at", 'UTC'), 0, 1
		FROM "tickets" WHERE "deleted_at" IS NULL AND "closed_at" IS NOT NULL
	) AS flow GROUP BY 1, 2;
	DELETE FROM "activity_counts";
	DELETE FROM "activity_deltas";
	INSERT INTO "activity_counts" ("project_id", "day", "user_id", "transitions", "closed", "comments")
	SELECT "project_id", "day", "user_id", sum("transitions"), sum("closed"), sum("comments") FROM (
		SELECT t."project_id", (h."created_at" AT TIME ZONE 'UTC')::date AS "day", h."actor_id" AS "user_id",
			1 AS "transitions", (h."new_value" = '"closed"'::jsonb)::int AS "closed", 0 AS "comments"
		FROM "ticket_history" AS h JOIN "tickets" AS t ON t."id" = h."ticket_id"
		WHERE h."action" = 'transitioned' AND h."actor_id" IS NOT NULL AND t."deleted_at" IS NULL
		UNION ALL
		SELECT t."project_id", (c."created_at" AT TIME ZONE 'UTC')::date, c."author_id", 0, 0, 1
		FROM "comments" AS c JOIN "tickets" AS t ON t."id" = c."ticket_id"
		WHERE t."deleted_at" IS NULL
	) AS done GROUP BY 1, 2, 3;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "ticket_rollups_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO "ticket_count_deltas" ("project_id", "status", "assigned", "has_due", "n")
		SELECT "project_id", "status", "assigned", "due_date" IS NOT NULL, count(*) FROM new_rows
		WHERE "deleted_at" IS NULL GROUP BY 1, 2, 3, 4;
		INSERT INTO "open_due_deltas" ("project_id", "due_date", "n")
		SELECT "project_id", "due_date", count(*) FROM new_rows
		WHERE "deleted_at" IS NULL AND "status" <> 'closed' AND "due_date" IS NOT NULL GROUP BY 1, 2;
		INSERT INTO "ticket_flow_deltas" ("project_id", "hour", "created", "closed")
		SELECT "project_id", "hour", sum("created"), sum("closed") FROM (
			SELECT "project_id", date_trunc('hour', "created_at", 'UTC') AS "hour", 1 AS "created", 0 AS "closed"
			FROM new_rows WHERE "deleted_at" IS NULL
			UNION ALL
			SELECT "project_id", date_trunc('hour', "closed_at", 'UTC'), 0, 1
			FROM new_rows WHERE "deleted_at" IS NULL AND "closed_at" IS NOT NULL
		) AS flow GROUP BY 1, 2;
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO "ticket_count_deltas" ("project_id", "status", "assigned", "has_due", "n")
		SELECT "project_id", "status", "assigned", "due_date" IS NOT NULL, -count(*) FROM old_rows
		WHERE "deleted_at" IS NULL GROUP BY 1, 2, 3, 4;
		INSERT INTO "open_due_deltas" ("project_id", "due_date", "n")
		SELECT "project_id", "due_date", -count(*) FROM old_rows
		WHERE "deleted_at" IS NULL AND "status" <> 'closed' AND "due_date" IS NOT NULL GROUP BY 1, 2;
		INSERT INTO "ticket_flow_deltas" ("project_id", "hour", "created", "closed")
		SELECT "project_id", "hour", sum("created"), sum("closed") FROM (
			SELECT "project_id", date_trunc('hour', "created_at", 'UTC') AS "hour", -1 AS "created", 0 AS "closed"
			FROM old_rows WHERE "deleted_at" IS NULL
			UNION ALL
			SELECT "project_id", date_trunc('hour', "closed_at", 'UTC'), 0, -1
			FROM old_rows WHERE "deleted_at" IS NULL AND "closed_at" IS NOT NULL
		) AS flow GROUP BY 1, 2;
	END IF;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "history_rollups_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "activity_deltas" ("project_id", "day", "user_id", "transitions", "closed", "comments")
	SELECT t."project_id", (h."created_at" AT TIME ZONE 'UTC')::date, h."actor_id", count(*),
		count(*) FILTER (WHERE h."new_value" = '"closed"'::jsonb), 0
	FROM new_rows AS h JOIN "tickets" AS t ON t."id" = h."ticket_id"
	WHERE h."action" = 'transitioned' AND h."actor_id" IS NOT NULL AND t."deleted_at" IS NULL
	GROUP BY 1, 2, 3;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "comment_rollups_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "activity_deltas" ("project_id", "day", "user_id", "transitions", "closed", "comments")
	SELECT t."project_id", (c."created_at" AT TIME ZONE 'UTC')::date, c."author_id", 0, 0,
		CASE WHEN TG_OP = 'INSERT' THEN count(*) ELSE -count(*) END
	FROM changed_rows AS c JOIN "tickets" AS t ON t."id" = c."ticket_id"
	WHERE t."deleted_at" IS NULL
	GROUP BY 1, 2, 3;
	RETURN NULL;
END
$$;--> statement-breakpoint
-- An update changes the counts only when one of the columns they are keyed by changes: a row trigger
-- with that condition costs nothing on every other update (a title, a description), and on a
-- transition it appends a few single rows (a statement trigger re-read its whole transition tables).
-- Deleting, restoring or moving a ticket also moves its people's activity.
DROP TRIGGER "tickets_rollups_updated" ON "tickets";--> statement-breakpoint
CREATE FUNCTION "ticket_rollups_row"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	was_live boolean := OLD."deleted_at" IS NULL;
	is_live boolean := NEW."deleted_at" IS NULL;
BEGIN
	IF (was_live, OLD."project_id", OLD."status", OLD."assigned", OLD."due_date" IS NOT NULL)
		IS DISTINCT FROM (is_live, NEW."project_id", NEW."status", NEW."assigned", NEW."due_date" IS NOT NULL) THEN
		INSERT INTO "ticket_count_deltas" ("project_id", "status", "assigned", "has_due", "n")
		SELECT OLD."project_id", OLD."status", OLD."assigned", OLD."due_date" IS NOT NULL, -1 WHERE was_live
		UNION ALL
		SELECT NEW."project_id", NEW."status", NEW."assigned", NEW."due_date" IS NOT NULL, 1 WHERE is_live;
	END IF;
	IF (was_live AND OLD."status" <> 'closed', OLD."project_id", OLD."due_date")
		IS DISTINCT FROM (is_live AND NEW."status" <> 'closed', NEW."project_id", NEW."due_date") THEN
		INSERT INTO "open_due_deltas" ("project_id", "due_date", "n")
		SELECT OLD."project_id", OLD."due_date", -1 WHERE was_live AND OLD."status" <> 'closed' AND OLD."due_date" IS NOT NULL
		UNION ALL
		SELECT NEW."project_id", NEW."due_date", 1 WHERE is_live AND NEW."status" <> 'closed' AND NEW."due_date" IS NOT NULL;
	END IF;
	IF (was_live, OLD."project_id", date_trunc('hour', OLD."created_at", 'UTC'), date_trunc('hour', OLD."closed_at", 'UTC'))
		IS DISTINCT FROM (is_live, NEW."project_id", date_trunc('hour', NEW."created_at", 'UTC'), date_trunc('hour', NEW."closed_at", 'UTC')) THEN
		INSERT INTO "ticket_flow_deltas" ("project_id", "hour", "created", "closed")
		SELECT OLD."project_id", date_trunc('hour', OLD."created_at", 'UTC'), -1, 0 WHERE was_live
		UNION ALL
		SELECT OLD."project_id", date_trunc('hour', OLD."closed_at", 'UTC'), 0, -1 WHERE was_live AND OLD."closed_at" IS NOT NULL
		UNION ALL
		SELECT NEW."project_id", date_trunc('hour', NEW."created_at", 'UTC'), 1, 0 WHERE is_live
		UNION ALL
		SELECT NEW."project_id", date_trunc('hour', NEW."closed_at", 'UTC'), 0, 1 WHERE is_live AND NEW."closed_at" IS NOT NULL;
	END IF;
	IF (was_live, OLD."project_id") IS DISTINCT FROM (is_live, NEW."project_id") THEN
		INSERT INTO "activity_deltas" ("project_id", "day", "user_id", "transitions", "closed", "comments")
		SELECT side."project_id", done."day", done."user_id", sum(side.sign * done."transitions"),
			sum(side.sign * done."closed"), sum(side.sign * done."comments")
		FROM (
			SELECT OLD."project_id" AS "project_id", -1 AS sign WHERE was_live
			UNION ALL
			SELECT NEW."project_id", 1 WHERE is_live
		) AS side
		CROSS JOIN (
			SELECT (h."created_at" AT TIME ZONE 'UTC')::date AS "day", h."actor_id" AS "user_id",
				1 AS "transitions", (h."new_value" = '"closed"'::jsonb)::int AS "closed", 0 AS "comments"
			FROM "ticket_history" AS h
			WHERE h."ticket_id" = NEW."id" AND h."action" = 'transitioned' AND h."actor_id" IS NOT NULL
			UNION ALL
			SELECT (c."created_at" AT TIME ZONE 'UTC')::date, c."author_id", 0, 0, 1
			FROM "comments" AS c WHERE c."ticket_id" = NEW."id"
		) AS done
		GROUP BY 1, 2, 3;
	END IF;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "tickets_rollups_updated" AFTER UPDATE ON "tickets" FOR EACH ROW
WHEN (OLD."deleted_at" IS DISTINCT FROM NEW."deleted_at" OR OLD."project_id" IS DISTINCT FROM NEW."project_id"
	OR OLD."status" IS DISTINCT FROM NEW."status" OR OLD."assigned" IS DISTINCT FROM NEW."assigned"
	OR OLD."due_date" IS DISTINCT FROM NEW."due_date" OR OLD."created_at" IS DISTINCT FROM NEW."created_at"
	OR OLD."closed_at" IS DISTINCT FROM NEW."closed_at")
EXECUTE FUNCTION "ticket_rollups_row"();

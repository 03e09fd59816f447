CREATE TABLE "activity_counts" (
	"project_id" uuid NOT NULL,
	"day" date NOT NULL,
	"user_id" uuid NOT NULL,
	"transitions" integer NOT NULL,
	"closed" integer NOT NULL,
	"comments" integer NOT NULL,
	"folded" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "open_due_counts" (
	"project_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"n" integer NOT NULL,
	"folded" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_counts" (
	"project_id" uuid NOT NULL,
	"status" "ticket_status" NOT NULL,
	"assigned" boolean NOT NULL,
	"has_due" boolean NOT NULL,
	"n" integer NOT NULL,
	"folded" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_flow_counts" (
	"project_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"created" integer NOT NULL,
	"closed" integer NOT NULL,
	"folded" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
DROP INDEX "tickets_project_closed_idx";--> statement-breakpoint
DROP INDEX "tickets_created_idx";--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "assignee_ids" uuid[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "labels" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Assignees and labels as arrays on the ticket, kept by statement triggers (one update per statement,
-- none when nothing changed). They replace the row trigger of 0010, which kept only "assigned".
DROP TRIGGER "ticket_assignees_assigned" ON "ticket_assignees";--> statement-breakpoint
DROP FUNCTION "ticket_assigned_sync"();--> statement-breakpoint
CREATE FUNCTION "ticket_sets_rebuild"() RETURNS void LANGUAGE sql AS $$
	UPDATE "tickets" AS t SET "assignee_ids" = a.ids, "assigned" = true
	FROM (SELECT "ticket_id", array_agg("user_id" ORDER BY "user_id") AS ids FROM "ticket_assignees" GROUP BY 1) AS a
	WHERE t."id" = a."ticket_id" AND t."assignee_ids" IS DISTINCT FROM a.ids;
	UPDATE "tickets" AS t SET "labels" = l.names
	FROM (SELECT "ticket_id", array_agg("label" ORDER BY "label") AS names FROM "ticket_labels" GROUP BY 1) AS l
	WHERE t."id" = l."ticket_id" AND t."labels" IS DISTINCT FROM l.names;
$$;--> statement-breakpoint
SELECT "ticket_sets_rebuild"();--> statement-breakpoint
CREATE FUNCTION "ticket_assignees_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "tickets" AS t SET "assignee_ids" = s.ids, "assigned" = cardinality(s.ids) > 0
	FROM (
		SELECT c.id, coalesce(
			(SELECT array_agg(a."user_id" ORDER BY a."user_id") FROM "ticket_assignees" AS a WHERE a."ticket_id" = c.id),
			'{}') AS ids
		FROM (SELECT DISTINCT "ticket_id" AS id FROM changed_rows) AS c
	) AS s
	WHERE t."id" = s.id AND t."assignee_ids" IS DISTINCT FROM s.ids;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "ticket_assignees_added" AFTER INSERT ON "ticket_assignees"
REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_assignees_sync"();--> statement-breakpoint
CREATE TRIGGER "ticket_assignees_removed" AFTER DELETE ON "ticket_assignees"
REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_assignees_sync"();--> statement-breakpoint
CREATE FUNCTION "ticket_labels_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "tickets" AS t SET "labels" = s.names
	FROM (
		SELECT c.id, coalesce(
			(SELECT array_agg(l."label" ORDER BY l."label") FROM "ticket_labels" AS l WHERE l."ticket_id" = c.id),
			'{}') AS names
		FROM (SELECT DISTINCT "ticket_id" AS id FROM changed_rows) AS c
	) AS s
	WHERE t."id" = s.id AND t."labels" IS DISTINCT FROM s.names;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "ticket_labels_added" AFTER INSERT ON "ticket_labels"
REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_labels_sync"();--> statement-breakpoint
CREATE TRIGGER "ticket_labels_removed" AFTER DELETE ON "ticket_labels"
REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_labels_sync"();--> statement-breakpoint
-- The report counts from scratch (the migration, and a bulk load that ran with triggers off).
CREATE FUNCTION "report_rollups_rebuild"() RETURNS void LANGUAGE sql AS $$
	DELETE FROM "ticket_counts";
	INSERT INTO "ticket_counts" ("project_id", "status", "assigned", "has_due", "n", "folded")
	SELECT "project_id", "status", "assigned", "due_date" IS NOT NULL, count(*), true FROM "tickets"
	WHERE "deleted_at" IS NULL GROUP BY 1, 2, 3, 4;
	DELETE FROM "open_due_counts";
	INSERT INTO "open_due_counts" ("project_id", "due_date", "n", "folded")
	SELECT "project_id", "due_date", count(*), true FROM "tickets"
	WHERE "deleted_at" IS NULL AND "status" <> 'closed' AND "due_date" IS NOT NULL GROUP BY 1, 2;
	DELETE FROM "ticket_flow_counts";
	INSERT INTO "ticket_flow_counts" ("project_id", "hour", "created", "closed", "folded")
	SELECT "project_id", "hour", sum("created"), sum("closed"), true FROM (
		SELECT "project_id", date_trunc('hour', "created_at", 'UTC') AS "hour", 1 AS "created", 0 AS "closed"
		FROM "tickets" WHERE "deleted_at" IS NULL
		UNION ALL
		SELECT "project_id", date_trunc('hour', "closed_at", 'UTC'), 0, 1
		FROM "tickets" WHERE "deleted_at" IS NULL AND "closed_at" IS NOT NULL
	) AS flow GROUP BY 1, 2;
	DELETE FROM "activity_counts";
	INSERT INTO "activity_counts" ("project_id", "day", "user_id", "transitions", "closed", "comments", "folded")
	SELECT "project_id", "day", "user_id", sum("transitions"), sum("closed"), sum("comments"), true FROM (
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
SELECT "report_rollups_rebuild"();--> statement-breakpoint
-- Folds the rows of each key with rows appended since the last run into one (dropping keys that sum
-- to zero). Rows appended meanwhile are not seen and stay; two runs at once each delete a row at most
-- once, so no count is lost or doubled.
CREATE FUNCTION "report_rollups_compact"() RETURNS void LANGUAGE sql AS $$
	WITH k AS (SELECT DISTINCT "project_id", "status", "assigned", "has_due" FROM "ticket_counts" WHERE NOT "folded"),
	gone AS (
		DELETE FROM "ticket_counts" AS c USING k
		WHERE (c."project_id", c."status", c."assigned", c."has_due") = (k."project_id", k."status", k."assigned", k."has_due")
		RETURNING c.*
	)
	INSERT INTO "ticket_counts" ("project_id", "status", "assigned", "has_due", "n", "folded")
	SELECT "project_id", "status", "assigned", "has_due", sum("n"), true FROM gone GROUP BY 1, 2, 3, 4 HAVING sum("n") <> 0;
	WITH k AS (SELECT DISTINCT "due_date", "project_id" FROM "open_due_counts" WHERE NOT "folded"),
	gone AS (
		DELETE FROM "open_due_counts" AS c USING k
		WHERE (c."due_date", c."project_id") = (k."due_date", k."project_id")
		RETURNING c.*
	)
	INSERT INTO "open_due_counts" ("project_id", "due_date", "n", "folded")
	SELECT "project_id", "due_date", sum("n"), true FROM gone GROUP BY 1, 2 HAVING sum("n") <> 0;
	WITH k AS (SELECT DISTINCT "hour", "project_id" FROM "ticket_flow_counts" WHERE NOT "folded"),
	gone AS (
		DELETE FROM "ticket_flow_counts" AS c USING k
		WHERE (c."hour", c."project_id") = (k."hour", k."project_id")
		RETURNING c.*
	)
	INSERT INTO "ticket_flow_counts" ("project_id", "hour", "created", "closed", "folded")
	SELECT "project_id", "hour", sum("created"), sum("closed"), true FROM gone
	GROUP BY 1, 2 HAVING sum("created") <> 0 OR sum("closed") <> 0;
	WITH k AS (SELECT DISTINCT "day", "project_id", "user_id" FROM "activity_counts" WHERE NOT "folded"),
	gone AS (
		DELETE FROM "activity_counts" AS c USING k
		WHERE (c."day", c."project_id", c."user_id") = (k."day", k."project_id", k."user_id")
		RETURNING c.*
	)
	INSERT INTO "activity_counts" ("project_id", "day", "user_id", "transitions", "closed", "comments", "folded")
	SELECT "project_id", "day", "user_id", sum("transitions"), sum("closed"), sum("comments"), true FROM gone
	GROUP BY 1, 2, 3 HAVING sum("transitions") <> 0 OR sum("comments") <> 0;
$$;--> statement-breakpoint
-- Tickets: what each statement added and took away, by key, netted (an edit of a title nets to nothing).
-- Deleting or restoring a ticket (or moving it) also moves its people's activity. A hard delete takes
-- only the ticket's own counts: nothing in the app hard-deletes tickets; after one by hand, run
-- report_rollups_rebuild().
CREATE FUNCTION "ticket_rollups_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO "ticket_counts" ("project_id", "status", "assigned", "has_due", "n")
		SELECT "project_id", "status", "assigned", "due_date" IS NOT NULL, count(*) FROM new_rows
		WHERE "deleted_at" IS NULL GROUP BY 1, 2, 3, 4;
		INSERT INTO "open_due_counts" ("project_id", "due_date", "n")
		SELECT "project_id", "due_date", count(*) FROM new_rows
		WHERE "deleted_at" IS NULL AND "status" <> 'closed' AND "due_date" IS NOT NULL GROUP BY 1, 2;
		INSERT INTO "ticket_flow_counts" ("project_id", "hour", "created", "closed")
		SELECT "project_id", "hour", sum("created"), sum("closed") FROM (
			SELECT "project_id", date_trunc('hour', "created_at", 'UTC') AS "hour", 1 AS "created", 0 AS "closed"
			FROM new_rows WHERE "deleted_at" IS NULL
			UNION ALL
			SELECT "project_id", date_trunc('hour', "closed_at", 'UTC'), 0, 1
			FROM new_rows WHERE "deleted_at" IS NULL AND "closed_at" IS NOT NULL
		) AS flow GROUP BY 1, 2;
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO "ticket_counts" ("project_id", "status", "assigned", "has_due", "n")
		SELECT "project_id", "status", "assigned", "due_date" IS NOT NULL, -count(*) FROM old_rows
		WHERE "deleted_at" IS NULL GROUP BY 1, 2, 3, 4;
		INSERT INTO "open_due_counts" ("project_id", "due_date", "n")
		SELECT "project_id", "due_date", -count(*) FROM old_rows
		WHERE "deleted_at" IS NULL AND "status" <> 'closed' AND "due_date" IS NOT NULL GROUP BY 1, 2;
		INSERT INTO "ticket_flow_counts" ("project_id", "hour", "created", "closed")
		SELECT "project_id", "hour", sum("created"), sum("closed") FROM (
			SELECT "project_id", date_trunc('hour', "created_at", 'UTC') AS "hour", -1 AS "created", 0 AS "closed"
			FROM old_rows WHERE "deleted_at" IS NULL
			UNION ALL
			SELECT "project_id", date_trunc('hour', "closed_at", 'UTC'), 0, -1
			FROM old_rows WHERE "deleted_at" IS NULL AND "closed_at" IS NOT NULL
		) AS flow GROUP BY 1, 2;
	ELSE
		INSERT INTO "ticket_counts" ("project_id", "status", "assigned", "has_due", "n")
		SELECT "project_id", "status", "assigned", has_due, sum(d) FROM (
			SELECT "project_id", "status", "assigned", "due_date" IS NOT NULL AS has_due, -1 AS d FROM old_rows
			WHERE "deleted_at" IS NULL
			UNION ALL
			SELECT "project_id", "status", "assigned", "due_date" IS NOT NULL, 1 FROM new_rows WHERE "deleted_at" IS NULL
		) AS signed GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0;
		INSERT INTO "open_due_counts" ("project_id", "due_date", "n")
		SELECT "project_id", "due_date", sum(d) FROM (
			SELECT "project_id", "due_date", -1 AS d FROM old_rows
			WHERE "deleted_at" IS NULL AND "status" <> 'closed' AND "due_date" IS NOT NULL
			UNION ALL
			SELECT "project_id", "due_date", 1 FROM new_rows
			WHERE "deleted_at" IS NULL AND "status" <> 'closed' AND "due_date" IS NOT NULL
		) AS signed GROUP BY 1, 2 HAVING sum(d) <> 0;
		INSERT INTO "ticket_flow_counts" ("project_id", "hour", "created", "closed")
		SELECT "project_id", "hour", sum("created"), sum("closed") FROM (
			SELECT "project_id", date_trunc('hour', "created_at", 'UTC') AS "hour", -1 AS "created", 0 AS "closed"
			FROM old_rows WHERE "deleted_at" IS NULL
			UNION ALL
			SELECT "project_id", date_trunc('hour', "closed_at", 'UTC'), 0, -1
			FROM old_rows WHERE "deleted_at" IS NULL AND "closed_at" IS NOT NULL
			UNION ALL
			SELECT "project_id", date_trunc('hour', "created_at", 'UTC'), 1, 0 FROM new_rows WHERE "deleted_at" IS NULL
			UNION ALL
			SELECT "project_id", date_trunc('hour', "closed_at", 'UTC'), 0, 1
			FROM new_rows WHERE "deleted_at" IS NULL AND "closed_at" IS NOT NULL
		) AS flow GROUP BY 1, 2 HAVING sum("created") <> 0 OR sum("closed") <> 0;
		-- A ticket whose project or liveness changed: its old state leaves (EXCEPT: no join of the two
		-- transition tables, which have no index), its new state arrives, with its people's activity.
		INSERT INTO "activity_counts" ("project_id", "day", "user_id", "transitions", "closed", "comments")
		SELECT "project_id", "day", "user_id", sum("transitions"), sum("closed"), sum("comments") FROM (
			SELECT m."project_id", done."day", done."user_id", m.sign * done."transitions" AS "transitions",
				m.sign * done."closed" AS "closed", m.sign * done."comments" AS "comments"
			FROM (
				(SELECT "id", "project_id", -1 AS sign FROM old_rows WHERE "deleted_at" IS NULL
					EXCEPT SELECT "id", "project_id", -1 FROM new_rows WHERE "deleted_at" IS NULL)
				UNION ALL
				(SELECT "id", "project_id", 1 AS sign FROM new_rows WHERE "deleted_at" IS NULL
					EXCEPT SELECT "id", "project_id", 1 FROM old_rows WHERE "deleted_at" IS NULL)
			) AS m
			CROSS JOIN LATERAL (
				SELECT (h."created_at" AT TIME ZONE 'UTC')::date AS "day", h."actor_id" AS "user_id",
					1 AS "transitions", (h."new_value" = '"closed"'::jsonb)::int AS "closed", 0 AS "comments"
				FROM "ticket_history" AS h
				WHERE h."ticket_id" = m."id" AND h."action" = 'transitioned' AND h."actor_id" IS NOT NULL
				UNION ALL
				SELECT (c."created_at" AT TIME ZONE 'UTC')::date, c."author_id", 0, 0, 1
				FROM "comments" AS c WHERE c."ticket_id" = m."id"
			) AS done
		) AS signed GROUP BY 1, 2, 3 HAVING sum("transitions") <> 0 OR sum("comments") <> 0;
	END IF;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "tickets_rollups_inserted" AFTER INSERT ON "tickets"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_rollups_sync"();--> statement-breakpoint
CREATE TRIGGER "tickets_rollups_updated" AFTER UPDATE ON "tickets"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_rollups_sync"();--> statement-breakpoint
CREATE TRIGGER "tickets_rollups_deleted" AFTER DELETE ON "tickets"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_rollups_sync"();--> statement-breakpoint
-- A transition counts for its person on the day it was made, if its ticket is live.
CREATE FUNCTION "history_rollups_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "activity_counts" ("project_id", "day", "user_id", "transitions", "closed", "comments")
	SELECT t."project_id", (h."created_at" AT TIME ZONE 'UTC')::date, h."actor_id", count(*),
		count(*) FILTER (WHERE h."new_value" = '"closed"'::jsonb), 0
	FROM new_rows AS h JOIN "tickets" AS t ON t."id" = h."ticket_id"
	WHERE h."action" = 'transitioned' AND h."actor_id" IS NOT NULL AND t."deleted_at" IS NULL
	GROUP BY 1, 2, 3;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "ticket_history_rollups" AFTER INSERT ON "ticket_history"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "history_rollups_sync"();--> statement-breakpoint
-- A comment counts for its author on the day it was written, if its ticket is live; a deleted one no more.
CREATE FUNCTION "comment_rollups_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "activity_counts" ("project_id", "day", "user_id", "transitions", "closed", "comments")
	SELECT t."project_id", (c."created_at" AT TIME ZONE 'UTC')::date, c."author_id", 0, 0,
		CASE WHEN TG_OP = 'INSERT' THEN count(*) ELSE -count(*) END
	FROM changed_rows AS c JOIN "tickets" AS t ON t."id" = c."ticket_id"
	WHERE t."deleted_at" IS NULL
	GROUP BY 1, 2, 3;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "comments_rollups_added" AFTER INSERT ON "comments"
REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "comment_rollups_sync"();--> statement-breakpoint
CREATE TRIGGER "comments_rollups_removed" AFTER DELETE ON "comments"
REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "comment_rollups_sync"();--> statement-breakpoint
CREATE INDEX "activity_counts_day_idx" ON "activity_counts" USING btree ("day","project_id","user_id");--> statement-breakpoint
CREATE INDEX "activity_counts_appended_idx" ON "activity_counts" USING btree ("day") WHERE not "activity_counts"."folded";--> statement-breakpoint
CREATE INDEX "open_due_counts_due_idx" ON "open_due_counts" USING btree ("due_date","project_id");--> statement-breakpoint
CREATE INDEX "open_due_counts_appended_idx" ON "open_due_counts" USING btree ("due_date") WHERE not "open_due_counts"."folded";--> statement-breakpoint
CREATE INDEX "ticket_counts_project_idx" ON "ticket_counts" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "ticket_counts_appended_idx" ON "ticket_counts" USING btree ("project_id") WHERE not "ticket_counts"."folded";--> statement-breakpoint
CREATE INDEX "ticket_flow_counts_hour_idx" ON "ticket_flow_counts" USING btree ("hour","project_id");--> statement-breakpoint
CREATE INDEX "ticket_flow_counts_appended_idx" ON "ticket_flow_counts" USING btree ("hour") WHERE not "ticket_flow_counts"."folded";--> statement-breakpoint
CREATE INDEX "comments_created_idx" ON "comments" USING btree ("created_at","ticket_id","author_id");--> statement-breakpoint
CREATE INDEX "ticket_history_transitions_idx" ON "ticket_history" USING btree ("created_at","ticket_id","actor_id") WHERE "ticket_history"."action" = 'transitioned';--> statement-breakpoint
CREATE INDEX "tickets_open_created_idx" ON "tickets" USING btree ("created_at","id","project_id","status") WHERE "tickets"."deleted_at" is null and "tickets"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "tickets_closed_idx" ON "tickets" USING btree ("closed_at","project_id","status","priority","created_at","started_at") WHERE "tickets"."deleted_at" is null and "tickets"."closed_at" is not null;--> statement-breakpoint
CREATE INDEX "tickets_created_idx" ON "tickets" USING btree ("created_at","id","project_id","status","priority","department_id","reporter_id","assigned","assignee_ids","labels") WHERE "tickets"."deleted_at" is null;
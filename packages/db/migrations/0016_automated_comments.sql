ALTER TABLE "comments" ADD COLUMN "automated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- A rule's comments are in its owner's name but not their activity (user activity leaves automations out).
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
		WHERE t."deleted_at" IS NULL AND NOT c."automated"
	) AS done GROUP BY 1, 2, 3;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "comment_rollups_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "activity_deltas" ("project_id", "day", "user_id", "transitions", "closed", "comments")
	SELECT t."project_id", (c."created_at" AT TIME ZONE 'UTC')::date, c."author_id", 0, 0,
		CASE WHEN TG_OP = 'INSERT' THEN count(*) ELSE -count(*) END
	FROM changed_rows AS c JOIN "tickets" AS t ON t."id" = c."ticket_id"
	WHERE t."deleted_at" IS NULL AND NOT c."automated"
	GROUP BY 1, 2, 3;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "ticket_rollups_row"() RETURNS trigger LANGUAGE plpgsql AS $$
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
			FROM "comments" AS c WHERE c."ticket_id" = NEW."id" AND NOT c."automated"
		) AS done
		GROUP BY 1, 2, 3;
	END IF;
	RETURN NULL;
END
$$;

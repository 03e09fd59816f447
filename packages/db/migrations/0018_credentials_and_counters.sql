CREATE SEQUENCE "public"."ticket_provisional_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 CYCLE;--> statement-breakpoint
ALTER TABLE "project_counters" ADD COLUMN "sla_version" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- Servers cache who a session or API token belongs to (issue 15). Any change that can end or narrow
-- a credential tells every server process at commit, whichever code (or person at a SQL prompt) made
-- it: the payload is the user's id, and each process forgets that user's cached credentials.
CREATE OR REPLACE FUNCTION "credentials_changed_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	changed record;
BEGIN
	IF TG_OP = 'DELETE' THEN
		changed := OLD;
	ELSE
		changed := NEW;
	END IF;
	-- Identical notifications of one transaction are delivered once: a bulk revoke sends one per user.
	IF TG_TABLE_NAME = 'users' THEN
		PERFORM pg_notify('credentials_changed', changed."id"::text);
	ELSE
		PERFORM pg_notify('credentials_changed', changed."user_id"::text);
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "users_credentials_changed" ON "users";
--> statement-breakpoint
CREATE TRIGGER "users_credentials_changed" AFTER UPDATE OF "role", "active", "password_hash" OR DELETE ON "users"
FOR EACH ROW EXECUTE FUNCTION "credentials_changed_notify"();
--> statement-breakpoint
DROP TRIGGER IF EXISTS "sessions_credentials_changed" ON "sessions";
--> statement-breakpoint
CREATE TRIGGER "sessions_credentials_changed" AFTER DELETE ON "sessions"
FOR EACH ROW EXECUTE FUNCTION "credentials_changed_notify"();
--> statement-breakpoint
DROP TRIGGER IF EXISTS "api_tokens_credentials_changed" ON "api_tokens";
--> statement-breakpoint
CREATE TRIGGER "api_tokens_credentials_changed" AFTER UPDATE OF "revoked_at", "expires_at" OR DELETE ON "api_tokens"
FOR EACH ROW EXECUTE FUNCTION "credentials_changed_notify"();

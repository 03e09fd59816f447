// Generated from the served OpenAPI document by `pnpm --filter @ticketing/client generate:rest-types`. Do not edit.
export interface paths {
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Self-registration, when the server allows it (ALLOW_REGISTRATION). New accounts get the `user` role and are signed in at once.
         */
        post: operations["auth-register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Returns a session token (send it as `Authorization: Bearer <token>`) and sets an HttpOnly session cookie. Ten failures in 15 minutes for one email or one client address answer 429 with Retry-After.
         */
        post: operations["auth-login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["auth-logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["auth-me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Requires the current password. Every other session of the user is signed out.
         */
        post: operations["auth-changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your active sessions */
        get: operations["auth-sessions-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of your sessions */
        delete: operations["auth-sessions-revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (without secrets) */
        get: operations["auth-tokens-list"];
        put?: never;
        /**
         * Create an API token
         * @description For scripts and integrations. The token (`tkt_…`) is shown once; only its hash is kept. It acts as you, never beyond your current role and memberships; a `read` token cannot change anything. Requires a signed-in session (a token cannot mint tokens).
         */
        post: operations["auth-tokens-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token
         * @description Takes effect at once: the next request with the token gets 401.
         */
        delete: operations["auth-tokens-revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Managers and admins. Sorted by name; pass `nextCursor` back as `cursor` for the next page.
         */
        get: operations["users-list"];
        put?: never;
        /** Create a user (admin) */
        post: operations["users-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["users-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Admins change name, role, department and active flag; anyone may change their own name. Only an admin grants admin; the last active admin cannot be demoted.
         */
        patch: operations["users-update"];
        trace?: never;
    };
    "/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user (admin)
         * @description Signs the user out of every session at once; they can no longer sign in.
         */
        post: operations["users-deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List departments */
        get: operations["departments-list"];
        put?: never;
        /** Create a department (admin) */
        post: operations["departments-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your projects
         * @description Every project for an admin; otherwise the projects you are a member of.
         */
        get: operations["projects-list"];
        put?: never;
        /**
         * Create a project (manager, admin)
         * @description The key (e.g. `OPS`) is unique, case-insensitively, and never changes. The creator becomes a lead.
         */
        post: operations["projects-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a project */
        get: operations["projects-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a project (lead, manager, admin) */
        patch: operations["projects-update"];
        trace?: never;
    };
    "/projects/{key}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a project
         * @description An archived project keeps its tickets readable but takes no new tickets or edits.
         */
        post: operations["projects-archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{key}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unarchive a project */
        post: operations["projects-unarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{key}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create tickets from CSV, all or none (lead, manager, admin); dryRun checks every row first
         * @description Body: `{ "csv": "title,priority,assignees\r\nPrinter on fire,high,ana@example.com", "dryRun": true }`. A dry run answers every row's problems and writes nothing; otherwise one bad row refuses the whole import (422 E_BULK_REJECTED with `details.failures`). At most 10,000 rows, within the 1 MB body limit. With `Accept: application/x-ndjson` an import that passed its checks streams its progress, a JSON object per line: `{"progress":{"phase":"checked"|"created","done":…,"total":…}}`, then `{"result":{…}}` or, on a failure while writing (nothing is kept), the error object.
         */
        post: operations["projects-import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{key}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List project members */
        get: operations["projects-members-list"];
        put?: never;
        /**
         * Add a member (lead, manager, admin)
         * @description Roles: `viewer` reads, `member` creates, edits, comments and moves tickets, `lead` also manages the project.
         */
        post: operations["projects-members-add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{key}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member */
        delete: operations["projects-members-remove"];
        options?: never;
        head?: never;
        /** Change a member's project role */
        patch: operations["projects-members-update"];
        trace?: never;
    };
    "/projects/{projectKey}/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's SLA policy: targets by priority, business hours (null: none) */
        get: operations["projects-sla-get"];
        /** Set a project's SLA policy (lead, manager, admin); its open tickets' clocks are recomputed. No targets removes it */
        put: operations["projects-sla-put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search tickets
         * @description Filters combine with AND; `status` and `priority` take several comma-separated values. `q` is full-text search over key, title and description (the last word matches as a prefix), ranked by relevance (for a term common among recent tickets, among the 5,000 most recently updated ones). Pages are keyset-paginated: pass `nextCursor` back as `cursor` with the same filters and sort. `includeTotal=true` adds the total count.
         */
        get: operations["tickets-list"];
        put?: never;
        /**
         * Create a ticket
         * @description Members of the project create tickets; the key is the project key and the next number (TSK-1001). Assignees must be project members. The reporter and assignees watch the ticket.
         */
        post: operations["tickets-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a ticket by key */
        get: operations["tickets-get"];
        put?: never;
        post?: never;
        /**
         * Delete a ticket (lead, manager, admin)
         * @description A soft delete: the ticket leaves lists and searches and can be restored.
         */
        delete: operations["tickets-delete"];
        options?: never;
        head?: never;
        /**
         * Edit a ticket
         * @description Send the `version` you read; if someone changed the ticket since, the answer is 409 E_CONFLICT with the current version and the fields that changed.
         */
        patch: operations["tickets-update"];
        trace?: never;
    };
    "/tickets/{key}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a ticket to another status
         * @description Allowed moves: open → in_progress, closed; in_progress → open, closed, blocked; blocked → in_progress, open; closed → open, in_progress. Any other is 422 E_INVALID_TRANSITION with the allowed targets in `details.allowed`. Closing sets closedAt, reopening clears it.
         */
        post: operations["tickets-transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{key}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the assignees
         * @description Replaces the set of assignees (project members only); send the version you read.
         */
        post: operations["tickets-assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{key}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a deleted ticket */
        post: operations["tickets-restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{key}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ticket history, oldest first
         * @description Every change: fields (old and new value), transitions, assignments, labels and comments, with who and when.
         */
        get: operations["tickets-history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{key}/watch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you watch a ticket */
        get: operations["tickets-watching"];
        put?: never;
        /** Watch a ticket */
        post: operations["tickets-watch"];
        /** Stop watching a ticket */
        delete: operations["tickets-unwatch"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update up to 100 tickets at once
         * @description Status, priority, assignees and labels, in one transaction: all or nothing. If any ticket is refused (stale version, invalid move, no permission…), nothing changes and the answer is 422 E_BULK_REJECTED with `details.failures` listing each refused ticket and why.
         */
        post: operations["tickets-bulkUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{key}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List comments, oldest first */
        get: operations["tickets-comments-list"];
        put?: never;
        /** Comment on a ticket */
        post: operations["tickets-comments-add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{key}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment
         * @description The author, a project lead (or a manager in the project) or an admin.
         */
        delete: operations["tickets-comments-delete"];
        options?: never;
        head?: never;
        /** Edit your comment */
        patch: operations["tickets-comments-edit"];
        trace?: never;
    };
    "/tickets/{key}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's attachments, oldest first, with download URLs valid for 5 minutes */
        get: operations["attachments-list"];
        put?: never;
        /**
         * Start an upload: a URL that accepts exactly this file for 15 minutes
         * @description PUT the bytes to uploadUrl with the returned headers and a Content-Length of the declared size, then call POST /attachments/{id}/complete. Members who may edit the ticket; at most ATTACHMENT_MAX_BYTES (413 E_PAYLOAD_TOO_LARGE); types and extensions that could run in a browser or a desktop are refused (E_VALIDATION).
         */
        post: operations["attachments-createUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish an upload: checks the stored file, then adds it to the ticket
         * @description For an upload in parts, send `parts: [{ partNumber, etag }]`. E_CONFLICT while nothing was uploaded; E_VALIDATION when the size or the declared SHA-256 does not match (the stored bytes are discarded: upload again). Completing twice answers the same attachment.
         */
        post: operations["attachments-complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attachment with a fresh download URL (valid for 5 minutes) */
        get: operations["attachments-get"];
        put?: never;
        post?: never;
        /** Remove an attachment from its ticket (its uploader, the lead, a manager, an admin) */
        delete: operations["attachments-delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your views and those shared with your projects; list one with GET /tickets?view={id} */
        get: operations["views-list"];
        put?: never;
        /** Save a ticket list view (personal, or shared with a project by its lead, a manager, an admin) */
        post: operations["views-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a view */
        delete: operations["views-delete"];
        options?: never;
        head?: never;
        /** Change a view (a personal one: its owner; a shared one: whoever runs the project) */
        patch: operations["views-update"];
        trace?: never;
    };
    "/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where things stand: by status, created and closed today and in 7 days, overdue, unassigned, the oldest open */
        get: operations["reports-dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets created in the period by status, priority, department, assignee, label or project, open and closed */
        get: operations["reports-breakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/created-vs-resolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Created and resolved per day, week or month in the time zone, empty buckets included */
        get: operations["reports-createdVsResolved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/cycle-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lead and cycle time (median, p75, p90 in seconds) of tickets closed in the period, by priority */
        get: operations["reports-cycleTime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/aging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open tickets by age (< 1 d, 1–7 d, 7–30 d, 30–90 d, > 90 d) and status */
        get: operations["reports-aging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/user-activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per person in the period: tickets created and closed, transitions, comments */
        get: operations["reports-userActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/sla-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SLA targets met and missed in the period, by week and priority (first response, resolution) */
        get: operations["reports-slaCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event feed: what happened in your projects, oldest first
         * @description For tools that poll rather than take webhooks. Start with `after=0` (or the last id you stored), then pass `nextAfter` back as `after`. Events are handed out in id order and never skipped: an event that commits late with a smaller id is held back until nothing before it is in flight. Only projects you can read; `projectKeys` and `types` narrow it.
         */
        get: operations["events-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{key}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a project's webhooks (lead, manager, admin) */
        get: operations["webhooks-list"];
        put?: never;
        /**
         * Add a webhook to a project (lead, manager, admin)
         * @description Events of the project (all, or the listed `eventTypes`) are POSTed to `url`, signed the Standard Webhooks way. The answer carries the signing `secret`, shown only this once. The URL must be https and reach a public address. At most 20 webhooks per project.
         */
        post: operations["webhooks-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook (lead, manager, admin of its project) */
        get: operations["webhooks-get"];
        put?: never;
        post?: never;
        /** Delete a webhook and its delivery log */
        delete: operations["webhooks-delete"];
        options?: never;
        head?: never;
        /**
         * Change a webhook’s URL, event types or active flag
         * @description Turning a webhook back on (`active: true`) clears its failing streak.
         */
        patch: operations["webhooks-update"];
        trace?: never;
    };
    "/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a signed `webhook.test` message now and report the answer
         * @description Sent like a delivery (signature, address checks, timeout), even to a webhook that is turned off; not recorded and not retried.
         */
        post: operations["webhooks-test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret (the new one is shown only now)
         * @description For 24 hours the old secret signs too: `webhook-signature` carries both signatures, so receivers can switch without losing a message.
         */
        post: operations["webhooks-rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook’s deliveries, newest first
         * @description One per event sent: state, attempts, and the last attempt’s response code, duration and error, with the next attempt’s time. Keyset-paginated: pass `nextCursor` back as `cursor`.
         */
        get: operations["webhooks-deliveries-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description A new attempt now, with a fresh retry schedule and the same `webhook-id`. 409 while the delivery is still being attempted, or when the webhook is turned off.
         */
        post: operations["webhooks-deliveries-redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The automation rules you manage: of the projects you run, and (admins) the global ones */
        get: operations["workflows-list"];
        put?: never;
        /**
         * Create an automation rule: of a project (its lead, a manager, an admin) or global (admins)
         * @description A trigger (an event, or a schedule), conditions in the query language, and actions in order. Disabled unless `enabled`; version 1.
         */
        post: operations["workflows-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An automation rule */
        get: operations["workflows-get"];
        put?: never;
        post?: never;
        /** Delete a rule */
        delete: operations["workflows-delete"];
        options?: never;
        head?: never;
        /** Change a rule: the next version (send the version you edited; a newer one is 409) */
        patch: operations["workflows-update"];
        trace?: never;
    };
    "/workflows/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a rule on */
        post: operations["workflows-enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a rule off */
        post: operations["workflows-disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rule's run log, newest first: matched or not and why, each action's before and after, the outcome */
        get: operations["workflows-runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a rule (saved or not) would do on the latest events it matches, or on the tickets its schedule would touch, without writing anything
         * @description The rule's definition as for POST /workflows, plus `events` (default 20, at most 100): how many events, or for a schedule how many tickets, to try. Each try runs the conditions and actions as you, in a transaction that is rolled back.
         */
        post: operations["workflows-dryRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your inbox, newest first
         * @description What happened on tickets you watch, were assigned or were mentioned on, caused by someone else: one notification per event, with the most specific reason (assigned, mentioned, status, commented, updated). Only projects you can still read. `unread=true` for unread only; keyset pages: pass `nextCursor` back as `cursor`.
         */
        get: operations["notifications-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark notifications read
         * @description `{ "ids": [...] }` (up to 100 of yours; ids that are not yours are ignored) or `{ "all": true }`. Answers the unread count that is left.
         */
        post: operations["notifications-markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread */
        get: operations["notifications-unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log: every change, in every project and to every account (admin)
         * @description The same events as the feed, plus changes to users, roles, API tokens and departments. `actor` narrows to what one user did. Page with `after` and `nextAfter`.
         */
        get: operations["admin-audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs: counts by queue and state, the oldest due job, recent failures (admin) */
        get: operations["admin-jobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event feed, live: a text/event-stream of what happens in your projects
         * @description The events of `GET /events` (same scope: only projects you can read; same `projectKeys` and `types` filters) as server-sent events, as they commit, for tools such as an EventSource or `curl -N`.
         *
         *     Each event is one message: `id:` is its id and `data:` the event as JSON (the `Event` schema). A comment line (`: heartbeat`) comes every 15 s.
         *
         *     To resume without a gap, reconnect with the last id you received as the `Last-Event-ID` header (an EventSource does this by itself) or the `lastEventId` parameter: every event after it comes first, then live ones. Without either the stream starts now.
         *
         *     The server ends a stream after 5 minutes, when it stops, or when the client does not keep up: reconnect and resume. A stream whose credential is revoked ends and its reconnection is refused (401). At most 10 streams per user are open at once on a server (429 past that). Opening a stream counts against the rate limit.
         */
        get: operations["events-stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every ticket a query finds, as CSV (streamed)
         * @description RFC 4180, UTF-8 with a byte order mark and a header row; cells starting with =, +, -, @, tab or CR get a leading `'` (no formula injection). Oldest first, read a batch at a time: a million rows stream with flat server memory. An error found before the first byte is the usual JSON error; one in the middle cuts the response off. Reports take `format=csv` for the same.
         */
        get: operations["tickets-export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SlaPolicyDefinition: {
            /** @description By priority; a priority without targets has no SLA */
            targets: {
                low?: components["schemas"]["SlaTarget"];
                medium?: components["schemas"]["SlaTarget"];
                high?: components["schemas"]["SlaTarget"];
                critical?: components["schemas"]["SlaTarget"];
            };
            /** @description Count only working time; absent: the clock runs around the clock */
            businessHours?: components["schemas"]["SlaBusinessHours"];
        };
        SlaTarget: {
            /** @description Until the first response (a member’s comment, or leaving open) */
            firstResponseMinutes?: number;
            /** @description Until the ticket is closed */
            resolutionMinutes?: number;
        };
        SlaBusinessHours: {
            /** @default UTC */
            timeZone: string;
            /**
             * @default [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri"
             *     ]
             */
            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /** @default 09:00 */
            start: string;
            /** @default 17:00 */
            end: string;
            /** @default [] */
            holidays: string[];
        };
        AuthResult: {
            /** @description Session token: send as `Authorization: Bearer <token>` */
            token: string;
            expiresAt: string;
            user: components["schemas"]["User"];
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /**
             * @description user, manager or admin
             * @enum {string}
             */
            role: "user" | "manager" | "admin";
            departmentId: string | null;
            active: boolean;
            createdAt: string;
            updatedAt: string;
        };
        Session: {
            /** @description Public id of the session (a prefix of its hash), for revoking it */
            id: string;
            current: boolean;
            createdAt: string;
            lastUsedAt: string;
            expiresAt: string;
            userAgent: string | null;
            ipAddress: string | null;
        };
        CreatedApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            scopes: ("read" | "write")[];
            expiresAt: string | null;
            lastUsedAt: string | null;
            createdAt: string;
            /** @description The secret, shown only once: send it as `Authorization: Bearer <token>` */
            token: string;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            scopes: ("read" | "write")[];
            expiresAt: string | null;
            lastUsedAt: string | null;
            createdAt: string;
        };
        Department: {
            /** Format: uuid */
            id: string;
            name: string;
            createdAt: string;
            updatedAt: string;
        };
        Project: {
            /** Format: uuid */
            id: string;
            key: string;
            name: string;
            description: string;
            leadId: string | null;
            archived: boolean;
            myRole: ("viewer" | "member" | "lead") | null;
            myPermissions: ("project:read" | "project:manage" | "ticket:read" | "ticket:create" | "ticket:edit" | "ticket:transition" | "ticket:comment" | "ticket:delete" | "comment:moderate" | "attachment:moderate")[];
            createdAt: string;
            updatedAt: string;
        };
        ImportResult: {
            dryRun: boolean;
            rows: number;
            /** @description The keys of the new tickets, in row order (none on a dry run) */
            created: string[];
            /** @description Every row that cannot be imported, and why (a dry run only; otherwise an error) */
            failures: {
                /** @description 1-based, header excluded */
                row: number;
                fields: {
                    [key: string]: string[];
                };
            }[];
        };
        ProjectMember: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "viewer" | "member" | "lead";
            createdAt: string;
        };
        SlaPolicy: {
            projectKey: string;
            /** @description null: the project has no SLA */
            policy: components["schemas"]["SlaPolicyDefinitionOutput"] | null;
            updatedAt: string | null;
        };
        TicketPage: {
            items: components["schemas"]["Ticket"][];
            nextCursor: string | null;
            total?: number;
        };
        Ticket: {
            /** Format: uuid */
            id: string;
            key: string;
            projectKey: string;
            number: number;
            title: string;
            description: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "blocked" | "closed";
            /** @description The statuses this ticket may move to from its status now (the transition table) */
            allowedTransitions: ("open" | "in_progress" | "blocked" | "closed")[];
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            departmentId: string | null;
            reporter: components["schemas"]["PersonRef"];
            assignees: components["schemas"]["PersonRef"][];
            labels: string[];
            dueDate: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            closedAt: string | null;
            startedAt: string | null;
            /** @description SLA clocks from the project’s policy (all null without one) */
            sla: components["schemas"]["TicketSla"];
        };
        PersonRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        TicketSla: {
            /** @description null: no target; kept once met; while paused, as it was when the pause began */
            firstResponseDueAt: string | null;
            firstRespondedAt: string | null;
            /** @description null: no target; kept once closed; while paused, as it was when the pause began */
            resolutionDueAt: string | null;
            firstResponseBreached: boolean;
            resolutionBreached: boolean;
            /** @description A running target has used 80 % of its time */
            atRisk: boolean;
            /** @description Blocked: the clocks stand still */
            paused: boolean;
        };
        HistoryEntry: {
            id: number;
            /** @enum {string} */
            action: "created" | "updated" | "transitioned" | "assigned" | "unassigned" | "labeled" | "unlabeled" | "comment_added" | "comment_edited" | "comment_deleted" | "deleted" | "restored" | "attachment_added" | "attachment_deleted";
            field: string | null;
            oldValue: unknown;
            newValue: unknown;
            version: number;
            /**
             * @description user; or system, automation (then actor is null)
             * @enum {string}
             */
            actorKind: "user" | "system" | "automation";
            actor: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description For a change an automation rule made: the rule (its name now, or as it was if deleted) */
            rule: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            createdAt: string;
        };
        Comment: {
            /** Format: uuid */
            id: string;
            ticketKey: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            body: string;
            edited: boolean;
            /** @description Written by an automation rule, in its owner's name */
            automated: boolean;
            createdAt: string;
            updatedAt: string;
        };
        AttachmentUpload: {
            /** Format: uuid */
            attachmentId: string;
            /** @description Absolute for S3; relative to this server for the local storage; null when the file goes in parts */
            uploadUrl: string | null;
            /** @constant */
            method: "PUT";
            /** @description Send these exactly, and a Content-Length of the declared size */
            headers: {
                [key: string]: string;
            };
            /** @description Large files on S3: PUT each slice to its URL, then complete with every part’s ETag; empty otherwise */
            parts: {
                partNumber: number;
                url: string;
                /** @description Where the slice starts in the file */
                offset: number;
                /** @description Its bytes (the Content-Length, signed into the URL) */
                size: number;
            }[];
            expiresAt: string;
        };
        Attachment: {
            /** Format: uuid */
            id: string;
            ticketKey: string;
            fileName: string;
            contentType: string;
            size: number;
            sha256: string | null;
            /** @enum {string} */
            state: "pending" | "ready";
            uploader: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            inline: boolean;
            downloadUrl: string | null;
            thumbnailUrl: string | null;
            createdAt: string;
            completedAt: string | null;
        };
        SavedView: {
            /** Format: uuid */
            id: string;
            name: string;
            query: string;
            sort: ("created" | "updated" | "priority" | "due" | "key" | "relevance") | null;
            order: ("asc" | "desc") | null;
            columns: ("status" | "priority" | "assignees" | "labels" | "due" | "updated")[] | null;
            projectKey: string | null;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            editable: boolean;
            createdAt: string;
            updatedAt: string;
        };
        DashboardReport: {
            byStatus: {
                open: number;
                in_progress: number;
                blocked: number;
                closed: number;
            };
            createdToday: number;
            createdLast7Days: number;
            closedToday: number;
            closedLast7Days: number;
            overdue: number;
            /** @description Not closed and assigned to nobody */
            unassigned: number;
            /** @description Not closed, with an SLA target missed */
            slaBreached: number;
            /** @description The five oldest tickets not closed */
            oldestOpen: {
                key: string;
                title: string;
                /** @enum {string} */
                status: "open" | "in_progress" | "blocked" | "closed";
                /** @enum {string} */
                priority: "low" | "medium" | "high" | "critical";
                createdAt: string;
            }[];
        };
        BreakdownReport: {
            /** @enum {string} */
            by: "status" | "priority" | "department" | "assignee" | "label" | "project";
            rows: {
                value: string | null;
                label: string;
                /** @description Not closed */
                open: number;
                closed: number;
                total: number;
            }[];
        };
        CreatedVsResolvedReport: {
            /** @enum {string} */
            interval: "day" | "week" | "month";
            buckets: {
                /** @description The local date the bucket begins */
                start: string;
                created: number;
                resolved: number;
            }[];
        };
        CycleTimeReport: {
            rows: {
                /** @description null: all priorities */
                priority: ("low" | "medium" | "high" | "critical") | null;
                /** @description created → closed */
                leadTime: {
                    count: number;
                    median: number | null;
                    p75: number | null;
                    p90: number | null;
                };
                /** @description first in progress → closed */
                cycleTime: {
                    count: number;
                    median: number | null;
                    p75: number | null;
                    p90: number | null;
                };
            }[];
        };
        AgingReport: {
            rows: {
                /** @enum {string} */
                age: "<1d" | "1-7d" | "7-30d" | "30-90d" | ">90d";
                open: number;
                in_progress: number;
                blocked: number;
                total: number;
            }[];
        };
        UserActivityReport: {
            rows: {
                user: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                created: number;
                closed: number;
                transitions: number;
                comments: number;
            }[];
        };
        SlaComplianceReport: {
            rows: {
                /** @description The Monday the week starts, in the time zone (YYYY-MM-DD) */
                week: string;
                /** @enum {string} */
                priority: "low" | "medium" | "high" | "critical";
                /** @description Responded in the week (met or late), or missed in it while unanswered */
                firstResponse: {
                    met: number;
                    breached: number;
                };
                /** @description Closed in the week (met or late), or missed in it while open */
                resolution: {
                    met: number;
                    breached: number;
                };
            }[];
            totals: {
                firstResponse: {
                    met: number;
                    breached: number;
                };
                resolution: {
                    met: number;
                    breached: number;
                };
            };
        };
        EventPage: {
            items: components["schemas"]["Event"][];
            /** @description Pass as `after` for the next page; equal to `after` when nothing is new */
            nextAfter: number;
        };
        Event: {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "ticket.created";
            data: {
                key: string;
                version: number;
                title: string;
                /** @enum {string} */
                status: "open" | "in_progress" | "blocked" | "closed";
                /** @enum {string} */
                priority: "low" | "medium" | "high" | "critical";
                /** Format: uuid */
                reporterId: string;
                assigneeIds: string[];
                labels: string[];
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "ticket.updated";
            data: {
                key: string;
                version: number;
                changes: {
                    title?: {
                        old: string;
                        new: string;
                    };
                    description?: {
                        old: string;
                        new: string;
                    };
                    priority?: {
                        /** @enum {string} */
                        old: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        new: "low" | "medium" | "high" | "critical";
                    };
                    departmentId?: {
                        old: string | null;
                        new: string | null;
                    };
                    dueDate?: {
                        old: string | null;
                        new: string | null;
                    };
                    labels?: {
                        old: string[];
                        new: string[];
                    };
                };
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "ticket.transitioned";
            data: {
                key: string;
                version: number;
                /** @enum {string} */
                from: "open" | "in_progress" | "blocked" | "closed";
                /** @enum {string} */
                to: "open" | "in_progress" | "blocked" | "closed";
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "ticket.assigned";
            data: {
                key: string;
                version: number;
                added: string[];
                removed: string[];
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "sla.warning";
            data: {
                key: string;
                version: number;
                /** @enum {string} */
                target: "firstResponse" | "resolution";
                dueAt: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "sla.breached";
            data: {
                key: string;
                version: number;
                /** @enum {string} */
                target: "firstResponse" | "resolution";
                dueAt: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "ticket.deleted";
            data: {
                key: string;
                version: number;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "ticket.restored";
            data: {
                key: string;
                version: number;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "comment.added";
            data: {
                key: string;
                version: number;
                /** Format: uuid */
                commentId: string;
                /** Format: uuid */
                authorId: string;
                body: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "comment.edited";
            data: {
                key: string;
                version: number;
                /** Format: uuid */
                commentId: string;
                /** Format: uuid */
                authorId: string;
                before: string;
                after: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "comment.deleted";
            data: {
                key: string;
                version: number;
                /** Format: uuid */
                commentId: string;
                /** Format: uuid */
                authorId: string;
                body: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "attachment.added";
            data: {
                key: string;
                version: number;
                /** Format: uuid */
                attachmentId: string;
                fileName: string;
                contentType: string;
                size: number;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "attachment.deleted";
            data: {
                key: string;
                version: number;
                /** Format: uuid */
                attachmentId: string;
                fileName: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "project.created";
            data: {
                key: string;
                name: string;
                leadId: string | null;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "project.updated";
            data: {
                key: string;
                changes: {
                    name?: {
                        old: string;
                        new: string;
                    };
                    description?: {
                        old: string;
                        new: string;
                    };
                    leadId?: {
                        old: string | null;
                        new: string | null;
                    };
                };
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "project.archived";
            data: {
                key: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "project.sla_changed";
            data: {
                key: string;
                policy: {
                    [key: string]: unknown;
                } | null;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "project.unarchived";
            data: {
                key: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "member.added";
            data: {
                key: string;
                /** Format: uuid */
                userId: string;
                /** @enum {string} */
                role: "viewer" | "member" | "lead";
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "member.updated";
            data: {
                key: string;
                /** Format: uuid */
                userId: string;
                /** @enum {string} */
                from: "viewer" | "member" | "lead";
                /** @enum {string} */
                to: "viewer" | "member" | "lead";
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "member.removed";
            data: {
                key: string;
                /** Format: uuid */
                userId: string;
                /** @enum {string} */
                role: "viewer" | "member" | "lead";
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "user.created";
            data: {
                /** Format: uuid */
                userId: string;
                email: string;
                /** @enum {string} */
                role: "user" | "manager" | "admin";
                departmentId: string | null;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "user.updated";
            data: {
                /** Format: uuid */
                userId: string;
                changes: {
                    name?: {
                        old: string;
                        new: string;
                    };
                    role?: {
                        /** @enum {string} */
                        old: "user" | "manager" | "admin";
                        /** @enum {string} */
                        new: "user" | "manager" | "admin";
                    };
                    departmentId?: {
                        old: string | null;
                        new: string | null;
                    };
                    active?: {
                        old: boolean;
                        new: boolean;
                    };
                };
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "user.password_changed";
            data: {
                /** Format: uuid */
                userId: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "token.created";
            data: {
                /** Format: uuid */
                tokenId: string;
                /** Format: uuid */
                userId: string;
                name: string;
                scopes: string[];
                expiresAt: string | null;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "token.revoked";
            data: {
                /** Format: uuid */
                tokenId: string;
                /** Format: uuid */
                userId: string;
                name: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "department.created";
            data: {
                /** Format: uuid */
                departmentId: string;
                name: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "webhook.created";
            data: {
                /** Format: uuid */
                webhookId: string;
                url: string;
                eventTypes: string[] | null;
                active: boolean;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "webhook.updated";
            data: {
                /** Format: uuid */
                webhookId: string;
                changes: {
                    url?: {
                        old: string;
                        new: string;
                    };
                    eventTypes?: {
                        old: string[] | null;
                        new: string[] | null;
                    };
                    active?: {
                        old: boolean;
                        new: boolean;
                    };
                };
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "webhook.deleted";
            data: {
                /** Format: uuid */
                webhookId: string;
                url: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "webhook.secret_rotated";
            data: {
                /** Format: uuid */
                webhookId: string;
                previousSecretExpiresAt: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "webhook.disabled";
            data: {
                /** Format: uuid */
                webhookId: string;
                url: string;
                /** @enum {string} */
                reason: "gone" | "failing";
                failingSince: string | null;
                responseStatus: number | null;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "workflow.notified";
            data: {
                key: string;
                /** Format: uuid */
                workflowId: string;
                ruleName: string;
                /** @enum {string} */
                to: "watchers" | "assignees" | "reporter" | "users";
                message: string;
            };
        } | {
            /** @description Increasing; pass the last one you saw as `after` */
            id: number;
            createdAt: string;
            project: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
            } | null;
            actor: components["schemas"]["EventActor"];
            /** @constant */
            type: "workflow.disabled";
            data: {
                /** Format: uuid */
                workflowId: string;
                name: string;
                failures: number;
                lastError: string | null;
            };
        };
        EventActor: {
            /** @enum {string} */
            kind: "user" | "system" | "automation";
            /** @description The person, for kind user */
            user: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            via: ("session" | "token") | null;
        };
        Webhook: {
            /** Format: uuid */
            id: string;
            projectKey: string;
            url: string;
            /** @description The event types sent; null: every event of the project */
            eventTypes: ("ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "sla.warning" | "sla.breached" | "ticket.deleted" | "ticket.restored" | "comment.added" | "comment.edited" | "comment.deleted" | "attachment.added" | "attachment.deleted" | "project.created" | "project.updated" | "project.archived" | "project.sla_changed" | "project.unarchived" | "member.added" | "member.updated" | "member.removed" | "user.created" | "user.updated" | "user.password_changed" | "token.created" | "token.revoked" | "department.created" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret_rotated" | "webhook.disabled" | "workflow.notified" | "workflow.disabled")[] | null;
            active: boolean;
            /** @description Why delivery turned the webhook off (410 Gone, or 3 days without a success); null otherwise */
            disabledReason: string | null;
            /** @description Deliveries have failed since then without a success */
            failingSince: string | null;
            /** @description After a rotation, the old secret also signs until then */
            previousSecretExpiresAt: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
        };
        WebhookWithSecret: {
            /** Format: uuid */
            id: string;
            projectKey: string;
            url: string;
            /** @description The event types sent; null: every event of the project */
            eventTypes: ("ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "sla.warning" | "sla.breached" | "ticket.deleted" | "ticket.restored" | "comment.added" | "comment.edited" | "comment.deleted" | "attachment.added" | "attachment.deleted" | "project.created" | "project.updated" | "project.archived" | "project.sla_changed" | "project.unarchived" | "member.added" | "member.updated" | "member.removed" | "user.created" | "user.updated" | "user.password_changed" | "token.created" | "token.revoked" | "department.created" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret_rotated" | "webhook.disabled" | "workflow.notified" | "workflow.disabled")[] | null;
            active: boolean;
            /** @description Why delivery turned the webhook off (410 Gone, or 3 days without a success); null otherwise */
            disabledReason: string | null;
            /** @description Deliveries have failed since then without a success */
            failingSince: string | null;
            /** @description After a rotation, the old secret also signs until then */
            previousSecretExpiresAt: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            /** @description The signing secret (`whsec_…`), shown only now: verify `webhook-signature` with it */
            secret: string;
        };
        WebhookTestResult: {
            /** @description The receiver answered 2xx */
            ok: boolean;
            responseStatus: number | null;
            durationMs: number;
            error: string | null;
        };
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description Also the `webhook-id` header of every attempt
             */
            id: string;
            eventId: number;
            /** @enum {string} */
            eventType: "ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "sla.warning" | "sla.breached" | "ticket.deleted" | "ticket.restored" | "comment.added" | "comment.edited" | "comment.deleted" | "attachment.added" | "attachment.deleted" | "project.created" | "project.updated" | "project.archived" | "project.sla_changed" | "project.unarchived" | "member.added" | "member.updated" | "member.removed" | "user.created" | "user.updated" | "user.password_changed" | "token.created" | "token.revoked" | "department.created" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret_rotated" | "webhook.disabled" | "workflow.notified" | "workflow.disabled";
            /** @enum {string} */
            state: "pending" | "succeeded" | "failed";
            attempts: number;
            /** @description Of the last attempt */
            responseStatus: number | null;
            /** @description Of the last attempt */
            durationMs: number | null;
            /** @description Of the last attempt */
            error: string | null;
            nextAttemptAt: string | null;
            lastAttemptAt: string | null;
            createdAt: string;
        };
        Workflow: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description null: a global rule */
            projectKey: string | null;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            enabled: boolean;
            version: number;
            trigger: {
                /** @constant */
                type: "event";
                /** @enum {string} */
                event: "ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "comment.added" | "attachment.added" | "sla.breached" | "sla.warning";
                /** @description ticket.updated only: any of these changed */
                fields?: ("title" | "description" | "priority" | "departmentId" | "dueDate" | "labels")[];
                /**
                 * @description ticket.transitioned: from this status; ticket.updated of priority: from this priority
                 * @enum {string}
                 */
                from?: "open" | "in_progress" | "blocked" | "closed" | "low" | "medium" | "high" | "critical";
                /**
                 * @description ticket.transitioned: to this status; ticket.updated of priority: to this priority
                 * @enum {string}
                 */
                to?: "open" | "in_progress" | "blocked" | "closed" | "low" | "medium" | "high" | "critical";
                /**
                 * @description sla.warning and sla.breached only: for this target
                 * @enum {string}
                 */
                target?: "firstResponse" | "resolution";
            } | {
                /** @constant */
                type: "schedule";
                /** @description Every N minutes (`15m`) or hours (`2h`); at least 1 minute, at most 7 days */
                every?: string;
                /** @description Daily (or on `days`) at this time of day */
                at?: string;
                /** @description With `at`: only on these days */
                days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                /**
                 * @description Where `at` and `days` are reckoned (IANA name); default UTC
                 * @default UTC
                 */
                timeZone: string;
            };
            conditions: string;
            actions: ({
                /** @constant */
                type: "setPriority";
                /** @enum {string} */
                priority: "low" | "medium" | "high" | "critical";
            } | {
                /** @constant */
                type: "setDepartment";
                departmentId: string | null;
            } | {
                /** @constant */
                type: "setDueDate";
                /** @description Days after the run; null clears the due date */
                inDays: number | null;
            } | {
                /** @constant */
                type: "addLabels";
                labels: string[];
            } | {
                /** @constant */
                type: "removeLabels";
                labels: string[];
            } | {
                /** @constant */
                type: "assign";
                assignee: {
                    /** @constant */
                    kind: "user";
                    /** Format: uuid */
                    userId: string;
                } | {
                    /** @constant */
                    kind: "reporter";
                } | {
                    /** @constant */
                    kind: "roundRobin";
                    /**
                     * @description Among the project members with this role
                     * @enum {string}
                     */
                    role: "viewer" | "member" | "lead";
                };
            } | {
                /** @constant */
                type: "unassign";
                /**
                 * Format: uuid
                 * @description Everyone when absent
                 */
                userId?: string;
            } | {
                /** @constant */
                type: "transition";
                /** @enum {string} */
                status: "open" | "in_progress" | "blocked" | "closed";
            } | {
                /** @constant */
                type: "comment";
                /** @description Text with placeholders: {{ticket.key}}, {{ticket.title}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.dueDate}}, {{ticket.reporter}}, {{rule.name}} */
                body: string;
            } | {
                /** @constant */
                type: "notify";
                /** @enum {string} */
                to: "watchers" | "assignees" | "reporter" | "users";
                /** @description With `to: users`: these people */
                userIds?: string[];
                /** @description Text with placeholders: {{ticket.key}}, {{ticket.title}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.dueDate}}, {{ticket.reporter}}, {{rule.name}} */
                message: string;
            } | {
                /** @constant */
                type: "webhook";
                /** Format: uuid */
                webhookId: string;
            })[];
            allowRuleTrigger: boolean;
            /** @description A scheduled rule that is on: when it next runs */
            nextRunAt: string | null;
            /** @description Runs failed in a row; at 10 the rule is turned off */
            failures: number;
            createdAt: string;
            updatedAt: string;
        };
        WorkflowRun: {
            /** Format: uuid */
            id: string;
            /** @description The version of the rule that ran */
            version: number;
            /** @description The event it ran on; null for a scheduled run */
            eventId: number | null;
            /** @description That event’s type (ticket.created …); null for a scheduled run */
            eventType: string | null;
            /** @description A scheduled run: the time it was due */
            scheduledAt: string | null;
            ticketKey: string | null;
            /** @description 1 for a change by a person; one more for each rule in a chain */
            depth: number;
            /** @enum {string} */
            outcome: "done" | "not_matched" | "failed" | "loop_aborted";
            /** @description Why it did not match, or why a chain was stopped */
            reason: string | null;
            /** @description Each action: its type, before and after, or why it was skipped */
            actions: {
                [key: string]: unknown;
            }[];
            error: string | null;
            durationMs: number;
            createdAt: string;
        };
        WorkflowDryRun: {
            /** @description null for a schedule */
            eventId: number | null;
            /** @description The event tried, or `schedule` */
            eventType: string;
            ticketKey: string;
            /** @description Whether the rule would act on the ticket as it is now */
            matched: boolean;
            /** @description Why it would not act (the conditions, or a move the table forbids) */
            reason: string | null;
            /** @description What each action would do: before and after */
            actions: {
                [key: string]: unknown;
            }[];
            /** @description Why the run would fail */
            error: string | null;
        }[];
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            nextCursor: string | null;
        };
        Notification: {
            /** @description Increasing: newer notifications have larger ids */
            id: number;
            /** @enum {string} */
            reason: "assigned" | "mentioned" | "status" | "commented" | "updated" | "webhook_disabled" | "automation" | "rule_disabled" | "sla";
            read: boolean;
            createdAt: string;
            /** @description The ticket it is about, as it is now; null for a notification about no ticket */
            ticket: {
                /** Format: uuid */
                id: string;
                key: string;
                title: string;
            } | null;
            event: components["schemas"]["Event"];
        };
        UnreadCount: {
            /** @description Unread notifications you can see, counted up to 1000 (that many or more) */
            unread: number;
        };
        JobStats: {
            queues: {
                queue: string;
                counts: {
                    pending: number;
                    running: number;
                    done: number;
                    dead: number;
                };
                /** @description Age of the oldest job due and not yet run */
                oldestPendingSeconds: number | null;
            }[];
            recentFailures: {
                id: number;
                queue: string;
                /** @enum {string} */
                state: "pending" | "running" | "done" | "dead";
                attempts: number;
                maxAttempts: number;
                error: string;
                at: string;
            }[];
        };
        SlaPolicyDefinitionOutput: {
            /** @description By priority; a priority without targets has no SLA */
            targets: {
                low?: components["schemas"]["SlaTarget"];
                medium?: components["schemas"]["SlaTarget"];
                high?: components["schemas"]["SlaTarget"];
                critical?: components["schemas"]["SlaTarget"];
            };
            /** @description Count only working time; absent: the clock runs around the clock */
            businessHours?: components["schemas"]["SlaBusinessHoursOutput"];
        };
        SlaBusinessHoursOutput: {
            /** @default UTC */
            timeZone: string;
            /**
             * @default [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri"
             *     ]
             */
            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /** @default 09:00 */
            start: string;
            /** @default 17:00 */
            end: string;
            /** @default [] */
            holidays: string[];
        };
        /** @description Every error response has this shape. */
        Error: {
            /**
             * @description Stable machine-readable code
             * @enum {string}
             */
            error: "E_VALIDATION" | "E_BAD_REQUEST" | "E_UNAUTHENTICATED" | "E_FORBIDDEN" | "E_NOT_FOUND" | "E_METHOD_NOT_ALLOWED" | "E_CONFLICT" | "E_INVALID_TRANSITION" | "E_BULK_REJECTED" | "E_PAYLOAD_TOO_LARGE" | "E_REQUEST_TIMEOUT" | "E_UNSUPPORTED_MEDIA_TYPE" | "E_RATE_LIMITED" | "E_UNAVAILABLE" | "E_INTERNAL";
            /** @description What went wrong, for people */
            message: string;
            /** @description Code-specific facts: `fields` (failing input fields) for E_VALIDATION, `currentVersion` and `changedFields` for a stale write, `allowed` for E_INVALID_TRANSITION, `retryAfterSeconds` for E_RATE_LIMITED, `failures` for E_BULK_REJECTED. */
            details: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "auth-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResult"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResult"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-changePassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-sessions-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-sessions-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-tokens-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-tokens-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description `read` for queries; add `write` for changes */
                    scopes: ("read" | "write")[];
                    /** @description Lifetime in days (at most 366); no expiry when absent */
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-tokens-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users-list": {
        parameters: {
            query?: {
                role?: "user" | "manager" | "admin";
                departmentId?: string;
                active?: boolean;
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    password: string;
                    /**
                     * @description user, manager or admin
                     * @default user
                     * @enum {string}
                     */
                    role?: "user" | "manager" | "admin";
                    departmentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /**
                     * @description user, manager or admin
                     * @enum {string}
                     */
                    role?: "user" | "manager" | "admin";
                    departmentId?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users-deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "departments-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "departments-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-list": {
        parameters: {
            query?: {
                archived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    name: string;
                    /** @default  */
                    description?: string;
                    /**
                     * Format: uuid
                     * @description Defaults to the creator
                     */
                    leadId?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /** Format: uuid */
                    leadId?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description CSV with a header row: title (required), description, status, priority, assignees (emails, separated by ;), labels (separated by ;), due_date (YYYY-MM-DD), department (by name) */
                    csv: string;
                    /**
                     * @description Check every row and report the errors; write nothing
                     * @default false
                     */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-members-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectMember"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-members-add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    userId: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "viewer" | "member" | "lead";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectMember"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-members-remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-members-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "viewer" | "member" | "lead";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectMember"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-sla-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "projects-sla-put": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    policy: components["schemas"]["SlaPolicyDefinition"];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-list": {
        parameters: {
            query?: {
                projectKeys?: string[];
                status?: ("open" | "in_progress" | "blocked" | "closed")[];
                priority?: ("low" | "medium" | "high" | "critical")[];
                assignee?: "me" | "none" | string;
                reporter?: "me" | string;
                departmentId?: string;
                department?: string;
                label?: string[];
                excludeLabels?: string[];
                createdFrom?: string;
                createdTo?: string;
                updatedFrom?: string;
                updatedTo?: string;
                dueFrom?: string;
                dueTo?: string;
                overdue?: boolean;
                hasAttachments?: boolean;
                sla?: "breached" | "at-risk" | "met";
                q?: string;
                query?: string;
                view?: string;
                timeZone?: string;
                sort?: "created" | "updated" | "priority" | "due" | "key" | "relevance";
                order?: "asc" | "desc";
                limit?: number;
                cursor?: string;
                includeTotal?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    projectKey: string;
                    title: string;
                    /** @default  */
                    description?: string;
                    /**
                     * @default medium
                     * @enum {string}
                     */
                    priority?: "low" | "medium" | "high" | "critical";
                    departmentId?: string | null;
                    assigneeIds?: string[];
                    labels?: string[];
                    dueDate?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                    /** @enum {string} */
                    priority?: "low" | "medium" | "high" | "critical";
                    departmentId?: string | null;
                    dueDate?: string | null;
                    /** @description The full new set of labels */
                    labels?: string[];
                    /** @description The version you read; a stale one answers 409 E_CONFLICT */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-transition": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read; a stale one answers 409 E_CONFLICT */
                    version: number;
                    /** @enum {string} */
                    status: "open" | "in_progress" | "blocked" | "closed";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read; a stale one answers 409 E_CONFLICT */
                    version: number;
                    /** @description The full new set of assignees */
                    assigneeIds: string[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntry"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-watching": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        watching: boolean;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-watch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        watching: boolean;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-unwatch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        watching: boolean;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-bulkUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tickets: {
                        key: string;
                        /** @description The version you read; a stale one answers 409 E_CONFLICT */
                        version: number;
                    }[];
                    changes: {
                        /** @enum {string} */
                        status?: "open" | "in_progress" | "blocked" | "closed";
                        /** @enum {string} */
                        priority?: "low" | "medium" | "high" | "critical";
                        assigneeIds?: string[];
                        labels?: string[];
                    };
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tickets: components["schemas"]["Ticket"][];
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-comments-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-comments-add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-comments-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-comments-edit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "attachments-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "attachments-createUpload": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fileName: string;
                    contentType: string;
                    size: number;
                    /** @description When given, completing the upload checks the stored bytes against it */
                    sha256?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentUpload"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "attachments-complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description For an upload in parts: every part with its ETag */
                    parts?: {
                        partNumber: number;
                        /** @description The ETag header the storage answered that part with */
                        etag: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "attachments-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "attachments-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "views-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "views-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description In the query language; may be empty (every ticket)
                     * @default
                     */
                    query?: string;
                    /** @description The list's structured filters, saved as query text (ANDed with `query`) */
                    filter?: {
                        /** @description Comma-separated project keys */
                        projectKeys?: string[];
                        /** @description Comma-separated statuses */
                        status?: ("open" | "in_progress" | "blocked" | "closed")[];
                        /** @description Comma-separated priorities */
                        priority?: ("low" | "medium" | "high" | "critical")[];
                        /** @description A user id, an email address, `me` or `none` */
                        assignee?: "me" | "none" | string;
                        /** @description A user id, an email address or `me` */
                        reporter?: "me" | string;
                        /** Format: uuid */
                        departmentId?: string;
                        /** @description A department by name */
                        department?: string;
                        /** @description Comma-separated: any of these labels */
                        label?: string[];
                        /** @description Comma-separated: none of these labels */
                        excludeLabels?: string[];
                        /** @description An ISO 8601 date-time, e.g. 2026-11-24T10:00:00Z */
                        createdFrom?: string;
                        /** @description An ISO 8601 date-time, e.g. 2026-11-24T10:00:00Z */
                        createdTo?: string;
                        /** @description An ISO 8601 date-time, e.g. 2026-11-24T10:00:00Z */
                        updatedFrom?: string;
                        /** @description An ISO 8601 date-time, e.g. 2026-11-24T10:00:00Z */
                        updatedTo?: string;
                        /** Format: date */
                        dueFrom?: string;
                        /** Format: date */
                        dueTo?: string;
                        /** @description Due before today and not closed */
                        overdue?: boolean;
                        /** @description With at least one attachment */
                        hasAttachments?: boolean;
                        /**
                         * @description breached: a target missed; at-risk: 80 % of a running target gone; met: closed within its targets
                         * @enum {string}
                         */
                        sla?: "breached" | "at-risk" | "met";
                        /** @description Full-text search over key, title and description */
                        q?: string;
                    };
                    /** @enum {string} */
                    sort?: "created" | "updated" | "priority" | "due" | "key" | "relevance";
                    /** @enum {string} */
                    order?: "asc" | "desc";
                    columns?: ("status" | "priority" | "assignees" | "labels" | "due" | "updated")[];
                    /** @description Share with this project's members (its lead, a manager in it, an admin); personal when absent */
                    projectKey?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "views-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "views-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description In the query language; may be empty (every ticket) */
                    query?: string;
                    sort?: ("created" | "updated" | "priority" | "due" | "key" | "relevance") | null;
                    order?: ("asc" | "desc") | null;
                    columns?: ("status" | "priority" | "assignees" | "labels" | "due" | "updated")[] | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "reports-dashboard": {
        parameters: {
            query?: {
                query?: string;
                from?: string;
                to?: string;
                timeZone?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardReport"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "reports-breakdown": {
        parameters: {
            query: {
                query?: string;
                from?: string;
                to?: string;
                timeZone?: string;
                format?: "json" | "csv";
                by: "status" | "priority" | "department" | "assignee" | "label" | "project";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakdownReport"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "reports-createdVsResolved": {
        parameters: {
            query?: {
                query?: string;
                from?: string;
                to?: string;
                timeZone?: string;
                format?: "json" | "csv";
                interval?: "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedVsResolvedReport"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "reports-cycleTime": {
        parameters: {
            query?: {
                query?: string;
                from?: string;
                to?: string;
                timeZone?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleTimeReport"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "reports-aging": {
        parameters: {
            query?: {
                query?: string;
                from?: string;
                to?: string;
                timeZone?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgingReport"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "reports-userActivity": {
        parameters: {
            query?: {
                query?: string;
                from?: string;
                to?: string;
                timeZone?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserActivityReport"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "reports-slaCompliance": {
        parameters: {
            query?: {
                query?: string;
                from?: string;
                to?: string;
                timeZone?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaComplianceReport"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "events-list": {
        parameters: {
            query?: {
                after?: number;
                projectKeys?: string[];
                types?: ("ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "sla.warning" | "sla.breached" | "ticket.deleted" | "ticket.restored" | "comment.added" | "comment.edited" | "comment.deleted" | "attachment.added" | "attachment.deleted" | "project.created" | "project.updated" | "project.archived" | "project.sla_changed" | "project.unarchived" | "member.added" | "member.updated" | "member.removed" | "user.created" | "user.updated" | "user.password_changed" | "token.created" | "token.revoked" | "department.created" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret_rotated" | "webhook.disabled" | "workflow.notified" | "workflow.disabled")[];
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhooks-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhooks-create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where events are POSTed: https (http only where the server allows it), a public address */
                    url: string;
                    /** @description Event types to send; absent or null for all */
                    eventTypes?: ("ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "sla.warning" | "sla.breached" | "ticket.deleted" | "ticket.restored" | "comment.added" | "comment.edited" | "comment.deleted" | "attachment.added" | "attachment.deleted" | "project.created" | "project.updated" | "project.archived" | "project.sla_changed" | "project.unarchived" | "member.added" | "member.updated" | "member.removed" | "user.created" | "user.updated" | "user.password_changed" | "token.created" | "token.revoked" | "department.created" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret_rotated" | "webhook.disabled" | "workflow.notified" | "workflow.disabled")[] | null;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhooks-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhooks-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhooks-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where events are POSTed: https (http only where the server allows it), a public address */
                    url?: string;
                    /** @description Event types to send (see the Event schema); null for every event of the project */
                    eventTypes?: ("ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "sla.warning" | "sla.breached" | "ticket.deleted" | "ticket.restored" | "comment.added" | "comment.edited" | "comment.deleted" | "attachment.added" | "attachment.deleted" | "project.created" | "project.updated" | "project.archived" | "project.sla_changed" | "project.unarchived" | "member.added" | "member.updated" | "member.removed" | "user.created" | "user.updated" | "user.password_changed" | "token.created" | "token.revoked" | "department.created" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret_rotated" | "webhook.disabled" | "workflow.notified" | "workflow.disabled")[] | null;
                    /** @description Turning a webhook back on clears its failing streak */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhooks-test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTestResult"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhooks-rotateSecret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhooks-deliveries-list": {
        parameters: {
            query?: {
                state?: "pending" | "succeeded" | "failed";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhooks-deliveries-redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "workflows-list": {
        parameters: {
            query?: {
                projectKey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "workflows-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    trigger: {
                        /** @constant */
                        type: "event";
                        /** @enum {string} */
                        event: "ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "comment.added" | "attachment.added" | "sla.breached" | "sla.warning";
                        /** @description ticket.updated only: any of these changed */
                        fields?: ("title" | "description" | "priority" | "departmentId" | "dueDate" | "labels")[];
                        /**
                         * @description ticket.transitioned: from this status; ticket.updated of priority: from this priority
                         * @enum {string}
                         */
                        from?: "open" | "in_progress" | "blocked" | "closed" | "low" | "medium" | "high" | "critical";
                        /**
                         * @description ticket.transitioned: to this status; ticket.updated of priority: to this priority
                         * @enum {string}
                         */
                        to?: "open" | "in_progress" | "blocked" | "closed" | "low" | "medium" | "high" | "critical";
                        /**
                         * @description sla.warning and sla.breached only: for this target
                         * @enum {string}
                         */
                        target?: "firstResponse" | "resolution";
                    } | {
                        /** @constant */
                        type: "schedule";
                        /** @description Every N minutes (`15m`) or hours (`2h`); at least 1 minute, at most 7 days */
                        every?: string;
                        /** @description Daily (or on `days`) at this time of day */
                        at?: string;
                        /** @description With `at`: only on these days */
                        days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                        /**
                         * @description Where `at` and `days` are reckoned (IANA name); default UTC
                         * @default UTC
                         */
                        timeZone?: string;
                    };
                    /**
                     * @description Which tickets, in the query language (as the ticket list); empty: every ticket
                     * @default
                     */
                    conditions?: string;
                    actions: ({
                        /** @constant */
                        type: "setPriority";
                        /** @enum {string} */
                        priority: "low" | "medium" | "high" | "critical";
                    } | {
                        /** @constant */
                        type: "setDepartment";
                        departmentId: string | null;
                    } | {
                        /** @constant */
                        type: "setDueDate";
                        /** @description Days after the run; null clears the due date */
                        inDays: number | null;
                    } | {
                        /** @constant */
                        type: "addLabels";
                        labels: string[];
                    } | {
                        /** @constant */
                        type: "removeLabels";
                        labels: string[];
                    } | {
                        /** @constant */
                        type: "assign";
                        assignee: {
                            /** @constant */
                            kind: "user";
                            /** Format: uuid */
                            userId: string;
                        } | {
                            /** @constant */
                            kind: "reporter";
                        } | {
                            /** @constant */
                            kind: "roundRobin";
                            /**
                             * @description Among the project members with this role
                             * @enum {string}
                             */
                            role: "viewer" | "member" | "lead";
                        };
                    } | {
                        /** @constant */
                        type: "unassign";
                        /**
                         * Format: uuid
                         * @description Everyone when absent
                         */
                        userId?: string;
                    } | {
                        /** @constant */
                        type: "transition";
                        /** @enum {string} */
                        status: "open" | "in_progress" | "blocked" | "closed";
                    } | {
                        /** @constant */
                        type: "comment";
                        /** @description Text with placeholders: {{ticket.key}}, {{ticket.title}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.dueDate}}, {{ticket.reporter}}, {{rule.name}} */
                        body: string;
                    } | {
                        /** @constant */
                        type: "notify";
                        /** @enum {string} */
                        to: "watchers" | "assignees" | "reporter" | "users";
                        /** @description With `to: users`: these people */
                        userIds?: string[];
                        /** @description Text with placeholders: {{ticket.key}}, {{ticket.title}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.dueDate}}, {{ticket.reporter}}, {{rule.name}} */
                        message: string;
                    } | {
                        /** @constant */
                        type: "webhook";
                        /** Format: uuid */
                        webhookId: string;
                    })[];
                    /**
                     * @description Also run on changes other rules made (off: as in Jira)
                     * @default false
                     */
                    allowRuleTrigger?: boolean;
                    name: string;
                    /** @description The project it acts in; a global rule (admins) when absent */
                    projectKey?: string;
                    /** @default false */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "workflows-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "workflows-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "workflows-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version edited; a newer one is a conflict */
                    version: number;
                    name?: string;
                    trigger?: {
                        /** @constant */
                        type: "event";
                        /** @enum {string} */
                        event: "ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "comment.added" | "attachment.added" | "sla.breached" | "sla.warning";
                        /** @description ticket.updated only: any of these changed */
                        fields?: ("title" | "description" | "priority" | "departmentId" | "dueDate" | "labels")[];
                        /**
                         * @description ticket.transitioned: from this status; ticket.updated of priority: from this priority
                         * @enum {string}
                         */
                        from?: "open" | "in_progress" | "blocked" | "closed" | "low" | "medium" | "high" | "critical";
                        /**
                         * @description ticket.transitioned: to this status; ticket.updated of priority: to this priority
                         * @enum {string}
                         */
                        to?: "open" | "in_progress" | "blocked" | "closed" | "low" | "medium" | "high" | "critical";
                        /**
                         * @description sla.warning and sla.breached only: for this target
                         * @enum {string}
                         */
                        target?: "firstResponse" | "resolution";
                    } | {
                        /** @constant */
                        type: "schedule";
                        /** @description Every N minutes (`15m`) or hours (`2h`); at least 1 minute, at most 7 days */
                        every?: string;
                        /** @description Daily (or on `days`) at this time of day */
                        at?: string;
                        /** @description With `at`: only on these days */
                        days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                        /**
                         * @description Where `at` and `days` are reckoned (IANA name); default UTC
                         * @default UTC
                         */
                        timeZone?: string;
                    };
                    /** @description Which tickets, in the query language (as the ticket list); empty: every ticket */
                    conditions?: string;
                    actions?: ({
                        /** @constant */
                        type: "setPriority";
                        /** @enum {string} */
                        priority: "low" | "medium" | "high" | "critical";
                    } | {
                        /** @constant */
                        type: "setDepartment";
                        departmentId: string | null;
                    } | {
                        /** @constant */
                        type: "setDueDate";
                        /** @description Days after the run; null clears the due date */
                        inDays: number | null;
                    } | {
                        /** @constant */
                        type: "addLabels";
                        labels: string[];
                    } | {
                        /** @constant */
                        type: "removeLabels";
                        labels: string[];
                    } | {
                        /** @constant */
                        type: "assign";
                        assignee: {
                            /** @constant */
                            kind: "user";
                            /** Format: uuid */
                            userId: string;
                        } | {
                            /** @constant */
                            kind: "reporter";
                        } | {
                            /** @constant */
                            kind: "roundRobin";
                            /**
                             * @description Among the project members with this role
                             * @enum {string}
                             */
                            role: "viewer" | "member" | "lead";
                        };
                    } | {
                        /** @constant */
                        type: "unassign";
                        /**
                         * Format: uuid
                         * @description Everyone when absent
                         */
                        userId?: string;
                    } | {
                        /** @constant */
                        type: "transition";
                        /** @enum {string} */
                        status: "open" | "in_progress" | "blocked" | "closed";
                    } | {
                        /** @constant */
                        type: "comment";
                        /** @description Text with placeholders: {{ticket.key}}, {{ticket.title}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.dueDate}}, {{ticket.reporter}}, {{rule.name}} */
                        body: string;
                    } | {
                        /** @constant */
                        type: "notify";
                        /** @enum {string} */
                        to: "watchers" | "assignees" | "reporter" | "users";
                        /** @description With `to: users`: these people */
                        userIds?: string[];
                        /** @description Text with placeholders: {{ticket.key}}, {{ticket.title}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.dueDate}}, {{ticket.reporter}}, {{rule.name}} */
                        message: string;
                    } | {
                        /** @constant */
                        type: "webhook";
                        /** Format: uuid */
                        webhookId: string;
                    })[];
                    allowRuleTrigger?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "workflows-enable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "workflows-disable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "workflows-runs": {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"][];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "workflows-dryRun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    trigger: {
                        /** @constant */
                        type: "event";
                        /** @enum {string} */
                        event: "ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "comment.added" | "attachment.added" | "sla.breached" | "sla.warning";
                        /** @description ticket.updated only: any of these changed */
                        fields?: ("title" | "description" | "priority" | "departmentId" | "dueDate" | "labels")[];
                        /**
                         * @description ticket.transitioned: from this status; ticket.updated of priority: from this priority
                         * @enum {string}
                         */
                        from?: "open" | "in_progress" | "blocked" | "closed" | "low" | "medium" | "high" | "critical";
                        /**
                         * @description ticket.transitioned: to this status; ticket.updated of priority: to this priority
                         * @enum {string}
                         */
                        to?: "open" | "in_progress" | "blocked" | "closed" | "low" | "medium" | "high" | "critical";
                        /**
                         * @description sla.warning and sla.breached only: for this target
                         * @enum {string}
                         */
                        target?: "firstResponse" | "resolution";
                    } | {
                        /** @constant */
                        type: "schedule";
                        /** @description Every N minutes (`15m`) or hours (`2h`); at least 1 minute, at most 7 days */
                        every?: string;
                        /** @description Daily (or on `days`) at this time of day */
                        at?: string;
                        /** @description With `at`: only on these days */
                        days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                        /**
                         * @description Where `at` and `days` are reckoned (IANA name); default UTC
                         * @default UTC
                         */
                        timeZone?: string;
                    };
                    /**
                     * @description Which tickets, in the query language (as the ticket list); empty: every ticket
                     * @default
                     */
                    conditions?: string;
                    actions: ({
                        /** @constant */
                        type: "setPriority";
                        /** @enum {string} */
                        priority: "low" | "medium" | "high" | "critical";
                    } | {
                        /** @constant */
                        type: "setDepartment";
                        departmentId: string | null;
                    } | {
                        /** @constant */
                        type: "setDueDate";
                        /** @description Days after the run; null clears the due date */
                        inDays: number | null;
                    } | {
                        /** @constant */
                        type: "addLabels";
                        labels: string[];
                    } | {
                        /** @constant */
                        type: "removeLabels";
                        labels: string[];
                    } | {
                        /** @constant */
                        type: "assign";
                        assignee: {
                            /** @constant */
                            kind: "user";
                            /** Format: uuid */
                            userId: string;
                        } | {
                            /** @constant */
                            kind: "reporter";
                        } | {
                            /** @constant */
                            kind: "roundRobin";
                            /**
                             * @description Among the project members with this role
                             * @enum {string}
                             */
                            role: "viewer" | "member" | "lead";
                        };
                    } | {
                        /** @constant */
                        type: "unassign";
                        /**
                         * Format: uuid
                         * @description Everyone when absent
                         */
                        userId?: string;
                    } | {
                        /** @constant */
                        type: "transition";
                        /** @enum {string} */
                        status: "open" | "in_progress" | "blocked" | "closed";
                    } | {
                        /** @constant */
                        type: "comment";
                        /** @description Text with placeholders: {{ticket.key}}, {{ticket.title}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.dueDate}}, {{ticket.reporter}}, {{rule.name}} */
                        body: string;
                    } | {
                        /** @constant */
                        type: "notify";
                        /** @enum {string} */
                        to: "watchers" | "assignees" | "reporter" | "users";
                        /** @description With `to: users`: these people */
                        userIds?: string[];
                        /** @description Text with placeholders: {{ticket.key}}, {{ticket.title}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.dueDate}}, {{ticket.reporter}}, {{rule.name}} */
                        message: string;
                    } | {
                        /** @constant */
                        type: "webhook";
                        /** Format: uuid */
                        webhookId: string;
                    })[];
                    /**
                     * @description Also run on changes other rules made (off: as in Jira)
                     * @default false
                     */
                    allowRuleTrigger?: boolean;
                    name: string;
                    /** @description The project it acts in; a global rule (admins) when absent */
                    projectKey?: string;
                    /**
                     * @description How many of the latest matching events to try (a schedule: how many of the tickets it would touch)
                     * @default 20
                     */
                    events?: number;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDryRun"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "notifications-list": {
        parameters: {
            query?: {
                unread?: boolean;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "notifications-markRead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your notifications to mark read; ids that are not yours are ignored */
                    ids?: number[];
                    /**
                     * @description Mark every notification of yours read
                     * @constant
                     */
                    all?: true;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1 MB (E_PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "notifications-unreadCount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "admin-audit": {
        parameters: {
            query?: {
                after?: number;
                types?: ("ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "sla.warning" | "sla.breached" | "ticket.deleted" | "ticket.restored" | "comment.added" | "comment.edited" | "comment.deleted" | "attachment.added" | "attachment.deleted" | "project.created" | "project.updated" | "project.archived" | "project.sla_changed" | "project.unarchived" | "member.added" | "member.updated" | "member.removed" | "user.created" | "user.updated" | "user.password_changed" | "token.created" | "token.revoked" | "department.created" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret_rotated" | "webhook.disabled" | "workflow.notified" | "workflow.disabled")[];
                actor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "admin-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobStats"];
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "events-stream": {
        parameters: {
            query?: {
                projectKeys?: string[];
                types?: ("ticket.created" | "ticket.updated" | "ticket.transitioned" | "ticket.assigned" | "sla.warning" | "sla.breached" | "ticket.deleted" | "ticket.restored" | "comment.added" | "comment.edited" | "comment.deleted" | "attachment.added" | "attachment.deleted" | "project.created" | "project.updated" | "project.archived" | "project.sla_changed" | "project.unarchived" | "member.added" | "member.updated" | "member.removed" | "user.created" | "user.updated" | "user.password_changed" | "token.created" | "token.revoked" | "department.created" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret_rotated" | "webhook.disabled" | "workflow.notified" | "workflow.disabled")[];
                /** @description Resume after this event id (the `Last-Event-ID` header wins when both are sent) */
                lastEventId?: string;
            };
            header?: {
                /** @description The id of the last event received; an EventSource sends it when it reconnects */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream: one message per event (`id:` its id, `data:` the Event as JSON), heartbeat comments between */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "tickets-export": {
        parameters: {
            query?: {
                projectKeys?: string[];
                status?: ("open" | "in_progress" | "blocked" | "closed")[];
                priority?: ("low" | "medium" | "high" | "critical")[];
                assignee?: "me" | "none" | string;
                reporter?: "me" | string;
                departmentId?: string;
                department?: string;
                label?: string[];
                excludeLabels?: string[];
                createdFrom?: string;
                createdTo?: string;
                updatedFrom?: string;
                updatedTo?: string;
                dueFrom?: string;
                dueTo?: string;
                overdue?: boolean;
                hasAttachments?: boolean;
                sla?: "breached" | "at-risk" | "met";
                q?: string;
                query?: string;
                view?: string;
                timeZone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tickets as CSV */
            200: {
                headers: {
                    /** @description Requests allowed per minute */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this minute */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input (E_VALIDATION, with the failing fields) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token (E_UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not visible to you (E_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (E_RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault on our side (E_INTERNAL); no details are exposed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}

// generated — do not edit; run npm run api-client:generate
// Made by openapi-typescript from the API's OpenAPI document (GET /api/openapi.json).

export interface paths {
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers */
    get: operations['HealthController_liveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: database, Redis (when configured) and storage answer */
    get: operations['HealthController_readiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/detailed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dependencies, queue depths and integrations (operators, or an organisation admin)
     * @description `Authorization: Bearer <OPS_TOKEN>` (no X-Org-Id): every provider across organisations. An organisation admin's access token with X-Org-Id: the same checks and that organisation's own integrations only.
     */
    get: operations['DetailedHealthController_detailed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an organisation; the caller becomes its admin */
    post: operations['OrganizationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation named by X-Org-Id */
    get: operations['OrganizationsController_current'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename the current organisation or set its time zone (admin) */
    patch: operations['OrganizationsController_update'];
    trace?: never;
  };
  '/api/v1/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members of the current organisation, in the order they joined */
    get: operations['MembersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member (admin); never the last admin. Takes effect on their next request */
    delete: operations['MembersController_remove'];
    options?: never;
    head?: never;
    /** Change a member's role (admin); the last admin cannot be demoted */
    patch: operations['MembersController_changeRole'];
    trace?: never;
  };
  '/api/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite someone by e-mail (admin); the token is valid for 7 days */
    post: operations['InvitationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The signed-in user accepts an invitation sent to their e-mail */
    post: operations['InvitationsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an account, optionally with a new organisation or an invitation */
    post: operations['AuthController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Trade a refresh token for new tokens (the old one stops working) */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke the refresh token (and its family) */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and the organisations they belong to */
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Leads the caller may see (agents: their own and unassigned), filtered and paginated */
    get: operations['LeadsController_list'];
    put?: never;
    /** Create a lead at the top of its column; 409 if its phone or e-mail exists */
    post: operations['LeadsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One lead */
    get: operations['LeadsController_get'];
    put?: never;
    post?: never;
    /** Delete a lead (manager or admin) */
    delete: operations['LeadsController_remove'];
    options?: never;
    head?: never;
    /** Edit a lead; needs the current `version` (stale: 409 with `current`) */
    patch: operations['LeadsController_update'];
    trace?: never;
  };
  '/api/v1/leads/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a card to a stage, before/after a neighbour or to the top of the column */
    post: operations['LeadsController_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bulk move stage / assign / add or remove a tag / delete (delete: manager or admin): one transaction, one live event per lead; an id the caller cannot change fails the whole request (404 with missing_ids) */
    post: operations['LeadsController_bulk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Won or lost: moves the lead to Fechado (top of the column) if needed and sets its result in one transaction; lost needs lost_reason */
    post: operations['LeadsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Clear the result and move the lead back to an open stage (default negociacao) */
    post: operations['LeadsController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The board: per stage, count, BRL total and the first cards, with the lead filters applied */
    get: operations['LeadsController_board'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import leads from a CSV; bad rows and duplicates are reported, never abort the rest */
    post: operations['LeadImportExportController_importCsv'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The leads the caller may see, under the list's filters, as CSV (UTF-8 with BOM, `;`-delimited, Excel-friendly) */
    get: operations['LeadImportExportController_exportCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activities of the leads the caller may see, filtered, in due order (keyset pages on due_at, id) */
    get: operations['ActivitiesController_list'];
    put?: never;
    /** Schedule an activity on a lead; the assignee defaults to the caller */
    post: operations['ActivitiesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/activities/my-day': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Minha agenda: the caller's overdue, today's and upcoming activities, in the organisation's time zone */
    get: operations['ActivitiesController_myDay'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/activities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One activity */
    get: operations['ActivitiesController_get'];
    put?: never;
    post?: never;
    /** Delete an activity */
    delete: operations['ActivitiesController_remove'];
    options?: never;
    head?: never;
    /** Edit, reschedule, complete (`done: true`, a timeline entry on the lead) or reopen an activity */
    patch: operations['ActivitiesController_update'];
    trace?: never;
  };
  '/api/v1/communications/timeline/{leadId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A lead's timeline, newest first: communications and system lines (stage changes…) */
    get: operations['CommunicationsController_getTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/communications/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Full-text search over communications (Portuguese stemming, accents ignored) */
    get: operations['CommunicationsController_searchCommunications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an internal note to the lead */
    post: operations['CommunicationsController_addNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log a phone call made or received outside the CRM */
    post: operations['CommunicationsController_logCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a file (streamed and encrypted at rest; type sniffed from the bytes). Fields `lead_id` / `communication_id` go before `file`. */
    post: operations['FilesController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A file's metadata */
    get: operations['FilesController_get'];
    put?: never;
    post?: never;
    /** Delete a file (its stored object is removed after commit) */
    delete: operations['FilesController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The decrypted bytes, streamed; supports a single HTTP Range */
    get: operations['FilesController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A single-use token to open the event stream of the current organisation */
    post: operations['EventsController_token'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-Sent Events of the organisation: communication.created|updated, lead.created|updated|moved|deleted */
    get: operations['EventsController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/{provider}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider's webhook events received for this organisation, newest first (admin) */
    get: operations['WebhookEventsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/{provider}/events/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Process a failed event again, with fresh attempts (admin) */
    post: operations['WebhookEventsController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/whatsapp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** WhatsApp connection status, without secrets (admin) */
    get: operations['WhatsAppIntegrationController_status'];
    put?: never;
    /** Connect (or reconnect) a WhatsApp Business number (admin). The token is checked with the Graph API first; secrets are stored encrypted and never returned */
    post: operations['WhatsAppIntegrationController_connect'];
    /** Disconnect: forget the secrets and stop accepting its webhooks (admin) */
    delete: operations['WhatsAppIntegrationController_disconnect'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/whatsapp/webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Webhook verification: hub.mode=subscribe and a hub.verify_token of a connected number echo hub.challenge */
    get: operations['WhatsAppWebhookController_verify'];
    put?: never;
    /** Signed webhook (X-Hub-Signature-256 over the raw body). Stored durably, then processed by the worker; unknown numbers are kept as unroutable and still answered 200 */
    post: operations['WhatsAppWebhookController_receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/communications/whatsapp/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a WhatsApp message to a lead: exactly one of text (inside the 24 h window), template, or file_id (+ caption). Meta refusing it stores it as failed, with the error */
    post: operations['WhatsAppSendController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/communications/whatsapp/window': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether free text may be sent to the lead (24 h since the lead's last message) */
    get: operations['WhatsAppSendController_window'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/whatsapp/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The WhatsApp Business Account's approved message templates */
    get: operations['WhatsAppTemplatesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/twilio': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Twilio connection status, without secrets (admin) */
    get: operations['TwilioIntegrationController_status'];
    put?: never;
    /** Connect (or reconnect) a Twilio account (admin). The Account SID and auth token are checked by fetching the account first; the token is stored encrypted and never returned */
    post: operations['TwilioIntegrationController_connect'];
    /** Disconnect: forget the auth token and stop accepting its webhooks (admin) */
    delete: operations['TwilioIntegrationController_disconnect'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/twilio/voice/inbound': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A call to the organisation's Twilio number: answered with TwiML that rings the rep's phone (agent_phone) with recording; the call lands on the caller's lead */
    post: operations['TwilioVoiceWebhookController_inbound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/twilio/voice/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Call progress (statusCallback): stored durably, then applied to the one timeline entry of the call, whatever the order */
    post: operations['TwilioVoiceWebhookController_status'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/twilio/voice/recording': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A recording is ready (recordingStatusCallback): stored durably; the worker downloads it and attaches it to the call */
    post: operations['TwilioVoiceWebhookController_recording'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/communications/voip/call': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Click-to-call through Twilio: calls the lead from the organisation's number and connects the rep's phone (agent_phone, else the integration's) once the lead answers; recorded. The call appears at once in the timeline as an outbound voip communication keyed by its CallSid, updated as Twilio reports progress */
    post: operations['ClickToCallController_place'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lost-reasons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's reasons a deal is lost, in order */
    get: operations['LostReasonsController_list'];
    put?: never;
    /** Add a lost reason at the end of the list (manager or admin) */
    post: operations['LostReasonsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lost-reasons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a lost reason (manager or admin); leads lost for it keep the label */
    delete: operations['LostReasonsController_remove'];
    options?: never;
    head?: never;
    /** Rename or reorder a lost reason (manager or admin) */
    patch: operations['LostReasonsController_update'];
    trace?: never;
  };
  '/api/v1/pipeline/health-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deal-health thresholds of every stage (rotting days, unanswered hours) */
    get: operations['StageHealthSettingsController_get'];
    /** Change the thresholds of some stages (admin); null turns a signal off */
    put: operations['StageHealthSettingsController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/saved-filters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's saved filters of the board and list, by name */
    get: operations['SavedFiltersController_list'];
    put?: never;
    /** Save the current filters under a name (per user) */
    post: operations['SavedFiltersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/saved-filters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete one of your saved filters */
    delete: operations['SavedFiltersController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mailbox connection status, without secrets (admin) */
    get: operations['EmailIntegrationController_status'];
    put?: never;
    /** Connect (or reconnect) an IMAP + SMTP mailbox (admin). Both logins are tested first; passwords are stored encrypted and never returned */
    post: operations['EmailIntegrationController_connect'];
    /** Disconnect the mailbox: forget its passwords (admin) */
    delete: operations['EmailIntegrationController_disconnect'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/communications/email/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send an e-mail to the lead from the organisation's mailbox (SMTP), threaded with in_reply_to; recorded with its Message-ID */
    post: operations['EmailSendController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/email/dropbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's drop-box address: BCC or forward an e-mail to it and it lands on the lead it is with */
    get: operations['EmailDropboxController_address'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/ai-summaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Summarise the lead's whole timeline with AI (sentiment, next actions): answers the pending summary; `ai_summary.ready` follows on the event stream when it is done or failed */
    post: operations['AiSummariesController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ai-summaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's AI summaries (or one lead's with `lead_id`), newest first; agents see those of their own and unassigned leads */
    get: operations['AiSummariesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ai-summaries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One AI summary */
    get: operations['AiSummariesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Of the leads created in the period, how many reached each stage, and won */
    get: operations['AnalyticsController_funnel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/pipeline-value': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open leads now by stage and by owner (the period is ignored) */
    get: operations['AnalyticsController_pipelineValue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/win-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Leads closed in the period: won, lost, win rate, average cycle */
    get: operations['AnalyticsController_winRate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/lost-reasons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Leads lost in the period by reason, most frequent first */
    get: operations['AnalyticsController_lostReasons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Activities completed in the period and overdue open ones, by assignee
     * @description `owner_id` narrows to the activities assigned to that member.
     */
    get: operations['AnalyticsController_activities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/first-response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Time to the first reply to customer messages, by replying agent and channel
     * @description A customer message opens a conversation when the message before it on the same lead and channel is ours (or there is none); notes never count. `owner_id` narrows to the leads that member owns.
     */
    get: operations['AnalyticsController_firstResponse'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's notifications in this organization, newest first */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of the caller's notifications are unread */
    get: operations['NotificationsController_unreadCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all of the caller's notifications read */
    post: operations['NotificationsController_markAllRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The kinds of notification the caller muted */
    get: operations['NotificationsController_getSettings'];
    /** Replace the kinds of notification the caller muted */
    put: operations['NotificationsController_putSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of your notifications read */
    post: operations['NotificationsController_markRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/current/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's figures: communications by channel and active integrations */
    get: operations['OrganizationFiguresController_current'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's outbound webhook endpoints, oldest first (admin) */
    get: operations['WebhookEndpointsController_list'];
    put?: never;
    /** Add an endpoint; the answer carries its Standard Webhooks signing secret, shown only once (admin) */
    post: operations['WebhookEndpointsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One endpoint (never its secret) (admin) */
    get: operations['WebhookEndpointsController_get'];
    put?: never;
    post?: never;
    /** Delete an endpoint and its delivery log (admin) */
    delete: operations['WebhookEndpointsController_remove'];
    options?: never;
    head?: never;
    /** Change the URL, events or description; `enabled: true` re-enables a disabled endpoint and resumes its pending deliveries (admin) */
    patch: operations['WebhookEndpointsController_update'];
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The endpoint's deliveries, newest first, with their latest attempt (admin) */
    get: operations['WebhookEndpointsController_listDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a pending delivery now, or a failed one again with fresh attempts; a succeeded one is not resent (admin) */
    post: operations['WebhookEndpointsController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a `webhook.test` delivery (data `{endpoint_id}`) to the endpoint (admin) */
    post: operations['WebhookEndpointsController_test'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's live API keys, newest first (admin) */
    get: operations['ApiKeysController_list'];
    put?: never;
    /** Issue an API key (admin); the answer carries the secret, shown only this once */
    post: operations['ApiKeysController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key (admin): its next request fails */
    delete: operations['ApiKeysController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    LivenessDto: {
      /** @enum {string} */
      status: 'ok';
    };
    ReadinessChecksDto: {
      /** @enum {string} */
      database: 'up' | 'down' | 'skipped';
      /** @enum {string} */
      redis: 'up' | 'down' | 'skipped';
      /** @enum {string} */
      storage: 'up' | 'down' | 'skipped';
    };
    ReadinessDto: {
      /** @enum {string} */
      status: 'ok';
      /** @enum {string} */
      mode: 'full' | 'embedded';
      checks: components['schemas']['ReadinessChecksDto'];
    };
    FieldErrorDto: {
      /**
       * @description Dotted path of the field, e.g. `tags.0`
       * @example name
       */
      field: string;
      /**
       * @description The rule the value breaks: a class-validator constraint name (`isNotEmpty`, `isEmail`, `maxLength`, `isIn`, `isDefined` for a `null` where a value is required, `whitelistValidation` for an unknown field, …) or one of ours (`safeText`: holds a NUL character; `maxDepth`: nested too deep; `isDateTime`). Clients word the error from it.
       * @example maxLength
       */
      code: string;
      /**
       * @description Arguments of the rule, when it has any: `max` (`maxLength`, `max`, `arrayMaxSize`, `maxDepth`), `min` (`minLength`, `min`, `arrayMinSize`), `values` (`isIn`), `pattern` (`matches`)
       * @example {
       *       "max": 120
       *     }
       */
      params?: {
        [key: string]: string | number | boolean | (string | number)[];
      };
      /**
       * @description English, for developers; not meant to be shown to people
       * @example name must be shorter than or equal to 120 characters
       */
      message: string;
    };
    ProblemDetailsDto: {
      /** @example https://loved.crm/problems/validation-failed */
      type: string;
      /** @example Bad Request */
      title: string;
      /** @example 400 */
      status: number;
      /**
       * @description English, for developers; clients word the error from `code`
       * @example The request has invalid fields.
       */
      detail: string;
      /** @example /api/v1/leads */
      instance?: string;
      /** @example VALIDATION_FAILED */
      code?: string;
      errors?: components['schemas']['FieldErrorDto'][];
    };
    DependencyCheckDto: {
      /** @enum {string} */
      status: 'up' | 'down' | 'not_configured';
      /** @description How long the probe took, in ms; null when not configured */
      latency_ms: number | null;
    };
    DetailedChecksDto: {
      database: components['schemas']['DependencyCheckDto'];
      /** @description `not_configured` in embedded mode */
      redis: components['schemas']['DependencyCheckDto'];
      storage: components['schemas']['DependencyCheckDto'];
    };
    QueueDepthDto: {
      /** @example webhooks */
      name: string;
      waiting: number;
      active: number;
      delayed: number;
      /** @description Jobs that used every attempt (kept for inspection) */
      failed: number;
    };
    IntegrationCountsDto: {
      active: number;
      needs_reauth: number;
      disconnected: number;
    };
    IntegrationFailureDto: {
      /** Format: date-time */
      occurred_at: string;
      /**
       * @description The integration's own error code, or WEBHOOK_EVENT_FAILED
       * @example WEBHOOK_EVENT_FAILED
       */
      code: string;
      message: string;
    };
    ProviderHealthDto: {
      /** @enum {string} */
      provider: 'whatsapp' | 'twilio' | 'email';
      /** @description Integrations by status */
      integrations: components['schemas']['IntegrationCountsDto'];
      /**
       * Format: date-time
       * @description Latest processed webhook event or mailbox sync, in any organisation
       */
      last_success_at: string | null;
      last_failure: components['schemas']['IntegrationFailureDto'] | null;
    };
    OrganizationIntegrationHealthDto: {
      /** @enum {string} */
      provider: 'whatsapp' | 'twilio' | 'email';
      /** @enum {string} */
      status: 'active' | 'needs_reauth' | 'disconnected';
      /** Format: date-time */
      last_success_at: string | null;
      last_failure: components['schemas']['IntegrationFailureDto'] | null;
    };
    DetailedHealthDto: {
      /**
       * @description `platform` for the operator token, `organization` for an admin
       * @enum {string}
       */
      scope: 'platform' | 'organization';
      /**
       * @description `degraded`: a dependency is down
       * @enum {string}
       */
      status: 'ok' | 'degraded';
      /** @enum {string} */
      mode: 'full' | 'embedded';
      /** Format: date-time */
      checked_at: string;
      checks: components['schemas']['DetailedChecksDto'];
      /** @description Bull queues; empty in embedded mode or when Redis does not answer */
      queues: components['schemas']['QueueDepthDto'][];
      /** @description Scope `platform` only: every provider across organisations */
      providers?: components['schemas']['ProviderHealthDto'][];
      /** @description Scope `organization` only: the organisation's own integrations */
      integrations?: components['schemas']['OrganizationIntegrationHealthDto'][];
    };
    CreateOrganizationDto: {
      /** @example Agência Aurora */
      name: string;
    };
    OrganizationDto: {
      /** Format: uuid */
      id: string;
      /** @example Agência Aurora */
      name: string;
      /** @enum {string} */
      plan: 'free' | 'pro' | 'enterprise';
      /**
       * @description IANA time zone
       * @example America/Sao_Paulo
       */
      time_zone: string;
      /** Format: date-time */
      created_at: string;
    };
    UpdateOrganizationDto: {
      /** @example Agência Aurora Digital */
      name?: string;
      /**
       * @description An IANA time zone name: "today" and due dates are read in it
       * @example America/Sao_Paulo
       */
      time_zone?: string;
    };
    MemberDto: {
      /** Format: uuid */
      user_id: string;
      /** @example Ana Souza */
      name: string;
      /** @example ana@agencia.com.br */
      email: string;
      avatar_url: string | null;
      /** @enum {string} */
      role: 'admin' | 'manager' | 'agent';
      /** Format: date-time */
      joined_at: string;
    };
    MemberListDto: {
      items: components['schemas']['MemberDto'][];
      next_cursor: string | null;
    };
    UpdateMemberDto: {
      /** @enum {string} */
      role: 'admin' | 'manager' | 'agent';
    };
    CreateInvitationDto: {
      /** @example carlos@agencia.com.br */
      email: string;
      /** @enum {string} */
      role: 'admin' | 'manager' | 'agent';
    };
    InvitationDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organization_id: string;
      email: string;
      /** @enum {string} */
      role: 'admin' | 'manager' | 'agent';
      /** Format: date-time */
      expires_at: string;
      /** @description Shown once: only its hash is stored */
      token: string;
      /** @example /convite?token=… */
      accept_path: string;
    };
    AcceptInvitationDto: {
      /** @description The token from the invitation link */
      token: string;
    };
    MembershipDto: {
      /** Format: uuid */
      organization_id: string;
      /** @example Agência Demo */
      name: string;
      /** @enum {string} */
      role: 'admin' | 'manager' | 'agent';
      /** @enum {string} */
      plan: 'free' | 'pro' | 'enterprise';
    };
    RegisterDto: {
      /** @example Ana Souza */
      name: string;
      /** @example ana@agencia.com.br */
      email: string;
      password: string;
      /**
       * @description Creates this organisation with the user as admin
       * @example Agência Aurora
       */
      organization_name?: string;
      /** @description Joins the organisation of this invitation (sent to the same e-mail) */
      invitation_token?: string;
    };
    UserDto: {
      /** Format: uuid */
      id: string;
      name: string;
      email: string;
      avatar_url: string | null;
      /** Format: date-time */
      created_at: string;
    };
    AuthResponseDto: {
      /** @description JWT (HS256), valid for 15 minutes */
      access_token: string;
      /** @enum {string} */
      token_type: 'Bearer';
      /** @example 900 */
      expires_in: number;
      /** @description Opaque; rotated on every use */
      refresh_token: string;
      user: components['schemas']['UserDto'];
      memberships: components['schemas']['MembershipDto'][];
    };
    LoginDto: {
      /** @example demo@loved.crm */
      email: string;
      password: string;
    };
    RefreshDto: {
      refresh_token: string;
    };
    LogoutDto: {
      refresh_token: string;
    };
    MeResponseDto: {
      user: components['schemas']['UserDto'];
      memberships: components['schemas']['MembershipDto'][];
    };
    LeadAssigneeDto: {
      /** Format: uuid */
      id: string;
      name: string;
      avatar_url: string | null;
    };
    LeadNextActivityDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      type: 'call' | 'meeting' | 'whatsapp' | 'email' | 'task';
      subject: string;
      /** Format: date-time */
      due_at: string;
      /** Format: uuid */
      assigned_user_id: string | null;
    };
    LeadHealthDto: {
      /**
       * Format: date-time
       * @description Later of entering the stage and last contact
       */
      idle_since: string;
      idle_days: number;
      /** @description Idle for at least the stage's rotting days */
      rotting: boolean;
      /** Format: date-time */
      unanswered_since: string | null;
      /** @description Waiting for at least the stage's unanswered hours */
      unanswered: boolean;
      /** Format: date-time */
      whatsapp_window_closes_at: string | null;
    };
    LeadDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organization_id: string;
      name: string;
      email: string | null;
      /** @example +5511987654321 */
      phone: string | null;
      /** @enum {string} */
      stage: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
      source: string | null;
      /** @example 1500.00 */
      estimated_value: string | null;
      /** @example 150000 */
      estimated_value_cents: number | null;
      tags: string[];
      /** Format: uuid */
      assigned_user_id: string | null;
      assigned_user: components['schemas']['LeadAssigneeDto'] | null;
      /** @enum {string} */
      priority: 'low' | 'medium' | 'high';
      /** @enum {string|null} */
      outcome: 'won' | 'lost' | null;
      lost_reason: string | null;
      /**
       * Format: date-time
       * @description When the lead entered its stage
       */
      stage_changed_at: string;
      /** Format: date-time */
      last_contact_at: string | null;
      /** @enum {string|null} */
      last_contact_channel: 'whatsapp' | 'email' | 'voip' | 'note' | null;
      communications_count: number;
      has_ai_summary: boolean;
      /** @description Earliest open activity */
      next_activity: components['schemas']['LeadNextActivityDto'] | null;
      /** @description Null once won or lost */
      health: components['schemas']['LeadHealthDto'] | null;
      /** Format: date-time */
      closed_at: string | null;
      /** @description Opaque rank inside the column */
      position: string;
      version: number;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    LeadListDto: {
      items: components['schemas']['LeadDto'][];
      next_cursor: string | null;
    };
    CreateLeadDto: {
      /** @example João Silva */
      name: string;
      /** @example joao@empresa.com.br */
      email?: string | null;
      /**
       * @description Stored as E.164 (default region BR)
       * @example (11) 98765-4321
       */
      phone?: string | null;
      /**
       * @default lead
       * @enum {string}
       */
      stage?: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
      /** @example Instagram */
      source?: string | null;
      /**
       * @description BRL as an exact decimal string, at most 13 digits before the point
       * @example 1500.00
       */
      estimated_value?: string | null;
      /**
       * @description BRL in integer cents
       * @example 150000
       */
      estimated_value_cents?: number | null;
      /**
       * @example [
       *       "site",
       *       "urgente"
       *     ]
       */
      tags?: string[];
      /** Format: uuid */
      assigned_user_id?: string | null;
      /**
       * @default medium
       * @enum {string}
       */
      priority?: 'low' | 'medium' | 'high';
      /**
       * @description Create even if a lead has the same phone or e-mail
       * @default false
       */
      allow_duplicate?: boolean;
    };
    UpdateLeadDto: {
      /** @example João Silva */
      name?: string;
      /** @example joao@empresa.com.br */
      email?: string | null;
      /**
       * @description Stored as E.164 (default region BR)
       * @example (11) 98765-4321
       */
      phone?: string | null;
      /**
       * @default lead
       * @enum {string}
       */
      stage?: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
      /** @example Instagram */
      source?: string | null;
      /**
       * @description BRL as an exact decimal string, at most 13 digits before the point
       * @example 1500.00
       */
      estimated_value?: string | null;
      /**
       * @description BRL in integer cents
       * @example 150000
       */
      estimated_value_cents?: number | null;
      /**
       * @example [
       *       "site",
       *       "urgente"
       *     ]
       */
      tags?: string[];
      /** Format: uuid */
      assigned_user_id?: string | null;
      /**
       * @default medium
       * @enum {string}
       */
      priority?: 'low' | 'medium' | 'high';
      /** @description The version you last read; a stale one answers 409 with the current lead */
      version: number;
      /**
       * @description Only when the stage is fechado
       * @enum {string|null}
       */
      outcome?: 'won' | 'lost' | null;
      lost_reason?: string | null;
    };
    MoveLeadDto: {
      /** @enum {string} */
      stage: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
      /**
       * Format: uuid
       * @description Place the lead right before (above) this lead of the column
       */
      before_id?: string;
      /**
       * Format: uuid
       * @description Place the lead right after (below) this lead of the column
       */
      after_id?: string;
      /**
       * @description Only with stage fechado: the result
       * @enum {string}
       */
      outcome?: 'won' | 'lost';
      /** @description Required when outcome is lost */
      lost_reason?: string;
    };
    BulkLeadsDto: {
      ids: string[];
      /** @enum {string} */
      action: 'move_stage' | 'assign' | 'add_tag' | 'remove_tag' | 'delete';
      /**
       * @description With move_stage
       * @enum {string}
       */
      stage?: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
      /**
       * Format: uuid
       * @description With assign
       */
      assigned_user_id?: string | null;
      /** @description With add_tag / remove_tag */
      tag?: string;
    };
    BulkLeadsResultDto: {
      /** @enum {string} */
      action: 'move_stage' | 'assign' | 'add_tag' | 'remove_tag' | 'delete';
      /** @description Leads changed (a lead already in the state counts too) */
      affected: number;
      ids: string[];
    };
    CloseLeadDto: {
      /** @enum {string} */
      outcome: 'won' | 'lost';
      /** @description Required when lost: one of the lost reasons, or free text */
      lost_reason?: string;
    };
    ReopenLeadDto: {
      /**
       * @default negociacao
       * @enum {string}
       */
      stage?: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
    };
    PipelineColumnDto: {
      /** @enum {string} */
      stage: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
      count: number;
      /**
       * @description Exact total in BRL as a decimal string; always present, never rounded
       * @example 12500.00
       */
      total_estimated_value: string;
      /**
       * @description Total in integer cents while it is at most Number.MAX_SAFE_INTEGER; null beyond that (read total_estimated_value)
       * @example 1250000
       */
      total_estimated_value_cents: number | null;
      items: components['schemas']['LeadDto'][];
      /** @description GET /leads?stage=…&sort=position&cursor=… */
      next_cursor: string | null;
    };
    PipelineDto: {
      columns: components['schemas']['PipelineColumnDto'][];
    };
    LeadImportFileDto: {
      /**
       * Format: binary
       * @description CSV in UTF-8 (with or without BOM) or Latin-1, `,` or `;` delimited, up to 5 MB and 5000 rows. Header in Portuguese or English: nome/name (required), e-mail/email, telefone/phone/celular/whatsapp, etapa/stage, valor/value, tags/etiquetas, origem/source, prioridade/priority.
       */
      file: string;
    };
    LeadImportRowErrorDto: {
      /**
       * @description Line of the file where the row starts; the header is line 1
       * @example 3
       */
      row: number;
      /** @example telefone inválido: "12" (use DDD e número, como (11) 98765-4321) */
      message: string;
    };
    LeadImportResultDto: {
      /**
       * @description Leads created
       * @example 42
       */
      imported: number;
      /**
       * @description Rows not imported because a lead with the same phone or e-mail exists (also listed in `errors`)
       * @example 2
       */
      skipped: number;
      /** @description Every row not imported: invalid ones and duplicates ("duplicado: <nome>") */
      errors: components['schemas']['LeadImportRowErrorDto'][];
    };
    ActivityLeadDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    ActivityAssigneeDto: {
      /** Format: uuid */
      id: string;
      name: string;
      avatar_url: string | null;
    };
    ActivityDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organization_id: string;
      /** Format: uuid */
      lead_id: string;
      lead: components['schemas']['ActivityLeadDto'];
      /** @enum {string} */
      type: 'call' | 'meeting' | 'whatsapp' | 'email' | 'task';
      subject: string;
      /**
       * Format: date-time
       * @description An instant, in UTC
       */
      due_at: string;
      duration_minutes: number | null;
      /** Format: uuid */
      assigned_user_id: string | null;
      assigned_user: components['schemas']['ActivityAssigneeDto'] | null;
      done: boolean;
      /** Format: date-time */
      done_at: string | null;
      notes: string | null;
      /** Format: uuid */
      created_by_user_id: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    ActivityListDto: {
      items: components['schemas']['ActivityDto'][];
      next_cursor: string | null;
    };
    MyDayDto: {
      /**
       * @description The organisation's time zone
       * @example America/Sao_Paulo
       */
      time_zone: string;
      /**
       * @description Today in that time zone
       * @example 2026-12-04
       */
      date: string;
      /** @description Not done, due before today (at most 100) */
      overdue: components['schemas']['ActivityDto'][];
      /** @description Due today, done or not (at most 100) */
      today: components['schemas']['ActivityDto'][];
      /** @description Not done, due in the 7 days after today (at most 100) */
      upcoming: components['schemas']['ActivityDto'][];
    };
    CreateActivityDto: {
      /**
       * Format: uuid
       * @description A lead the caller may see
       */
      lead_id: string;
      /**
       * @example call
       * @enum {string}
       */
      type: 'call' | 'meeting' | 'whatsapp' | 'email' | 'task';
      /** @example Ligar para falar da proposta */
      subject: string;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset or `Z`; a time without one is refused
       * @example 2026-12-04T10:00:00-03:00
       */
      due_at: string;
      /**
       * @description Minutes
       * @example 30
       */
      duration_minutes?: number | null;
      /**
       * Format: uuid
       * @description A current member of the organisation; left out: the caller; null: nobody
       */
      assigned_user_id?: string | null;
      notes?: string | null;
    };
    UpdateActivityDto: {
      /**
       * @example call
       * @enum {string}
       */
      type?: 'call' | 'meeting' | 'whatsapp' | 'email' | 'task';
      /** @example Ligar para falar da proposta */
      subject?: string;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset or `Z`; a time without one is refused
       * @example 2026-12-04T10:00:00-03:00
       */
      due_at?: string;
      /**
       * @description Minutes
       * @example 30
       */
      duration_minutes?: number | null;
      /**
       * Format: uuid
       * @description A current member of the organisation; left out: the caller; null: nobody
       */
      assigned_user_id?: string | null;
      notes?: string | null;
      /** @description `true` completes the activity (a timeline entry on the lead), `false` reopens it */
      done?: boolean;
    };
    AttachmentDto: {
      /** Format: uuid */
      file_id: string | null;
      name: string;
      content_type: string;
      size_bytes: number | null;
    };
    CommunicationDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organization_id: string;
      /** Format: uuid */
      lead_id: string;
      /** @enum {string} */
      channel: 'whatsapp' | 'email' | 'voip' | 'note';
      /** @enum {string} */
      direction: 'inbound' | 'outbound' | 'internal';
      content: string;
      subject: string | null;
      /** @description Per-channel data as in the seed */
      metadata: {
        [key: string]: unknown;
      };
      attachments: components['schemas']['AttachmentDto'][];
      external_id: string | null;
      /** @enum {string} */
      status: 'pending' | 'sent' | 'delivered' | 'read' | 'failed';
      /** Format: uuid */
      author_user_id: string | null;
      /** Format: uuid */
      author_api_key_id: string | null;
      /** Format: date-time */
      sent_at: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    TimelineActorDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      type: 'user' | 'api_key';
    };
    TimelineItemDto: {
      /** @enum {string} */
      type: 'communication' | 'system';
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      occurred_at: string;
      /** @description When type is communication */
      communication?: components['schemas']['CommunicationDto'];
      /**
       * @description When type is system
       * @enum {string}
       */
      event?: 'created' | 'stage_changed' | 'assigned' | 'outcome_set' | 'activity_done';
      from?: string | null;
      to?: string | null;
      actor?: components['schemas']['TimelineActorDto'] | null;
    };
    TimelineListDto: {
      items: components['schemas']['TimelineItemDto'][];
      next_cursor: string | null;
    };
    SearchLeadDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    SearchHitDto: {
      communication: components['schemas']['CommunicationDto'];
      lead: components['schemas']['SearchLeadDto'];
      /** @description HTML-escaped; matches wrapped in <mark> */
      snippet: string;
      rank: number;
    };
    SearchListDto: {
      items: components['schemas']['SearchHitDto'][];
      next_cursor: string | null;
    };
    CreateNoteDto: {
      /** @example Cliente pediu proposta até sexta. */
      content: string;
      /** @description Members mentioned in the note (each is notified) */
      mentions?: string[];
    };
    LogCallDto: {
      /** @enum {string} */
      direction: 'inbound' | 'outbound';
      /** @example 180 */
      duration_seconds: number;
      /** @enum {string} */
      outcome: 'completed' | 'missed' | 'busy' | 'no_answer';
      note?: string;
      /**
       * Format: date-time
       * @description When the call happened; now by default
       */
      occurred_at?: string;
    };
    UploadFileDto: {
      /**
       * Format: binary
       * @description The file; comes last
       */
      file: string;
      /**
       * Format: uuid
       * @description Attach to this lead (before `file`)
       */
      lead_id?: string;
      /**
       * Format: uuid
       * @description Attach to this communication (before `file`)
       */
      communication_id?: string;
    };
    FileDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organization_id: string;
      /** @description Sanitised name, used for downloads */
      filename: string;
      /** @description The name as uploaded */
      original_filename: string | null;
      /** @description Sniffed from the bytes, not taken from the client */
      content_type: string;
      size_bytes: number;
      /** @description SHA-256 of the content, hex */
      sha256: string;
      /** Format: uuid */
      communication_id: string | null;
      /** Format: uuid */
      lead_id: string | null;
      /** Format: uuid */
      uploaded_by_user_id: string | null;
      /** @example /api/v1/files/0b6e…/content */
      content_url: string;
      /** Format: date-time */
      created_at: string;
    };
    EventStreamTokenDto: {
      /** @description Single use; valid for 60 seconds */
      token: string;
      /** @example 60 */
      expires_in: number;
    };
    WebhookEventDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      provider: 'whatsapp' | 'twilio' | 'email';
      /** @enum {string} */
      status: 'pending' | 'processed' | 'failed' | 'unroutable';
      /** @description Failed processing attempts so far */
      attempts: number;
      last_error: string | null;
      /** @description Messages and statuses the event carries */
      update_count: number;
      /** Format: date-time */
      received_at: string;
      /** Format: date-time */
      processed_at: string | null;
    };
    WebhookEventListDto: {
      items: components['schemas']['WebhookEventDto'][];
      next_cursor: string | null;
    };
    IntegrationErrorDto: {
      code: string;
      message: string;
      /** Format: date-time */
      occurred_at: string;
    };
    WhatsAppIntegrationDto: {
      /** @enum {string} */
      provider: 'whatsapp';
      /** @enum {string} */
      status: 'active' | 'needs_reauth' | 'disconnected';
      phone_number_id: string | null;
      waba_id: string | null;
      display_phone_number: string | null;
      verified_name: string | null;
      /** @description Callback URL to configure in the Meta app */
      webhook_url: string;
      /** Format: date-time */
      connected_at: string | null;
      /** Format: date-time */
      updated_at: string | null;
      last_error: components['schemas']['IntegrationErrorDto'] | null;
    };
    ConnectWhatsAppDto: {
      /**
       * @description Phone number id from WhatsApp Manager
       * @example 106540352242922
       */
      phone_number_id: string;
      /**
       * @description WhatsApp Business Account id
       * @example 102290129340398
       */
      waba_id: string;
      /** @description System user access token; never returned */
      access_token: string;
      /** @description The Meta app's secret, to verify webhook signatures */
      app_secret: string;
      /** @description The verify token typed in the Meta app webhook setup */
      verify_token: string;
      /** @example +55 11 99999-9999 */
      display_phone_number: string;
    };
    WhatsAppTemplateRefDto: {
      /** @example hello_world */
      name: string;
      /** @example pt_BR */
      language: string;
      /** @description Meta's template components (header/body/button parameters) */
      components?: Record<string, never>[];
    };
    SendWhatsAppDto: {
      /** Format: uuid */
      lead_id: string;
      text?: string;
      template?: components['schemas']['WhatsAppTemplateRefDto'];
      /**
       * Format: uuid
       * @description An uploaded file, sent as media
       */
      file_id?: string;
      /** @description Caption of the media (with file_id) */
      caption?: string;
    };
    WhatsAppWindowDto: {
      /** @description Free text may be sent (an inbound message in the last 24 h) */
      open: boolean;
      /** Format: date-time */
      last_inbound_at: string | null;
      /** Format: date-time */
      closes_at: string | null;
    };
    WhatsAppTemplateDto: {
      name: string;
      language: string;
      category: string | null;
      status: string;
      components: Record<string, never>[];
    };
    WhatsAppTemplateListDto: {
      items: components['schemas']['WhatsAppTemplateDto'][];
    };
    TwilioIntegrationDto: {
      /** @enum {string} */
      provider: 'twilio';
      /** @enum {string} */
      status: 'active' | 'needs_reauth' | 'disconnected';
      account_sid: string | null;
      friendly_name: string | null;
      phone_number: string | null;
      agent_phone: string | null;
      /** @description The number's "A call comes in" webhook (HTTP POST) */
      voice_url: string;
      /** @description The number's call status callback (HTTP POST) */
      status_callback_url: string;
      /** Format: date-time */
      connected_at: string | null;
      /** Format: date-time */
      updated_at: string | null;
      last_error: components['schemas']['IntegrationErrorDto'] | null;
    };
    ConnectTwilioDto: {
      /**
       * @description Account SID
       * @example AC0123456789abcdef0123456789abcdef
       */
      account_sid: string;
      /** @description Auth token of the account; never returned */
      auth_token: string;
      /**
       * @description The Twilio number calls use (E.164)
       * @example +551140028922
       */
      phone_number: string;
      /**
       * @description Where inbound calls ring (E.164)
       * @example +5511987654321
       */
      agent_phone: string;
    };
    PlaceCallDto: {
      /** Format: uuid */
      lead_id: string;
      /**
       * @description The rep's phone to connect (E.164); defaults to the integration's agent phone
       * @example +5511987654321
       */
      agent_phone?: string;
    };
    LostReasonDto: {
      /** Format: uuid */
      id: string;
      label: string;
      position: number;
    };
    LostReasonListDto: {
      items: components['schemas']['LostReasonDto'][];
    };
    CreateLostReasonDto: {
      /** @example Preço */
      label: string;
    };
    UpdateLostReasonDto: {
      label?: string;
      /** @description Place in the list */
      position?: number;
    };
    StageHealthSettingDto: {
      /** @enum {string} */
      stage: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
      /** @description Days without a stage change or contact before the deal is rotting; null = off */
      rotting_days: number | null;
      /** @description Hours a customer message may wait for a reply; null = off */
      unanswered_hours: number | null;
    };
    StageHealthSettingsDto: {
      stages: components['schemas']['StageHealthSettingDto'][];
    };
    UpdateStageHealthSettingsDto: {
      /** @description One entry per stage to change */
      stages: components['schemas']['StageHealthSettingDto'][];
    };
    SavedFilterFiltersDto: {
      /** @description A member id, `me` or `none` (unassigned) */
      assigned_user_id?: string;
      tag?: string;
      /** @enum {string} */
      priority?: 'low' | 'medium' | 'high';
      /** @description Name, e-mail or phone; accents and case are ignored */
      q?: string;
      /**
       * @description `open`: no result yet; `won` / `lost`: closed deals with that result
       * @enum {string}
       */
      outcome?: 'open' | 'won' | 'lost';
      /** @description `false`: only leads without an open activity ("sem próxima atividade"); `true`: only leads with one */
      has_next_activity?: boolean;
      /** @enum {string} */
      stage?: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
      /** @enum {string} */
      sort?:
        | '-created_at'
        | 'created_at'
        | 'position'
        | 'name'
        | '-name'
        | '-updated_at'
        | 'estimated_value'
        | '-estimated_value'
        | '-last_contact_at'
        | '-stage_changed_at'
        | 'stage_changed_at'
        | 'last_contact_at';
    };
    SavedFilterDto: {
      /** Format: uuid */
      id: string;
      name: string;
      filters: components['schemas']['SavedFilterFiltersDto'];
      /** Format: date-time */
      created_at: string;
    };
    SavedFilterListDto: {
      items: components['schemas']['SavedFilterDto'][];
    };
    CreateSavedFilterDto: {
      /** @example Minhas negociações quentes */
      name: string;
      filters: components['schemas']['SavedFilterFiltersDto'];
    };
    EmailIntegrationDto: {
      /** @enum {string} */
      provider: 'email';
      /** @enum {string} */
      status: 'active' | 'needs_reauth' | 'disconnected';
      email_address: string | null;
      display_name: string | null;
      /** @enum {string} */
      auth: 'password' | 'oauth2';
      /** @enum {string|null} */
      oauth_provider: 'google' | 'microsoft' | null;
      imap_host: string | null;
      imap_port: number | null;
      smtp_host: string | null;
      smtp_port: number | null;
      create_leads_for_unknown_senders: boolean;
      sync_days: number;
      /** Format: date-time */
      connected_at: string | null;
      /** Format: date-time */
      updated_at: string | null;
      last_error: components['schemas']['IntegrationErrorDto'] | null;
    };
    MailServerDto: {
      /** @example imap.example.com */
      host: string;
      /** @example 993 */
      port: number;
      /** @description TLS from the start (993/465); false: STARTTLS when offered */
      secure: boolean;
      username: string;
      /** @description Password or app password (required with `password` auth); never returned */
      password?: string;
    };
    MailOAuth2GrantDto: {
      /**
       * @description Whose token endpoint
       * @enum {string}
       */
      provider: 'google' | 'microsoft';
      /** @description Access token with the mail scope; never returned */
      access_token: string;
      /** @description Seconds the token lasts (the answer's) */
      expires_in?: number;
      /** @description Lets the CRM renew the access token */
      refresh_token?: string;
      /** @description The OAuth client's id (needed to renew) */
      client_id?: string;
      /** @description The OAuth client's secret, if it has one */
      client_secret?: string;
    };
    ConnectEmailDto: {
      /** @example contato@agencia.com.br */
      email_address: string;
      /** @example Agência Azul */
      display_name?: string;
      imap: components['schemas']['MailServerDto'];
      smtp: components['schemas']['MailServerDto'];
      /**
       * @description `password`: each server its password; `oauth2`: the `oauth2` grant (XOAUTH2)
       * @default password
       * @enum {string}
       */
      auth?: 'password' | 'oauth2';
      /** @description Required with `oauth2` auth */
      oauth2?: components['schemas']['MailOAuth2GrantDto'];
      /** @default false */
      create_leads_for_unknown_senders?: boolean;
      /** @default 30 */
      sync_days?: number;
    };
    SendEmailDto: {
      /** Format: uuid */
      lead_id: string;
      /** @example Proposta de site */
      subject: string;
      /** @description HTML body; at least one of body_html and body_text */
      body_html?: string;
      body_text?: string;
      /**
       * @example [
       *       "financeiro@cliente.com.br"
       *     ]
       */
      cc?: string[];
      bcc?: string[];
      /** @description Uploaded files to attach */
      file_ids?: string[];
      /**
       * Format: uuid
       * @description Id of an e-mail communication of the lead this answers (threads the reply)
       */
      in_reply_to?: string;
    };
    EmailDropboxDto: {
      /** @example 0f3k2…@inbox.loved.crm */
      address: string;
    };
    AiSummaryCoveredDto: {
      /** Format: uuid */
      first_communication_id: string | null;
      /** Format: uuid */
      last_communication_id: string | null;
      /** Format: date-time */
      from: string | null;
      /** Format: date-time */
      to: string | null;
      /** @description How many communications the prompt held */
      communications: number;
    };
    AiSummaryUsageDto: {
      prompt_tokens: number;
      completion_tokens: number;
    };
    AiSummaryDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organization_id: string;
      /** Format: uuid */
      lead_id: string;
      /**
       * Format: uuid
       * @description The lead's conversation (one per lead)
       */
      conversation_id: string;
      /** @enum {string} */
      status: 'pending' | 'done' | 'failed';
      /** @description pt-BR; null until done */
      summary: string | null;
      /** @enum {string|null} */
      sentiment: 'positive' | 'neutral' | 'negative' | null;
      next_actions: string[];
      confidence_score: number | null;
      /** @enum {string} */
      provider: 'openai' | 'local';
      /** @example gpt-4o-mini */
      model: string;
      covered: components['schemas']['AiSummaryCoveredDto'];
      usage: components['schemas']['AiSummaryUsageDto'] | null;
      /** @description Readable reason of a failure */
      error: string | null;
      /** Format: uuid */
      requested_by_user_id: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      completed_at: string | null;
    };
    AiSummaryListDto: {
      items: components['schemas']['AiSummaryDto'][];
      next_cursor: string | null;
    };
    AnalyticsPeriodDto: {
      /**
       * Format: date
       * @description First day, inclusive
       */
      from: string;
      /**
       * Format: date
       * @description Last day, inclusive
       */
      to: string;
      /**
       * Format: uuid
       * @description null: everyone
       */
      owner_id: string | null;
      /**
       * @description Where the days begin and end
       * @example America/Sao_Paulo
       */
      time_zone: string;
    };
    FunnelStageDto: {
      /** @enum {string} */
      stage: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado' | 'won';
      /** @description Leads of the cohort that were ever in this stage or a later one */
      reached: number;
      /**
       * @description reached / reached by the previous stage, 4 places; null for the first
       * @example 0.5000
       */
      conversion_from_previous: string | null;
    };
    FunnelDto: {
      period: components['schemas']['AnalyticsPeriodDto'];
      stages: components['schemas']['FunnelStageDto'][];
    };
    StageValueDto: {
      count: number;
      /** @description Sum of estimated values in cents */
      value_cents: number;
      /**
       * @description The same sum as an exact decimal string
       * @example 1500.00
       */
      value: string;
      /** @enum {string} */
      stage: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
    };
    AnalyticsUserDto: {
      /** Format: uuid */
      id: string;
      /** @description Empty when the user is no longer a member */
      name: string;
    };
    OwnerValueDto: {
      count: number;
      /** @description Sum of estimated values in cents */
      value_cents: number;
      /**
       * @description The same sum as an exact decimal string
       * @example 1500.00
       */
      value: string;
      /** @description null: unassigned */
      owner: components['schemas']['AnalyticsUserDto'] | null;
    };
    PipelineValueDto: {
      period: components['schemas']['AnalyticsPeriodDto'];
      /** @description Every stage, in board order */
      by_stage: components['schemas']['StageValueDto'][];
      /** @description Highest value first */
      by_owner: components['schemas']['OwnerValueDto'][];
    };
    ValueBucketDto: {
      count: number;
      /** @description Sum of estimated values in cents */
      value_cents: number;
      /**
       * @description The same sum as an exact decimal string
       * @example 1500.00
       */
      value: string;
    };
    WinRateDto: {
      period: components['schemas']['AnalyticsPeriodDto'];
      won: components['schemas']['ValueBucketDto'];
      lost: components['schemas']['ValueBucketDto'];
      /**
       * @description won / closed
       * @example 0.4000
       */
      win_rate: string | null;
      /**
       * @description Mean days from creation to close of the won leads, 1 place
       * @example 12.5
       */
      average_cycle_days: string | null;
    };
    LostReasonCountDto: {
      /** @description As recorded on the lead; empty when none was */
      reason: string;
      count: number;
      value_cents: number;
    };
    LostReasonsDto: {
      period: components['schemas']['AnalyticsPeriodDto'];
      won: number;
      lost: number;
      /** @description Most frequent first */
      reasons: components['schemas']['LostReasonCountDto'][];
    };
    RepActivitiesDto: {
      /** @description null: unassigned */
      user: components['schemas']['AnalyticsUserDto'] | null;
      /** @description Activities completed in the period */
      done: number;
      /** @description Open activities due before now (whatever the period) */
      overdue_open: number;
    };
    ActivitiesDoneDto: {
      period: components['schemas']['AnalyticsPeriodDto'];
      reps: components['schemas']['RepActivitiesDto'][];
    };
    FirstResponseRowDto: {
      /** @description Author of the reply */
      agent: components['schemas']['AnalyticsUserDto'] | null;
      /** @enum {string} */
      channel: 'whatsapp' | 'email' | 'voip' | 'note';
      replied: number;
      /** @description Whole seconds, rounded */
      average_seconds: number;
      /** @description Whole seconds, rounded */
      median_seconds: number;
    };
    FirstResponseDto: {
      period: components['schemas']['AnalyticsPeriodDto'];
      rows: components['schemas']['FirstResponseRowDto'][];
      /** @description Conversations opened in the period still without a reply */
      unanswered: number;
    };
    NotificationLeadDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    NotificationActorDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    NotificationActivityDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      type: 'call' | 'meeting' | 'whatsapp' | 'email' | 'task';
      subject: string;
      /** Format: date-time */
      due_at: string;
    };
    NotificationDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'inbound_message'
        | 'activity_due'
        | 'lead_assigned'
        | 'mention'
        | 'webhook_endpoint_disabled';
      lead: components['schemas']['NotificationLeadDto'] | null;
      /** @description Who caused it; null for customers and the scheduler */
      actor: components['schemas']['NotificationActorDto'] | null;
      /** @description With activity_due */
      activity: components['schemas']['NotificationActivityDto'] | null;
      /**
       * @description With inbound_message
       * @enum {string|null}
       */
      channel: 'whatsapp' | 'email' | 'voip' | 'note' | null;
      /**
       * Format: uuid
       * @description With inbound_message and mention: the message or note
       */
      communication_id: string | null;
      read: boolean;
      /** Format: date-time */
      read_at: string | null;
      /** Format: date-time */
      created_at: string;
    };
    NotificationListDto: {
      items: components['schemas']['NotificationDto'][];
      next_cursor: string | null;
    };
    NotificationUnreadCountDto: {
      count: number;
    };
    MarkAllNotificationsReadDto: {
      /** @description How many were marked read */
      updated: number;
    };
    NotificationSettingsDto: {
      /** @description Kinds the user does not want to be notified of */
      muted_kinds: (
        | 'inbound_message'
        | 'activity_due'
        | 'lead_assigned'
        | 'mention'
        | 'webhook_endpoint_disabled'
      )[];
    };
    ChannelCountsDto: {
      whatsapp: number;
      email: number;
      /** @description Phone calls */
      voip: number;
      note: number;
    };
    CommunicationFiguresDto: {
      total: number;
      /** @description Sent or received in the 24 hours before `generated_at` */
      last_24h: number;
      /** @description Every channel, zeros included */
      by_channel: components['schemas']['ChannelCountsDto'];
    };
    IntegrationFiguresDto: {
      active: number;
      /** @description Providers whose integration is active */
      providers: ('whatsapp' | 'twilio' | 'email')[];
    };
    OrganizationFiguresDto: {
      communications: components['schemas']['CommunicationFiguresDto'];
      integrations: components['schemas']['IntegrationFiguresDto'];
      /** Format: date-time */
      generated_at: string;
    };
    WebhookEndpointDto: {
      /** Format: uuid */
      id: string;
      url: string;
      events: (
        | 'lead.created'
        | 'lead.updated'
        | 'lead.moved'
        | 'lead.deleted'
        | 'communication.created'
        | 'communication.status_changed'
        | 'ai_summary.ready'
        | 'activity.due'
      )[];
      description: string | null;
      enabled: boolean;
      disabled_reason: string | null;
      /** Format: date-time */
      disabled_at: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    WebhookEndpointListDto: {
      items: components['schemas']['WebhookEndpointDto'][];
      next_cursor: string | null;
    };
    CreateWebhookEndpointDto: {
      /**
       * @description https (http only outside production); must resolve to public addresses unless WEBHOOK_ALLOW_PRIVATE_URLS
       * @example https://example.com/webhooks/loved
       */
      url: string;
      /**
       * @description At least one, no repeats
       * @example [
       *       "lead.created",
       *       "lead.moved"
       *     ]
       */
      events: (
        | 'lead.created'
        | 'lead.updated'
        | 'lead.moved'
        | 'lead.deleted'
        | 'communication.created'
        | 'communication.status_changed'
        | 'ai_summary.ready'
        | 'activity.due'
      )[];
      description?: string | null;
    };
    CreatedWebhookEndpointDto: {
      /** Format: uuid */
      id: string;
      url: string;
      events: (
        | 'lead.created'
        | 'lead.updated'
        | 'lead.moved'
        | 'lead.deleted'
        | 'communication.created'
        | 'communication.status_changed'
        | 'ai_summary.ready'
        | 'activity.due'
      )[];
      description: string | null;
      enabled: boolean;
      disabled_reason: string | null;
      /** Format: date-time */
      disabled_at: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /**
       * @description The Standard Webhooks signing secret; shown only in this answer
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
       */
      secret: string;
    };
    UpdateWebhookEndpointDto: {
      /**
       * @description https (http only outside production); must resolve to public addresses unless WEBHOOK_ALLOW_PRIVATE_URLS
       * @example https://example.com/webhooks/loved
       */
      url?: string;
      /**
       * @description At least one, no repeats
       * @example [
       *       "lead.created",
       *       "lead.moved"
       *     ]
       */
      events?: (
        | 'lead.created'
        | 'lead.updated'
        | 'lead.moved'
        | 'lead.deleted'
        | 'communication.created'
        | 'communication.status_changed'
        | 'ai_summary.ready'
        | 'activity.due'
      )[];
      description?: string | null;
      /** @description `true` re-enables a disabled endpoint (its pending deliveries resume); `false` pauses it */
      enabled?: boolean;
    };
    WebhookDeliveryDto: {
      /**
       * Format: uuid
       * @description Also the `webhook-id` header
       */
      id: string;
      /** @enum {string} */
      event_type:
        | 'lead.created'
        | 'lead.updated'
        | 'lead.moved'
        | 'lead.deleted'
        | 'communication.created'
        | 'communication.status_changed'
        | 'ai_summary.ready'
        | 'activity.due'
        | 'webhook.test';
      /** @enum {string} */
      status: 'pending' | 'succeeded' | 'failed';
      attempts: number;
      response_status: number | null;
      duration_ms: number | null;
      error: string | null;
      /** Format: date-time */
      next_attempt_at: string | null;
      /** Format: date-time */
      delivered_at: string | null;
      /** Format: date-time */
      created_at: string;
    };
    WebhookDeliveryListDto: {
      items: components['schemas']['WebhookDeliveryDto'][];
      next_cursor: string | null;
    };
    ApiKeyCreatorDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    ApiKeyDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /**
       * @description The start of the secret
       * @example lcrm_AbCd1234
       */
      prefix: string;
      scopes: (
        | 'leads:read'
        | 'leads:write'
        | 'communications:read'
        | 'communications:write'
        | 'webhooks:manage'
      )[];
      created_by: components['schemas']['ApiKeyCreatorDto'] | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      expires_at: string | null;
      /** Format: date-time */
      last_used_at: string | null;
    };
    ApiKeyListDto: {
      items: components['schemas']['ApiKeyDto'][];
      next_cursor: string | null;
    };
    CreateApiKeyDto: {
      /** @example Formulário do site */
      name: string;
      /**
       * @example [
       *       "leads:read",
       *       "leads:write"
       *     ]
       */
      scopes: (
        | 'leads:read'
        | 'leads:write'
        | 'communications:read'
        | 'communications:write'
        | 'webhooks:manage'
      )[];
      /**
       * Format: date-time
       * @description When the key stops working; without it, it lasts until revoked
       */
      expires_at?: string | null;
    };
    CreatedApiKeyDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /**
       * @description The start of the secret
       * @example lcrm_AbCd1234
       */
      prefix: string;
      scopes: (
        | 'leads:read'
        | 'leads:write'
        | 'communications:read'
        | 'communications:write'
        | 'webhooks:manage'
      )[];
      created_by: components['schemas']['ApiKeyCreatorDto'] | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      expires_at: string | null;
      /** Format: date-time */
      last_used_at: string | null;
      /**
       * @description The secret, shown only in this answer: send it as `Authorization: Bearer <secret>`
       * @example lcrm_2f9c…
       */
      secret: string;
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
  HealthController_liveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivenessDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  HealthController_readiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description A dependency is down; `errors` names it */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  DetailedHealthController_detailed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DetailedHealthDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No or invalid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin of X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  OrganizationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganizationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  OrganizationsController_current: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  OrganizationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganizationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description Invalid fields, e.g. a time_zone that is not an IANA zone name */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  MembersController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from `next_cursor` of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  MembersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LAST_ADMIN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  MembersController_changeRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LAST_ADMIN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  InvitationsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ALREADY_MEMBER */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  InvitationsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInvitationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description INVITATION_FOR_ANOTHER_EMAIL */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description INVITATION_INVALID */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ALREADY_MEMBER */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description INVITATION_EXPIRED */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AuthController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthResponseDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description EMAIL_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthResponseDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description INVALID_CREDENTIALS (same for unknown e-mail) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description TOO_MANY_ATTEMPTS, with Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthResponseDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description INVALID_REFRESH_TOKEN; reuse revokes the family */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LogoutDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponseDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadsController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from `next_cursor` of the previous page */
        cursor?: string;
        limit?: number;
        /** @description A member id, `me` or `none` (unassigned) */
        assigned_user_id?: string;
        tag?: string;
        priority?: 'low' | 'medium' | 'high';
        /** @description Name, e-mail or phone; accents and case are ignored */
        q?: string;
        /** @description `open`: no result yet; `won` / `lost`: closed deals with that result */
        outcome?: 'open' | 'won' | 'lost';
        /** @description `false`: only leads without an open activity ("sem próxima atividade"); `true`: only leads with one */
        has_next_activity?: boolean;
        stage?: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
        sort?:
          | '-created_at'
          | 'created_at'
          | 'position'
          | 'name'
          | '-name'
          | '-updated_at'
          | 'estimated_value'
          | '-estimated_value'
          | '-last_contact_at'
          | '-stage_changed_at'
          | 'stage_changed_at'
          | 'last_contact_at';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:read, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLeadDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LEAD_DUPLICATE, with `existing_lead` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadsController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:read, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadsController_remove: {
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
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadsController_update: {
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
        'application/json': components['schemas']['UpdateLeadDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LEAD_STALE_VERSION with `current`, or LEAD_DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadsController_move: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveLeadDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LEAD_NEIGHBOUR_NOT_IN_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadsController_bulk: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkLeadsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkLeadsResultDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LEAD_DELETE_NOT_ALLOWED, LEAD_ASSIGNMENT_NOT_ALLOWED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LEAD_NOT_FOUND with missing_ids */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadsController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseLeadDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadDto'];
        };
      };
      /** @description LEAD_LOST_REASON_REQUIRED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadsController_reopen: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenLeadDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadsController_board: {
    parameters: {
      query?: {
        /** @description A member id, `me` or `none` (unassigned) */
        assigned_user_id?: string;
        tag?: string;
        priority?: 'low' | 'medium' | 'high';
        /** @description Name, e-mail or phone; accents and case are ignored */
        q?: string;
        /** @description `open`: no result yet; `won` / `lost`: closed deals with that result */
        outcome?: 'open' | 'won' | 'lost';
        /** @description `false`: only leads without an open activity ("sem próxima atividade"); `true`: only leads with one */
        has_next_activity?: boolean;
        /** @description Cards per column */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:read, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadImportExportController_importCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['LeadImportFileDto'];
      };
    };
    responses: {
      /** @description How many leads were created or skipped, and every row not imported */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadImportResultDto'];
        };
      };
      /** @description No file, malformed CSV, no `nome` column or more than 5000 rows */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description File over 5 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not multipart/form-data */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LeadImportExportController_exportCsv: {
    parameters: {
      query?: {
        /** @description A member id, `me` or `none` (unassigned) */
        assigned_user_id?: string;
        tag?: string;
        priority?: 'low' | 'medium' | 'high';
        /** @description Name, e-mail or phone; accents and case are ignored */
        q?: string;
        /** @description `open`: no result yet; `won` / `lost`: closed deals with that result */
        outcome?: 'open' | 'won' | 'lost';
        /** @description `false`: only leads without an open activity ("sem próxima atividade"); `true`: only leads with one */
        has_next_activity?: boolean;
        stage?: 'lead' | 'contato' | 'proposta' | 'negociacao' | 'fechado';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Header: nome;e-mail;telefone;etapa;valor;tags;origem;prioridade;responsavel;criado_em */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:read, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ActivitiesController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from `next_cursor` of the previous page */
        cursor?: string;
        limit?: number;
        /** @description A member id or `me` */
        assigned_user_id?: string;
        lead_id?: string;
        /** @description Due at or after this instant */
        due_from?: string;
        /** @description Due before this instant (exclusive) */
        due_to?: string;
        /** @description `true`: not done and due before now; `false`: done or not yet due */
        overdue?: boolean;
        /** @description `true`: done only; `false`: open only */
        done?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ActivitiesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateActivityDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityDto'];
        };
      };
      /** @description Invalid fields, or ACTIVITY_ASSIGNEE_NOT_MEMBER (field assigned_user_id) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LEAD_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ActivitiesController_myDay: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyDayDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ActivitiesController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ACTIVITY_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ActivitiesController_remove: {
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
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ACTIVITY_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ActivitiesController_update: {
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
        'application/json': components['schemas']['UpdateActivityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityDto'];
        };
      };
      /** @description Invalid fields, or ACTIVITY_ASSIGNEE_NOT_MEMBER (field assigned_user_id) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ACTIVITY_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  CommunicationsController_getTimeline: {
    parameters: {
      query?: {
        /** @description Opaque cursor from `next_cursor` of the previous page */
        cursor?: string;
        limit?: number;
        channel?: 'whatsapp' | 'email' | 'voip' | 'note';
      };
      header?: never;
      path: {
        leadId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without communications:read, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  CommunicationsController_searchCommunications: {
    parameters: {
      query: {
        /** @description Opaque cursor from `next_cursor` of the previous page */
        cursor?: string;
        limit?: number;
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without communications:read, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  CommunicationsController_addNote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNoteDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommunicationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without communications:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  CommunicationsController_logCall: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LogCallDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommunicationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without communications:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  FilesController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadFileDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FileDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Linked lead/communication */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Over MAX_FILE_SIZE_MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not multipart */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  FilesController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FileDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  FilesController_remove: {
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
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  FilesController_download: {
    parameters: {
      query?: never;
      header?: {
        Range?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The requested range, with Content-Range */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  EventsController_token: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventStreamTokenDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  EventsController_stream: {
    parameters: {
      query?: {
        /** @description From POST /events/token; required to open the stream */
        token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An open event stream with heartbeats */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description INVALID_STREAM_TOKEN */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description NOT_A_MEMBER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WebhookEventsController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from `next_cursor` of the previous page */
        cursor?: string;
        limit?: number;
        /** @description Only events in this state */
        status?: 'pending' | 'processed' | 'failed' | 'unroutable';
      };
      header?: never;
      path: {
        provider: 'whatsapp' | 'twilio' | 'email';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEventListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WebhookEventsController_retry: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        provider: 'whatsapp' | 'twilio' | 'email';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEventDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WEBHOOK_EVENT_NOT_RETRYABLE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WhatsAppIntegrationController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatsAppIntegrationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WhatsAppIntegrationController_connect: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectWhatsAppDto'];
      };
    };
    responses: {
      /** @description Reconnected (replaced) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatsAppIntegrationDto'];
        };
      };
      /** @description Connected */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatsAppIntegrationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description INTEGRATION_ACCOUNT_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WHATSAPP_TOKEN_INVALID, WHATSAPP_PHONE_NUMBER_NOT_FOUND */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WHATSAPP_UNREACHABLE */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WhatsAppIntegrationController_disconnect: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WhatsAppWebhookController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description hub.challenge, as text/plain */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WhatsAppWebhookController_receive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WHATSAPP_INVALID_SIGNATURE */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WhatsAppSendController_send: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendWhatsAppDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommunicationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without communications:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Lead or file */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WHATSAPP_NOT_CONNECTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WHATSAPP_TEMPLATE_REQUIRED, LEAD_HAS_NO_PHONE, WHATSAPP_FILE_NOT_SENDABLE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WHATSAPP_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WhatsAppSendController_window: {
    parameters: {
      query: {
        lead_id: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatsAppWindowDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without communications:read, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WHATSAPP_NOT_CONNECTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WhatsAppTemplatesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatsAppTemplateListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WHATSAPP_NOT_CONNECTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WHATSAPP_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  TwilioIntegrationController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TwilioIntegrationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  TwilioIntegrationController_connect: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectTwilioDto'];
      };
    };
    responses: {
      /** @description Reconnected (replaced) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TwilioIntegrationDto'];
        };
      };
      /** @description Connected */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TwilioIntegrationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description INTEGRATION_ACCOUNT_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description TWILIO_CREDENTIALS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description TWILIO_UNREACHABLE */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  TwilioIntegrationController_disconnect: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  TwilioVoiceWebhookController_inbound: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description TwiML */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TWILIO_PAYLOAD_INVALID */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description TWILIO_INVALID_SIGNATURE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  TwilioVoiceWebhookController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Stored (empty TwiML) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TWILIO_PAYLOAD_INVALID */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description TWILIO_INVALID_SIGNATURE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  TwilioVoiceWebhookController_recording: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Stored (empty TwiML) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TWILIO_PAYLOAD_INVALID */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description TWILIO_INVALID_SIGNATURE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ClickToCallController_place: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlaceCallDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommunicationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Lead */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description TWILIO_NOT_CONNECTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LEAD_HAS_NO_PHONE, TWILIO_CALL_REFUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description TWILIO_UNREACHABLE */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LostReasonsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LostReasonListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without leads:read, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LostReasonsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLostReasonDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LostReasonDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LOST_REASON_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LostReasonsController_remove: {
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
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  LostReasonsController_update: {
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
        'application/json': components['schemas']['UpdateLostReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LostReasonDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LOST_REASON_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  StageHealthSettingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StageHealthSettingsDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  StageHealthSettingsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateStageHealthSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StageHealthSettingsDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  SavedFiltersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedFilterListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  SavedFiltersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSavedFilterDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedFilterDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description SAVED_FILTER_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  SavedFiltersController_remove: {
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
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  EmailIntegrationController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailIntegrationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  EmailIntegrationController_connect: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectEmailDto'];
      };
    };
    responses: {
      /** @description Reconnected (replaced) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailIntegrationDto'];
        };
      };
      /** @description Connected */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailIntegrationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description INTEGRATION_ACCOUNT_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description EMAIL_IMAP_LOGIN_FAILED, EMAIL_SMTP_LOGIN_FAILED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  EmailIntegrationController_disconnect: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  EmailSendController_send: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendEmailDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommunicationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed; an API key without communications:write, or of another organisation than X-Org-Id */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Lead, file or replied e-mail */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description EMAIL_NOT_CONNECTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LEAD_HAS_NO_EMAIL */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description EMAIL_SEND_FAILED */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  EmailDropboxController_address: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailDropboxDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AiSummariesController_request: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AiSummaryDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LEAD_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description AI_SUMMARY_QUOTA_EXCEEDED: the plan's monthly summaries are used up; with `limit`, `used`, `resets_at` and `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AiSummariesController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from `next_cursor` of the previous page */
        cursor?: string;
        limit?: number;
        /** @description Only this lead's summaries */
        lead_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AiSummaryListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description LEAD_NOT_FOUND (lead_id) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AiSummariesController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AiSummaryDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description AI_SUMMARY_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AnalyticsController_funnel: {
    parameters: {
      query?: {
        /** @description First day (inclusive) in the organisation's time zone; default: 29 days before `to` */
        from?: string;
        /** @description Last day (inclusive) in the organisation's time zone; default: today. At most 366 days after `from`, never before it */
        to?: string;
        /** @description A member id or `me`: only that owner’s figures. Agents always get their own (another id answers 403) */
        owner_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FunnelDto'];
        };
      };
      /** @description Bad date, `from` after `to`, more than 366 days, or a bad owner_id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ANALYTICS_OWNER_FORBIDDEN: an agent asked for another owner */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AnalyticsController_pipelineValue: {
    parameters: {
      query?: {
        /** @description First day (inclusive) in the organisation's time zone; default: 29 days before `to` */
        from?: string;
        /** @description Last day (inclusive) in the organisation's time zone; default: today. At most 366 days after `from`, never before it */
        to?: string;
        /** @description A member id or `me`: only that owner’s figures. Agents always get their own (another id answers 403) */
        owner_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineValueDto'];
        };
      };
      /** @description Bad date, `from` after `to`, more than 366 days, or a bad owner_id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ANALYTICS_OWNER_FORBIDDEN: an agent asked for another owner */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AnalyticsController_winRate: {
    parameters: {
      query?: {
        /** @description First day (inclusive) in the organisation's time zone; default: 29 days before `to` */
        from?: string;
        /** @description Last day (inclusive) in the organisation's time zone; default: today. At most 366 days after `from`, never before it */
        to?: string;
        /** @description A member id or `me`: only that owner’s figures. Agents always get their own (another id answers 403) */
        owner_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WinRateDto'];
        };
      };
      /** @description Bad date, `from` after `to`, more than 366 days, or a bad owner_id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ANALYTICS_OWNER_FORBIDDEN: an agent asked for another owner */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AnalyticsController_lostReasons: {
    parameters: {
      query?: {
        /** @description First day (inclusive) in the organisation's time zone; default: 29 days before `to` */
        from?: string;
        /** @description Last day (inclusive) in the organisation's time zone; default: today. At most 366 days after `from`, never before it */
        to?: string;
        /** @description A member id or `me`: only that owner’s figures. Agents always get their own (another id answers 403) */
        owner_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LostReasonsDto'];
        };
      };
      /** @description Bad date, `from` after `to`, more than 366 days, or a bad owner_id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ANALYTICS_OWNER_FORBIDDEN: an agent asked for another owner */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AnalyticsController_activities: {
    parameters: {
      query?: {
        /** @description First day (inclusive) in the organisation's time zone; default: 29 days before `to` */
        from?: string;
        /** @description Last day (inclusive) in the organisation's time zone; default: today. At most 366 days after `from`, never before it */
        to?: string;
        /** @description A member id or `me`: only that owner’s figures. Agents always get their own (another id answers 403) */
        owner_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivitiesDoneDto'];
        };
      };
      /** @description Bad date, `from` after `to`, more than 366 days, or a bad owner_id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ANALYTICS_OWNER_FORBIDDEN: an agent asked for another owner */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  AnalyticsController_firstResponse: {
    parameters: {
      query?: {
        /** @description First day (inclusive) in the organisation's time zone; default: 29 days before `to` */
        from?: string;
        /** @description Last day (inclusive) in the organisation's time zone; default: today. At most 366 days after `from`, never before it */
        to?: string;
        /** @description A member id or `me`: only that owner’s figures. Agents always get their own (another id answers 403) */
        owner_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FirstResponseDto'];
        };
      };
      /** @description Bad date, `from` after `to`, more than 366 days, or a bad owner_id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description ANALYTICS_OWNER_FORBIDDEN: an agent asked for another owner */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from `next_cursor` of the previous page */
        cursor?: string;
        limit?: number;
        /** @description Only the unread ones */
        unread?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  NotificationsController_unreadCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationUnreadCountDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  NotificationsController_markAllRead: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkAllNotificationsReadDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  NotificationsController_getSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationSettingsDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  NotificationsController_putSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotificationSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationSettingsDto'];
        };
      };
      /** @description An unknown kind */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  NotificationsController_markRead: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description NOTIFICATION_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  OrganizationFiguresController_current: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationFiguresDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin or manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WebhookEndpointsController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from `next_cursor` of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WebhookEndpointsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookEndpointDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedWebhookEndpointDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WEBHOOK_URL_NOT_ALLOWED (field url): not http(s), credentials in it, http in production, or a host resolving to a private / loopback / link-local address */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WebhookEndpointsController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WebhookEndpointsController_remove: {
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
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WebhookEndpointsController_update: {
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
        'application/json': components['schemas']['UpdateWebhookEndpointDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WEBHOOK_URL_NOT_ALLOWED (field url): not http(s), credentials in it, http in production, or a host resolving to a private / loopback / link-local address */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WebhookEndpointsController_listDeliveries: {
    parameters: {
      query?: {
        /** @description Opaque cursor from `next_cursor` of the previous page */
        cursor?: string;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WebhookEndpointsController_retry: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WEBHOOK_ENDPOINT_NOT_FOUND, WEBHOOK_DELIVERY_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WEBHOOK_DELIVERY_NOT_RETRYABLE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  WebhookEndpointsController_test: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ApiKeysController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyListDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ApiKeysController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: within 24 h, a repeat with the same key (per organisation and user) and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with a different request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKeyDto'];
        };
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_EXPIRY_IN_PAST */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ApiKeysController_revoke: {
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
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed X-Org-Id, or invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not a member of the organisation, or role not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description API_KEY_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
}

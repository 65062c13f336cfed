import { type HttpHandler, type HttpResponseResolver } from "msw";
/**
* Sign in
*
* Signs in and starts a session. The session token `wtsession` comes back only in the response
* headers (`Set-Cookie`, and the same value in `X-Session-Id`), never in the body; send it as
* `Cookie: wtsession=<token>` on later calls. An API key may stand in for the password.
*
* Inferred: the request body's field names (`username`, `password`) and the shape of `results`
* were not captured.
*
* `POST /login`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function signInHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Sign out
*
* Ends the session: the `wtsession` token stops working. No request body is needed. Answers 403
* when the caller is not signed in. Inferred: the success status and body were not captured;
* the action envelope is declared, and an empty 204 too.
*
* `POST /logout`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function signOutHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List API keys
*
* The API keys the caller may see: their own, and a supervisor's subordinates'. The secret
* (`display_key`) is returned only to the key's owner. Inferred: the path (the response schema,
* `ApiKeysListResponse`, is documented; the endpoint page was not captured).
*
* `GET /api_keys`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listApiKeysHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Generate an API key
*
* Creates an API key for the caller (or, for a supervisor, a subordinate). Requires the
* `API Key - Generate` ability and API keys enabled in the security settings. Inferred: the
* request body's field names follow `ApiKeysListResponse`'s (`id_user`, `pname`, `read_only`,
* `expires_days`), and the response is that envelope with the new key.
*
* `POST /api_keys/generate_api_key`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function generateApiKeyHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List users
*
* Inferred: the list endpoint follows Journyx's collection conventions (not documented for
* users specifically). Non-administrators never see a complete collection: visibility depends on
* the caller's groups and abilities. Hidden users are visible only to administrators and only
* when `$filter` includes the hidden status.
*
* `GET /users`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listUsersHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create a user
*
* Creates a user. Only `user_login` and `fullname` are required. Inferred: the response is the
* minimal "created" answer that Journyx's create endpoints document (`Location`, `X-Item-Id`,
* `X-Item-Table`); its status was not captured, so 200 and 201 are both declared.
*
* `POST /users`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Activate or deactivate users
*
* Toggles users between active and inactive (inactive users cannot sign in but stay in reports).
* Abilities: `User - Modify` or `Authority - Administrator`. Inferred: the request body's field
* names other than `activate` were not captured; `users` is this document's guess.
*
* `POST /users/activate`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function activateUsersHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a user
*
* Returns the item envelope and an `ETag` header (the `PUT` page says so). `custom_fields` is
* included only with `$keys=custom_fields` or `$keys=$extended`.
*
* `GET /users/{userId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update a user record
*
* Updates a user. Abilities: `User - Modify` or `Authority - Administrator`. Send only the
* fields to change: `custom_fields` alone is a valid update. Custom fields are merged (fields
* left out keep their values, and only each field's `value` is read). Whether other fields are
* replaced or merged is not documented.
*
* `PUT /users/{userId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function updateUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete user by ID
*
* Deletes a user; this cannot be undone. Abilities: `User - Delete` or `Authority - Administrator`.
*
* `DELETE /users/{userId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function deleteUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List custom field definitions
*
* Inferred: only `GET /custom_fields/{id}` is known (from `id_attr_type_uri`); this list endpoint
* is assumed from the collection conventions. Filtering by owning table would use `$filter`
* (e.g. on `tablename`), also unverified.
*
* `GET /custom_fields`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listCustomFieldsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a custom field definition
*
* `GET /custom_fields/{customFieldId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getCustomFieldHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List projects
*
* A page of project records, with the collection parameters.
* Inferred: the list endpoint follows the collection conventions (its response schema is
* documented; the endpoint page was not captured).
*
* `GET /projects`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listProjectsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create a project
*
* Creates a project. Abilities: `Project - Create` or `Authority - Administrator`.
* `id_parent` and `pname` are required; the parent cannot be changed later (except for "PX Task"
* projects).
* Inferred: the endpoint follows the REST conventions (`POST` to the collection creates).
*
* `POST /projects`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createProjectHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a project
*
* Returns one project and its `ETag`.
* Inferred: the path (the item schema is documented; the endpoint page was not captured).
*
* `GET /projects/{projectId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getProjectHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update a project
*
* Updates a project with the fields sent; send only what changes. Abilities: `Project - Modify`
* or `Authority - Administrator`. `If-Match` must carry the current `ETag`.
*
* `PUT /projects/{projectId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function updateProjectHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete a project
*
* Deletes a project; this cannot be undone. Abilities: `Project - Delete` or `Authority - Administrator`.
* Inferred: the endpoint follows the REST conventions (`DELETE` of the item).
*
* `DELETE /projects/{projectId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function deleteProjectHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List entry codes
*
* A page of entry code records, with the collection parameters.
* Inferred: the list endpoint follows the collection conventions (its response schema is
* documented; the endpoint page was not captured).
*
* `GET /entry_codes/{tablename}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listEntryCodesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create a entry code
*
* Creates a entry code. Abilities: `Entry Column - Create` or `Authority - Administrator`.
* `pname` and `autoadd` are required. The answer is minimal: see `Location`, `X-Item-Id` and
* `X-Item-Table` for the new code.
*
* `POST /entry_codes/{tablename}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createEntryCodeHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a entry code
*
* Returns one entry code and its `ETag`.
* Inferred: the path (the item schema is documented; the endpoint page was not captured).
*
* `GET /entry_codes/{tablename}/{entryCodeId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getEntryCodeHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update a entry code
*
* Updates a entry code with the fields sent; send only what changes. Abilities: `Entry Column - Modify`
* or `Authority - Administrator`. `If-Match` must carry the current `ETag`.
* Inferred: the endpoint follows the REST conventions (`PUT` to the item modifies).
*
* `PUT /entry_codes/{tablename}/{entryCodeId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function updateEntryCodeHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete a entry code
*
* Deletes a entry code; this cannot be undone. Abilities: `Entry Column - Delete` or `Authority - Administrator`.
* Inferred: the endpoint follows the REST conventions (`DELETE` of the item).
*
* `DELETE /entry_codes/{tablename}/{entryCodeId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function deleteEntryCodeHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List geofences
*
* A page of geofence records, with the collection parameters.
* Inferred: the list endpoint follows the collection conventions (its response schema is
* documented; the endpoint page was not captured).
*
* `GET /geofences`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listGeofencesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create a geofence
*
* Creates a geofence. Abilities: `Geofence - Manage` or `Authority - Administrator`.
* Only circular boundaries are supported. `assignments` ties the geofence to users, groups, projects
* or entry screens; a user passes when inside any one applicable geofence (OR), and when any
* applicable geofence has `is_priority`, only priority ones count. `pname` must be unique: a
* duplicate answers 409. Unlike most create endpoints, this one answers 200 with the whole geofence.
*
* `POST /geofences`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createGeofenceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a geofence
*
* Returns one geofence and its `ETag`.
* Inferred: the path (the item schema is documented; the endpoint page was not captured).
*
* `GET /geofences/{geofenceId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getGeofenceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update a geofence
*
* Updates a geofence with the fields sent; send only what changes. Abilities: `Geofence - Manage`
* or `Authority - Administrator`. `If-Match` must carry the current `ETag`.
* Inferred: the endpoint follows the REST conventions (`PUT` to the item modifies).
*
* `PUT /geofences/{geofenceId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function updateGeofenceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete a geofence
*
* Deletes a geofence; this cannot be undone. Abilities: `Geofence - Manage` or `Authority - Administrator`.
* Inferred: the endpoint follows the REST conventions (`DELETE` of the item).
*
* `DELETE /geofences/{geofenceId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function deleteGeofenceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List requisitions
*
* A page of requisition records, with the collection parameters.
* Inferred: the list endpoint follows the collection conventions (its response schema is
* documented; the endpoint page was not captured).
*
* `GET /requisitions`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listRequisitionsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create a requisition
*
* Creates a requisition. Abilities: `Requisition - Create` or `Authority - Administrator`.
* `id_project` can be set only here, never updated. Inferred: the abilities' names.
* Inferred: the endpoint follows the REST conventions (`POST` to the collection creates).
*
* `POST /requisitions`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createRequisitionHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a requisition
*
* Returns one requisition and its `ETag`.
* Inferred: the path (the item schema is documented; the endpoint page was not captured).
*
* `GET /requisitions/{requisitionId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getRequisitionHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update a requisition
*
* Updates a requisition with the fields sent; send only what changes. Abilities: `Requisition - Modify`
* or `Authority - Administrator`. `If-Match` must carry the current `ETag`.
* Inferred: the endpoint follows the REST conventions (`PUT` to the item modifies).
*
* `PUT /requisitions/{requisitionId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function updateRequisitionHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List entry columns
*
* The entry column definitions: the selection (dropdown) and text columns an entry screen can show.
* Inferred: the path (the collection schema, `EntryColumnsCollectionResponse`, is documented).
*
* `GET /entry_columns`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listEntryColumnsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get an entry column
*
* One entry column definition. Inferred: the path (the item schema, `EntryColumnItemResponse`, is
* documented).
*
* `GET /entry_columns/{entryColumnId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getEntryColumnHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List time entry screens
*
* The Time Entry Screen configurations: which entry columns a user's sheet shows and in what order,
* and the entry period it uses. Read-only for now (creating and changing them is planned).
* Internally stored in the `time_guis` table.
*
* `GET /entry_screens/time`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listTimeEntryScreensHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List expense entry screens
*
* The Expense Entry Screen configurations: which entry columns a user's sheet shows and in what order,
* and the entry period it uses. Read-only for now (creating and changing them is planned).
* Inferred: the path, by symmetry with the time and custom screens (the collection schema,
* `ExpenseEntryScreensCollectionResponse`, is documented).
*
* `GET /entry_screens/expense`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listExpenseEntryScreensHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List custom entry screens
*
* The Custom Entry Screen configurations: which entry columns a user's sheet shows and in what order,
* and the entry period it uses. Read-only for now (creating and changing them is planned).
* This is the entry type formerly known as "Mileage" or "Travel"; its label can be changed.
* Internally stored in the `travel_entry_guis` table.
*
* `GET /entry_screens/custom`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listCustomEntryScreensHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List entry periods
*
* The entry periods: the time span of an entry sheet (weekly, bi-weekly, monthly…), assigned through
* the entry screen. Read-only for now. Internally stored in the `time_sheets` table.
*
* `GET /entry_periods`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listEntryPeriodsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get an entry period
*
* One entry period. Inferred: the path (the item schema, `EntryPeriodItemResponse`, is documented).
*
* `GET /entry_periods/{entryPeriodId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getEntryPeriodHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List time sheets
*
* A page of time entry sheets; filter by owner and dates with `$filter` to find one sheet.
* Inferred: the list endpoint follows the collection conventions.
*
* `GET /entry_sheets/time`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listTimeSheetsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create a time sheet
*
* Creates a time entry sheet. `id_user` and `dates` (the period's `YYYYMMDD` dates) are required;
* `submit: true` submits it after saving; `rows` holds the entries. All business validation (DVT,
* geofences, rate rules) runs: check `errors`, `warnings` and `info` in the answer. Answers 200 (not
* 201) with the whole sheet.
*
* `POST /entry_sheets/time`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createTimeSheetHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a time sheet
*
* One time entry sheet, with its rows, and the `ETag` an update needs.
* Inferred: the path (the item schema, `TimeSheetItemResponse`, is documented).
*
* `GET /entry_sheets/time/{sheetId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getTimeSheetHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update a time sheet
*
* Saves a time entry sheet. `id_user` and `dates` are required; `rows` must hold the sheet's complete
* entry data, not just the changes. `submit: true` submits after saving. `If-Match` must carry the
* sheet's current `ETag`. All business validation (DVT, geofences, corrections audit) runs: check
* `errors`, `warnings` and `info`. Answers 200 (not 204) with the updated sheet.
*
* `PUT /entry_sheets/time/{sheetId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateTimeSheetHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List expense sheets
*
* A page of expense entry sheets; filter by owner and dates with `$filter` to find one sheet.
* Inferred: the list endpoint follows the collection conventions.
*
* `GET /entry_sheets/expense`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listExpenseSheetsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create a expense sheet
*
* Creates a expense entry sheet. `id_user` and `dates` (the period's `YYYYMMDD` dates) are required;
* `submit: true` submits it after saving; `rows` holds the entries. All business validation (DVT,
* geofences, rate rules) runs: check `errors`, `warnings` and `info` in the answer. Answers 200 (not
* 201) with the whole sheet.
* Inferred: documented for time sheets; the expense sheet endpoint mirrors it (the tutorial says all
* three types share the same structure and API patterns).
*
* `POST /entry_sheets/expense`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createExpenseSheetHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a expense sheet
*
* One expense entry sheet, with its rows, and the `ETag` an update needs.
* Inferred: the path (the item schema, `ExpenseSheetItemResponse`, is documented).
*
* `GET /entry_sheets/expense/{sheetId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getExpenseSheetHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update a expense sheet
*
* Saves a expense entry sheet. `id_user` and `dates` are required; `rows` must hold the sheet's complete
* entry data, not just the changes. `submit: true` submits after saving. `If-Match` must carry the
* sheet's current `ETag`. All business validation (DVT, geofences, corrections audit) runs: check
* `errors`, `warnings` and `info`. Answers 200 (not 204) with the updated sheet.
* Inferred: documented for time sheets; the expense sheet endpoint mirrors it (the tutorial says all
* three types share the same structure and API patterns).
*
* `PUT /entry_sheets/expense/{sheetId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateExpenseSheetHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List custom sheets
*
* A page of custom entry sheets; filter by owner and dates with `$filter` to find one sheet.
* Inferred: the list endpoint follows the collection conventions.
*
* `GET /entry_sheets/custom`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listCustomSheetsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create a custom sheet
*
* Creates a custom entry sheet. `id_user` and `dates` (the period's `YYYYMMDD` dates) are required;
* `submit: true` submits it after saving; `rows` holds the entries. All business validation (DVT,
* geofences, rate rules) runs: check `errors`, `warnings` and `info` in the answer. Answers 200 (not
* 201) with the whole sheet.
* Inferred: documented for time sheets; the custom sheet endpoint mirrors it (the tutorial says all
* three types share the same structure and API patterns).
*
* `POST /entry_sheets/custom`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createCustomSheetHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a custom sheet
*
* One custom entry sheet, with its rows, and the `ETag` an update needs.
* Inferred: the path (the item schema, `CustomSheetItemResponse`, is documented).
*
* `GET /entry_sheets/custom/{sheetId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getCustomSheetHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update a custom sheet
*
* Saves a custom entry sheet. `id_user` and `dates` are required; `rows` must hold the sheet's complete
* entry data, not just the changes. `submit: true` submits after saving. `If-Match` must carry the
* sheet's current `ETag`. All business validation (DVT, geofences, corrections audit) runs: check
* `errors`, `warnings` and `info`. Answers 200 (not 204) with the updated sheet.
* Inferred: documented for time sheets; the custom sheet endpoint mirrors it (the tutorial says all
* three types share the same structure and API patterns).
*
* `PUT /entry_sheets/custom/{sheetId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateCustomSheetHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Approve entry sheets
*
* Approves one or more submitted entry sheets, under period approval or, with `id_project`, project
* approval (only that project's use within the sheet).
* The body is a JSON list, one entry per sheet.
* You must be an authorized approver for the sheet's owner: a configured approver in the
* Approval Plan assigned to them, or holding abilities such as `Authority - Administrator` or
* `Approver - Group`.
*
* `POST /approvals/approve`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function approveEntrySheetsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Reject entry sheets
*
* Rejects one or more submitted entry sheets with a `reason`; with `id_project`, rejects only that
* project's approval track. Inferred: the path, by symmetry with approve and reopen (the request
* body, `RejectRequestBody`, is documented).
* The body is a JSON list, one entry per sheet.
* You must be an authorized approver for the sheet's owner: a configured approver in the
* Approval Plan assigned to them, or holding abilities such as `Authority - Administrator` or
* `Approver - Group`.
*
* `POST /approvals/reject`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function rejectEntrySheetsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Reopen entry sheets
*
* Reopens approved or rejected entry sheets: approval status is fully reset and the sheet can be
* edited again. Inferred: the request body is the approve body (not captured).
* The body is a JSON list, one entry per sheet.
* You must be an authorized approver for the sheet's owner: a configured approver in the
* Approval Plan assigned to them, or holding abilities such as `Authority - Administrator` or
* `Approver - Group`.
*
* `POST /approvals/reopen`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function reopenEntrySheetsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get the caller's approval queue
*
* The sheets waiting for the caller's approval, with the approvals screen's settings.
* Inferred: the path (the response schema, `MyApprovalQueueResponse`, is documented).
*
* `GET /approvals/my_queue`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getMyApprovalQueueHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* List activity monitor requests
*
* The requests the server handled (usually HTTP requests; also scheduled tasks and other events),
* with their timings and database work: for administrators watching load and errors.
* Inferred: the path (the collection schema, `ActivityMonitorCollectionResponse`, is documented).
*
* `GET /activity_monitor`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listActivityMonitorRequestsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get an activity monitor request
*
* One request record. Inferred — the path (the item schema, `ActivityMonitorItemResponse`, is documented).
*
* `GET /activity_monitor/{requestId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getActivityMonitorRequestHandler(resolver?: HttpResponseResolver): HttpHandler;
/** A handler per operation, longer paths first: `setupServer(...handlers)`. */
export declare const handlers: HttpHandler[];

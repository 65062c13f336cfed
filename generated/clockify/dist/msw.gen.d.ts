import { type HttpHandler, type HttpResponseResolver } from "msw";
/**
* Update user's custom field
*
* Sets the value of one user custom field for one user. Whether an update of an existing value
* really answers 201 (not 200), and whether `{"value": null}` clears the value, are open questions.
*
* `PUT /v1/workspaces/{workspaceId}/users/{userId}/custom-field/{customFieldId}/value`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function upsertUserCustomFieldValueHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get custom fields on workspace
*
* Lists the workspace's custom fields. This list has no paging parameters.
*
* `GET /v1/workspaces/{workspaceId}/custom-fields`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listCustomFieldsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create custom fields on workspace
*
* Creates a workspace custom field. The vendor's file gives the response media type `*\/*`; it is JSON.
*
* `POST /v1/workspaces/{workspaceId}/custom-fields`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createCustomFieldHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update custom field on workspace
*
* `PUT /v1/workspaces/{workspaceId}/custom-fields/{customFieldId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateCustomFieldHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete custom field
*
* `DELETE /v1/workspaces/{workspaceId}/custom-fields/{customFieldId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function deleteCustomFieldHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get custom fields on project
*
* Lists the custom fields of a project. This list has no paging parameters.
*
* `GET /v1/workspaces/{workspaceId}/projects/{projectId}/custom-fields`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listProjectCustomFieldsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Remove custom field from project
*
* (The operationId is this document's own.)
*
* `DELETE /v1/workspaces/{workspaceId}/projects/{projectId}/custom-fields/{customFieldId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function removeProjectCustomFieldHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update custom field on project
*
* Sets a project's default value or status for a custom field. (The operationId is this document's own.)
*
* `PATCH /v1/workspaces/{workspaceId}/projects/{projectId}/custom-fields/{customFieldId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateProjectCustomFieldHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Find all users on workspace
*
* Lists the workspace's users, a page at a time. The response is a bare JSON array; stop when a
* page holds fewer than `page-size` items. A `total-count` header was seen on other list
* endpoints but is not verified for this one.
*
* `GET /v1/workspaces/{workspaceId}/users`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listUsersOfWorkspaceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add user
*
* You can add users to a workspace via API only if that workspace has a paid subscription. If the workspace has a paid subscription, you can add as many users as you want but you are limited by the number of paid user seats on that workspace.
*
* `POST /v1/workspaces/{workspaceId}/users`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function addUserToWorkspaceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Filter workspace users
*
* The body-based alternative to `getUsersOfWorkspace`.
*
* `POST /v1/workspaces/{workspaceId}/users/info`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function filterUsersOfWorkspaceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get member's profile
*
* `GET /v1/workspaces/{workspaceId}/member-profile/{userId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getMemberProfileHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update member's profile with additional data
*
* Updates the profile, including several user custom-field values at once (the bulk alternative to `upsertUserCustomFieldValue`).
*
* `PATCH /v1/workspaces/{workspaceId}/member-profile/{userId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateMemberProfileHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add photo
*
* `POST /v1/file/image`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function uploadUserImageHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get currently logged-in user's info
*
* `GET /v1/user`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getLoggedUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all my workspaces
*
* `GET /v1/workspaces`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listWorkspacesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add workspace
*
* `POST /v1/workspaces`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createWorkspaceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get workspace info
*
* `GET /v1/workspaces/{workspaceId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getWorkspaceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all webhooks for addon on workspace
*
* `GET /v1/workspaces/{workspaceId}/addons/{addonId}/webhooks`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listAddonWebhooksHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get approval requests
*
* `GET /v1/workspaces/{workspaceId}/approval-requests`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listApprovalRequestsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Submit approval request
*
* `POST /v1/workspaces/{workspaceId}/approval-requests`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createApprovalRequestHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Re-submit rejected/withdrawn entries/expenses for approval
*
* `POST /v1/workspaces/{workspaceId}/approval-requests/resubmit-entries-for-approval`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function resubmitEntriesForApprovalHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Submit approval request for user
*
* `POST /v1/workspaces/{workspaceId}/approval-requests/users/{userId}`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createApprovalRequestForUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Re-submit rejected/withdrawn entries/expenses for approval for user
*
* `POST /v1/workspaces/{workspaceId}/approval-requests/users/{userId}/resubmit-entries-for-approval`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function resubmitEntriesForApprovalOfUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update approval request
*
* `PATCH /v1/workspaces/{workspaceId}/approval-requests/{approvalRequestId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateApprovalRequestStatusHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Find clients on workspace
*
* `GET /v1/workspaces/{workspaceId}/clients`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listClientsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add a new client
*
* `POST /v1/workspaces/{workspaceId}/clients`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createClientHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get client by ID
*
* `GET /v1/workspaces/{workspaceId}/clients/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getClientHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update client
*
* `PUT /v1/workspaces/{workspaceId}/clients/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateClientHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete client
*
* `DELETE /v1/workspaces/{workspaceId}/clients/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteClientHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update workspace cost rate
*
* `PUT /v1/workspaces/{workspaceId}/cost-rate`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function setWorkspaceCostRateHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Created entities (Experimental)
*
* Retrieves records from the database collection that were created within a specified date range.  
* The date range is determined by two parameters: start and end.
*
* `GET /v1/workspaces/{workspaceId}/entities/created`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listCreatedEntitiesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Deleted entities (Experimental)
*
* Retrieves a list of record(s) that were deleted within a specified date range.  
* The date range is determined by the two parameters start and end.  
*
* > ### 💡 Note
* > Deleted entities will be updated and reflected in this endpoint approximately one minute after the deletion occurs. Also, entities that are created and deleted within the request date range will not appear in the /deleted endpoint.
*
* `GET /v1/workspaces/{workspaceId}/entities/deleted`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listDeletedEntitiesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Updated entities (Experimental)
*
* Retrieves records that were updated within the specified date range.  
* The date range is determined by the two parameters: start and end.  
*
* > ### 💡 Note
* > If an entity is both created and updated within the requested date range, it will be excluded from the /updated endpoint results.
*
* `GET /v1/workspaces/{workspaceId}/entities/updated`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listUpdatedEntitiesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all expenses on workspace
*
* `GET /v1/workspaces/{workspaceId}/expenses`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listExpensesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create expense
*
* `POST /v1/workspaces/{workspaceId}/expenses`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createExpenseHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all expense categories
*
* `GET /v1/workspaces/{workspaceId}/expenses/categories`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listExpenseCategoriesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add expense category
*
* `POST /v1/workspaces/{workspaceId}/expenses/categories`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createExpenseCategoryHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update expense category
*
* `PUT /v1/workspaces/{workspaceId}/expenses/categories/{categoryId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateExpenseCategoryHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete expense category
*
* `DELETE /v1/workspaces/{workspaceId}/expenses/categories/{categoryId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function deleteExpenseCategoryHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Archive expense category
*
* `PATCH /v1/workspaces/{workspaceId}/expenses/categories/{categoryId}/status`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateExpenseCategoryStatusHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get expense by ID
*
* `GET /v1/workspaces/{workspaceId}/expenses/{expenseId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getExpenseHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update expense
*
* `PUT /v1/workspaces/{workspaceId}/expenses/{expenseId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateExpenseHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete expense
*
* `DELETE /v1/workspaces/{workspaceId}/expenses/{expenseId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteExpenseHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Download receipt
*
* `GET /v1/workspaces/{workspaceId}/expenses/{expenseId}/files/{fileId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function downloadExpenseReceiptHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get holidays on workspace
*
* `GET /v1/workspaces/{workspaceId}/holidays`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listHolidaysHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create holiday
*
* `POST /v1/workspaces/{workspaceId}/holidays`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createHolidayHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get holiday in specific period
*
* `GET /v1/workspaces/{workspaceId}/holidays/in-period`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listHolidaysInPeriodHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update holiday
*
* `PUT /v1/workspaces/{workspaceId}/holidays/{holidayId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateHolidayHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete holiday
*
* `DELETE /v1/workspaces/{workspaceId}/holidays/{holidayId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteHolidayHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update workspace billable rate
*
* `PUT /v1/workspaces/{workspaceId}/hourly-rate`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function setWorkspaceHourlyRateHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all invoices on workspace
*
* `GET /v1/workspaces/{workspaceId}/invoices`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listInvoicesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add invoice
*
* `POST /v1/workspaces/{workspaceId}/invoices`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createInvoiceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Filter out invoices
*
* `POST /v1/workspaces/{workspaceId}/invoices/info`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function filterInvoicesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get invoice in another language
*
* `GET /v1/workspaces/{workspaceId}/invoices/settings`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getInvoiceSettingsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Change invoice language
*
* `PUT /v1/workspaces/{workspaceId}/invoices/settings`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateInvoiceSettingsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get invoice by ID
*
* `GET /v1/workspaces/{workspaceId}/invoices/{invoiceId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getInvoiceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Send invoice
*
* `PUT /v1/workspaces/{workspaceId}/invoices/{invoiceId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateInvoiceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete invoice
*
* `DELETE /v1/workspaces/{workspaceId}/invoices/{invoiceId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteInvoiceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Duplicate invoice
*
* `POST /v1/workspaces/{workspaceId}/invoices/{invoiceId}/duplicate`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function duplicateInvoiceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Export invoice
*
* `GET /v1/workspaces/{workspaceId}/invoices/{invoiceId}/export`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function exportInvoiceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get payments for invoice
*
* `GET /v1/workspaces/{workspaceId}/invoices/{invoiceId}/payments`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listInvoicePaymentsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add payment to invoice
*
* `POST /v1/workspaces/{workspaceId}/invoices/{invoiceId}/payments`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createInvoicePaymentHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete payment from invoice
*
* `DELETE /v1/workspaces/{workspaceId}/invoices/{invoiceId}/payments/{paymentId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteInvoicePaymentHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Change invoice status
*
* `PATCH /v1/workspaces/{workspaceId}/invoices/{invoiceId}/status`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateInvoiceStatusHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all projects on workspace
*
* `GET /v1/workspaces/{workspaceId}/projects`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listProjectsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add a new project
*
* `POST /v1/workspaces/{workspaceId}/projects`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createProjectHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Find project by ID
*
* `GET /v1/workspaces/{workspaceId}/projects/{projectId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getProjectHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update project on workspace
*
* `PUT /v1/workspaces/{workspaceId}/projects/{projectId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateProjectHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete project from workspace
*
* `DELETE /v1/workspaces/{workspaceId}/projects/{projectId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteProjectHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update project estimate
*
* `PATCH /v1/workspaces/{workspaceId}/projects/{projectId}/estimate`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateProjectEstimateHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Assign/remove users to/from the project
*
* `POST /v1/workspaces/{workspaceId}/projects/{projectId}/memberships`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function addUsersToProjectHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update project memberships
*
* `PATCH /v1/workspaces/{workspaceId}/projects/{projectId}/memberships`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateProjectMembershipsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Find tasks on project
*
* `GET /v1/workspaces/{workspaceId}/projects/{projectId}/tasks`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listTasksHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add a new task on project
*
* `POST /v1/workspaces/{workspaceId}/projects/{projectId}/tasks`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createTaskHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update task cost rate
*
* `PUT /v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{id}/cost-rate`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function setTaskCostRateHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update task billable rate
*
* `PUT /v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{id}/hourly-rate`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function setTaskHourlyRateHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get task by id
*
* `GET /v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{taskId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getTaskHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update task on project
*
* `PUT /v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{taskId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateTaskHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete task from project
*
* `DELETE /v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{taskId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteTaskHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update project template
*
* `PATCH /v1/workspaces/{workspaceId}/projects/{projectId}/template`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateProjectTemplateHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update project user cost rate
*
* `PUT /v1/workspaces/{workspaceId}/projects/{projectId}/users/{userId}/cost-rate`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function setProjectUserCostRateHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update project user billable rate
*
* `PUT /v1/workspaces/{workspaceId}/projects/{projectId}/users/{userId}/hourly-rate`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function setProjectUserHourlyRateHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all assignments
*
* `GET /v1/workspaces/{workspaceId}/scheduling/assignments/all`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listAssignmentsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all scheduled assignments per project
*
* `POST /v1/workspaces/{workspaceId}/scheduling/assignments/projects/totals`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function filterProjectScheduleTotalsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all scheduled assignments on project
*
* `GET /v1/workspaces/{workspaceId}/scheduling/assignments/projects/totals/{projectId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getProjectScheduleTotalsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Publish assignments
*
* `PUT /v1/workspaces/{workspaceId}/scheduling/assignments/publish`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function publishAssignmentsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create recurring assignment
*
* `POST /v1/workspaces/{workspaceId}/scheduling/assignments/recurring`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createRecurringAssignmentHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete recurring assignment
*
* `DELETE /v1/workspaces/{workspaceId}/scheduling/assignments/recurring/{assignmentId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteRecurringAssignmentHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update recurring assignment
*
* `PATCH /v1/workspaces/{workspaceId}/scheduling/assignments/recurring/{assignmentId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateRecurringAssignmentHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Change recurring period
*
* `PUT /v1/workspaces/{workspaceId}/scheduling/assignments/series/{assignmentId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateRecurringAssignmentSeriesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get total of users' capacity on workspace
*
* `POST /v1/workspaces/{workspaceId}/scheduling/assignments/user-filter/totals`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function filterUserScheduleTotalsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get total capacity of a user
*
* `GET /v1/workspaces/{workspaceId}/scheduling/assignments/users/{userId}/totals`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getUserScheduleTotalsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Copy scheduled assignment
*
* `POST /v1/workspaces/{workspaceId}/scheduling/assignments/{assignmentId}/copy`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function copyAssignmentHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Find tags on workspace
*
* `GET /v1/workspaces/{workspaceId}/tags`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listTagsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add a new tag
*
* `POST /v1/workspaces/{workspaceId}/tags`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createTagHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get tag by ID
*
* `GET /v1/workspaces/{workspaceId}/tags/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getTagHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update tag
*
* `PUT /v1/workspaces/{workspaceId}/tags/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateTagHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete tag
*
* `DELETE /v1/workspaces/{workspaceId}/tags/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteTagHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add a new time entry
*
* `POST /v1/workspaces/{workspaceId}/time-entries`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createTimeEntryHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Mark time entries as invoiced
*
* `PATCH /v1/workspaces/{workspaceId}/time-entries/invoiced`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function markTimeEntriesInvoicedHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all in progress time entries on workspace
*
* `GET /v1/workspaces/{workspaceId}/time-entries/status/in-progress`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listInProgressTimeEntriesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a specific time entry on workspace
*
* `GET /v1/workspaces/{workspaceId}/time-entries/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getTimeEntryHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update time entry on workspace
*
* `PUT /v1/workspaces/{workspaceId}/time-entries/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateTimeEntryHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete time entry from workspace
*
* `DELETE /v1/workspaces/{workspaceId}/time-entries/{id}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function deleteTimeEntryHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get balance by policy
*
* `GET /v1/workspaces/{workspaceId}/time-off/balance/policy/{policyId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listBalancesOfPolicyHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update balance
*
* `PATCH /v1/workspaces/{workspaceId}/time-off/balance/policy/{policyId}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function updateBalancesOfPolicyHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get balance by user
*
* `GET /v1/workspaces/{workspaceId}/time-off/balance/user/{userId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listBalancesOfUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get policies on workspace
*
* `GET /v1/workspaces/{workspaceId}/time-off/policies`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listPoliciesHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create time off policy
*
* `POST /v1/workspaces/{workspaceId}/time-off/policies`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createPolicyHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get time off policy
*
* `GET /v1/workspaces/{workspaceId}/time-off/policies/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getPolicyHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update policy
*
* `PUT /v1/workspaces/{workspaceId}/time-off/policies/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updatePolicyHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete policy
*
* `DELETE /v1/workspaces/{workspaceId}/time-off/policies/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deletePolicyHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Change policy status
*
* `PATCH /v1/workspaces/{workspaceId}/time-off/policies/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updatePolicyStatusHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create time off request
*
* `POST /v1/workspaces/{workspaceId}/time-off/policies/{policyId}/requests`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createTimeOffRequestHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete request
*
* `DELETE /v1/workspaces/{workspaceId}/time-off/policies/{policyId}/requests/{requestId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteTimeOffRequestHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Change time off request status
*
* `PATCH /v1/workspaces/{workspaceId}/time-off/policies/{policyId}/requests/{requestId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateTimeOffRequestStatusHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create time off request for user
*
* `POST /v1/workspaces/{workspaceId}/time-off/policies/{policyId}/users/{userId}/requests`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createTimeOffRequestForUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all time off requests on workspace
*
* `POST /v1/workspaces/{workspaceId}/time-off/requests`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function filterTimeOffRequestsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Find all groups on workspace
*
* `GET /v1/workspaces/{workspaceId}/user-groups`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listUserGroupsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add a new group
*
* `POST /v1/workspaces/{workspaceId}/user-groups`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createUserGroupHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update group
*
* `PUT /v1/workspaces/{workspaceId}/user-groups/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateUserGroupHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete group
*
* `DELETE /v1/workspaces/{workspaceId}/user-groups/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteUserGroupHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add users to group
*
* `POST /v1/workspaces/{workspaceId}/user-groups/{userGroupId}/users`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function addUserToGroupHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Remove user from group
*
* `DELETE /v1/workspaces/{workspaceId}/user-groups/{userGroupId}/users/{userId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function removeUserFromGroupHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get time entries for a user on workspace
*
* `GET /v1/workspaces/{workspaceId}/user/{userId}/time-entries`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listTimeEntriesOfUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Bulk edit time entries
*
* `PUT /v1/workspaces/{workspaceId}/user/{userId}/time-entries`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function replaceTimeEntriesOfUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Add a new time entry for another user on workspace
*
* `POST /v1/workspaces/{workspaceId}/user/{userId}/time-entries`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createTimeEntryForUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete all time entries for user on workspace
*
* `DELETE /v1/workspaces/{workspaceId}/user/{userId}/time-entries`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteTimeEntriesOfUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Stop currently running timer on workspace for user
*
* `PATCH /v1/workspaces/{workspaceId}/user/{userId}/time-entries`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function stopTimerOfUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Duplicate time entry
*
* `POST /v1/workspaces/{workspaceId}/user/{userId}/time-entries/{id}/duplicate`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function duplicateTimeEntryHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update user's status
*
* `PUT /v1/workspaces/{workspaceId}/users/{userId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateUserStatusInWorkspaceHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update user's cost rate
*
* `PUT /v1/workspaces/{workspaceId}/users/{userId}/cost-rate`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function setUserCostRateHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update user's hourly rate
*
* `PUT /v1/workspaces/{workspaceId}/users/{userId}/hourly-rate`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function setUserHourlyRateHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Find user's team manager
*
* `GET /v1/workspaces/{workspaceId}/users/{userId}/managers`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listManagersOfUserHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Give user manager role
*
* `POST /v1/workspaces/{workspaceId}/users/{userId}/roles`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function addUserRoleHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Remove user's manager role
*
* `DELETE /v1/workspaces/{workspaceId}/users/{userId}/roles`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function removeUserRoleHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all webhooks on workspace
*
* `GET /v1/workspaces/{workspaceId}/webhooks`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listWebhooksHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create webhooks
*
* Creating a webhook generates a new token which can be used to verify that the webhook being sent was sent by Clockify, as it will always be present in the header.
*
* `POST /v1/workspaces/{workspaceId}/webhooks`: answers 201 with a fake body, or as `resolver` says.
*/
export declare function createWebhookHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get a specific webhook by id
*
* `GET /v1/workspaces/{workspaceId}/webhooks/{webhookId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getWebhookHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update a webhook
*
* `PUT /v1/workspaces/{workspaceId}/webhooks/{webhookId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateWebhookHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete webhook
*
* `DELETE /v1/workspaces/{workspaceId}/webhooks/{webhookId}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function deleteWebhookHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get logs for a webhook
*
* `POST /v1/workspaces/{workspaceId}/webhooks/{webhookId}/logs`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listWebhookLogsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Generate new token
*
* Generates a new webhook token and invalidates previous one
*
* `PATCH /v1/workspaces/{workspaceId}/webhooks/{webhookId}/token`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function regenerateWebhookTokenHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Generate shared report by ID
*
* Response depends on report type and export type. Given example is for SUMMARY report and JSON exportType.
*
* Shared report data on FREE subscription plan is limited to a maximum interval length of one year (366 days).
*
* `GET /v1/shared-reports/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function getSharedReportHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Generate attendance report
*
* `POST /v1/workspaces/{workspaceId}/reports/attendance`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function generateAttendanceReportHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Detailed report
*
* Detailed report data on FREE subscription plan is limited to a maximum interval length of one year (366 days).
*
* `POST /v1/workspaces/{workspaceId}/reports/detailed`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function generateDetailedTimeReportHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Generate expense report
*
* Expense report data on FREE subscription plan is limited to a maximum interval length of one year (366 days).
*
* `POST /v1/workspaces/{workspaceId}/reports/expenses/detailed`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function generateDetailedExpenseReportHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Summary report
*
* Summary report data on FREE subscription plan is limited to a maximum interval length of one year (366 days).
*
* `POST /v1/workspaces/{workspaceId}/reports/summary`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function generateSummaryTimeReportHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Weekly report
*
* Weekly report data on FREE subscription plan is limited to a maximum interval length of one year (366 days).
*
* `POST /v1/workspaces/{workspaceId}/reports/weekly`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function generateWeeklyTimeReportHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Get all my shared reports
*
* Gets all shared reports for current user on given workspace
*
* `GET /v1/workspaces/{workspaceId}/shared-reports`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function listSharedReportsHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Create shared report
*
* Saves shared report with name, options and report filter.
*
* Shared report data on FREE subscription plan is limited to a maximum interval length of one year (366 days).
*
* `POST /v1/workspaces/{workspaceId}/shared-reports`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function createSharedReportHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Update shared report
*
* Updates shared report name and/or options
*
* `PUT /v1/workspaces/{workspaceId}/shared-reports/{id}`: answers 200 with a fake body, or as `resolver` says.
*/
export declare function updateSharedReportHandler(resolver?: HttpResponseResolver): HttpHandler;
/**
* Delete shared report
*
* `DELETE /v1/workspaces/{workspaceId}/shared-reports/{id}`: answers 204 with a fake body, or as `resolver` says.
*/
export declare function deleteSharedReportHandler(resolver?: HttpResponseResolver): HttpHandler;
/** A handler per operation, longer paths first: `setupServer(...handlers)`. */
export declare const handlers: HttpHandler[];

import { upsertUserCustomFieldValue$validators, listCustomFields$validators, createCustomField$validators, updateCustomField$validators, listProjectCustomFields$validators, removeProjectCustomField$validators, updateProjectCustomField$validators, listUsersOfWorkspace$validators, addUserToWorkspace$validators, filterUsersOfWorkspace$validators, getMemberProfile$validators, updateMemberProfile$validators, uploadUserImage$validators, getLoggedUser$validators, listWorkspaces$validators, createWorkspace$validators, getWorkspace$validators, listAddonWebhooks$validators, listApprovalRequests$validators, createApprovalRequest$validators, resubmitEntriesForApproval$validators, createApprovalRequestForUser$validators, resubmitEntriesForApprovalOfUser$validators, updateApprovalRequestStatus$validators, listClients$validators, createClient$validators, getClient$validators, updateClient$validators, deleteClient$validators, setWorkspaceCostRate$validators, listCreatedEntities$validators, listDeletedEntities$validators, listUpdatedEntities$validators, listExpenses$validators, createExpense$validators, listExpenseCategories$validators, createExpenseCategory$validators, updateExpenseCategory$validators, updateExpenseCategoryStatus$validators, getExpense$validators, updateExpense$validators, listHolidays$validators, createHoliday$validators, listHolidaysInPeriod$validators, updateHoliday$validators, deleteHoliday$validators, setWorkspaceHourlyRate$validators, listInvoices$validators, createInvoice$validators, filterInvoices$validators, getInvoiceSettings$validators, updateInvoiceSettings$validators, getInvoice$validators, updateInvoice$validators, duplicateInvoice$validators, listInvoicePayments$validators, createInvoicePayment$validators, deleteInvoicePayment$validators, updateInvoiceStatus$validators, listProjects$validators, createProject$validators, getProject$validators, updateProject$validators, deleteProject$validators, updateProjectEstimate$validators, addUsersToProject$validators, updateProjectMemberships$validators, listTasks$validators, createTask$validators, setTaskCostRate$validators, setTaskHourlyRate$validators, getTask$validators, updateTask$validators, deleteTask$validators, updateProjectTemplate$validators, setProjectUserCostRate$validators, setProjectUserHourlyRate$validators, listAssignments$validators, filterProjectScheduleTotals$validators, getProjectScheduleTotals$validators, publishAssignments$validators, createRecurringAssignment$validators, deleteRecurringAssignment$validators, updateRecurringAssignment$validators, updateRecurringAssignmentSeries$validators, filterUserScheduleTotals$validators, getUserScheduleTotals$validators, copyAssignment$validators, listTags$validators, createTag$validators, getTag$validators, updateTag$validators, deleteTag$validators, createTimeEntry$validators, markTimeEntriesInvoiced$validators, listInProgressTimeEntries$validators, getTimeEntry$validators, updateTimeEntry$validators, listBalancesOfPolicy$validators, updateBalancesOfPolicy$validators, listBalancesOfUser$validators, listPolicies$validators, createPolicy$validators, getPolicy$validators, updatePolicy$validators, updatePolicyStatus$validators, createTimeOffRequest$validators, deleteTimeOffRequest$validators, updateTimeOffRequestStatus$validators, createTimeOffRequestForUser$validators, filterTimeOffRequests$validators, listUserGroups$validators, createUserGroup$validators, updateUserGroup$validators, deleteUserGroup$validators, addUserToGroup$validators, removeUserFromGroup$validators, listTimeEntriesOfUser$validators, replaceTimeEntriesOfUser$validators, createTimeEntryForUser$validators, deleteTimeEntriesOfUser$validators, stopTimerOfUser$validators, duplicateTimeEntry$validators, updateUserStatusInWorkspace$validators, setUserCostRate$validators, setUserHourlyRate$validators, listManagersOfUser$validators, addUserRole$validators, removeUserRole$validators, listWebhooks$validators, createWebhook$validators, getWebhook$validators, updateWebhook$validators, listWebhookLogs$validators, regenerateWebhookToken$validators, getSharedReport$validators, generateAttendanceReport$validators, generateDetailedTimeReport$validators, generateDetailedExpenseReport$validators, generateSummaryTimeReport$validators, generateWeeklyTimeReport$validators, listSharedReports$validators, createSharedReport$validators, updateSharedReport$validators } from "./validators.gen.js";
export const $api = {
	servers: [{
		url: "https://{host}/api",
		variables: { host: "api.clockify.me" }
	}],
	securitySchemes: {
		ApiKeyAuth: {
			type: "apiKey",
			in: "header",
			name: "X-Api-Key"
		},
		AddonKeyAuth: {
			type: "apiKey",
			in: "header",
			name: "X-Addon-Token"
		},
		MarketplaceKeyAuth: {
			type: "apiKey",
			in: "header",
			name: "X-Marketplace-Token"
		}
	}
};
export const upsertUserCustomFieldValue$operation = {
	name: "upsertUserCustomFieldValue",
	spec: {
		id: "upsertUserCustomFieldValue",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/users/{userId}/custom-field/{customFieldId}/value",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "customFieldId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: upsertUserCustomFieldValue$validators
};
export const listCustomFields$operation = {
	name: "listCustomFields",
	spec: {
		id: "listCustomFields",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/custom-fields",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "name",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "status",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "entity-type",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: listCustomFields$validators
};
export const createCustomField$operation = {
	name: "createCustomField",
	spec: {
		id: "createCustomField",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/custom-fields",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createCustomField$validators
};
export const updateCustomField$operation = {
	name: "updateCustomField",
	spec: {
		id: "updateCustomField",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/custom-fields/{customFieldId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "customFieldId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateCustomField$validators
};
export const deleteCustomField$operation = {
	name: "deleteCustomField",
	spec: {
		id: "deleteCustomField",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/custom-fields/{customFieldId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "customFieldId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	}
};
export const listProjectCustomFields$operation = {
	name: "listProjectCustomFields",
	spec: {
		id: "listProjectCustomFields",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/custom-fields",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "status",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "entity-type",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: listProjectCustomFields$validators
};
export const removeProjectCustomField$operation = {
	name: "removeProjectCustomField",
	spec: {
		id: "removeProjectCustomField",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/custom-fields/{customFieldId}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "customFieldId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: removeProjectCustomField$validators
};
export const updateProjectCustomField$operation = {
	name: "updateProjectCustomField",
	spec: {
		id: "updateProjectCustomField",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/custom-fields/{customFieldId}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "customFieldId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateProjectCustomField$validators
};
export const listUsersOfWorkspace$operation = {
	name: "listUsersOfWorkspace",
	spec: {
		id: "listUsersOfWorkspace",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/users",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "email",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "project-id",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "status",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "account-statuses",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "name",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "memberships",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "include-roles",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listUsersOfWorkspace$validators
};
export const addUserToWorkspace$operation = {
	name: "addUserToWorkspace",
	spec: {
		id: "addUserToWorkspace",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/users",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "send-email",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: addUserToWorkspace$validators
};
export const filterUsersOfWorkspace$operation = {
	name: "filterUsersOfWorkspace",
	spec: {
		id: "filterUsersOfWorkspace",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/users/info",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [
			["ApiKeyAuth"],
			["AddonKeyAuth"],
			["MarketplaceKeyAuth"]
		],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		pagination: {
			kind: "page",
			page: "page",
			size: "pageSize",
			defaultSize: 50,
			in: "body"
		}
	},
	validators: filterUsersOfWorkspace$validators
};
export const getMemberProfile$operation = {
	name: "getMemberProfile",
	spec: {
		id: "getMemberProfile",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/member-profile/{userId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getMemberProfile$validators
};
export const updateMemberProfile$operation = {
	name: "updateMemberProfile",
	spec: {
		id: "updateMemberProfile",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/member-profile/{userId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateMemberProfile$validators
};
export const uploadUserImage$operation = {
	name: "uploadUserImage",
	spec: {
		id: "uploadUserImage",
		method: "POST",
		path: "/v1/file/image",
		params: [],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "multipart/form-data",
			kind: "multipart"
		}
	},
	validators: uploadUserImage$validators
};
export const getLoggedUser$operation = {
	name: "getLoggedUser",
	spec: {
		id: "getLoggedUser",
		method: "GET",
		path: "/v1/user",
		params: [{
			name: "include-memberships",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [
			["MarketplaceKeyAuth"],
			["ApiKeyAuth"],
			["AddonKeyAuth"]
		]
	},
	validators: getLoggedUser$validators
};
export const listWorkspaces$operation = {
	name: "listWorkspaces",
	spec: {
		id: "listWorkspaces",
		method: "GET",
		path: "/v1/workspaces",
		params: [{
			name: "roles",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["MarketplaceKeyAuth"], ["ApiKeyAuth"]]
	},
	validators: listWorkspaces$validators
};
export const createWorkspace$operation = {
	name: "createWorkspace",
	spec: {
		id: "createWorkspace",
		method: "POST",
		path: "/v1/workspaces",
		params: [],
		security: [["ApiKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createWorkspace$validators
};
export const getWorkspace$operation = {
	name: "getWorkspace",
	spec: {
		id: "getWorkspace",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getWorkspace$validators
};
export const listAddonWebhooks$operation = {
	name: "listAddonWebhooks",
	spec: {
		id: "listAddonWebhooks",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/addons/{addonId}/webhooks",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "addonId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: listAddonWebhooks$validators
};
export const listApprovalRequests$operation = {
	name: "listApprovalRequests",
	spec: {
		id: "listApprovalRequests",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/approval-requests",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "status",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listApprovalRequests$validators
};
export const createApprovalRequest$operation = {
	name: "createApprovalRequest",
	spec: {
		id: "createApprovalRequest",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/approval-requests",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createApprovalRequest$validators
};
export const resubmitEntriesForApproval$operation = {
	name: "resubmitEntriesForApproval",
	spec: {
		id: "resubmitEntriesForApproval",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/approval-requests/resubmit-entries-for-approval",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: resubmitEntriesForApproval$validators
};
export const createApprovalRequestForUser$operation = {
	name: "createApprovalRequestForUser",
	spec: {
		id: "createApprovalRequestForUser",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/approval-requests/users/{userId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createApprovalRequestForUser$validators
};
export const resubmitEntriesForApprovalOfUser$operation = {
	name: "resubmitEntriesForApprovalOfUser",
	spec: {
		id: "resubmitEntriesForApprovalOfUser",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/approval-requests/users/{userId}/resubmit-entries-for-approval",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: resubmitEntriesForApprovalOfUser$validators
};
export const updateApprovalRequestStatus$operation = {
	name: "updateApprovalRequestStatus",
	spec: {
		id: "updateApprovalRequestStatus",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/approval-requests/{approvalRequestId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "approvalRequestId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateApprovalRequestStatus$validators
};
export const listClients$operation = {
	name: "listClients",
	spec: {
		id: "listClients",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/clients",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "name",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "archived",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listClients$validators
};
export const createClient$operation = {
	name: "createClient",
	spec: {
		id: "createClient",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/clients",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createClient$validators
};
export const getClient$operation = {
	name: "getClient",
	spec: {
		id: "getClient",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/clients/{id}",
		params: [{
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getClient$validators
};
export const updateClient$operation = {
	name: "updateClient",
	spec: {
		id: "updateClient",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/clients/{id}",
		params: [
			{
				name: "id",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "archive-projects",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "mark-tasks-as-done",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateClient$validators
};
export const deleteClient$operation = {
	name: "deleteClient",
	spec: {
		id: "deleteClient",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/clients/{id}",
		params: [{
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: deleteClient$validators
};
export const setWorkspaceCostRate$operation = {
	name: "setWorkspaceCostRate",
	spec: {
		id: "setWorkspaceCostRate",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/cost-rate",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: setWorkspaceCostRate$validators
};
export const listCreatedEntities$operation = {
	name: "listCreatedEntities",
	spec: {
		id: "listCreatedEntities",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/entities/created",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "type",
				in: "query",
				required: true,
				style: "form",
				explode: true
			},
			{
				name: "start",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "end",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "limit",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: listCreatedEntities$validators
};
export const listDeletedEntities$operation = {
	name: "listDeletedEntities",
	spec: {
		id: "listDeletedEntities",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/entities/deleted",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "type",
				in: "query",
				required: true,
				style: "form",
				explode: true
			},
			{
				name: "start",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "end",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "limit",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: listDeletedEntities$validators
};
export const listUpdatedEntities$operation = {
	name: "listUpdatedEntities",
	spec: {
		id: "listUpdatedEntities",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/entities/updated",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "type",
				in: "query",
				required: true,
				style: "form",
				explode: true
			},
			{
				name: "start",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "end",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "limit",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: listUpdatedEntities$validators
};
export const listExpenses$operation = {
	name: "listExpenses",
	spec: {
		id: "listExpenses",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/expenses",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "user-id",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: listExpenses$validators
};
export const createExpense$operation = {
	name: "createExpense",
	spec: {
		id: "createExpense",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/expenses",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "multipart/form-data",
			kind: "multipart"
		}
	},
	validators: createExpense$validators
};
export const listExpenseCategories$operation = {
	name: "listExpenseCategories",
	spec: {
		id: "listExpenseCategories",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/expenses/categories",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "archived",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "name",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50,
			items: "categories"
		}
	},
	validators: listExpenseCategories$validators
};
export const createExpenseCategory$operation = {
	name: "createExpenseCategory",
	spec: {
		id: "createExpenseCategory",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/expenses/categories",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createExpenseCategory$validators
};
export const updateExpenseCategory$operation = {
	name: "updateExpenseCategory",
	spec: {
		id: "updateExpenseCategory",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/expenses/categories/{categoryId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "categoryId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateExpenseCategory$validators
};
export const deleteExpenseCategory$operation = {
	name: "deleteExpenseCategory",
	spec: {
		id: "deleteExpenseCategory",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/expenses/categories/{categoryId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "categoryId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	}
};
export const updateExpenseCategoryStatus$operation = {
	name: "updateExpenseCategoryStatus",
	spec: {
		id: "updateExpenseCategoryStatus",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/expenses/categories/{categoryId}/status",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "categoryId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateExpenseCategoryStatus$validators
};
export const getExpense$operation = {
	name: "getExpense",
	spec: {
		id: "getExpense",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/expenses/{expenseId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "expenseId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getExpense$validators
};
export const updateExpense$operation = {
	name: "updateExpense",
	spec: {
		id: "updateExpense",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/expenses/{expenseId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "expenseId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "multipart/form-data",
			kind: "multipart"
		}
	},
	validators: updateExpense$validators
};
export const deleteExpense$operation = {
	name: "deleteExpense",
	spec: {
		id: "deleteExpense",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/expenses/{expenseId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "expenseId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	}
};
export const downloadExpenseReceipt$operation = {
	name: "downloadExpenseReceipt",
	spec: {
		id: "downloadExpenseReceipt",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/expenses/{expenseId}/files/{fileId}",
		params: [
			{
				name: "fileId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "expenseId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		accept: "application/octet-stream, */*;q=0.8"
	}
};
export const listHolidays$operation = {
	name: "listHolidays",
	spec: {
		id: "listHolidays",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/holidays",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "assigned-to",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: listHolidays$validators
};
export const createHoliday$operation = {
	name: "createHoliday",
	spec: {
		id: "createHoliday",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/holidays",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createHoliday$validators
};
export const listHolidaysInPeriod$operation = {
	name: "listHolidaysInPeriod",
	spec: {
		id: "listHolidaysInPeriod",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/holidays/in-period",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "assigned-to",
				in: "query",
				required: true,
				style: "form",
				explode: true
			},
			{
				name: "start",
				in: "query",
				required: true,
				style: "form",
				explode: true
			},
			{
				name: "end",
				in: "query",
				required: true,
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: listHolidaysInPeriod$validators
};
export const updateHoliday$operation = {
	name: "updateHoliday",
	spec: {
		id: "updateHoliday",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/holidays/{holidayId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "holidayId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateHoliday$validators
};
export const deleteHoliday$operation = {
	name: "deleteHoliday",
	spec: {
		id: "deleteHoliday",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/holidays/{holidayId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "holidayId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: deleteHoliday$validators
};
export const setWorkspaceHourlyRate$operation = {
	name: "setWorkspaceHourlyRate",
	spec: {
		id: "setWorkspaceHourlyRate",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/hourly-rate",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: setWorkspaceHourlyRate$validators
};
export const listInvoices$operation = {
	name: "listInvoices",
	spec: {
		id: "listInvoices",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/invoices",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "statuses",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50,
			items: "invoices"
		}
	},
	validators: listInvoices$validators
};
export const createInvoice$operation = {
	name: "createInvoice",
	spec: {
		id: "createInvoice",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/invoices",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createInvoice$validators
};
export const filterInvoices$operation = {
	name: "filterInvoices",
	spec: {
		id: "filterInvoices",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/invoices/info",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		pagination: {
			kind: "page",
			page: "page",
			size: "pageSize",
			defaultSize: 50,
			items: "invoices",
			in: "body"
		}
	},
	validators: filterInvoices$validators
};
export const getInvoiceSettings$operation = {
	name: "getInvoiceSettings",
	spec: {
		id: "getInvoiceSettings",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/invoices/settings",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getInvoiceSettings$validators
};
export const updateInvoiceSettings$operation = {
	name: "updateInvoiceSettings",
	spec: {
		id: "updateInvoiceSettings",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/invoices/settings",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateInvoiceSettings$validators
};
export const getInvoice$operation = {
	name: "getInvoice",
	spec: {
		id: "getInvoice",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/invoices/{invoiceId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "invoiceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getInvoice$validators
};
export const updateInvoice$operation = {
	name: "updateInvoice",
	spec: {
		id: "updateInvoice",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/invoices/{invoiceId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "invoiceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateInvoice$validators
};
export const deleteInvoice$operation = {
	name: "deleteInvoice",
	spec: {
		id: "deleteInvoice",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/invoices/{invoiceId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "invoiceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	}
};
export const duplicateInvoice$operation = {
	name: "duplicateInvoice",
	spec: {
		id: "duplicateInvoice",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/invoices/{invoiceId}/duplicate",
		params: [{
			name: "invoiceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: duplicateInvoice$validators
};
export const exportInvoice$operation = {
	name: "exportInvoice",
	spec: {
		id: "exportInvoice",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/invoices/{invoiceId}/export",
		params: [
			{
				name: "invoiceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userLocale",
				in: "query",
				required: true,
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		accept: "application/octet-stream, */*;q=0.8"
	}
};
export const listInvoicePayments$operation = {
	name: "listInvoicePayments",
	spec: {
		id: "listInvoicePayments",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/invoices/{invoiceId}/payments",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "invoiceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listInvoicePayments$validators
};
export const createInvoicePayment$operation = {
	name: "createInvoicePayment",
	spec: {
		id: "createInvoicePayment",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/invoices/{invoiceId}/payments",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "invoiceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createInvoicePayment$validators
};
export const deleteInvoicePayment$operation = {
	name: "deleteInvoicePayment",
	spec: {
		id: "deleteInvoicePayment",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/invoices/{invoiceId}/payments/{paymentId}",
		params: [
			{
				name: "invoiceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "paymentId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: deleteInvoicePayment$validators
};
export const updateInvoiceStatus$operation = {
	name: "updateInvoiceStatus",
	spec: {
		id: "updateInvoiceStatus",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/invoices/{invoiceId}/status",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "invoiceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateInvoiceStatus$validators
};
export const listProjects$operation = {
	name: "listProjects",
	spec: {
		id: "listProjects",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/projects",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "name",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "strict-name-search",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "archived",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "billable",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "clients",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "contains-client",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "client-status",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "users",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "contains-user",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "user-status",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "is-template",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "hydrated",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "access",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "expense-limit",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "expense-date",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "userGroups",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "contains-group",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listProjects$validators
};
export const createProject$operation = {
	name: "createProject",
	spec: {
		id: "createProject",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/projects",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createProject$validators
};
export const getProject$operation = {
	name: "getProject",
	spec: {
		id: "getProject",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "hydrated",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "custom-field-entity-type",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "expense-limit",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "expense-date",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getProject$validators
};
export const updateProject$operation = {
	name: "updateProject",
	spec: {
		id: "updateProject",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "projectId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateProject$validators
};
export const deleteProject$operation = {
	name: "deleteProject",
	spec: {
		id: "deleteProject",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "projectId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: deleteProject$validators
};
export const updateProjectEstimate$operation = {
	name: "updateProjectEstimate",
	spec: {
		id: "updateProjectEstimate",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/estimate",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "projectId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateProjectEstimate$validators
};
export const addUsersToProject$operation = {
	name: "addUsersToProject",
	spec: {
		id: "addUsersToProject",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/memberships",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "projectId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: addUsersToProject$validators
};
export const updateProjectMemberships$operation = {
	name: "updateProjectMemberships",
	spec: {
		id: "updateProjectMemberships",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/memberships",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "projectId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateProjectMemberships$validators
};
export const listTasks$operation = {
	name: "listTasks",
	spec: {
		id: "listTasks",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/tasks",
		params: [
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "name",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "strict-name-search",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "is-active",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listTasks$validators
};
export const createTask$operation = {
	name: "createTask",
	spec: {
		id: "createTask",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/tasks",
		params: [
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "contains-assignee",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createTask$validators
};
export const setTaskCostRate$operation = {
	name: "setTaskCostRate",
	spec: {
		id: "setTaskCostRate",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{id}/cost-rate",
		params: [
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "id",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: setTaskCostRate$validators
};
export const setTaskHourlyRate$operation = {
	name: "setTaskHourlyRate",
	spec: {
		id: "setTaskHourlyRate",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{id}/hourly-rate",
		params: [
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "id",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: setTaskHourlyRate$validators
};
export const getTask$operation = {
	name: "getTask",
	spec: {
		id: "getTask",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{taskId}",
		params: [
			{
				name: "taskId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getTask$validators
};
export const updateTask$operation = {
	name: "updateTask",
	spec: {
		id: "updateTask",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{taskId}",
		params: [
			{
				name: "taskId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "contains-assignee",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "membership-status",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateTask$validators
};
export const deleteTask$operation = {
	name: "deleteTask",
	spec: {
		id: "deleteTask",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{taskId}",
		params: [
			{
				name: "taskId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: deleteTask$validators
};
export const updateProjectTemplate$operation = {
	name: "updateProjectTemplate",
	spec: {
		id: "updateProjectTemplate",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/template",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "projectId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateProjectTemplate$validators
};
export const setProjectUserCostRate$operation = {
	name: "setProjectUserCostRate",
	spec: {
		id: "setProjectUserCostRate",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/users/{userId}/cost-rate",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: setProjectUserCostRate$validators
};
export const setProjectUserHourlyRate$operation = {
	name: "setProjectUserHourlyRate",
	spec: {
		id: "setProjectUserHourlyRate",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/projects/{projectId}/users/{userId}/hourly-rate",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: setProjectUserHourlyRate$validators
};
export const listAssignments$operation = {
	name: "listAssignments",
	spec: {
		id: "listAssignments",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/all",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "name",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "start",
				in: "query",
				required: true,
				style: "form",
				explode: true
			},
			{
				name: "end",
				in: "query",
				required: true,
				style: "form",
				explode: true
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listAssignments$validators
};
export const filterProjectScheduleTotals$operation = {
	name: "filterProjectScheduleTotals",
	spec: {
		id: "filterProjectScheduleTotals",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/projects/totals",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		pagination: {
			kind: "page",
			page: "page",
			size: "pageSize",
			defaultSize: 50,
			in: "body"
		}
	},
	validators: filterProjectScheduleTotals$validators
};
export const getProjectScheduleTotals$operation = {
	name: "getProjectScheduleTotals",
	spec: {
		id: "getProjectScheduleTotals",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/projects/totals/{projectId}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "projectId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "start",
				in: "query",
				required: true,
				style: "form",
				explode: true
			},
			{
				name: "end",
				in: "query",
				required: true,
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getProjectScheduleTotals$validators
};
export const publishAssignments$operation = {
	name: "publishAssignments",
	spec: {
		id: "publishAssignments",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/publish",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: publishAssignments$validators
};
export const createRecurringAssignment$operation = {
	name: "createRecurringAssignment",
	spec: {
		id: "createRecurringAssignment",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/recurring",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createRecurringAssignment$validators
};
export const deleteRecurringAssignment$operation = {
	name: "deleteRecurringAssignment",
	spec: {
		id: "deleteRecurringAssignment",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/recurring/{assignmentId}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "assignmentId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "seriesUpdateOption",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: deleteRecurringAssignment$validators
};
export const updateRecurringAssignment$operation = {
	name: "updateRecurringAssignment",
	spec: {
		id: "updateRecurringAssignment",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/recurring/{assignmentId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "assignmentId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateRecurringAssignment$validators
};
export const updateRecurringAssignmentSeries$operation = {
	name: "updateRecurringAssignmentSeries",
	spec: {
		id: "updateRecurringAssignmentSeries",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/series/{assignmentId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "assignmentId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateRecurringAssignmentSeries$validators
};
export const filterUserScheduleTotals$operation = {
	name: "filterUserScheduleTotals",
	spec: {
		id: "filterUserScheduleTotals",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/user-filter/totals",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		pagination: {
			kind: "page",
			page: "page",
			size: "pageSize",
			defaultSize: 50,
			in: "body"
		}
	},
	validators: filterUserScheduleTotals$validators
};
export const getUserScheduleTotals$operation = {
	name: "getUserScheduleTotals",
	spec: {
		id: "getUserScheduleTotals",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/users/{userId}/totals",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "start",
				in: "query",
				required: true,
				style: "form",
				explode: true
			},
			{
				name: "end",
				in: "query",
				required: true,
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50,
			items: "totalHoursPerDay"
		}
	},
	validators: getUserScheduleTotals$validators
};
export const copyAssignment$operation = {
	name: "copyAssignment",
	spec: {
		id: "copyAssignment",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/scheduling/assignments/{assignmentId}/copy",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "assignmentId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: copyAssignment$validators
};
export const listTags$operation = {
	name: "listTags",
	spec: {
		id: "listTags",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/tags",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "name",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "strict-name-search",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "excluded-ids",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "archived",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listTags$validators
};
export const createTag$operation = {
	name: "createTag",
	spec: {
		id: "createTag",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/tags",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createTag$validators
};
export const getTag$operation = {
	name: "getTag",
	spec: {
		id: "getTag",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/tags/{id}",
		params: [{
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getTag$validators
};
export const updateTag$operation = {
	name: "updateTag",
	spec: {
		id: "updateTag",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/tags/{id}",
		params: [{
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateTag$validators
};
export const deleteTag$operation = {
	name: "deleteTag",
	spec: {
		id: "deleteTag",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/tags/{id}",
		params: [{
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: deleteTag$validators
};
export const createTimeEntry$operation = {
	name: "createTimeEntry",
	spec: {
		id: "createTimeEntry",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/time-entries",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createTimeEntry$validators
};
export const markTimeEntriesInvoiced$operation = {
	name: "markTimeEntriesInvoiced",
	spec: {
		id: "markTimeEntriesInvoiced",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/time-entries/invoiced",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: markTimeEntriesInvoiced$validators
};
export const listInProgressTimeEntries$operation = {
	name: "listInProgressTimeEntries",
	spec: {
		id: "listInProgressTimeEntries",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/time-entries/status/in-progress",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 10
		}
	},
	validators: listInProgressTimeEntries$validators
};
export const getTimeEntry$operation = {
	name: "getTimeEntry",
	spec: {
		id: "getTimeEntry",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/time-entries/{id}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "id",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "hydrated",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getTimeEntry$validators
};
export const updateTimeEntry$operation = {
	name: "updateTimeEntry",
	spec: {
		id: "updateTimeEntry",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/time-entries/{id}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateTimeEntry$validators
};
export const deleteTimeEntry$operation = {
	name: "deleteTimeEntry",
	spec: {
		id: "deleteTimeEntry",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/time-entries/{id}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	}
};
export const listBalancesOfPolicy$operation = {
	name: "listBalancesOfPolicy",
	spec: {
		id: "listBalancesOfPolicy",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/time-off/balance/policy/{policyId}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "policyId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50,
			items: "balances"
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: listBalancesOfPolicy$validators
};
export const updateBalancesOfPolicy$operation = {
	name: "updateBalancesOfPolicy",
	spec: {
		id: "updateBalancesOfPolicy",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/time-off/balance/policy/{policyId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "policyId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: updateBalancesOfPolicy$validators
};
export const listBalancesOfUser$operation = {
	name: "listBalancesOfUser",
	spec: {
		id: "listBalancesOfUser",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/time-off/balance/user/{userId}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50,
			items: "balances"
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: listBalancesOfUser$validators
};
export const listPolicies$operation = {
	name: "listPolicies",
	spec: {
		id: "listPolicies",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/time-off/policies",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "name",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "status",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: listPolicies$validators
};
export const createPolicy$operation = {
	name: "createPolicy",
	spec: {
		id: "createPolicy",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/time-off/policies",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: createPolicy$validators
};
export const getPolicy$operation = {
	name: "getPolicy",
	spec: {
		id: "getPolicy",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/time-off/policies/{id}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: getPolicy$validators
};
export const updatePolicy$operation = {
	name: "updatePolicy",
	spec: {
		id: "updatePolicy",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/time-off/policies/{id}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: updatePolicy$validators
};
export const deletePolicy$operation = {
	name: "deletePolicy",
	spec: {
		id: "deletePolicy",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/time-off/policies/{id}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	}
};
export const updatePolicyStatus$operation = {
	name: "updatePolicyStatus",
	spec: {
		id: "updatePolicyStatus",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/time-off/policies/{id}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: updatePolicyStatus$validators
};
export const createTimeOffRequest$operation = {
	name: "createTimeOffRequest",
	spec: {
		id: "createTimeOffRequest",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/time-off/policies/{policyId}/requests",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "policyId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: createTimeOffRequest$validators
};
export const deleteTimeOffRequest$operation = {
	name: "deleteTimeOffRequest",
	spec: {
		id: "deleteTimeOffRequest",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/time-off/policies/{policyId}/requests/{requestId}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "policyId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "requestId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: deleteTimeOffRequest$validators
};
export const updateTimeOffRequestStatus$operation = {
	name: "updateTimeOffRequestStatus",
	spec: {
		id: "updateTimeOffRequestStatus",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/time-off/policies/{policyId}/requests/{requestId}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "policyId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "requestId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: updateTimeOffRequestStatus$validators
};
export const createTimeOffRequestForUser$operation = {
	name: "createTimeOffRequestForUser",
	spec: {
		id: "createTimeOffRequestForUser",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/time-off/policies/{policyId}/users/{userId}/requests",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "policyId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: createTimeOffRequestForUser$validators
};
export const filterTimeOffRequests$operation = {
	name: "filterTimeOffRequests",
	spec: {
		id: "filterTimeOffRequests",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/time-off/requests",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		pagination: {
			kind: "page",
			page: "page",
			size: "pageSize",
			defaultSize: 50,
			items: "requests",
			in: "body"
		},
		servers: [{
			url: "https://pto.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.api.clockify.me/pto",
			variables: { region: "euc1" }
		}]
	},
	validators: filterTimeOffRequests$validators
};
export const listUserGroups$operation = {
	name: "listUserGroups",
	spec: {
		id: "listUserGroups",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/user-groups",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "project-id",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "name",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "includeTeamManagers",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listUserGroups$validators
};
export const createUserGroup$operation = {
	name: "createUserGroup",
	spec: {
		id: "createUserGroup",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/user-groups",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createUserGroup$validators
};
export const updateUserGroup$operation = {
	name: "updateUserGroup",
	spec: {
		id: "updateUserGroup",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/user-groups/{id}",
		params: [{
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateUserGroup$validators
};
export const deleteUserGroup$operation = {
	name: "deleteUserGroup",
	spec: {
		id: "deleteUserGroup",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/user-groups/{id}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: deleteUserGroup$validators
};
export const addUserToGroup$operation = {
	name: "addUserToGroup",
	spec: {
		id: "addUserToGroup",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/user-groups/{userGroupId}/users",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userGroupId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: addUserToGroup$validators
};
export const removeUserFromGroup$operation = {
	name: "removeUserFromGroup",
	spec: {
		id: "removeUserFromGroup",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/user-groups/{userGroupId}/users/{userId}",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userGroupId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: removeUserFromGroup$validators
};
export const listTimeEntriesOfUser$operation = {
	name: "listTimeEntriesOfUser",
	spec: {
		id: "listTimeEntriesOfUser",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/user/{userId}/time-entries",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "description",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "start",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "end",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "project",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "task",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "tags",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "project-required",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "task-required",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "hydrated",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "in-progress",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "get-week-before",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listTimeEntriesOfUser$validators
};
export const replaceTimeEntriesOfUser$operation = {
	name: "replaceTimeEntriesOfUser",
	spec: {
		id: "replaceTimeEntriesOfUser",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/user/{userId}/time-entries",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "hydrated",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: replaceTimeEntriesOfUser$validators
};
export const createTimeEntryForUser$operation = {
	name: "createTimeEntryForUser",
	spec: {
		id: "createTimeEntryForUser",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/user/{userId}/time-entries",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "from-entry",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createTimeEntryForUser$validators
};
export const deleteTimeEntriesOfUser$operation = {
	name: "deleteTimeEntriesOfUser",
	spec: {
		id: "deleteTimeEntriesOfUser",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/user/{userId}/time-entries",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "time-entry-ids",
				in: "query",
				required: true,
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: deleteTimeEntriesOfUser$validators
};
export const stopTimerOfUser$operation = {
	name: "stopTimerOfUser",
	spec: {
		id: "stopTimerOfUser",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/user/{userId}/time-entries",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: stopTimerOfUser$validators
};
export const duplicateTimeEntry$operation = {
	name: "duplicateTimeEntry",
	spec: {
		id: "duplicateTimeEntry",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/user/{userId}/time-entries/{id}/duplicate",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "id",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: duplicateTimeEntry$validators
};
export const updateUserStatusInWorkspace$operation = {
	name: "updateUserStatusInWorkspace",
	spec: {
		id: "updateUserStatusInWorkspace",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/users/{userId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateUserStatusInWorkspace$validators
};
export const setUserCostRate$operation = {
	name: "setUserCostRate",
	spec: {
		id: "setUserCostRate",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/users/{userId}/cost-rate",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: setUserCostRate$validators
};
export const setUserHourlyRate$operation = {
	name: "setUserHourlyRate",
	spec: {
		id: "setUserHourlyRate",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/users/{userId}/hourly-rate",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: setUserHourlyRate$validators
};
export const listManagersOfUser$operation = {
	name: "listManagersOfUser",
	spec: {
		id: "listManagersOfUser",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/users/{userId}/managers",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "userId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "sort-column",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sort-order",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page-size",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "page-size",
			defaultSize: 50
		}
	},
	validators: listManagersOfUser$validators
};
export const addUserRole$operation = {
	name: "addUserRole",
	spec: {
		id: "addUserRole",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/users/{userId}/roles",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: addUserRole$validators
};
export const removeUserRole$operation = {
	name: "removeUserRole",
	spec: {
		id: "removeUserRole",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/users/{userId}/roles",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: removeUserRole$validators
};
export const listWebhooks$operation = {
	name: "listWebhooks",
	spec: {
		id: "listWebhooks",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/webhooks",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "type",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: listWebhooks$validators
};
export const createWebhook$operation = {
	name: "createWebhook",
	spec: {
		id: "createWebhook",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/webhooks",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: createWebhook$validators
};
export const getWebhook$operation = {
	name: "getWebhook",
	spec: {
		id: "getWebhook",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/webhooks/{webhookId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "webhookId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: getWebhook$validators
};
export const updateWebhook$operation = {
	name: "updateWebhook",
	spec: {
		id: "updateWebhook",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/webhooks/{webhookId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "webhookId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: updateWebhook$validators
};
export const deleteWebhook$operation = {
	name: "deleteWebhook",
	spec: {
		id: "deleteWebhook",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/webhooks/{webhookId}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "webhookId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	}
};
export const listWebhookLogs$operation = {
	name: "listWebhookLogs",
	spec: {
		id: "listWebhookLogs",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/webhooks/{webhookId}/logs",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "webhookId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "size",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: listWebhookLogs$validators
};
export const regenerateWebhookToken$operation = {
	name: "regenerateWebhookToken",
	spec: {
		id: "regenerateWebhookToken",
		method: "PATCH",
		path: "/v1/workspaces/{workspaceId}/webhooks/{webhookId}/token",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "webhookId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]]
	},
	validators: regenerateWebhookToken$validators
};
export const getSharedReport$operation = {
	name: "getSharedReport",
	spec: {
		id: "getSharedReport",
		method: "GET",
		path: "/v1/shared-reports/{id}",
		params: [
			{
				name: "dateRangeStart",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "dateRangeEnd",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sortOrder",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sortColumn",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "exportType",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "pageSize",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "id",
				in: "path",
				style: "simple",
				explode: false
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		servers: [{
			url: "https://reports.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.clockify.me/report",
			variables: { region: "euc1" }
		}]
	},
	validators: getSharedReport$validators
};
export const generateAttendanceReport$operation = {
	name: "generateAttendanceReport",
	spec: {
		id: "generateAttendanceReport",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/reports/attendance",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://reports.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.clockify.me/report",
			variables: { region: "euc1" }
		}]
	},
	validators: generateAttendanceReport$validators
};
export const generateDetailedTimeReport$operation = {
	name: "generateDetailedTimeReport",
	spec: {
		id: "generateDetailedTimeReport",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/reports/detailed",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://reports.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.clockify.me/report",
			variables: { region: "euc1" }
		}]
	},
	validators: generateDetailedTimeReport$validators
};
export const generateDetailedExpenseReport$operation = {
	name: "generateDetailedExpenseReport",
	spec: {
		id: "generateDetailedExpenseReport",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/reports/expenses/detailed",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		pagination: {
			kind: "page",
			page: "page",
			size: "pageSize",
			defaultSize: 50,
			items: "expenses",
			in: "body"
		},
		servers: [{
			url: "https://reports.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.clockify.me/report",
			variables: { region: "euc1" }
		}]
	},
	validators: generateDetailedExpenseReport$validators
};
export const generateSummaryTimeReport$operation = {
	name: "generateSummaryTimeReport",
	spec: {
		id: "generateSummaryTimeReport",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/reports/summary",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://reports.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.clockify.me/report",
			variables: { region: "euc1" }
		}]
	},
	validators: generateSummaryTimeReport$validators
};
export const generateWeeklyTimeReport$operation = {
	name: "generateWeeklyTimeReport",
	spec: {
		id: "generateWeeklyTimeReport",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/reports/weekly",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://reports.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.clockify.me/report",
			variables: { region: "euc1" }
		}]
	},
	validators: generateWeeklyTimeReport$validators
};
export const listSharedReports$operation = {
	name: "listSharedReports",
	spec: {
		id: "listSharedReports",
		method: "GET",
		path: "/v1/workspaces/{workspaceId}/shared-reports",
		params: [
			{
				name: "workspaceId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "page",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "pageSize",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "sharedReportsFilter",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		pagination: {
			kind: "page",
			page: "page",
			size: "pageSize",
			defaultSize: 50,
			items: "reports"
		},
		servers: [{
			url: "https://reports.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.clockify.me/report",
			variables: { region: "euc1" }
		}]
	},
	validators: listSharedReports$validators
};
export const createSharedReport$operation = {
	name: "createSharedReport",
	spec: {
		id: "createSharedReport",
		method: "POST",
		path: "/v1/workspaces/{workspaceId}/shared-reports",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://reports.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.clockify.me/report",
			variables: { region: "euc1" }
		}]
	},
	validators: createSharedReport$validators
};
export const updateSharedReport$operation = {
	name: "updateSharedReport",
	spec: {
		id: "updateSharedReport",
		method: "PUT",
		path: "/v1/workspaces/{workspaceId}/shared-reports/{id}",
		params: [{
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		servers: [{
			url: "https://reports.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.clockify.me/report",
			variables: { region: "euc1" }
		}]
	},
	validators: updateSharedReport$validators
};
export const deleteSharedReport$operation = {
	name: "deleteSharedReport",
	spec: {
		id: "deleteSharedReport",
		method: "DELETE",
		path: "/v1/workspaces/{workspaceId}/shared-reports/{id}",
		params: [{
			name: "id",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "workspaceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["ApiKeyAuth"], ["AddonKeyAuth"]],
		servers: [{
			url: "https://reports.api.clockify.me",
			variables: {}
		}, {
			url: "https://{region}.clockify.me/report",
			variables: { region: "euc1" }
		}]
	}
};

import { signIn$validators, signOut$validators, listApiKeys$validators, generateApiKey$validators, listUsers$validators, createUser$validators, activateUsers$validators, getUser$validators, updateUser$validators, deleteUser$validators, listCustomFields$validators, getCustomField$validators, listProjects$validators, createProject$validators, getProject$validators, updateProject$validators, deleteProject$validators, listEntryCodes$validators, createEntryCode$validators, getEntryCode$validators, updateEntryCode$validators, deleteEntryCode$validators, listGeofences$validators, createGeofence$validators, getGeofence$validators, updateGeofence$validators, deleteGeofence$validators, listRequisitions$validators, createRequisition$validators, getRequisition$validators, updateRequisition$validators, listEntryColumns$validators, getEntryColumn$validators, listTimeEntryScreens$validators, listExpenseEntryScreens$validators, listCustomEntryScreens$validators, listEntryPeriods$validators, getEntryPeriod$validators, listTimeSheets$validators, createTimeSheet$validators, getTimeSheet$validators, updateTimeSheet$validators, listExpenseSheets$validators, createExpenseSheet$validators, getExpenseSheet$validators, updateExpenseSheet$validators, listCustomSheets$validators, createCustomSheet$validators, getCustomSheet$validators, updateCustomSheet$validators, approveEntrySheets$validators, rejectEntrySheets$validators, reopenEntrySheets$validators, getMyApprovalQueue$validators, listActivityMonitorRequests$validators, getActivityMonitorRequest$validators } from "./validators.gen.js";
export const $api = {
	servers: [{
		url: "https://{host}/api/v1",
		variables: { host: "example.apps.journyx.com" }
	}],
	securitySchemes: {
		basicAuth: {
			type: "http",
			scheme: "basic"
		},
		sessionCookie: {
			type: "apiKey",
			in: "cookie",
			name: "wtsession"
		}
	}
};
export const signIn$operation = {
	name: "signIn",
	spec: {
		id: "signIn",
		method: "POST",
		path: "/login",
		params: [],
		security: [],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "200": [{ name: "Set-Cookie" }, { name: "X-Session-Id" }] }
	},
	validators: signIn$validators
};
export const signOut$operation = {
	name: "signOut",
	spec: {
		id: "signOut",
		method: "POST",
		path: "/logout",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: signOut$validators
};
export const listApiKeys$operation = {
	name: "listApiKeys",
	spec: {
		id: "listApiKeys",
		method: "GET",
		path: "/api_keys",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: listApiKeys$validators
};
export const generateApiKey$operation = {
	name: "generateApiKey",
	spec: {
		id: "generateApiKey",
		method: "POST",
		path: "/api_keys/generate_api_key",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: generateApiKey$validators
};
export const listUsers$operation = {
	name: "listUsers",
	spec: {
		id: "listUsers",
		method: "GET",
		path: "/users",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listUsers$validators
};
export const createUser$operation = {
	name: "createUser",
	spec: {
		id: "createUser",
		method: "POST",
		path: "/users",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: {
			"200": [
				{ name: "Location" },
				{ name: "X-Item-Id" },
				{ name: "X-Item-Table" }
			],
			"201": [
				{ name: "Location" },
				{ name: "X-Item-Id" },
				{ name: "X-Item-Table" }
			]
		}
	},
	validators: createUser$validators
};
export const activateUsers$operation = {
	name: "activateUsers",
	spec: {
		id: "activateUsers",
		method: "POST",
		path: "/users/activate",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: activateUsers$validators
};
export const getUser$operation = {
	name: "getUser",
	spec: {
		id: "getUser",
		method: "GET",
		path: "/users/{userId}",
		params: [{
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		responseHeaders: { "200": [{ name: "ETag" }] }
	},
	validators: getUser$validators
};
export const updateUser$operation = {
	name: "updateUser",
	spec: {
		id: "updateUser",
		method: "PUT",
		path: "/users/{userId}",
		params: [{
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "If-Match",
			in: "header",
			required: true,
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "204": [{ name: "Location" }] }
	},
	validators: updateUser$validators
};
export const deleteUser$operation = {
	name: "deleteUser",
	spec: {
		id: "deleteUser",
		method: "DELETE",
		path: "/users/{userId}",
		params: [{
			name: "userId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: deleteUser$validators
};
export const listCustomFields$operation = {
	name: "listCustomFields",
	spec: {
		id: "listCustomFields",
		method: "GET",
		path: "/custom_fields",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listCustomFields$validators
};
export const getCustomField$operation = {
	name: "getCustomField",
	spec: {
		id: "getCustomField",
		method: "GET",
		path: "/custom_fields/{customFieldId}",
		params: [{
			name: "customFieldId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: getCustomField$validators
};
export const listProjects$operation = {
	name: "listProjects",
	spec: {
		id: "listProjects",
		method: "GET",
		path: "/projects",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listProjects$validators
};
export const createProject$operation = {
	name: "createProject",
	spec: {
		id: "createProject",
		method: "POST",
		path: "/projects",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: {
			"200": [
				{ name: "Location" },
				{ name: "X-Item-Id" },
				{ name: "X-Item-Table" }
			],
			"201": [
				{ name: "Location" },
				{ name: "X-Item-Id" },
				{ name: "X-Item-Table" }
			]
		}
	},
	validators: createProject$validators
};
export const getProject$operation = {
	name: "getProject",
	spec: {
		id: "getProject",
		method: "GET",
		path: "/projects/{projectId}",
		params: [{
			name: "projectId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		responseHeaders: { "200": [{ name: "ETag" }] }
	},
	validators: getProject$validators
};
export const updateProject$operation = {
	name: "updateProject",
	spec: {
		id: "updateProject",
		method: "PUT",
		path: "/projects/{projectId}",
		params: [{
			name: "projectId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "If-Match",
			in: "header",
			required: true,
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "204": [{ name: "Location" }] }
	},
	validators: updateProject$validators
};
export const deleteProject$operation = {
	name: "deleteProject",
	spec: {
		id: "deleteProject",
		method: "DELETE",
		path: "/projects/{projectId}",
		params: [{
			name: "projectId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: deleteProject$validators
};
export const listEntryCodes$operation = {
	name: "listEntryCodes",
	spec: {
		id: "listEntryCodes",
		method: "GET",
		path: "/entry_codes/{tablename}",
		params: [
			{
				name: "tablename",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listEntryCodes$validators
};
export const createEntryCode$operation = {
	name: "createEntryCode",
	spec: {
		id: "createEntryCode",
		method: "POST",
		path: "/entry_codes/{tablename}",
		params: [{
			name: "tablename",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: {
			"200": [
				{ name: "Location" },
				{ name: "X-Item-Id" },
				{ name: "X-Item-Table" }
			],
			"201": [
				{ name: "Location" },
				{ name: "X-Item-Id" },
				{ name: "X-Item-Table" }
			]
		}
	},
	validators: createEntryCode$validators
};
export const getEntryCode$operation = {
	name: "getEntryCode",
	spec: {
		id: "getEntryCode",
		method: "GET",
		path: "/entry_codes/{tablename}/{entryCodeId}",
		params: [
			{
				name: "tablename",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "entryCodeId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		responseHeaders: { "200": [{ name: "ETag" }] }
	},
	validators: getEntryCode$validators
};
export const updateEntryCode$operation = {
	name: "updateEntryCode",
	spec: {
		id: "updateEntryCode",
		method: "PUT",
		path: "/entry_codes/{tablename}/{entryCodeId}",
		params: [
			{
				name: "tablename",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "entryCodeId",
				in: "path",
				style: "simple",
				explode: false
			},
			{
				name: "If-Match",
				in: "header",
				required: true,
				style: "simple",
				explode: false
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "204": [{ name: "Location" }] }
	},
	validators: updateEntryCode$validators
};
export const deleteEntryCode$operation = {
	name: "deleteEntryCode",
	spec: {
		id: "deleteEntryCode",
		method: "DELETE",
		path: "/entry_codes/{tablename}/{entryCodeId}",
		params: [{
			name: "tablename",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "entryCodeId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: deleteEntryCode$validators
};
export const listGeofences$operation = {
	name: "listGeofences",
	spec: {
		id: "listGeofences",
		method: "GET",
		path: "/geofences",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listGeofences$validators
};
export const createGeofence$operation = {
	name: "createGeofence",
	spec: {
		id: "createGeofence",
		method: "POST",
		path: "/geofences",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "200": [
			{ name: "Location" },
			{ name: "X-Item-Id" },
			{ name: "X-Item-Table" }
		] }
	},
	validators: createGeofence$validators
};
export const getGeofence$operation = {
	name: "getGeofence",
	spec: {
		id: "getGeofence",
		method: "GET",
		path: "/geofences/{geofenceId}",
		params: [{
			name: "geofenceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		responseHeaders: { "200": [{ name: "ETag" }] }
	},
	validators: getGeofence$validators
};
export const updateGeofence$operation = {
	name: "updateGeofence",
	spec: {
		id: "updateGeofence",
		method: "PUT",
		path: "/geofences/{geofenceId}",
		params: [{
			name: "geofenceId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "If-Match",
			in: "header",
			required: true,
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "204": [{ name: "Location" }] }
	},
	validators: updateGeofence$validators
};
export const deleteGeofence$operation = {
	name: "deleteGeofence",
	spec: {
		id: "deleteGeofence",
		method: "DELETE",
		path: "/geofences/{geofenceId}",
		params: [{
			name: "geofenceId",
			in: "path",
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: deleteGeofence$validators
};
export const listRequisitions$operation = {
	name: "listRequisitions",
	spec: {
		id: "listRequisitions",
		method: "GET",
		path: "/requisitions",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listRequisitions$validators
};
export const createRequisition$operation = {
	name: "createRequisition",
	spec: {
		id: "createRequisition",
		method: "POST",
		path: "/requisitions",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: {
			"200": [
				{ name: "Location" },
				{ name: "X-Item-Id" },
				{ name: "X-Item-Table" }
			],
			"201": [
				{ name: "Location" },
				{ name: "X-Item-Id" },
				{ name: "X-Item-Table" }
			]
		}
	},
	validators: createRequisition$validators
};
export const getRequisition$operation = {
	name: "getRequisition",
	spec: {
		id: "getRequisition",
		method: "GET",
		path: "/requisitions/{requisitionId}",
		params: [{
			name: "requisitionId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		responseHeaders: { "200": [{ name: "ETag" }] }
	},
	validators: getRequisition$validators
};
export const updateRequisition$operation = {
	name: "updateRequisition",
	spec: {
		id: "updateRequisition",
		method: "PUT",
		path: "/requisitions/{requisitionId}",
		params: [{
			name: "requisitionId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "If-Match",
			in: "header",
			required: true,
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "204": [{ name: "Location" }] }
	},
	validators: updateRequisition$validators
};
export const listEntryColumns$operation = {
	name: "listEntryColumns",
	spec: {
		id: "listEntryColumns",
		method: "GET",
		path: "/entry_columns",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listEntryColumns$validators
};
export const getEntryColumn$operation = {
	name: "getEntryColumn",
	spec: {
		id: "getEntryColumn",
		method: "GET",
		path: "/entry_columns/{entryColumnId}",
		params: [{
			name: "entryColumnId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: getEntryColumn$validators
};
export const listTimeEntryScreens$operation = {
	name: "listTimeEntryScreens",
	spec: {
		id: "listTimeEntryScreens",
		method: "GET",
		path: "/entry_screens/time",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listTimeEntryScreens$validators
};
export const listExpenseEntryScreens$operation = {
	name: "listExpenseEntryScreens",
	spec: {
		id: "listExpenseEntryScreens",
		method: "GET",
		path: "/entry_screens/expense",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listExpenseEntryScreens$validators
};
export const listCustomEntryScreens$operation = {
	name: "listCustomEntryScreens",
	spec: {
		id: "listCustomEntryScreens",
		method: "GET",
		path: "/entry_screens/custom",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listCustomEntryScreens$validators
};
export const listEntryPeriods$operation = {
	name: "listEntryPeriods",
	spec: {
		id: "listEntryPeriods",
		method: "GET",
		path: "/entry_periods",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listEntryPeriods$validators
};
export const getEntryPeriod$operation = {
	name: "getEntryPeriod",
	spec: {
		id: "getEntryPeriod",
		method: "GET",
		path: "/entry_periods/{entryPeriodId}",
		params: [{
			name: "entryPeriodId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: getEntryPeriod$validators
};
export const listTimeSheets$operation = {
	name: "listTimeSheets",
	spec: {
		id: "listTimeSheets",
		method: "GET",
		path: "/entry_sheets/time",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listTimeSheets$validators
};
export const createTimeSheet$operation = {
	name: "createTimeSheet",
	spec: {
		id: "createTimeSheet",
		method: "POST",
		path: "/entry_sheets/time",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "200": [{ name: "Location" }, { name: "ETag" }] }
	},
	validators: createTimeSheet$validators
};
export const getTimeSheet$operation = {
	name: "getTimeSheet",
	spec: {
		id: "getTimeSheet",
		method: "GET",
		path: "/entry_sheets/time/{sheetId}",
		params: [{
			name: "sheetId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		responseHeaders: { "200": [{ name: "ETag" }] }
	},
	validators: getTimeSheet$validators
};
export const updateTimeSheet$operation = {
	name: "updateTimeSheet",
	spec: {
		id: "updateTimeSheet",
		method: "PUT",
		path: "/entry_sheets/time/{sheetId}",
		params: [{
			name: "sheetId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "If-Match",
			in: "header",
			required: true,
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "200": [{ name: "Location" }, { name: "ETag" }] }
	},
	validators: updateTimeSheet$validators
};
export const listExpenseSheets$operation = {
	name: "listExpenseSheets",
	spec: {
		id: "listExpenseSheets",
		method: "GET",
		path: "/entry_sheets/expense",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listExpenseSheets$validators
};
export const createExpenseSheet$operation = {
	name: "createExpenseSheet",
	spec: {
		id: "createExpenseSheet",
		method: "POST",
		path: "/entry_sheets/expense",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "200": [{ name: "Location" }, { name: "ETag" }] }
	},
	validators: createExpenseSheet$validators
};
export const getExpenseSheet$operation = {
	name: "getExpenseSheet",
	spec: {
		id: "getExpenseSheet",
		method: "GET",
		path: "/entry_sheets/expense/{sheetId}",
		params: [{
			name: "sheetId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		responseHeaders: { "200": [{ name: "ETag" }] }
	},
	validators: getExpenseSheet$validators
};
export const updateExpenseSheet$operation = {
	name: "updateExpenseSheet",
	spec: {
		id: "updateExpenseSheet",
		method: "PUT",
		path: "/entry_sheets/expense/{sheetId}",
		params: [{
			name: "sheetId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "If-Match",
			in: "header",
			required: true,
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "200": [{ name: "Location" }, { name: "ETag" }] }
	},
	validators: updateExpenseSheet$validators
};
export const listCustomSheets$operation = {
	name: "listCustomSheets",
	spec: {
		id: "listCustomSheets",
		method: "GET",
		path: "/entry_sheets/custom",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listCustomSheets$validators
};
export const createCustomSheet$operation = {
	name: "createCustomSheet",
	spec: {
		id: "createCustomSheet",
		method: "POST",
		path: "/entry_sheets/custom",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "200": [{ name: "Location" }, { name: "ETag" }] }
	},
	validators: createCustomSheet$validators
};
export const getCustomSheet$operation = {
	name: "getCustomSheet",
	spec: {
		id: "getCustomSheet",
		method: "GET",
		path: "/entry_sheets/custom/{sheetId}",
		params: [{
			name: "sheetId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		responseHeaders: { "200": [{ name: "ETag" }] }
	},
	validators: getCustomSheet$validators
};
export const updateCustomSheet$operation = {
	name: "updateCustomSheet",
	spec: {
		id: "updateCustomSheet",
		method: "PUT",
		path: "/entry_sheets/custom/{sheetId}",
		params: [{
			name: "sheetId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "If-Match",
			in: "header",
			required: true,
			style: "simple",
			explode: false
		}],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		},
		responseHeaders: { "200": [{ name: "Location" }, { name: "ETag" }] }
	},
	validators: updateCustomSheet$validators
};
export const approveEntrySheets$operation = {
	name: "approveEntrySheets",
	spec: {
		id: "approveEntrySheets",
		method: "POST",
		path: "/approvals/approve",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: approveEntrySheets$validators
};
export const rejectEntrySheets$operation = {
	name: "rejectEntrySheets",
	spec: {
		id: "rejectEntrySheets",
		method: "POST",
		path: "/approvals/reject",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: rejectEntrySheets$validators
};
export const reopenEntrySheets$operation = {
	name: "reopenEntrySheets",
	spec: {
		id: "reopenEntrySheets",
		method: "POST",
		path: "/approvals/reopen",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]],
		body: {
			mediaType: "application/json",
			kind: "json"
		}
	},
	validators: reopenEntrySheets$validators
};
export const getMyApprovalQueue$operation = {
	name: "getMyApprovalQueue",
	spec: {
		id: "getMyApprovalQueue",
		method: "GET",
		path: "/approvals/my_queue",
		params: [],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: getMyApprovalQueue$validators
};
export const listActivityMonitorRequests$operation = {
	name: "listActivityMonitorRequests",
	spec: {
		id: "listActivityMonitorRequests",
		method: "GET",
		path: "/activity_monitor",
		params: [
			{
				name: "$top",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$skip",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$filter",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$orderBy",
				in: "query",
				style: "form",
				explode: true
			},
			{
				name: "$keys",
				in: "query",
				style: "form",
				explode: true
			}
		],
		security: [["basicAuth"], ["sessionCookie"]],
		pagination: {
			kind: "nextLink",
			items: "results",
			next: ["@nextLink"]
		}
	},
	validators: listActivityMonitorRequests$validators
};
export const getActivityMonitorRequest$operation = {
	name: "getActivityMonitorRequest",
	spec: {
		id: "getActivityMonitorRequest",
		method: "GET",
		path: "/activity_monitor/{requestId}",
		params: [{
			name: "requestId",
			in: "path",
			style: "simple",
			explode: false
		}, {
			name: "$keys",
			in: "query",
			style: "form",
			explode: true
		}],
		security: [["basicAuth"], ["sessionCookie"]]
	},
	validators: getActivityMonitorRequest$validators
};

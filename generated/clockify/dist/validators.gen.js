import {
  checker,
  drop,
  isDateTimeFormat,
  isDateFormat,
  isUriFormat,
  isInt32Format,
  isInt64Format,
  halt,
  haltAt,
  haltChild,
  len,
  mark,
  own,
  ownView,
  unique,
  validator
} from "./validators-runtime.gen.js";
import {
  SpecforgeValidationError
} from "./validators-runtime.gen.js";
function validateAccountStatus(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ACTIVE" || x === "PENDING_EMAIL_VERIFICATION" || x === "DELETED" || x === "NOT_REGISTERED" || x === "LIMITED" || x === "LIMITED_DELETED") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: ACTIVE, PENDING_EMAIL_VERIFICATION, DELETED, NOT_REGISTERED, LIMITED, LIMITED_DELETED"
  ))
    return false;
  return e === null || e.length === n0;
}
function validateAddUserToWorkspaceRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.email !== "string" && haltAt(e, m, "email", x.email === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s0(x, e, m) {
  const n0 = mark(e);
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      if (typeof x[i] !== "string" && haltAt(e, m, i, "must be string")) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateAddUsersToProjectRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.remove !== void 0 && typeof x.remove !== "boolean" && own(x, "remove") !== void 0 && haltAt(e, m, "remove", "must be boolean"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateUserGroupIdsSchema(x.userGroups, e, m) && (own(x, "userGroups") !== void 0 ? haltChild(e, m, n, "userGroups") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.userIds !== void 0 && !s0(x.userIds, e, m) && (own(x, "userIds") !== void 0 ? haltChild(e, m, n, "userIds") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "EARNED" || x === "COST" || x === "PROFIT" || x === "HIDE_AMOUNT" || x === "EXPORT") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: EARNED, COST, PROFIT, HIDE_AMOUNT, EXPORT"))
    return false;
  return e === null || e.length === n0;
}
function validateAmountDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.type !== void 0 && !s1(x.type, e, m) && (own(x, "type") !== void 0 ? haltChild(e, m, n, "type") : drop(e, n)))
      return false;
    if (x.value !== void 0 && !(Number.isFinite(x.value) || x.value === null) && own(x, "value") !== void 0 && haltAt(e, m, "value", "must be number or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateApplyTaxes(x, e, m) {
  const n0 = mark(e);
  if (!(x === "TAX1" || x === "TAX2" || x === "TAX1TAX2" || x === "NONE") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: TAX1, TAX2, TAX1TAX2, NONE"))
    return false;
  return e === null || e.length === n0;
}
function s2(x, e, m) {
  const n0 = mark(e);
  if (x !== null && halt(e, m, "must be null")) return false;
  return e === null || e.length === n0;
}
function s3(x, e, m) {
  const n0 = mark(e);
  if (!(validateApprovalRequestDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s4(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTimeEntryInfoDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s5(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateExpenseHydratedDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateApprovalDetailsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.approvalRequest !== void 0 && !s3(x.approvalRequest, e, m) && (own(x, "approvalRequest") !== void 0 ? haltChild(e, m, n, "approvalRequest") : drop(e, n)))
      return false;
    if (x.approvedTime !== void 0 && !(typeof x.approvedTime === "string" || x.approvedTime === null) && own(x, "approvedTime") !== void 0 && haltAt(e, m, "approvedTime", "must be string or null"))
      return false;
    if (x.billableAmount !== void 0 && !(Number.isFinite(x.billableAmount) || x.billableAmount === null) && own(x, "billableAmount") !== void 0 && haltAt(e, m, "billableAmount", "must be number or null"))
      return false;
    if (x.billableTime !== void 0 && !(typeof x.billableTime === "string" || x.billableTime === null) && own(x, "billableTime") !== void 0 && haltAt(e, m, "billableTime", "must be string or null"))
      return false;
    if (x.breakTime !== void 0 && !(typeof x.breakTime === "string" || x.breakTime === null) && own(x, "breakTime") !== void 0 && haltAt(e, m, "breakTime", "must be string or null"))
      return false;
    if (x.costAmount !== void 0 && !(Number.isFinite(x.costAmount) || x.costAmount === null) && own(x, "costAmount") !== void 0 && haltAt(e, m, "costAmount", "must be number or null"))
      return false;
    n = mark(e);
    if (x.entries !== void 0 && !s4(x.entries, e, m) && (own(x, "entries") !== void 0 ? haltChild(e, m, n, "entries") : drop(e, n)))
      return false;
    if (x.expenseTotal !== void 0 && !(Number.isFinite(x.expenseTotal) || x.expenseTotal === null) && own(x, "expenseTotal") !== void 0 && haltAt(e, m, "expenseTotal", "must be number or null"))
      return false;
    n = mark(e);
    if (x.expenses !== void 0 && !s5(x.expenses, e, m) && (own(x, "expenses") !== void 0 ? haltChild(e, m, n, "expenses") : drop(e, n)))
      return false;
    if (x.pendingTime !== void 0 && !(typeof x.pendingTime === "string" || x.pendingTime === null) && own(x, "pendingTime") !== void 0 && haltAt(e, m, "pendingTime", "must be string or null"))
      return false;
    if (x.trackedTime !== void 0 && !(typeof x.trackedTime === "string" || x.trackedTime === null) && own(x, "trackedTime") !== void 0 && haltAt(e, m, "trackedTime", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s6(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateExpenseHydratedDtoWrite(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateApprovalDetailsDtoV1Write(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.approvalRequest !== void 0 && !s3(x.approvalRequest, e, m) && (own(x, "approvalRequest") !== void 0 ? haltChild(e, m, n, "approvalRequest") : drop(e, n)))
      return false;
    if (x.approvedTime !== void 0 && !(typeof x.approvedTime === "string" || x.approvedTime === null) && own(x, "approvedTime") !== void 0 && haltAt(e, m, "approvedTime", "must be string or null"))
      return false;
    if (x.billableAmount !== void 0 && !(Number.isFinite(x.billableAmount) || x.billableAmount === null) && own(x, "billableAmount") !== void 0 && haltAt(e, m, "billableAmount", "must be number or null"))
      return false;
    if (x.billableTime !== void 0 && !(typeof x.billableTime === "string" || x.billableTime === null) && own(x, "billableTime") !== void 0 && haltAt(e, m, "billableTime", "must be string or null"))
      return false;
    if (x.breakTime !== void 0 && !(typeof x.breakTime === "string" || x.breakTime === null) && own(x, "breakTime") !== void 0 && haltAt(e, m, "breakTime", "must be string or null"))
      return false;
    if (x.costAmount !== void 0 && !(Number.isFinite(x.costAmount) || x.costAmount === null) && own(x, "costAmount") !== void 0 && haltAt(e, m, "costAmount", "must be number or null"))
      return false;
    n = mark(e);
    if (x.entries !== void 0 && !s4(x.entries, e, m) && (own(x, "entries") !== void 0 ? haltChild(e, m, n, "entries") : drop(e, n)))
      return false;
    if (x.expenseTotal !== void 0 && !(Number.isFinite(x.expenseTotal) || x.expenseTotal === null) && own(x, "expenseTotal") !== void 0 && haltAt(e, m, "expenseTotal", "must be number or null"))
      return false;
    n = mark(e);
    if (x.expenses !== void 0 && !s6(x.expenses, e, m) && (own(x, "expenses") !== void 0 ? haltChild(e, m, n, "expenses") : drop(e, n)))
      return false;
    if (x.pendingTime !== void 0 && !(typeof x.pendingTime === "string" || x.pendingTime === null) && own(x, "pendingTime") !== void 0 && haltAt(e, m, "pendingTime", "must be string or null"))
      return false;
    if (x.trackedTime !== void 0 && !(typeof x.trackedTime === "string" || x.trackedTime === null) && own(x, "trackedTime") !== void 0 && haltAt(e, m, "trackedTime", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateApprovalRequestCreatorDtoV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.userEmail !== void 0 && !(typeof x.userEmail === "string" || x.userEmail === null) && own(x, "userEmail") !== void 0 && haltAt(e, m, "userEmail", "must be string or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && own(x, "userId") !== void 0 && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.userName !== void 0 && !(typeof x.userName === "string" || x.userName === null) && own(x, "userName") !== void 0 && haltAt(e, m, "userName", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s7(x, e, m) {
  const n0 = mark(e);
  if (!(validateApprovalRequestCreatorDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s8(x, e, m) {
  const n0 = mark(e);
  if (!(validateDateRangeDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s9(x, e, m) {
  const n0 = mark(e);
  if (!(validateApprovalRequestOwnerDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s10(x, e, m) {
  const n0 = mark(e);
  if (!(validateApprovalRequestStatusDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateApprovalRequestDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.dateRange === void 0 && haltAt(e, m, "dateRange", "is required")) return false;
    if (x.owner === void 0 && haltAt(e, m, "owner", "is required")) return false;
    if (x.status === void 0 && haltAt(e, m, "status", "is required")) return false;
    n = mark(e);
    if (x.creator !== void 0 && !s7(x.creator, e, m) && haltChild(e, m, n, "creator")) return false;
    n = mark(e);
    if (x.dateRange !== void 0 && !s8(x.dateRange, e, m) && haltChild(e, m, n, "dateRange")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.owner !== void 0 && !s9(x.owner, e, m) && haltChild(e, m, n, "owner")) return false;
    n = mark(e);
    if (x.status !== void 0 && !s10(x.status, e, m) && haltChild(e, m, n, "status")) return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s11(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "MONDAY" || x === "TUESDAY" || x === "WEDNESDAY" || x === "THURSDAY" || x === "FRIDAY" || x === "SATURDAY" || x === "SUNDAY") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"))
    return false;
  return e === null || e.length === n0;
}
function validateApprovalRequestOwnerDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.startOfWeek === void 0 && haltAt(e, m, "startOfWeek", "is required")) return false;
    n = mark(e);
    if (x.startOfWeek !== void 0 && !s11(x.startOfWeek, e, m) && haltChild(e, m, n, "startOfWeek")) return false;
    if (x.timeZone !== void 0 && !(typeof x.timeZone === "string" || x.timeZone === null) && haltAt(e, m, "timeZone", "must be string or null"))
      return false;
    if (!(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.userName === "string" || x.userName === null) && haltAt(e, m, "userName", x.userName === void 0 ? "is required" : "must be string or null"))
      return false;
    if (x.timezone !== void 0 && !(typeof x.timezone === "string" || x.timezone === null) && haltAt(e, m, "timezone", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s12(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "PENDING" || x === "APPROVED" || x === "WITHDRAWN_SUBMISSION" || x === "WITHDRAWN_APPROVAL" || x === "REJECTED") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: PENDING, APPROVED, WITHDRAWN_SUBMISSION, WITHDRAWN_APPROVAL, REJECTED"))
    return false;
  return e === null || e.length === n0;
}
function s13(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (typeof x === "string") {
    if (!isDateTimeFormat(x) && halt(e, m, "must be a valid date-time")) return false;
  }
  return e === null || e.length === n0;
}
function validateApprovalRequestStatusDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.state === void 0 && haltAt(e, m, "state", "is required")) return false;
    if (x.updatedAt === void 0 && haltAt(e, m, "updatedAt", "is required")) return false;
    if (!(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", x.note === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.state !== void 0 && !s12(x.state, e, m) && haltChild(e, m, n, "state")) return false;
    n = mark(e);
    if (x.updatedAt !== void 0 && !s13(x.updatedAt, e, m) && haltChild(e, m, n, "updatedAt")) return false;
    if (!(typeof x.updatedBy === "string" || x.updatedBy === null) && haltAt(e, m, "updatedBy", x.updatedBy === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.updatedByUserName === "string" || x.updatedByUserName === null) && haltAt(e, m, "updatedByUserName", x.updatedByUserName === void 0 ? "is required" : "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s14(x, e, m) {
  const n0 = mark(e);
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    if (!unique(x) && halt(e, m, "must not contain duplicate items")) return false;
    for (let i = 0; i < x.length; i++) {
      if (typeof x[i] !== "string" && haltAt(e, m, i, "must be string")) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateApproveDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.requiresApproval !== void 0 && !(typeof x.requiresApproval === "boolean" || x.requiresApproval === null) && own(x, "requiresApproval") !== void 0 && haltAt(e, m, "requiresApproval", "must be boolean or null"))
      return false;
    if (x.specificMembers !== void 0 && !(typeof x.specificMembers === "boolean" || x.specificMembers === null) && own(x, "specificMembers") !== void 0 && haltAt(e, m, "specificMembers", "must be boolean or null"))
      return false;
    if (x.teamManagers !== void 0 && !(typeof x.teamManagers === "boolean" || x.teamManagers === null) && own(x, "teamManagers") !== void 0 && haltAt(e, m, "teamManagers", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.userIds !== void 0 && !s14(x.userIds, e, m) && (own(x, "userIds") !== void 0 ? haltChild(e, m, n, "userIds") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s15(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 0 || x.length < 0 && len(x) < 0) && halt(e, m, "must have at least 0 characters")) return false;
    if (x.length > 100 && len(x) > 100 && halt(e, m, "must have at most 100 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateAssignmentCreateRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    if (typeof x.end !== "string" && haltAt(e, m, "end", x.end === void 0 ? "is required" : "must be string"))
      return false;
    if (!Number.isFinite(x.hoursPerDay) && haltAt(e, m, "hoursPerDay", x.hoursPerDay === void 0 ? "is required" : "must be number"))
      return false;
    if (x.includeNonWorkingDays !== void 0 && typeof x.includeNonWorkingDays !== "boolean" && haltAt(e, m, "includeNonWorkingDays", "must be boolean"))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s15(x.note, e, m) && haltChild(e, m, n, "note")) return false;
    if (typeof x.projectId !== "string" && haltAt(e, m, "projectId", x.projectId === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.recurringAssignment !== void 0 && !validateRecurringAssignmentRequestV1(x.recurringAssignment, e, m) && haltChild(e, m, n, "recurringAssignment"))
      return false;
    if (typeof x.start !== "string" && haltAt(e, m, "start", x.start === void 0 ? "is required" : "must be string"))
      return false;
    if (x.startTime !== void 0 && typeof x.startTime !== "string" && haltAt(e, m, "startTime", "must be string"))
      return false;
    if (x.taskId !== void 0 && typeof x.taskId !== "string" && haltAt(e, m, "taskId", "must be string"))
      return false;
    if (typeof x.userId !== "string" && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateAssignmentCreatedWebhookEvent(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", x.projectId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.assignmentId === "string" || x.assignmentId === null) && haltAt(e, m, "assignmentId", x.assignmentId === void 0 ? "is required" : "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s16(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    if (!unique(x) && halt(e, m, "must not contain duplicate items")) return false;
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateSchedulingExcludeDay(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s17(x, e, m) {
  const n0 = mark(e);
  if (!(validateRecurringAssignmentDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateAssignmentDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.excludeDays !== void 0 && !s16(x.excludeDays, e, m) && haltChild(e, m, n, "excludeDays")) return false;
    if (x.hoursPerDay !== void 0 && !(Number.isFinite(x.hoursPerDay) || x.hoursPerDay === null) && haltAt(e, m, "hoursPerDay", "must be number or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.includeNonWorkingDays !== void 0 && !(typeof x.includeNonWorkingDays === "boolean" || x.includeNonWorkingDays === null) && haltAt(e, m, "includeNonWorkingDays", "must be boolean or null"))
      return false;
    if (x.note !== void 0 && !(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", "must be string or null"))
      return false;
    n = mark(e);
    if (x.period !== void 0 && !s8(x.period, e, m) && haltChild(e, m, n, "period")) return false;
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    if (x.published !== void 0 && !(typeof x.published === "boolean" || x.published === null) && haltAt(e, m, "published", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.recurring !== void 0 && !s17(x.recurring, e, m) && haltChild(e, m, n, "recurring")) return false;
    if (x.startTime !== void 0 && !(typeof x.startTime === "string" || x.startTime === null) && haltAt(e, m, "startTime", "must be string or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateAssignmentHydratedDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    if (x.clientId !== void 0 && !(typeof x.clientId === "string" || x.clientId === null) && haltAt(e, m, "clientId", "must be string or null"))
      return false;
    if (x.clientName !== void 0 && !(typeof x.clientName === "string" || x.clientName === null) && haltAt(e, m, "clientName", "must be string or null"))
      return false;
    if (x.hoursPerDay !== void 0 && !(Number.isFinite(x.hoursPerDay) || x.hoursPerDay === null) && haltAt(e, m, "hoursPerDay", "must be number or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.note !== void 0 && !(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", "must be string or null"))
      return false;
    n = mark(e);
    if (x.period !== void 0 && !s8(x.period, e, m) && haltChild(e, m, n, "period")) return false;
    if (x.projectArchived !== void 0 && !(typeof x.projectArchived === "boolean" || x.projectArchived === null) && haltAt(e, m, "projectArchived", "must be boolean or null"))
      return false;
    if (x.projectBillable !== void 0 && !(typeof x.projectBillable === "boolean" || x.projectBillable === null) && haltAt(e, m, "projectBillable", "must be boolean or null"))
      return false;
    if (x.projectColor !== void 0 && !(typeof x.projectColor === "string" || x.projectColor === null) && haltAt(e, m, "projectColor", "must be string or null"))
      return false;
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    if (x.projectName !== void 0 && !(typeof x.projectName === "string" || x.projectName === null) && haltAt(e, m, "projectName", "must be string or null"))
      return false;
    if (x.startTime !== void 0 && !(typeof x.startTime === "string" || x.startTime === null) && haltAt(e, m, "startTime", "must be string or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.userName !== void 0 && !(typeof x.userName === "string" || x.userName === null) && haltAt(e, m, "userName", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateAssignmentPerDayDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.date !== void 0 && !s13(x.date, e, m) && (own(x, "date") !== void 0 ? haltChild(e, m, n, "date") : drop(e, n)))
      return false;
    if (x.hasAssignment !== void 0 && !(typeof x.hasAssignment === "boolean" || x.hasAssignment === null) && own(x, "hasAssignment") !== void 0 && haltAt(e, m, "hasAssignment", "must be boolean or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateAssignmentUpdateRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    if (typeof x.end !== "string" && haltAt(e, m, "end", x.end === void 0 ? "is required" : "must be string"))
      return false;
    if (x.hoursPerDay !== void 0 && !Number.isFinite(x.hoursPerDay) && haltAt(e, m, "hoursPerDay", "must be number"))
      return false;
    if (x.includeNonWorkingDays !== void 0 && typeof x.includeNonWorkingDays !== "boolean" && haltAt(e, m, "includeNonWorkingDays", "must be boolean"))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s15(x.note, e, m) && haltChild(e, m, n, "note")) return false;
    if (x.seriesUpdateOption !== void 0 && !(x.seriesUpdateOption === "THIS_ONE" || x.seriesUpdateOption === "THIS_AND_FOLLOWING" || x.seriesUpdateOption === "ALL") && !(m & 2 && typeof x.seriesUpdateOption === "string") && haltAt(
      e,
      m,
      "seriesUpdateOption",
      typeof x.seriesUpdateOption !== "string" ? "must be string" : "must be one of: THIS_ONE, THIS_AND_FOLLOWING, ALL"
    ))
      return false;
    if (typeof x.start !== "string" && haltAt(e, m, "start", x.start === void 0 ? "is required" : "must be string"))
      return false;
    if (x.startTime !== void 0 && typeof x.startTime !== "string" && haltAt(e, m, "startTime", "must be string"))
      return false;
    if (x.taskId !== void 0 && typeof x.taskId !== "string" && haltAt(e, m, "taskId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s18(x, e, m) {
  const n0 = mark(e);
  if (!(Number.isInteger(x) || x === null) && halt(e, m, "must be integer or null")) return false;
  if (typeof x === "number") {
    if (!isInt64Format(x) && halt(e, m, "must be a valid int64")) return false;
  }
  return e === null || e.length === n0;
}
function s19(x, e, m) {
  const n0 = mark(e);
  if (!(Number.isInteger(x) || x === null) && halt(e, m, "must be integer or null")) return false;
  if (typeof x === "number") {
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function validateAttendanceDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.break !== void 0 && !s18(x.break, e, m) && (own(x, "break") !== void 0 ? haltChild(e, m, n, "break") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.capacity !== void 0 && !s19(x.capacity, e, m) && (own(x, "capacity") !== void 0 ? haltChild(e, m, n, "capacity") : drop(e, n)))
      return false;
    if (x.date !== void 0 && !(typeof x.date === "string" || x.date === null) && own(x, "date") !== void 0 && haltAt(e, m, "date", "must be string or null"))
      return false;
    if (x.endTime !== void 0 && !(typeof x.endTime === "string" || x.endTime === null) && own(x, "endTime") !== void 0 && haltAt(e, m, "endTime", "must be string or null"))
      return false;
    if (x.hasRunningEntry !== void 0 && !(typeof x.hasRunningEntry === "boolean" || x.hasRunningEntry === null) && own(x, "hasRunningEntry") !== void 0 && haltAt(e, m, "hasRunningEntry", "must be boolean or null"))
      return false;
    if (x.imageUrl !== void 0 && !(typeof x.imageUrl === "string" || x.imageUrl === null) && own(x, "imageUrl") !== void 0 && haltAt(e, m, "imageUrl", "must be string or null"))
      return false;
    n = mark(e);
    if (x.overtime !== void 0 && !s18(x.overtime, e, m) && (own(x, "overtime") !== void 0 ? haltChild(e, m, n, "overtime") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.remainingCapacity !== void 0 && !s18(x.remainingCapacity, e, m) && (own(x, "remainingCapacity") !== void 0 ? haltChild(e, m, n, "remainingCapacity") : drop(e, n)))
      return false;
    if (x.startTime !== void 0 && !(typeof x.startTime === "string" || x.startTime === null) && own(x, "startTime") !== void 0 && haltAt(e, m, "startTime", "must be string or null"))
      return false;
    n = mark(e);
    if (x.timeOff !== void 0 && !s18(x.timeOff, e, m) && (own(x, "timeOff") !== void 0 ? haltChild(e, m, n, "timeOff") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.totalDuration !== void 0 && !s18(x.totalDuration, e, m) && (own(x, "totalDuration") !== void 0 ? haltChild(e, m, n, "totalDuration") : drop(e, n)))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && own(x, "userId") !== void 0 && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.userName !== void 0 && !(typeof x.userName === "string" || x.userName === null) && own(x, "userName") !== void 0 && haltAt(e, m, "userName", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s20(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCompareBreakFilter(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s21(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCompareCapacityFilter(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s22(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCompareEndFilter(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s23(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCompareOvertimeFilter(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s24(x, e, m) {
  const n0 = mark(e);
  if (!(Number.isInteger(x) || x === null) && halt(e, m, "must be integer or null")) return false;
  if (typeof x === "number") {
    if (x < 1 && halt(e, m, "must be >= 1")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function s25(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "USER" || x === "DATE" || x === "START" || x === "END" || x === "BREAK" || x === "WORK" || x === "CAPACITY" || x === "OVERTIME" || x === "TIME_OFF") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: USER, DATE, START, END, BREAK, WORK, CAPACITY, OVERTIME, TIME_OFF"))
    return false;
  return e === null || e.length === n0;
}
function s26(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCompareStartFilter(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s27(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCompareWorkFilter(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateAttendanceFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.breakFilters !== void 0 && !s20(x.breakFilters, e, m) && (own(x, "breakFilters") !== void 0 ? haltChild(e, m, n, "breakFilters") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.capacityFilters !== void 0 && !s21(x.capacityFilters, e, m) && (own(x, "capacityFilters") !== void 0 ? haltChild(e, m, n, "capacityFilters") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.endFilters !== void 0 && !s22(x.endFilters, e, m) && (own(x, "endFilters") !== void 0 ? haltChild(e, m, n, "endFilters") : drop(e, n)))
      return false;
    if (x.hasTimeOff !== void 0 && !(typeof x.hasTimeOff === "boolean" || x.hasTimeOff === null) && own(x, "hasTimeOff") !== void 0 && haltAt(e, m, "hasTimeOff", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.overtimeFilters !== void 0 && !s23(x.overtimeFilters, e, m) && (own(x, "overtimeFilters") !== void 0 ? haltChild(e, m, n, "overtimeFilters") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.page !== void 0 && !s24(x.page, e, m) && (own(x, "page") !== void 0 ? haltChild(e, m, n, "page") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.pageSize !== void 0 && !s24(x.pageSize, e, m) && (own(x, "pageSize") !== void 0 ? haltChild(e, m, n, "pageSize") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.sortColumn !== void 0 && !s25(x.sortColumn, e, m) && (own(x, "sortColumn") !== void 0 ? haltChild(e, m, n, "sortColumn") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.startFilters !== void 0 && !s26(x.startFilters, e, m) && (own(x, "startFilters") !== void 0 ? haltChild(e, m, n, "startFilters") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.workFilters !== void 0 && !s27(x.workFilters, e, m) && (own(x, "workFilters") !== void 0 ? haltChild(e, m, n, "workFilters") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s28(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateAttendanceDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateAttendanceReportDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.entities !== void 0 && !s28(x.entities, e, m) && (own(x, "entities") !== void 0 ? haltChild(e, m, n, "entities") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s29(x, e, m) {
  const n0 = mark(e);
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      if (!(x[i] === "EARNED" || x[i] === "COST" || x[i] === "PROFIT" || x[i] === "HIDE_AMOUNT" || x[i] === "EXPORT") && !(m & 2 && typeof x[i] === "string") && haltAt(
        e,
        m,
        i,
        typeof x[i] !== "string" ? "must be string" : "must be one of: EARNED, COST, PROFIT, HIDE_AMOUNT, EXPORT"
      ))
        return false;
    }
  }
  return e === null || e.length === n0;
}
function s30(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCustomFieldFilterV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s31(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 1 || x.length < 2 && len(x) < 1) && halt(e, m, "must have at least 1 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateAttendanceReportFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.attendanceFilter === void 0 && haltAt(e, m, "attendanceFilter", "is required")) return false;
    if (x.dateRangeEnd === void 0 && haltAt(e, m, "dateRangeEnd", "is required")) return false;
    if (x.dateRangeStart === void 0 && haltAt(e, m, "dateRangeStart", "is required")) return false;
    if (x.amountShown !== void 0 && !(x.amountShown === "EARNED" || x.amountShown === "COST" || x.amountShown === "PROFIT" || x.amountShown === "HIDE_AMOUNT" || x.amountShown === "EXPORT") && !(m & 2 && typeof x.amountShown === "string") && haltAt(
      e,
      m,
      "amountShown",
      typeof x.amountShown !== "string" ? "must be string" : "must be one of: EARNED, COST, PROFIT, HIDE_AMOUNT, EXPORT"
    ))
      return false;
    n = mark(e);
    if (x.amounts !== void 0 && !s29(x.amounts, e, m) && haltChild(e, m, n, "amounts")) return false;
    if (x.approvalState !== void 0 && !(x.approvalState === "APPROVED" || x.approvalState === "UNAPPROVED" || x.approvalState === "ALL") && !(m & 2 && typeof x.approvalState === "string") && haltAt(
      e,
      m,
      "approvalState",
      typeof x.approvalState !== "string" ? "must be string" : "must be one of: APPROVED, UNAPPROVED, ALL"
    ))
      return false;
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && haltAt(e, m, "archived", "must be boolean"))
      return false;
    n = mark(e);
    if (x.attendanceFilter !== void 0 && !validateAttendanceFilterV1(x.attendanceFilter, e, m) && haltChild(e, m, n, "attendanceFilter"))
      return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.clients !== void 0 && !validateContainsArchivedFilterV1(x.clients, e, m) && haltChild(e, m, n, "clients"))
      return false;
    n = mark(e);
    if (x.currency !== void 0 && !validateContainsArchivedFilterV1(x.currency, e, m) && haltChild(e, m, n, "currency"))
      return false;
    n = mark(e);
    if (x.customFields !== void 0 && !s30(x.customFields, e, m) && haltChild(e, m, n, "customFields")) return false;
    if (x.dateFormat !== void 0 && typeof x.dateFormat !== "string" && haltAt(e, m, "dateFormat", "must be string"))
      return false;
    n = mark(e);
    if (x.dateRangeEnd !== void 0 && !s31(x.dateRangeEnd, e, m) && haltChild(e, m, n, "dateRangeEnd")) return false;
    n = mark(e);
    if (x.dateRangeStart !== void 0 && !s31(x.dateRangeStart, e, m) && haltChild(e, m, n, "dateRangeStart"))
      return false;
    if (x.dateRangeType !== void 0 && !(x.dateRangeType === "ABSOLUTE" || x.dateRangeType === "TODAY" || x.dateRangeType === "YESTERDAY" || x.dateRangeType === "THIS_WEEK" || x.dateRangeType === "LAST_WEEK" || x.dateRangeType === "PAST_TWO_WEEKS" || x.dateRangeType === "THIS_MONTH" || x.dateRangeType === "LAST_MONTH" || x.dateRangeType === "THIS_YEAR" || x.dateRangeType === "LAST_YEAR") && !(m & 2 && typeof x.dateRangeType === "string") && haltAt(
      e,
      m,
      "dateRangeType",
      typeof x.dateRangeType !== "string" ? "must be string" : "must be one of: ABSOLUTE, TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, PAST_TWO_WEEKS, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR"
    ))
      return false;
    if (x.description !== void 0 && typeof x.description !== "string" && haltAt(e, m, "description", "must be string"))
      return false;
    n = mark(e);
    if (x.detailedFilter !== void 0 && !validateDetailedFilterV1(x.detailedFilter, e, m) && haltChild(e, m, n, "detailedFilter"))
      return false;
    if (x.exportType !== void 0 && !(x.exportType === "JSON" || x.exportType === "JSON_V1" || x.exportType === "PDF" || x.exportType === "CSV" || x.exportType === "XLSX" || x.exportType === "ZIP") && !(m & 2 && typeof x.exportType === "string") && haltAt(
      e,
      m,
      "exportType",
      typeof x.exportType !== "string" ? "must be string" : "must be one of: JSON, JSON_V1, PDF, CSV, XLSX, ZIP"
    ))
      return false;
    if (x.invoicingState !== void 0 && !(x.invoicingState === "INVOICED" || x.invoicingState === "UNINVOICED" || x.invoicingState === "ALL") && !(m & 2 && typeof x.invoicingState === "string") && haltAt(
      e,
      m,
      "invoicingState",
      typeof x.invoicingState !== "string" ? "must be string" : "must be one of: INVOICED, UNINVOICED, ALL"
    ))
      return false;
    n = mark(e);
    if (x.projects !== void 0 && !validateContainsArchivedFilterV1(x.projects, e, m) && haltChild(e, m, n, "projects"))
      return false;
    if (x.rounding !== void 0 && typeof x.rounding !== "boolean" && haltAt(e, m, "rounding", "must be boolean"))
      return false;
    if (x.sortOrder !== void 0 && !(x.sortOrder === "ASCENDING" || x.sortOrder === "DESCENDING") && !(m & 2 && typeof x.sortOrder === "string") && haltAt(
      e,
      m,
      "sortOrder",
      typeof x.sortOrder !== "string" ? "must be string" : "must be one of: ASCENDING, DESCENDING"
    ))
      return false;
    n = mark(e);
    if (x.summaryFilter !== void 0 && !validateSummaryFilterV1(x.summaryFilter, e, m) && haltChild(e, m, n, "summaryFilter"))
      return false;
    n = mark(e);
    if (x.tags !== void 0 && !validateContainsTagFilterV1(x.tags, e, m) && haltChild(e, m, n, "tags")) return false;
    n = mark(e);
    if (x.tasks !== void 0 && !validateContainsTaskFilterV1(x.tasks, e, m) && haltChild(e, m, n, "tasks"))
      return false;
    if (x.timeFormat !== void 0 && typeof x.timeFormat !== "string" && haltAt(e, m, "timeFormat", "must be string"))
      return false;
    if (x.timeZone !== void 0 && typeof x.timeZone !== "string" && haltAt(e, m, "timeZone", "must be string"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateContainsUsersFilterV1(x.userGroups, e, m) && haltChild(e, m, n, "userGroups"))
      return false;
    if (x.userLocale !== void 0 && typeof x.userLocale !== "string" && haltAt(e, m, "userLocale", "must be string"))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !validateContainsUsersFilterV1(x.users, e, m) && haltChild(e, m, n, "users"))
      return false;
    if (x.weekStart !== void 0 && !(x.weekStart === "MONDAY" || x.weekStart === "TUESDAY" || x.weekStart === "WEDNESDAY" || x.weekStart === "THURSDAY" || x.weekStart === "FRIDAY" || x.weekStart === "SATURDAY" || x.weekStart === "SUNDAY") && !(m & 2 && typeof x.weekStart === "string") && haltAt(
      e,
      m,
      "weekStart",
      typeof x.weekStart !== "string" ? "must be string" : "must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"
    ))
      return false;
    n = mark(e);
    if (x.weeklyFilter !== void 0 && !validateWeeklyFilterV1(x.weeklyFilter, e, m) && haltChild(e, m, n, "weeklyFilter"))
      return false;
    if (x.withoutDescription !== void 0 && typeof x.withoutDescription !== "boolean" && haltAt(e, m, "withoutDescription", "must be boolean"))
      return false;
    if (x.zoomLevel !== void 0 && !(x.zoomLevel === "WEEK" || x.zoomLevel === "MONTH" || x.zoomLevel === "YEAR") && !(m & 2 && typeof x.zoomLevel === "string") && haltAt(
      e,
      m,
      "zoomLevel",
      typeof x.zoomLevel !== "string" ? "must be string" : "must be one of: WEEK, MONTH, YEAR"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function validateAuditFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.duration !== void 0 && !s19(x.duration, e, m) && (own(x, "duration") !== void 0 ? haltChild(e, m, n, "duration") : drop(e, n)))
      return false;
    if (x.durationShorter !== void 0 && !(typeof x.durationShorter === "boolean" || x.durationShorter === null) && own(x, "durationShorter") !== void 0 && haltAt(e, m, "durationShorter", "must be boolean or null"))
      return false;
    if (x.withoutProject !== void 0 && !(typeof x.withoutProject === "boolean" || x.withoutProject === null) && own(x, "withoutProject") !== void 0 && haltAt(e, m, "withoutProject", "must be boolean or null"))
      return false;
    if (x.withoutTask !== void 0 && !(typeof x.withoutTask === "boolean" || x.withoutTask === null) && own(x, "withoutTask") !== void 0 && haltAt(e, m, "withoutTask", "must be boolean or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateAuditMetadataDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.createdAt !== void 0 && !s13(x.createdAt, e, m) && (own(x, "createdAt") !== void 0 ? haltChild(e, m, n, "createdAt") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.updatedAt !== void 0 && !s13(x.updatedAt, e, m) && (own(x, "updatedAt") !== void 0 ? haltChild(e, m, n, "updatedAt") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s32(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "USER_GROUP") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: USER_GROUP"))
    return false;
  return e === null || e.length === n0;
}
function validateAuthorizationSourceDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.type !== void 0 && !s32(x.type, e, m) && haltChild(e, m, n, "type")) return false;
  }
  return e === null || e.length === n0;
}
function s33(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "MONTH" || x === "YEAR") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: MONTH, YEAR"))
    return false;
  return e === null || e.length === n0;
}
function s34(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "DAYS" || x === "HOURS") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: DAYS, HOURS"))
    return false;
  return e === null || e.length === n0;
}
function validateAutomaticAccrualDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.amount !== void 0 && !(Number.isFinite(x.amount) || x.amount === null) && own(x, "amount") !== void 0 && haltAt(e, m, "amount", "must be number or null"))
      return false;
    n = mark(e);
    if (x.period !== void 0 && !s33(x.period, e, m) && (own(x, "period") !== void 0 ? haltChild(e, m, n, "period") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.timeUnit !== void 0 && !s34(x.timeUnit, e, m) && (own(x, "timeUnit") !== void 0 ? haltChild(e, m, n, "timeUnit") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s35(x, e, m) {
  const n0 = mark(e);
  if (!Number.isFinite(x) && halt(e, m, "must be number")) return false;
  if (typeof x === "number") {
    if (x < 0 && halt(e, m, "must be >= 0")) return false;
  }
  return e === null || e.length === n0;
}
function validateAutomaticAccrualRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount === void 0 && haltAt(e, m, "amount", "is required")) return false;
    n = mark(e);
    if (x.amount !== void 0 && !s35(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    if (x.period !== void 0 && !(x.period === "MONTH" || x.period === "YEAR") && !(m & 2 && typeof x.period === "string") && haltAt(e, m, "period", typeof x.period !== "string" ? "must be string" : "must be one of: MONTH, YEAR"))
      return false;
    if (x.timeUnit !== void 0 && !(x.timeUnit === "DAYS" || x.timeUnit === "HOURS") && !(m & 2 && typeof x.timeUnit === "string") && haltAt(e, m, "timeUnit", typeof x.timeUnit !== "string" ? "must be string" : "must be one of: DAYS, HOURS"))
      return false;
  }
  return e === null || e.length === n0;
}
function s36(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "DAYS" || x === "WEEKS" || x === "MONTHS") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: DAYS, WEEKS, MONTHS"))
    return false;
  return e === null || e.length === n0;
}
function s37(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "WEEKLY" || x === "MONTHLY" || x === "OLDER_THAN") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: WEEKLY, MONTHLY, OLDER_THAN"))
    return false;
  return e === null || e.length === n0;
}
function validateAutomaticLockDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.changeDay !== void 0 && !s11(x.changeDay, e, m) && (own(x, "changeDay") !== void 0 ? haltChild(e, m, n, "changeDay") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.dayOfMonth !== void 0 && !s19(x.dayOfMonth, e, m) && (own(x, "dayOfMonth") !== void 0 ? haltChild(e, m, n, "dayOfMonth") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.firstDay !== void 0 && !s11(x.firstDay, e, m) && (own(x, "firstDay") !== void 0 ? haltChild(e, m, n, "firstDay") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.olderThanPeriod !== void 0 && !s36(x.olderThanPeriod, e, m) && (own(x, "olderThanPeriod") !== void 0 ? haltChild(e, m, n, "olderThanPeriod") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.olderThanValue !== void 0 && !s19(x.olderThanValue, e, m) && (own(x, "olderThanValue") !== void 0 ? haltChild(e, m, n, "olderThanValue") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.type !== void 0 && !s37(x.type, e, m) && (own(x, "type") !== void 0 ? haltChild(e, m, n, "type") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s38(x, e, m) {
  const n0 = mark(e);
  if (!(validateDefaultEntitiesDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateAutomaticTimeEntryCreationDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.defaultEntities !== void 0 && !s38(x.defaultEntities, e, m) && (own(x, "defaultEntities") !== void 0 ? haltChild(e, m, n, "defaultEntities") : drop(e, n)))
      return false;
    if (x.enabled !== void 0 && !(typeof x.enabled === "boolean" || x.enabled === null) && own(x, "enabled") !== void 0 && haltAt(e, m, "enabled", "must be boolean or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateAutomaticTimeEntryCreationRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.defaultEntities === void 0 && haltAt(e, m, "defaultEntities", "is required")) return false;
    n = mark(e);
    if (x.defaultEntities !== void 0 && !validateDefaultEntitiesRequest(x.defaultEntities, e, m) && haltChild(e, m, n, "defaultEntities"))
      return false;
    if (x.enabled !== void 0 && typeof x.enabled !== "boolean" && haltAt(e, m, "enabled", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateBalanceDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.balance !== void 0 && !(Number.isFinite(x.balance) || x.balance === null) && haltAt(e, m, "balance", "must be number or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.negativeBalanceAmount !== void 0 && !(Number.isFinite(x.negativeBalanceAmount) || x.negativeBalanceAmount === null) && haltAt(e, m, "negativeBalanceAmount", "must be number or null"))
      return false;
    if (x.negativeBalanceLimit !== void 0 && !(typeof x.negativeBalanceLimit === "boolean" || x.negativeBalanceLimit === null) && haltAt(e, m, "negativeBalanceLimit", "must be boolean or null"))
      return false;
    if (x.policyArchived !== void 0 && !(typeof x.policyArchived === "boolean" || x.policyArchived === null) && haltAt(e, m, "policyArchived", "must be boolean or null"))
      return false;
    if (x.policyId !== void 0 && !(typeof x.policyId === "string" || x.policyId === null) && haltAt(e, m, "policyId", "must be string or null"))
      return false;
    if (x.policyName !== void 0 && !(typeof x.policyName === "string" || x.policyName === null) && haltAt(e, m, "policyName", "must be string or null"))
      return false;
    n = mark(e);
    if (x.policyTimeUnit !== void 0 && !s34(x.policyTimeUnit, e, m) && haltChild(e, m, n, "policyTimeUnit"))
      return false;
    if (x.total !== void 0 && !(Number.isFinite(x.total) || x.total === null) && haltAt(e, m, "total", "must be number or null"))
      return false;
    if (x.used !== void 0 && !(Number.isFinite(x.used) || x.used === null) && haltAt(e, m, "used", "must be number or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.userName !== void 0 && !(typeof x.userName === "string" || x.userName === null) && haltAt(e, m, "userName", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateBalanceUpdatedWebhookEvent(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.value === "string" || x.value === null) && haltAt(e, m, "value", x.value === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", x.note === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.updatedBy === "string" || x.updatedBy === null) && haltAt(e, m, "updatedBy", x.updatedBy === void 0 ? "is required" : "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s39(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateBalanceDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateBalancesWithCountDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.balances !== void 0 && !s39(x.balances, e, m) && (own(x, "balances") !== void 0 ? haltChild(e, m, n, "balances") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.count !== void 0 && !s19(x.count, e, m) && (own(x, "count") !== void 0 ? haltChild(e, m, n, "count") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s40(x, e, m) {
  const n0 = mark(e);
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    if (!unique(x) && halt(e, m, "must not contain duplicate items")) return false;
    for (let i = 0; i < x.length; i++) {
      if (typeof x[i] !== "string" && haltAt(e, m, i, "must be string")) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateBaseFilterRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.contains !== void 0 && !(x.contains === "CONTAINS" || x.contains === "DOES_NOT_CONTAIN" || x.contains === "CONTAINS_ONLY") && !(m & 2 && typeof x.contains === "string") && own(x, "contains") !== void 0 && haltAt(
      e,
      m,
      "contains",
      typeof x.contains !== "string" ? "must be string" : "must be one of: CONTAINS, DOES_NOT_CONTAIN, CONTAINS_ONLY"
    ))
      return false;
    n = mark(e);
    if (x.ids !== void 0 && !s40(x.ids, e, m) && (own(x, "ids") !== void 0 ? haltChild(e, m, n, "ids") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s41(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.amount !== void 0 && !Number.isFinite(x.amount) && own(x, "amount") !== void 0 && haltAt(e, m, "amount", "must be number"))
      return false;
  }
  return e === null || e.length === n0;
}
function s42(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.userId !== void 0 && typeof x.userId !== "string" && own(x, "userId") !== void 0 && haltAt(e, m, "userId", "must be string"))
      return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !s41(x.hourlyRate, e, m) && (own(x, "hourlyRate") !== void 0 ? haltChild(e, m, n, "hourlyRate") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.costRate !== void 0 && !s41(x.costRate, e, m) && (own(x, "costRate") !== void 0 ? haltChild(e, m, n, "costRate") : drop(e, n)))
      return false;
    if (x.targetId !== void 0 && typeof x.targetId !== "string" && own(x, "targetId") !== void 0 && haltAt(e, m, "targetId", "must be string"))
      return false;
    if (x.membershipType !== void 0 && typeof x.membershipType !== "string" && own(x, "membershipType") !== void 0 && haltAt(e, m, "membershipType", "must be string"))
      return false;
    if (x.membershipStatus !== void 0 && typeof x.membershipStatus !== "string" && own(x, "membershipStatus") !== void 0 && haltAt(e, m, "membershipStatus", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s43(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
    if (x.code !== void 0 && typeof x.code !== "string" && own(x, "code") !== void 0 && haltAt(e, m, "code", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateBillableRateUpdatedWebhookEvent(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.currency === void 0 && haltAt(e, m, "currency", "is required")) return false;
    if (x.modifiedEntity === void 0 && haltAt(e, m, "modifiedEntity", "is required")) return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.rateChangeSource === "string" || x.rateChangeSource === null) && haltAt(e, m, "rateChangeSource", x.rateChangeSource === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.modifiedEntity !== void 0 && !s42(x.modifiedEntity, e, m) && haltChild(e, m, n, "modifiedEntity"))
      return false;
    n = mark(e);
    if (x.currency !== void 0 && !s43(x.currency, e, m) && haltChild(e, m, n, "currency")) return false;
    if (!(Number.isFinite(x.amount) || x.amount === null) && haltAt(e, m, "amount", x.amount === void 0 ? "is required" : "must be number or null"))
      return false;
    if (!(typeof x.since === "string" || x.since === null) && haltAt(e, m, "since", x.since === void 0 ? "is required" : "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCalculationType(x, e, m) {
  const n0 = mark(e);
  if (!(x === "INVOICE_BASED" || x === "ITEM_BASED") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: INVOICE_BASED, ITEM_BASED"))
    return false;
  return e === null || e.length === n0;
}
function s44(x, e, m) {
  const n0 = mark(e);
  if (!Number.isFinite(x) && halt(e, m, "must be number")) return false;
  if (typeof x === "number") {
    if (x < -1e4 && halt(e, m, "must be >= -10000")) return false;
    if (x > 1e4 && halt(e, m, "must be <= 10000")) return false;
  }
  return e === null || e.length === n0;
}
function validateChangeBalanceRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.userIds === void 0 && haltAt(e, m, "userIds", "is required")) return false;
    if (x.value === void 0 && haltAt(e, m, "value", "is required")) return false;
    if (x.note !== void 0 && typeof x.note !== "string" && haltAt(e, m, "note", "must be string")) return false;
    n = mark(e);
    if (x.userIds !== void 0 && !s40(x.userIds, e, m) && haltChild(e, m, n, "userIds")) return false;
    n = mark(e);
    if (x.value !== void 0 && !s44(x.value, e, m) && haltChild(e, m, n, "value")) return false;
  }
  return e === null || e.length === n0;
}
function validateChangeInvoiceStatusRequestV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.invoiceStatus !== void 0 && !(x.invoiceStatus === "UNSENT" || x.invoiceStatus === "SENT" || x.invoiceStatus === "PAID" || x.invoiceStatus === "PARTIALLY_PAID" || x.invoiceStatus === "VOID" || x.invoiceStatus === "OVERDUE") && !(m & 2 && typeof x.invoiceStatus === "string") && own(x, "invoiceStatus") !== void 0 && haltAt(
      e,
      m,
      "invoiceStatus",
      typeof x.invoiceStatus !== "string" ? "must be string" : "must be one of: UNSENT, SENT, PAID, PARTIALLY_PAID, VOID, OVERDUE"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function validateChangePolicyStatusRequestV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (!(x.status === "ACTIVE" || x.status === "ARCHIVED" || x.status === "ALL") && !(m & 2 && typeof x.status === "string") && haltAt(
      e,
      m,
      "status",
      x.status === void 0 ? "is required" : typeof x.status !== "string" ? "must be string" : "must be one of: ACTIVE, ARCHIVED, ALL"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function s45(x, e, m) {
  const n0 = mark(e);
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      if (typeof x[i] !== "string" && haltAt(e, m, i, "must be string")) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateClientDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.address !== void 0 && !(typeof x.address === "string" || x.address === null) && haltAt(e, m, "address", "must be string or null"))
      return false;
    if (x.archived !== void 0 && !(typeof x.archived === "boolean" || x.archived === null) && haltAt(e, m, "archived", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.ccEmails !== void 0 && !s45(x.ccEmails, e, m) && haltChild(e, m, n, "ccEmails")) return false;
    if (x.currencyId !== void 0 && !(typeof x.currencyId === "string" || x.currencyId === null) && haltAt(e, m, "currencyId", "must be string or null"))
      return false;
    if (x.email !== void 0 && !(typeof x.email === "string" || x.email === null) && haltAt(e, m, "email", "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    if (x.note !== void 0 && !(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateClientWithCurrencyDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.ccEmails === void 0 && haltAt(e, m, "ccEmails", "is required")) return false;
    if (!(typeof x.address === "string" || x.address === null) && haltAt(e, m, "address", x.address === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.archived !== "boolean" && haltAt(e, m, "archived", x.archived === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.ccEmails !== void 0 && !s45(x.ccEmails, e, m) && haltChild(e, m, n, "ccEmails")) return false;
    if (x.currencyCode !== void 0 && !(typeof x.currencyCode === "string" || x.currencyCode === null) && haltAt(e, m, "currencyCode", "must be string or null"))
      return false;
    if (!(typeof x.currencyId === "string" || x.currencyId === null) && haltAt(e, m, "currencyId", x.currencyId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.email === "string" || x.email === null) && haltAt(e, m, "email", x.email === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", x.note === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s46(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "EXACTLY" || x === "LARGER_THAN" || x === "SMALLER_THAN") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: EXACTLY, LARGER_THAN, SMALLER_THAN"))
    return false;
  return e === null || e.length === n0;
}
function validateCompareBreakFilter(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.filtrationType !== void 0 && !s46(x.filtrationType, e, m) && (own(x, "filtrationType") !== void 0 ? haltChild(e, m, n, "filtrationType") : drop(e, n)))
      return false;
    if (x.value !== void 0 && !(typeof x.value === "string" || x.value === null) && own(x, "value") !== void 0 && haltAt(e, m, "value", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateCompareCapacityFilter = validateCompareBreakFilter;
const validateCompareEndFilter = validateCompareBreakFilter;
const validateCompareOvertimeFilter = validateCompareBreakFilter;
const validateCompareStartFilter = validateCompareBreakFilter;
const validateCompareWorkFilter = validateCompareBreakFilter;
function validateContainsArchivedFilterRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.contains !== void 0 && !(x.contains === "CONTAINS" || x.contains === "DOES_NOT_CONTAIN" || x.contains === "CONTAINS_ONLY") && !(m & 2 && typeof x.contains === "string") && own(x, "contains") !== void 0 && haltAt(
      e,
      m,
      "contains",
      typeof x.contains !== "string" ? "must be string" : "must be one of: CONTAINS, DOES_NOT_CONTAIN, CONTAINS_ONLY"
    ))
      return false;
    n = mark(e);
    if (x.ids !== void 0 && !s40(x.ids, e, m) && (own(x, "ids") !== void 0 ? haltChild(e, m, n, "ids") : drop(e, n)))
      return false;
    if (x.status !== void 0 && !(x.status === "ACTIVE" || x.status === "ARCHIVED" || x.status === "ALL") && !(m & 2 && typeof x.status === "string") && own(x, "status") !== void 0 && haltAt(e, m, "status", typeof x.status !== "string" ? "must be string" : "must be one of: ACTIVE, ARCHIVED, ALL"))
      return false;
  }
  return e === null || e.length === n0;
}
function s47(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "CONTAINS" || x === "DOES_NOT_CONTAIN" || x === "CONTAINS_ONLY") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: CONTAINS, DOES_NOT_CONTAIN, CONTAINS_ONLY"))
    return false;
  return e === null || e.length === n0;
}
function s48(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "ACTIVE" || x === "ARCHIVED" || x === "ALL") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: ACTIVE, ARCHIVED, ALL"))
    return false;
  return e === null || e.length === n0;
}
function validateContainsArchivedFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.contains !== void 0 && !s47(x.contains, e, m) && (own(x, "contains") !== void 0 ? haltChild(e, m, n, "contains") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.ids !== void 0 && !s14(x.ids, e, m) && (own(x, "ids") !== void 0 ? haltChild(e, m, n, "ids") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !s48(x.status, e, m) && (own(x, "status") !== void 0 ? haltChild(e, m, n, "status") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateContainsTagFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.containedInTimeentry !== void 0 && !s47(x.containedInTimeentry, e, m) && (own(x, "containedInTimeentry") !== void 0 ? haltChild(e, m, n, "containedInTimeentry") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.contains !== void 0 && !s47(x.contains, e, m) && (own(x, "contains") !== void 0 ? haltChild(e, m, n, "contains") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.ids !== void 0 && !s14(x.ids, e, m) && (own(x, "ids") !== void 0 ? haltChild(e, m, n, "ids") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !s48(x.status, e, m) && (own(x, "status") !== void 0 ? haltChild(e, m, n, "status") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
const validateContainsTaskFilterV1 = validateContainsArchivedFilterV1;
function validateContainsUserGroupFilterRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.contains !== void 0 && !(x.contains === "CONTAINS" || x.contains === "DOES_NOT_CONTAIN" || x.contains === "CONTAINS_ONLY") && !(m & 2 && typeof x.contains === "string") && own(x, "contains") !== void 0 && haltAt(
      e,
      m,
      "contains",
      typeof x.contains !== "string" ? "must be string" : "must be one of: CONTAINS, DOES_NOT_CONTAIN, CONTAINS_ONLY"
    ))
      return false;
    n = mark(e);
    if (x.ids !== void 0 && !s40(x.ids, e, m) && (own(x, "ids") !== void 0 ? haltChild(e, m, n, "ids") : drop(e, n)))
      return false;
    if (x.status !== void 0 && !(x.status === "PENDING" || x.status === "ACTIVE" || x.status === "DECLINED" || x.status === "INACTIVE" || x.status === "ALL") && !(m & 2 && typeof x.status === "string") && own(x, "status") !== void 0 && haltAt(
      e,
      m,
      "status",
      typeof x.status !== "string" ? "must be string" : "must be one of: PENDING, ACTIVE, DECLINED, INACTIVE, ALL"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
const validateContainsUserGroupFilterRequestV1 = validateContainsUserGroupFilterRequest;
function validateContainsUsersFilterRequestForHoliday(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.contains !== void 0 && !(x.contains === "CONTAINS" || x.contains === "DOES_NOT_CONTAIN" || x.contains === "CONTAINS_ONLY") && !(m & 2 && typeof x.contains === "string") && own(x, "contains") !== void 0 && haltAt(
      e,
      m,
      "contains",
      typeof x.contains !== "string" ? "must be string" : "must be one of: CONTAINS, DOES_NOT_CONTAIN, CONTAINS_ONLY"
    ))
      return false;
    n = mark(e);
    if (x.ids !== void 0 && !s40(x.ids, e, m) && (own(x, "ids") !== void 0 ? haltChild(e, m, n, "ids") : drop(e, n)))
      return false;
    if (x.status !== void 0 && !(x.status === "ALL" || x.status === "ACTIVE" || x.status === "INACTIVE") && !(m & 2 && typeof x.status === "string") && own(x, "status") !== void 0 && haltAt(e, m, "status", typeof x.status !== "string" ? "must be string" : "must be one of: ALL, ACTIVE, INACTIVE"))
      return false;
    n = mark(e);
    if (x.statuses !== void 0 && !s0(x.statuses, e, m) && (own(x, "statuses") !== void 0 ? haltChild(e, m, n, "statuses") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s49(x, e, m) {
  const n0 = mark(e);
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      if (!(x[i] === "PENDING" || x[i] === "ACTIVE" || x[i] === "DECLINED" || x[i] === "INACTIVE" || x[i] === "ALL") && !(m & 2 && typeof x[i] === "string") && haltAt(
        e,
        m,
        i,
        typeof x[i] !== "string" ? "must be string" : "must be one of: PENDING, ACTIVE, DECLINED, INACTIVE, ALL"
      ))
        return false;
    }
  }
  return e === null || e.length === n0;
}
function validateContainsUsersFilterRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.contains !== void 0 && !(x.contains === "CONTAINS" || x.contains === "DOES_NOT_CONTAIN" || x.contains === "CONTAINS_ONLY") && !(m & 2 && typeof x.contains === "string") && own(x, "contains") !== void 0 && haltAt(
      e,
      m,
      "contains",
      typeof x.contains !== "string" ? "must be string" : "must be one of: CONTAINS, DOES_NOT_CONTAIN, CONTAINS_ONLY"
    ))
      return false;
    n = mark(e);
    if (x.ids !== void 0 && !s40(x.ids, e, m) && (own(x, "ids") !== void 0 ? haltChild(e, m, n, "ids") : drop(e, n)))
      return false;
    if (x.sourceType !== void 0 && !(x.sourceType === "USER_GROUP") && !(m & 2 && typeof x.sourceType === "string") && own(x, "sourceType") !== void 0 && haltAt(e, m, "sourceType", typeof x.sourceType !== "string" ? "must be string" : "must be one of: USER_GROUP"))
      return false;
    if (x.status !== void 0 && !(x.status === "PENDING" || x.status === "ACTIVE" || x.status === "DECLINED" || x.status === "INACTIVE" || x.status === "ALL") && !(m & 2 && typeof x.status === "string") && own(x, "status") !== void 0 && haltAt(
      e,
      m,
      "status",
      typeof x.status !== "string" ? "must be string" : "must be one of: PENDING, ACTIVE, DECLINED, INACTIVE, ALL"
    ))
      return false;
    n = mark(e);
    if (x.statuses !== void 0 && !s49(x.statuses, e, m) && (own(x, "statuses") !== void 0 ? haltChild(e, m, n, "statuses") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s50(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "ALL" || x === "ACTIVE_WITH_PENDING" || x === "ACTIVE" || x === "PENDING" || x === "INACTIVE") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: ALL, ACTIVE_WITH_PENDING, ACTIVE, PENDING, INACTIVE"))
    return false;
  return e === null || e.length === n0;
}
function validateContainsUsersFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.contains !== void 0 && !s47(x.contains, e, m) && (own(x, "contains") !== void 0 ? haltChild(e, m, n, "contains") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.ids !== void 0 && !s14(x.ids, e, m) && (own(x, "ids") !== void 0 ? haltChild(e, m, n, "ids") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !s50(x.status, e, m) && (own(x, "status") !== void 0 ? haltChild(e, m, n, "status") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCopyAssignmentRequestV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.seriesUpdateOption !== void 0 && !(x.seriesUpdateOption === "THIS_ONE" || x.seriesUpdateOption === "THIS_AND_FOLLOWING" || x.seriesUpdateOption === "ALL") && !(m & 2 && typeof x.seriesUpdateOption === "string") && haltAt(
      e,
      m,
      "seriesUpdateOption",
      typeof x.seriesUpdateOption !== "string" ? "must be string" : "must be one of: THIS_ONE, THIS_AND_FOLLOWING, ALL"
    ))
      return false;
    if (typeof x.userId !== "string" && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s51(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x < 0 && halt(e, m, "must be >= 0")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function s52(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if (!isDateTimeFormat(x) && halt(e, m, "must be a valid date-time")) return false;
  }
  return e === null || e.length === n0;
}
function validateCostRateRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.amount !== void 0 && !s51(x.amount, e, m) && (own(x, "amount") !== void 0 ? haltChild(e, m, n, "amount") : drop(e, n)))
      return false;
    if (x.since !== void 0 && typeof x.since !== "string" && own(x, "since") !== void 0 && haltAt(e, m, "since", "must be string"))
      return false;
    n = mark(e);
    if (x.sinceAsInstant !== void 0 && !s52(x.sinceAsInstant, e, m) && (own(x, "sinceAsInstant") !== void 0 ? haltChild(e, m, n, "sinceAsInstant") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCostRateRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount === void 0 && haltAt(e, m, "amount", "is required")) return false;
    n = mark(e);
    if (x.amount !== void 0 && !s51(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    if (x.since !== void 0 && typeof x.since !== "string" && haltAt(e, m, "since", "must be string")) return false;
  }
  return e === null || e.length === n0;
}
function validateCreateApprovalRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.period !== void 0 && !(x.period === "WEEKLY" || x.period === "SEMI_MONTHLY" || x.period === "MONTHLY") && !(m & 2 && typeof x.period === "string") && haltAt(
      e,
      m,
      "period",
      typeof x.period !== "string" ? "must be string" : "must be one of: WEEKLY, SEMI_MONTHLY, MONTHLY"
    ))
      return false;
    if (typeof x.periodStart !== "string" && haltAt(e, m, "periodStart", x.periodStart === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s53(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 0 || x.length < 0 && len(x) < 0) && halt(e, m, "must have at least 0 characters")) return false;
    if (x.length > 3e3 && len(x) > 3e3 && halt(e, m, "must have at most 3000 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateCreateClientRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.address !== void 0 && !s53(x.address, e, m) && (own(x, "address") !== void 0 ? haltChild(e, m, n, "address") : drop(e, n)))
      return false;
    if (x.email !== void 0 && typeof x.email !== "string" && own(x, "email") !== void 0 && haltAt(e, m, "email", "must be string"))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s15(x.name, e, m) && (own(x, "name") !== void 0 ? haltChild(e, m, n, "name") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s53(x.note, e, m) && (own(x, "note") !== void 0 ? haltChild(e, m, n, "note") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCreateCustomAttributeRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.namespace !== "string" && haltAt(e, m, "namespace", x.namespace === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.value !== "string" && haltAt(e, m, "value", x.value === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s54(x, e, m) {
  const n0 = mark(e);
  if (!Number.isFinite(x) && halt(e, m, "must be number")) return false;
  if (typeof x === "number") {
    if (x > 92233720368547760 && halt(e, m, "must be <= 92233720368547760")) return false;
  }
  return e === null || e.length === n0;
}
function validateCreateExpenseV1Request(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount === void 0 && haltAt(e, m, "amount", "is required")) return false;
    if (x.date === void 0 && haltAt(e, m, "date", "is required")) return false;
    n = mark(e);
    if (x.amount !== void 0 && !s54(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    if (typeof x.categoryId !== "string" && haltAt(e, m, "categoryId", x.categoryId === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.date !== void 0 && !s52(x.date, e, m) && haltChild(e, m, n, "date")) return false;
    if (typeof x.file !== "string" && haltAt(e, m, "file", x.file === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.notes !== void 0 && !s53(x.notes, e, m) && haltChild(e, m, n, "notes")) return false;
    if (typeof x.projectId !== "string" && haltAt(e, m, "projectId", x.projectId === void 0 ? "is required" : "must be string"))
      return false;
    if (x.taskId !== void 0 && typeof x.taskId !== "string" && haltAt(e, m, "taskId", "must be string"))
      return false;
    if (typeof x.userId !== "string" && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
const re0 = /* @__PURE__ */ new RegExp("^#(?:[0-9a-fA-F]{6}){1}$", "u");
function s55(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if (!re0.test(x) && halt(e, m, "must match the pattern ^#(?:[0-9a-fA-F]{6}){1}$")) return false;
  }
  return e === null || e.length === n0;
}
function s56(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 2 || x.length < 4 && len(x) < 2) && halt(e, m, "must have at least 2 characters")) return false;
    if (x.length > 100 && len(x) > 100 && halt(e, m, "must have at most 100 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateCreateHolidayRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.datePeriod === void 0 && haltAt(e, m, "datePeriod", "is required")) return false;
    if (x.name === void 0 && haltAt(e, m, "name", "is required")) return false;
    n = mark(e);
    if (x.automaticTimeEntryCreation !== void 0 && !validateAutomaticTimeEntryCreationRequest(x.automaticTimeEntryCreation, e, m) && haltChild(e, m, n, "automaticTimeEntryCreation"))
      return false;
    n = mark(e);
    if (x.color !== void 0 && !s55(x.color, e, m) && haltChild(e, m, n, "color")) return false;
    n = mark(e);
    if (x.datePeriod !== void 0 && !validateDatePeriodRequest(x.datePeriod, e, m) && haltChild(e, m, n, "datePeriod"))
      return false;
    if (x.everyoneIncludingNew !== void 0 && typeof x.everyoneIncludingNew !== "boolean" && haltAt(e, m, "everyoneIncludingNew", "must be boolean"))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s56(x.name, e, m) && haltChild(e, m, n, "name")) return false;
    if (x.occursAnnually !== void 0 && typeof x.occursAnnually !== "boolean" && haltAt(e, m, "occursAnnually", "must be boolean"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateUserGroupIdsSchema(x.userGroups, e, m) && haltChild(e, m, n, "userGroups"))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !validateUserIdsSchema(x.users, e, m) && haltChild(e, m, n, "users")) return false;
  }
  return e === null || e.length === n0;
}
function validateCreateInvoiceDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.billFrom !== void 0 && !(typeof x.billFrom === "string" || x.billFrom === null) && haltAt(e, m, "billFrom", "must be string or null"))
      return false;
    if (x.clientId !== void 0 && !(typeof x.clientId === "string" || x.clientId === null) && haltAt(e, m, "clientId", "must be string or null"))
      return false;
    if (x.currency !== void 0 && !(typeof x.currency === "string" || x.currency === null) && haltAt(e, m, "currency", "must be string or null"))
      return false;
    n = mark(e);
    if (x.dueDate !== void 0 && !s13(x.dueDate, e, m) && haltChild(e, m, n, "dueDate")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.issuedDate !== void 0 && !s13(x.issuedDate, e, m) && haltChild(e, m, n, "issuedDate")) return false;
    if (x.number !== void 0 && !(typeof x.number === "string" || x.number === null) && haltAt(e, m, "number", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s57(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x < 1 && halt(e, m, "must be >= 1")) return false;
    if (!isInt64Format(x) && halt(e, m, "must be a valid int64")) return false;
  }
  return e === null || e.length === n0;
}
function s58(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 0 || x.length < 0 && len(x) < 0) && halt(e, m, "must have at least 0 characters")) return false;
    if (x.length > 1e3 && len(x) > 1e3 && halt(e, m, "must have at most 1000 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateCreateInvoicePaymentRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.amount !== void 0 && !s57(x.amount, e, m) && (own(x, "amount") !== void 0 ? haltChild(e, m, n, "amount") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s58(x.note, e, m) && (own(x, "note") !== void 0 ? haltChild(e, m, n, "note") : drop(e, n)))
      return false;
    if (x.paymentDate !== void 0 && typeof x.paymentDate !== "string" && own(x, "paymentDate") !== void 0 && haltAt(e, m, "paymentDate", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCreateInvoiceRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.dueDate === void 0 && haltAt(e, m, "dueDate", "is required")) return false;
    if (x.issuedDate === void 0 && haltAt(e, m, "issuedDate", "is required")) return false;
    if (typeof x.clientId !== "string" && haltAt(e, m, "clientId", x.clientId === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.currency !== "string" && haltAt(e, m, "currency", x.currency === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.dueDate !== void 0 && !s52(x.dueDate, e, m) && haltChild(e, m, n, "dueDate")) return false;
    n = mark(e);
    if (x.issuedDate !== void 0 && !s52(x.issuedDate, e, m) && haltChild(e, m, n, "issuedDate")) return false;
    if (typeof x.number !== "string" && haltAt(e, m, "number", x.number === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCreatePolicyRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.approve === void 0 && haltAt(e, m, "approve", "is required")) return false;
    if (x.name === void 0 && haltAt(e, m, "name", "is required")) return false;
    if (x.allowHalfDay !== void 0 && typeof x.allowHalfDay !== "boolean" && haltAt(e, m, "allowHalfDay", "must be boolean"))
      return false;
    if (x.allowNegativeBalance !== void 0 && typeof x.allowNegativeBalance !== "boolean" && haltAt(e, m, "allowNegativeBalance", "must be boolean"))
      return false;
    n = mark(e);
    if (x.approve !== void 0 && !validateApproveDto(x.approve, e, m) && haltChild(e, m, n, "approve")) return false;
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && haltAt(e, m, "archived", "must be boolean"))
      return false;
    n = mark(e);
    if (x.automaticAccrual !== void 0 && !validateAutomaticAccrualRequest(x.automaticAccrual, e, m) && haltChild(e, m, n, "automaticAccrual"))
      return false;
    n = mark(e);
    if (x.automaticTimeEntryCreation !== void 0 && !validateAutomaticTimeEntryCreationRequest(x.automaticTimeEntryCreation, e, m) && haltChild(e, m, n, "automaticTimeEntryCreation"))
      return false;
    n = mark(e);
    if (x.color !== void 0 && !s55(x.color, e, m) && haltChild(e, m, n, "color")) return false;
    if (x.everyoneIncludingNew !== void 0 && typeof x.everyoneIncludingNew !== "boolean" && haltAt(e, m, "everyoneIncludingNew", "must be boolean"))
      return false;
    if (x.icon !== void 0 && !(x.icon === "UMBRELLA" || x.icon === "SNOWFLAKE" || x.icon === "FAMILY" || x.icon === "PLANE" || x.icon === "STETHOSCOPE" || x.icon === "HEALTH_METRICS" || x.icon === "CHILDCARE" || x.icon === "LUGGAGE" || x.icon === "MONETIZATION" || x.icon === "CALENDAR") && !(m & 2 && typeof x.icon === "string") && haltAt(
      e,
      m,
      "icon",
      typeof x.icon !== "string" ? "must be string" : "must be one of: UMBRELLA, SNOWFLAKE, FAMILY, PLANE, STETHOSCOPE, HEALTH_METRICS, CHILDCARE, LUGGAGE, MONETIZATION, CALENDAR"
    ))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s56(x.name, e, m) && haltChild(e, m, n, "name")) return false;
    n = mark(e);
    if (x.negativeBalance !== void 0 && !validateNegativeBalanceRequest(x.negativeBalance, e, m) && haltChild(e, m, n, "negativeBalance"))
      return false;
    if (x.timeUnit !== void 0 && !(x.timeUnit === "DAYS" || x.timeUnit === "HOURS") && !(m & 2 && typeof x.timeUnit === "string") && haltAt(e, m, "timeUnit", typeof x.timeUnit !== "string" ? "must be string" : "must be one of: DAYS, HOURS"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateUserGroupIdsSchema(x.userGroups, e, m) && haltChild(e, m, n, "userGroups"))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !validateUserIdsSchema(x.users, e, m) && haltChild(e, m, n, "users")) return false;
  }
  return e === null || e.length === n0;
}
function s59(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    if (x.length < 0 && halt(e, m, "must have at least 0 items")) return false;
    if (x.length > 10 && halt(e, m, "must have at most 10 items")) return false;
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCreateCustomAttributeRequest(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s60(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    if (x.length < 0 && halt(e, m, "must have at least 0 items")) return false;
    if (x.length > 50 && halt(e, m, "must have at most 50 items")) return false;
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateUpdateCustomFieldRequest(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s61(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if (x.length > 3e3 && len(x) > 3e3 && halt(e, m, "must have at most 3000 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateCreateTimeEntryRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && own(x, "billable") !== void 0 && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.customAttributes !== void 0 && !s59(x.customAttributes, e, m) && (own(x, "customAttributes") !== void 0 ? haltChild(e, m, n, "customAttributes") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.customFields !== void 0 && !s60(x.customFields, e, m) && (own(x, "customFields") !== void 0 ? haltChild(e, m, n, "customFields") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.description !== void 0 && !s61(x.description, e, m) && (own(x, "description") !== void 0 ? haltChild(e, m, n, "description") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.end !== void 0 && !s52(x.end, e, m) && (own(x, "end") !== void 0 ? haltChild(e, m, n, "end") : drop(e, n)))
      return false;
    if (x.projectId !== void 0 && typeof x.projectId !== "string" && own(x, "projectId") !== void 0 && haltAt(e, m, "projectId", "must be string"))
      return false;
    n = mark(e);
    if (x.start !== void 0 && !s52(x.start, e, m) && (own(x, "start") !== void 0 ? haltChild(e, m, n, "start") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.tagIds !== void 0 && !s0(x.tagIds, e, m) && (own(x, "tagIds") !== void 0 ? haltChild(e, m, n, "tagIds") : drop(e, n)))
      return false;
    if (x.taskId !== void 0 && typeof x.taskId !== "string" && own(x, "taskId") !== void 0 && haltAt(e, m, "taskId", "must be string"))
      return false;
    if (x.type !== void 0 && !(x.type === "REGULAR" || x.type === "BREAK") && !(m & 2 && typeof x.type === "string") && own(x, "type") !== void 0 && haltAt(e, m, "type", typeof x.type !== "string" ? "must be string" : "must be one of: REGULAR, BREAK"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCreateTimeOffRequestV1Request(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.timeOffPeriod === void 0 && haltAt(e, m, "timeOffPeriod", "is required")) return false;
    if (x.note !== void 0 && typeof x.note !== "string" && haltAt(e, m, "note", "must be string")) return false;
    n = mark(e);
    if (x.timeOffPeriod !== void 0 && !validateTimeOffRequestPeriodV1Request(x.timeOffPeriod, e, m) && haltChild(e, m, n, "timeOffPeriod"))
      return false;
  }
  return e === null || e.length === n0;
}
const values0 = /* @__PURE__ */ new Set([
  "NEW_PROJECT",
  "NEW_TASK",
  "NEW_CLIENT",
  "NEW_TIMER_STARTED",
  "TIMER_STOPPED",
  "TIME_ENTRY_UPDATED",
  "TIME_ENTRY_DELETED",
  "TIME_ENTRY_SPLIT",
  "NEW_TIME_ENTRY",
  "TIME_ENTRY_RESTORED",
  "NEW_TAG",
  "USER_DELETED_FROM_WORKSPACE",
  "USER_JOINED_WORKSPACE",
  "USER_DEACTIVATED_ON_WORKSPACE",
  "USER_ACTIVATED_ON_WORKSPACE",
  "USER_EMAIL_CHANGED",
  "USER_UPDATED",
  "NEW_INVOICE",
  "INVOICE_UPDATED",
  "NEW_APPROVAL_REQUEST",
  "APPROVAL_REQUEST_STATUS_UPDATED",
  "TIME_OFF_REQUESTED",
  "TIME_OFF_REQUEST_UPDATED",
  "TIME_OFF_REQUEST_APPROVED",
  "TIME_OFF_REQUEST_REJECTED",
  "TIME_OFF_REQUEST_WITHDRAWN",
  "BALANCE_UPDATED",
  "TAG_UPDATED",
  "TAG_DELETED",
  "TASK_UPDATED",
  "CLIENT_UPDATED",
  "TASK_DELETED",
  "CLIENT_DELETED",
  "EXPENSE_RESTORED",
  "ASSIGNMENT_CREATED",
  "ASSIGNMENT_DELETED",
  "ASSIGNMENT_PUBLISHED",
  "ASSIGNMENT_UPDATED",
  "EXPENSE_CREATED",
  "EXPENSE_DELETED",
  "EXPENSE_UPDATED",
  "PROJECT_UPDATED",
  "PROJECT_DELETED",
  "USER_GROUP_CREATED",
  "USER_GROUP_UPDATED",
  "USER_GROUP_DELETED",
  "USERS_INVITED_TO_WORKSPACE",
  "LIMITED_USERS_ADDED_TO_WORKSPACE",
  "COST_RATE_UPDATED",
  "BILLABLE_RATE_UPDATED"
]);
function s62(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 2 || x.length < 4 && len(x) < 2) && halt(e, m, "must have at least 2 characters")) return false;
    if (x.length > 30 && len(x) > 30 && halt(e, m, "must have at most 30 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateCreateWebhookRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.triggerSource === void 0 && haltAt(e, m, "triggerSource", "is required")) return false;
    n = mark(e);
    if (x.name !== void 0 && !s62(x.name, e, m) && haltChild(e, m, n, "name")) return false;
    n = mark(e);
    if (x.triggerSource !== void 0 && !s0(x.triggerSource, e, m) && haltChild(e, m, n, "triggerSource"))
      return false;
    if (!(x.triggerSourceType === "PROJECT_ID" || x.triggerSourceType === "USER_ID" || x.triggerSourceType === "TAG_ID" || x.triggerSourceType === "TASK_ID" || x.triggerSourceType === "WORKSPACE_ID" || x.triggerSourceType === "ASSIGNMENT_ID" || x.triggerSourceType === "EXPENSE_ID") && !(m & 2 && typeof x.triggerSourceType === "string") && haltAt(
      e,
      m,
      "triggerSourceType",
      x.triggerSourceType === void 0 ? "is required" : typeof x.triggerSourceType !== "string" ? "must be string" : "must be one of: PROJECT_ID, USER_ID, TAG_ID, TASK_ID, WORKSPACE_ID, ASSIGNMENT_ID, EXPENSE_ID"
    ))
      return false;
    if (typeof x.url !== "string" && haltAt(e, m, "url", x.url === void 0 ? "is required" : "must be string"))
      return false;
    if (!values0.has(x.webhookEvent) && !(m & 2 && typeof x.webhookEvent === "string") && haltAt(
      e,
      m,
      "webhookEvent",
      x.webhookEvent === void 0 ? "is required" : typeof x.webhookEvent !== "string" ? "must be string" : "must be one of: NEW_PROJECT, NEW_TASK, NEW_CLIENT, NEW_TIMER_STARTED, TIMER_STOPPED, TIME_ENTRY_UPDATED, TIME_ENTRY_DELETED, TIME_ENTRY_SPLIT, NEW_TIME_ENTRY, TIME_ENTRY_RESTORED, NEW_TAG, USER_DELETED_FROM_WORKSPACE, USER_JOINED_WORKSPACE, USER_DEACTIVATED_ON_WORKSPACE, USER_ACTIVATED_ON_WORKSPACE, USER_EMAIL_CHANGED, USER_UPDATED, NEW_INVOICE, INVOICE_UPDATED, NEW_APPROVAL_REQUEST, \u2026"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function s63(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 1 || x.length < 2 && len(x) < 1) && halt(e, m, "must have at least 1 characters")) return false;
    if (x.length > 50 && len(x) > 50 && halt(e, m, "must have at most 50 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateCreateWorkspaceRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.name !== void 0 && !s63(x.name, e, m) && (own(x, "name") !== void 0 ? haltChild(e, m, n, "name") : drop(e, n)))
      return false;
    if (x.organizationId !== void 0 && typeof x.organizationId !== "string" && own(x, "organizationId") !== void 0 && haltAt(e, m, "organizationId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCurrencyWithDefaultInfoDtoV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.code !== void 0 && !(typeof x.code === "string" || x.code === null) && haltAt(e, m, "code", "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.isDefault !== void 0 && !(typeof x.isDefault === "boolean" || x.isDefault === null) && haltAt(e, m, "isDefault", "must be boolean or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCustomFieldDefaultValuesDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.projectId !== void 0 && typeof x.projectId !== "string" && own(x, "projectId") !== void 0 && haltAt(e, m, "projectId", "must be string"))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !validateCustomFieldStatus(x.status, e, m) && (own(x, "status") !== void 0 ? haltChild(e, m, n, "status") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.value !== void 0 && !validateCustomFieldValue(x.value, e, m) && (own(x, "value") !== void 0 ? haltChild(e, m, n, "value") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s64(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCustomFieldDefaultValuesDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateCustomFieldDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    n = mark(e);
    if (x.type !== void 0 && !validateCustomFieldType(x.type, e, m) && haltChild(e, m, n, "type")) return false;
    n = mark(e);
    if (x.entityType !== void 0 && !validateCustomFieldEntityType(x.entityType, e, m) && haltChild(e, m, n, "entityType"))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !validateCustomFieldStatus(x.status, e, m) && haltChild(e, m, n, "status"))
      return false;
    n = mark(e);
    if (x.allowedValues !== void 0 && !s0(x.allowedValues, e, m) && haltChild(e, m, n, "allowedValues"))
      return false;
    if (x.description !== void 0 && typeof x.description !== "string" && haltAt(e, m, "description", "must be string"))
      return false;
    if (x.placeholder !== void 0 && typeof x.placeholder !== "string" && haltAt(e, m, "placeholder", "must be string"))
      return false;
    if (x.required !== void 0 && typeof x.required !== "boolean" && haltAt(e, m, "required", "must be boolean"))
      return false;
    if (x.onlyAdminCanEdit !== void 0 && typeof x.onlyAdminCanEdit !== "boolean" && haltAt(e, m, "onlyAdminCanEdit", "must be boolean"))
      return false;
    n = mark(e);
    if (x.workspaceDefaultValue !== void 0 && !validateCustomFieldValue(x.workspaceDefaultValue, e, m) && haltChild(e, m, n, "workspaceDefaultValue"))
      return false;
    n = mark(e);
    if (x.projectDefaultValues !== void 0 && !s64(x.projectDefaultValues, e, m) && haltChild(e, m, n, "projectDefaultValues"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCustomFieldEntityType(x, e, m) {
  const n0 = mark(e);
  if (!(x === "TIMEENTRY" || x === "USER") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: TIMEENTRY, USER"))
    return false;
  return e === null || e.length === n0;
}
function s65(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "EQUAL" || x === "GREATER_THAN" || x === "LESS_THAN") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: EQUAL, GREATER_THAN, LESS_THAN"))
    return false;
  return e === null || e.length === n0;
}
function s66(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "TXT" || x === "NUMBER" || x === "DROPDOWN_SINGLE" || x === "DROPDOWN_MULTIPLE" || x === "CHECKBOX" || x === "LINK") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX, LINK"))
    return false;
  return e === null || e.length === n0;
}
function s67(x, e, m) {
  const n0 = mark(e);
  return e === null || e.length === n0;
}
function validateCustomFieldFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.isEmpty !== void 0 && !(typeof x.isEmpty === "boolean" || x.isEmpty === null) && haltAt(e, m, "isEmpty", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.numberCondition !== void 0 && !s65(x.numberCondition, e, m) && haltChild(e, m, n, "numberCondition"))
      return false;
    n = mark(e);
    if (x.type !== void 0 && !s66(x.type, e, m) && haltChild(e, m, n, "type")) return false;
    n = mark(e);
    if (x.value !== void 0 && !s67(x.value, e, m) && haltChild(e, m, n, "value")) return false;
  }
  return e === null || e.length === n0;
}
function validateCustomFieldProjectDefaultValuesRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.defaultValue !== void 0 && !validateCustomFieldValue(x.defaultValue, e, m) && (own(x, "defaultValue") !== void 0 ? haltChild(e, m, n, "defaultValue") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !validateCustomFieldStatus(x.status, e, m) && (own(x, "status") !== void 0 ? haltChild(e, m, n, "status") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCustomFieldRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.type === void 0 && haltAt(e, m, "type", "is required")) return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.type !== void 0 && !validateCustomFieldType(x.type, e, m) && haltChild(e, m, n, "type")) return false;
    n = mark(e);
    if (x.allowedValues !== void 0 && !s0(x.allowedValues, e, m) && haltChild(e, m, n, "allowedValues"))
      return false;
    if (x.description !== void 0 && typeof x.description !== "string" && haltAt(e, m, "description", "must be string"))
      return false;
    n = mark(e);
    if (x.entityType !== void 0 && !validateCustomFieldEntityType(x.entityType, e, m) && haltChild(e, m, n, "entityType"))
      return false;
    if (x.onlyAdminCanEdit !== void 0 && typeof x.onlyAdminCanEdit !== "boolean" && haltAt(e, m, "onlyAdminCanEdit", "must be boolean"))
      return false;
    if (x.placeholder !== void 0 && typeof x.placeholder !== "string" && haltAt(e, m, "placeholder", "must be string"))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !validateCustomFieldStatus(x.status, e, m) && haltChild(e, m, n, "status"))
      return false;
    n = mark(e);
    if (x.workspaceDefaultValue !== void 0 && !validateCustomFieldValue(x.workspaceDefaultValue, e, m) && haltChild(e, m, n, "workspaceDefaultValue"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCustomFieldStatus(x, e, m) {
  const n0 = mark(e);
  if (!(x === "INACTIVE" || x === "VISIBLE" || x === "INVISIBLE") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: INACTIVE, VISIBLE, INVISIBLE"))
    return false;
  return e === null || e.length === n0;
}
function validateCustomFieldType(x, e, m) {
  const n0 = mark(e);
  if (!(x === "TXT" || x === "NUMBER" || x === "DROPDOWN_SINGLE" || x === "DROPDOWN_MULTIPLE" || x === "CHECKBOX" || x === "LINK") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX, LINK"
  ))
    return false;
  return e === null || e.length === n0;
}
function s68(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  return e === null || e.length === n0;
}
function s69(x, e, m) {
  const n0 = mark(e);
  if (!Number.isFinite(x) && halt(e, m, "must be number")) return false;
  return e === null || e.length === n0;
}
function s70(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "boolean" && halt(e, m, "must be boolean")) return false;
  return e === null || e.length === n0;
}
function s71(x, e, m) {
  const n0 = mark(e);
  if (!Array.isArray(x) && halt(e, m, "must be array")) return false;
  return e === null || e.length === n0;
}
function s72(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x)) && halt(e, m, "must be object")) return false;
  return e === null || e.length === n0;
}
function validateCustomFieldValue(x, e, m) {
  const n0 = mark(e);
  if (!(s68(x, null, m) || s69(x, null, m) || s70(x, null, m) || s71(x, null, m) || s72(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s73(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "WORKSPACE" || x === "PROJECT" || x === "TIMEENTRY") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: WORKSPACE, PROJECT, TIMEENTRY"))
    return false;
  return e === null || e.length === n0;
}
function validateCustomFieldValueDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.customFieldId !== void 0 && !(typeof x.customFieldId === "string" || x.customFieldId === null) && own(x, "customFieldId") !== void 0 && haltAt(e, m, "customFieldId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.sourceType !== void 0 && !s73(x.sourceType, e, m) && (own(x, "sourceType") !== void 0 ? haltChild(e, m, n, "sourceType") : drop(e, n)))
      return false;
    if (x.timeEntryId !== void 0 && !(typeof x.timeEntryId === "string" || x.timeEntryId === null) && own(x, "timeEntryId") !== void 0 && haltAt(e, m, "timeEntryId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.value !== void 0 && !s67(x.value, e, m) && (own(x, "value") !== void 0 ? haltChild(e, m, n, "value") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateCustomFieldValueDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.value === void 0 && haltAt(e, m, "value", "is required")) return false;
    if (!(typeof x.customFieldId === "string" || x.customFieldId === null) && haltAt(e, m, "customFieldId", x.customFieldId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.timeEntryId === "string" || x.timeEntryId === null) && haltAt(e, m, "timeEntryId", x.timeEntryId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (x.type !== void 0 && !(typeof x.type === "string" || x.type === null) && haltAt(e, m, "type", "must be string or null"))
      return false;
    n = mark(e);
    if (x.value !== void 0 && !s67(x.value, e, m) && haltChild(e, m, n, "value")) return false;
  }
  return e === null || e.length === n0;
}
function s74(x, e, m) {
  const n0 = mark(e);
  if (!(validateAuditMetadataDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s75(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "TIME_ENTRY" || x === "TIME_ENTRY_CUSTOM_FIELD_VALUE" || x === "CUSTOM_ATTRIBUTE" || x === "EXPENSE" || x === "CUSTOM_FIELDS" || x === "TIME_ENTRY_RATE") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    "must be one of: TIME_ENTRY, TIME_ENTRY_CUSTOM_FIELD_VALUE, CUSTOM_ATTRIBUTE, EXPENSE, CUSTOM_FIELDS, TIME_ENTRY_RATE"
  ))
    return false;
  return e === null || e.length === n0;
}
function validateCustomFieldValueUpdatedInfoDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.auditMetadata !== void 0 && !s74(x.auditMetadata, e, m) && haltChild(e, m, n, "auditMetadata"))
      return false;
    if (x.customFieldId !== void 0 && !(typeof x.customFieldId === "string" || x.customFieldId === null) && haltAt(e, m, "customFieldId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.documentType !== void 0 && !s75(x.documentType, e, m) && haltChild(e, m, n, "documentType")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.sourceType !== void 0 && !(typeof x.sourceType === "string" || x.sourceType === null) && haltAt(e, m, "sourceType", "must be string or null"))
      return false;
    if (x.timeEntryId !== void 0 && !(typeof x.timeEntryId === "string" || x.timeEntryId === null) && haltAt(e, m, "timeEntryId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.value !== void 0 && !s67(x.value, e, m) && haltChild(e, m, n, "value")) return false;
  }
  return e === null || e.length === n0;
}
function validateDailyTotalDto(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.amount !== void 0 && !(Number.isFinite(x.amount) || x.amount === null) && own(x, "amount") !== void 0 && haltAt(e, m, "amount", "must be number or null"))
      return false;
    if (x.date !== void 0 && !(typeof x.date === "string" || x.date === null) && own(x, "date") !== void 0 && haltAt(e, m, "date", "must be string or null"))
      return false;
    if (x.duration !== void 0 && !(Number.isFinite(x.duration) || x.duration === null) && own(x, "duration") !== void 0 && haltAt(e, m, "duration", "must be number or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s76(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (typeof x === "string") {
    if (!isDateFormat(x) && halt(e, m, "must be a valid date")) return false;
  }
  return e === null || e.length === n0;
}
function validateDatePeriod(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.endDate !== void 0 && !s76(x.endDate, e, m) && (own(x, "endDate") !== void 0 ? haltChild(e, m, n, "endDate") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.startDate !== void 0 && !s76(x.startDate, e, m) && (own(x, "startDate") !== void 0 ? haltChild(e, m, n, "startDate") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateDatePeriodRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.endDate !== "string" && haltAt(e, m, "endDate", x.endDate === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.startDate !== "string" && haltAt(e, m, "startDate", x.startDate === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateDateRangeDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.end === void 0 && haltAt(e, m, "end", "is required")) return false;
    if (x.start === void 0 && haltAt(e, m, "start", "is required")) return false;
    n = mark(e);
    if (x.end !== void 0 && !s13(x.end, e, m) && haltChild(e, m, n, "end")) return false;
    n = mark(e);
    if (x.start !== void 0 && !s13(x.start, e, m) && haltChild(e, m, n, "start")) return false;
  }
  return e === null || e.length === n0;
}
function validateDefaultEntitiesDto(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && own(x, "projectId") !== void 0 && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    if (x.taskId !== void 0 && !(typeof x.taskId === "string" || x.taskId === null) && own(x, "taskId") !== void 0 && haltAt(e, m, "taskId", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateDefaultEntitiesRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.projectId !== void 0 && typeof x.projectId !== "string" && own(x, "projectId") !== void 0 && haltAt(e, m, "projectId", "must be string"))
      return false;
    if (x.taskId !== void 0 && typeof x.taskId !== "string" && own(x, "taskId") !== void 0 && haltAt(e, m, "taskId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s77(x, e, m) {
  const n0 = mark(e);
  if (!(validateAuditFilterV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s78(x, e, m) {
  const n0 = mark(e);
  if (!(validateDetailedOptionsV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s79(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "ID" || x === "DESCRIPTION" || x === "USER" || x === "DURATION" || x === "DATE" || x === "ZONED_DATE" || x === "NATURAL" || x === "USER_DATE") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: ID, DESCRIPTION, USER, DURATION, DATE, ZONED_DATE, NATURAL, USER_DATE"))
    return false;
  return e === null || e.length === n0;
}
function validateDetailedFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.auditFilter !== void 0 && !s77(x.auditFilter, e, m) && (own(x, "auditFilter") !== void 0 ? haltChild(e, m, n, "auditFilter") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.options !== void 0 && !s78(x.options, e, m) && (own(x, "options") !== void 0 ? haltChild(e, m, n, "options") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.page !== void 0 && !s19(x.page, e, m) && (own(x, "page") !== void 0 ? haltChild(e, m, n, "page") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.pageSize !== void 0 && !s19(x.pageSize, e, m) && (own(x, "pageSize") !== void 0 ? haltChild(e, m, n, "pageSize") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.sortColumn !== void 0 && !s79(x.sortColumn, e, m) && (own(x, "sortColumn") !== void 0 ? haltChild(e, m, n, "sortColumn") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s80(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "CALCULATE" || x === "EXCLUDE") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: CALCULATE, EXCLUDE"))
    return false;
  return e === null || e.length === n0;
}
function validateDetailedOptionsV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.totals !== void 0 && !s80(x.totals, e, m) && (own(x, "totals") !== void 0 ? haltChild(e, m, n, "totals") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateDetailedReportFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.dateRangeEnd === void 0 && haltAt(e, m, "dateRangeEnd", "is required")) return false;
    if (x.dateRangeStart === void 0 && haltAt(e, m, "dateRangeStart", "is required")) return false;
    if (x.detailedFilter === void 0 && haltAt(e, m, "detailedFilter", "is required")) return false;
    if (x.amountShown !== void 0 && !(x.amountShown === "EARNED" || x.amountShown === "COST" || x.amountShown === "PROFIT" || x.amountShown === "HIDE_AMOUNT" || x.amountShown === "EXPORT") && !(m & 2 && typeof x.amountShown === "string") && haltAt(
      e,
      m,
      "amountShown",
      typeof x.amountShown !== "string" ? "must be string" : "must be one of: EARNED, COST, PROFIT, HIDE_AMOUNT, EXPORT"
    ))
      return false;
    n = mark(e);
    if (x.amounts !== void 0 && !s29(x.amounts, e, m) && haltChild(e, m, n, "amounts")) return false;
    if (x.approvalState !== void 0 && !(x.approvalState === "APPROVED" || x.approvalState === "UNAPPROVED" || x.approvalState === "ALL") && !(m & 2 && typeof x.approvalState === "string") && haltAt(
      e,
      m,
      "approvalState",
      typeof x.approvalState !== "string" ? "must be string" : "must be one of: APPROVED, UNAPPROVED, ALL"
    ))
      return false;
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && haltAt(e, m, "archived", "must be boolean"))
      return false;
    n = mark(e);
    if (x.attendanceFilter !== void 0 && !validateAttendanceFilterV1(x.attendanceFilter, e, m) && haltChild(e, m, n, "attendanceFilter"))
      return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.clients !== void 0 && !validateContainsArchivedFilterV1(x.clients, e, m) && haltChild(e, m, n, "clients"))
      return false;
    n = mark(e);
    if (x.currency !== void 0 && !validateContainsArchivedFilterV1(x.currency, e, m) && haltChild(e, m, n, "currency"))
      return false;
    n = mark(e);
    if (x.customFields !== void 0 && !s30(x.customFields, e, m) && haltChild(e, m, n, "customFields")) return false;
    if (x.dateFormat !== void 0 && typeof x.dateFormat !== "string" && haltAt(e, m, "dateFormat", "must be string"))
      return false;
    n = mark(e);
    if (x.dateRangeEnd !== void 0 && !s31(x.dateRangeEnd, e, m) && haltChild(e, m, n, "dateRangeEnd")) return false;
    n = mark(e);
    if (x.dateRangeStart !== void 0 && !s31(x.dateRangeStart, e, m) && haltChild(e, m, n, "dateRangeStart"))
      return false;
    if (x.dateRangeType !== void 0 && !(x.dateRangeType === "ABSOLUTE" || x.dateRangeType === "TODAY" || x.dateRangeType === "YESTERDAY" || x.dateRangeType === "THIS_WEEK" || x.dateRangeType === "LAST_WEEK" || x.dateRangeType === "PAST_TWO_WEEKS" || x.dateRangeType === "THIS_MONTH" || x.dateRangeType === "LAST_MONTH" || x.dateRangeType === "THIS_YEAR" || x.dateRangeType === "LAST_YEAR") && !(m & 2 && typeof x.dateRangeType === "string") && haltAt(
      e,
      m,
      "dateRangeType",
      typeof x.dateRangeType !== "string" ? "must be string" : "must be one of: ABSOLUTE, TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, PAST_TWO_WEEKS, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR"
    ))
      return false;
    if (x.description !== void 0 && typeof x.description !== "string" && haltAt(e, m, "description", "must be string"))
      return false;
    n = mark(e);
    if (x.detailedFilter !== void 0 && !validateDetailedFilterV1(x.detailedFilter, e, m) && haltChild(e, m, n, "detailedFilter"))
      return false;
    if (x.exportType !== void 0 && !(x.exportType === "JSON" || x.exportType === "JSON_V1" || x.exportType === "PDF" || x.exportType === "CSV" || x.exportType === "XLSX" || x.exportType === "ZIP") && !(m & 2 && typeof x.exportType === "string") && haltAt(
      e,
      m,
      "exportType",
      typeof x.exportType !== "string" ? "must be string" : "must be one of: JSON, JSON_V1, PDF, CSV, XLSX, ZIP"
    ))
      return false;
    if (x.invoicingState !== void 0 && !(x.invoicingState === "INVOICED" || x.invoicingState === "UNINVOICED" || x.invoicingState === "ALL") && !(m & 2 && typeof x.invoicingState === "string") && haltAt(
      e,
      m,
      "invoicingState",
      typeof x.invoicingState !== "string" ? "must be string" : "must be one of: INVOICED, UNINVOICED, ALL"
    ))
      return false;
    n = mark(e);
    if (x.projects !== void 0 && !validateContainsArchivedFilterV1(x.projects, e, m) && haltChild(e, m, n, "projects"))
      return false;
    if (x.rounding !== void 0 && typeof x.rounding !== "boolean" && haltAt(e, m, "rounding", "must be boolean"))
      return false;
    if (x.sortOrder !== void 0 && !(x.sortOrder === "ASCENDING" || x.sortOrder === "DESCENDING") && !(m & 2 && typeof x.sortOrder === "string") && haltAt(
      e,
      m,
      "sortOrder",
      typeof x.sortOrder !== "string" ? "must be string" : "must be one of: ASCENDING, DESCENDING"
    ))
      return false;
    n = mark(e);
    if (x.summaryFilter !== void 0 && !validateSummaryFilterV1(x.summaryFilter, e, m) && haltChild(e, m, n, "summaryFilter"))
      return false;
    n = mark(e);
    if (x.tags !== void 0 && !validateContainsTagFilterV1(x.tags, e, m) && haltChild(e, m, n, "tags")) return false;
    n = mark(e);
    if (x.tasks !== void 0 && !validateContainsTaskFilterV1(x.tasks, e, m) && haltChild(e, m, n, "tasks"))
      return false;
    if (x.timeFormat !== void 0 && typeof x.timeFormat !== "string" && haltAt(e, m, "timeFormat", "must be string"))
      return false;
    if (x.timeZone !== void 0 && typeof x.timeZone !== "string" && haltAt(e, m, "timeZone", "must be string"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateContainsUsersFilterV1(x.userGroups, e, m) && haltChild(e, m, n, "userGroups"))
      return false;
    if (x.userLocale !== void 0 && typeof x.userLocale !== "string" && haltAt(e, m, "userLocale", "must be string"))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !validateContainsUsersFilterV1(x.users, e, m) && haltChild(e, m, n, "users"))
      return false;
    if (x.weekStart !== void 0 && !(x.weekStart === "MONDAY" || x.weekStart === "TUESDAY" || x.weekStart === "WEDNESDAY" || x.weekStart === "THURSDAY" || x.weekStart === "FRIDAY" || x.weekStart === "SATURDAY" || x.weekStart === "SUNDAY") && !(m & 2 && typeof x.weekStart === "string") && haltAt(
      e,
      m,
      "weekStart",
      typeof x.weekStart !== "string" ? "must be string" : "must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"
    ))
      return false;
    n = mark(e);
    if (x.weeklyFilter !== void 0 && !validateWeeklyFilterV1(x.weeklyFilter, e, m) && haltChild(e, m, n, "weeklyFilter"))
      return false;
    if (x.withoutDescription !== void 0 && typeof x.withoutDescription !== "boolean" && haltAt(e, m, "withoutDescription", "must be boolean"))
      return false;
    if (x.zoomLevel !== void 0 && !(x.zoomLevel === "WEEK" || x.zoomLevel === "MONTH" || x.zoomLevel === "YEAR") && !(m & 2 && typeof x.zoomLevel === "string") && haltAt(
      e,
      m,
      "zoomLevel",
      typeof x.zoomLevel !== "string" ? "must be string" : "must be one of: WEEK, MONTH, YEAR"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function validateEntityCreationPermission(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ADMINS" || x === "ADMINS_AND_PROJECT_MANAGERS" || x === "EVERYONE") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: ADMINS, ADMINS_AND_PROJECT_MANAGERS, EVERYONE"
  ))
    return false;
  return e === null || e.length === n0;
}
function s81(x, e, m) {
  const n0 = mark(e);
  if (!(validateEntityCreationPermission(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateEntityCreationPermissionsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.whoCanCreateProjectsAndClients !== void 0 && !s81(x.whoCanCreateProjectsAndClients, e, m) && (own(x, "whoCanCreateProjectsAndClients") !== void 0 ? haltChild(e, m, n, "whoCanCreateProjectsAndClients") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.whoCanCreateTags !== void 0 && !s81(x.whoCanCreateTags, e, m) && (own(x, "whoCanCreateTags") !== void 0 ? haltChild(e, m, n, "whoCanCreateTags") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.whoCanCreateTasks !== void 0 && !s81(x.whoCanCreateTasks, e, m) && (own(x, "whoCanCreateTasks") !== void 0 ? haltChild(e, m, n, "whoCanCreateTasks") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateEntityName(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
  }
  return e === null || e.length === n0;
}
function validateErrorResponse(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.message !== void 0 && typeof x.message !== "string" && own(x, "message") !== void 0 && haltAt(e, m, "message", "must be string"))
      return false;
    if (x.code !== void 0 && !Number.isInteger(x.code) && own(x, "code") !== void 0 && haltAt(e, m, "code", "must be integer"))
      return false;
  }
  return e === null || e.length === n0;
}
function s82(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "AUTO" || x === "MANUAL") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: AUTO, MANUAL"))
    return false;
  return e === null || e.length === n0;
}
function validateEstimateDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.type === void 0 && haltAt(e, m, "type", "is required")) return false;
    if (!(typeof x.estimate === "string" || x.estimate === null) && haltAt(e, m, "estimate", x.estimate === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.type !== void 0 && !s82(x.type, e, m) && haltChild(e, m, n, "type")) return false;
  }
  return e === null || e.length === n0;
}
function s83(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function s84(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (!isInt64Format(x) && halt(e, m, "must be a valid int64")) return false;
  }
  return e === null || e.length === n0;
}
function s85(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.nano !== void 0 && !s83(x.nano, e, m) && (own(x, "nano") !== void 0 ? haltChild(e, m, n, "nano") : drop(e, n)))
      return false;
    if (x.negative !== void 0 && typeof x.negative !== "boolean" && own(x, "negative") !== void 0 && haltAt(e, m, "negative", "must be boolean"))
      return false;
    if (x.positive !== void 0 && typeof x.positive !== "boolean" && own(x, "positive") !== void 0 && haltAt(e, m, "positive", "must be boolean"))
      return false;
    n = mark(e);
    if (x.seconds !== void 0 && !s84(x.seconds, e, m) && (own(x, "seconds") !== void 0 ? haltChild(e, m, n, "seconds") : drop(e, n)))
      return false;
    if (x.zero !== void 0 && typeof x.zero !== "boolean" && own(x, "zero") !== void 0 && haltAt(e, m, "zero", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function s86(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.dateBased !== void 0 && typeof x.dateBased !== "boolean" && own(x, "dateBased") !== void 0 && haltAt(e, m, "dateBased", "must be boolean"))
      return false;
    n = mark(e);
    if (x.duration !== void 0 && !s85(x.duration, e, m) && (own(x, "duration") !== void 0 ? haltChild(e, m, n, "duration") : drop(e, n)))
      return false;
    if (x.durationEstimated !== void 0 && typeof x.durationEstimated !== "boolean" && own(x, "durationEstimated") !== void 0 && haltAt(e, m, "durationEstimated", "must be boolean"))
      return false;
    if (x.timeBased !== void 0 && typeof x.timeBased !== "boolean" && own(x, "timeBased") !== void 0 && haltAt(e, m, "timeBased", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function s87(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!s86(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s88(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.nano !== void 0 && !s83(x.nano, e, m) && (own(x, "nano") !== void 0 ? haltChild(e, m, n, "nano") : drop(e, n)))
      return false;
    if (x.negative !== void 0 && typeof x.negative !== "boolean" && own(x, "negative") !== void 0 && haltAt(e, m, "negative", "must be boolean"))
      return false;
    if (x.positive !== void 0 && typeof x.positive !== "boolean" && own(x, "positive") !== void 0 && haltAt(e, m, "positive", "must be boolean"))
      return false;
    n = mark(e);
    if (x.seconds !== void 0 && !s84(x.seconds, e, m) && (own(x, "seconds") !== void 0 ? haltChild(e, m, n, "seconds") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.units !== void 0 && !s87(x.units, e, m) && (own(x, "units") !== void 0 ? haltChild(e, m, n, "units") : drop(e, n)))
      return false;
    if (x.zero !== void 0 && typeof x.zero !== "boolean" && own(x, "zero") !== void 0 && haltAt(e, m, "zero", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateEstimateRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.estimate !== void 0 && !s88(x.estimate, e, m) && (own(x, "estimate") !== void 0 ? haltChild(e, m, n, "estimate") : drop(e, n)))
      return false;
    if (x.type !== void 0 && !(x.type === "AUTO" || x.type === "MANUAL") && !(m & 2 && typeof x.type === "string") && own(x, "type") !== void 0 && haltAt(e, m, "type", typeof x.type !== "string" ? "must be string" : "must be one of: AUTO, MANUAL"))
      return false;
  }
  return e === null || e.length === n0;
}
function s89(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "WEEKLY" || x === "MONTHLY" || x === "YEARLY") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: WEEKLY, MONTHLY, YEARLY"))
    return false;
  return e === null || e.length === n0;
}
function s90(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "JANUARY" || x === "FEBRUARY" || x === "MARCH" || x === "APRIL" || x === "MAY" || x === "JUNE" || x === "JULY" || x === "AUGUST" || x === "SEPTEMBER" || x === "OCTOBER" || x === "NOVEMBER" || x === "DECEMBER") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    "must be one of: JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER"
  ))
    return false;
  return e === null || e.length === n0;
}
function validateEstimateResetDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.dayOfMonth !== void 0 && !s19(x.dayOfMonth, e, m) && (own(x, "dayOfMonth") !== void 0 ? haltChild(e, m, n, "dayOfMonth") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.dayOfWeek !== void 0 && !s11(x.dayOfWeek, e, m) && (own(x, "dayOfWeek") !== void 0 ? haltChild(e, m, n, "dayOfWeek") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.hour !== void 0 && !s19(x.hour, e, m) && (own(x, "hour") !== void 0 ? haltChild(e, m, n, "hour") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.interval !== void 0 && !s89(x.interval, e, m) && (own(x, "interval") !== void 0 ? haltChild(e, m, n, "interval") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.month !== void 0 && !s90(x.month, e, m) && (own(x, "month") !== void 0 ? haltChild(e, m, n, "month") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s91(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x < 1 && halt(e, m, "must be >= 1")) return false;
    if (x > 31 && halt(e, m, "must be <= 31")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function s92(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x < 0 && halt(e, m, "must be >= 0")) return false;
    if (x > 23 && halt(e, m, "must be <= 23")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function validateEstimateResetRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.active !== void 0 && typeof x.active !== "boolean" && own(x, "active") !== void 0 && haltAt(e, m, "active", "must be boolean"))
      return false;
    n = mark(e);
    if (x.dayOfMonth !== void 0 && !s91(x.dayOfMonth, e, m) && (own(x, "dayOfMonth") !== void 0 ? haltChild(e, m, n, "dayOfMonth") : drop(e, n)))
      return false;
    if (x.dayOfWeek !== void 0 && !(x.dayOfWeek === "MONDAY" || x.dayOfWeek === "TUESDAY" || x.dayOfWeek === "WEDNESDAY" || x.dayOfWeek === "THURSDAY" || x.dayOfWeek === "FRIDAY" || x.dayOfWeek === "SATURDAY" || x.dayOfWeek === "SUNDAY") && !(m & 2 && typeof x.dayOfWeek === "string") && own(x, "dayOfWeek") !== void 0 && haltAt(
      e,
      m,
      "dayOfWeek",
      typeof x.dayOfWeek !== "string" ? "must be string" : "must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"
    ))
      return false;
    n = mark(e);
    if (x.hour !== void 0 && !s92(x.hour, e, m) && (own(x, "hour") !== void 0 ? haltChild(e, m, n, "hour") : drop(e, n)))
      return false;
    if (x.interval !== void 0 && !(x.interval === "WEEKLY" || x.interval === "MONTHLY" || x.interval === "YEARLY") && !(m & 2 && typeof x.interval === "string") && own(x, "interval") !== void 0 && haltAt(
      e,
      m,
      "interval",
      typeof x.interval !== "string" ? "must be string" : "must be one of: WEEKLY, MONTHLY, YEARLY"
    ))
      return false;
    if (x.isActive !== void 0 && typeof x.isActive !== "boolean" && own(x, "isActive") !== void 0 && haltAt(e, m, "isActive", "must be boolean"))
      return false;
    if (x.month !== void 0 && !(x.month === "JANUARY" || x.month === "FEBRUARY" || x.month === "MARCH" || x.month === "APRIL" || x.month === "MAY" || x.month === "JUNE" || x.month === "JULY" || x.month === "AUGUST" || x.month === "SEPTEMBER" || x.month === "OCTOBER" || x.month === "NOVEMBER" || x.month === "DECEMBER") && !(m & 2 && typeof x.month === "string") && own(x, "month") !== void 0 && haltAt(
      e,
      m,
      "month",
      typeof x.month !== "string" ? "must be string" : "must be one of: JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
const validateEstimateResetRequestWrite = validateEstimateResetRequest;
function validateEstimateWithOptionsDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.active !== void 0 && !(typeof x.active === "boolean" || x.active === null) && own(x, "active") !== void 0 && haltAt(e, m, "active", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.estimate !== void 0 && !s18(x.estimate, e, m) && (own(x, "estimate") !== void 0 ? haltChild(e, m, n, "estimate") : drop(e, n)))
      return false;
    if (x.includeExpenses !== void 0 && !(typeof x.includeExpenses === "boolean" || x.includeExpenses === null) && own(x, "includeExpenses") !== void 0 && haltAt(e, m, "includeExpenses", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.resetOption !== void 0 && !s89(x.resetOption, e, m) && (own(x, "resetOption") !== void 0 ? haltChild(e, m, n, "resetOption") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.type !== void 0 && !s82(x.type, e, m) && (own(x, "type") !== void 0 ? haltChild(e, m, n, "type") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s93(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x < 0 && halt(e, m, "must be >= 0")) return false;
    if (!isInt64Format(x) && halt(e, m, "must be a valid int64")) return false;
  }
  return e === null || e.length === n0;
}
function validateEstimateWithOptionsRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.active !== void 0 && typeof x.active !== "boolean" && own(x, "active") !== void 0 && haltAt(e, m, "active", "must be boolean"))
      return false;
    n = mark(e);
    if (x.estimate !== void 0 && !s93(x.estimate, e, m) && (own(x, "estimate") !== void 0 ? haltChild(e, m, n, "estimate") : drop(e, n)))
      return false;
    if (x.includeExpenses !== void 0 && typeof x.includeExpenses !== "boolean" && own(x, "includeExpenses") !== void 0 && haltAt(e, m, "includeExpenses", "must be boolean"))
      return false;
    if (x.resetOption !== void 0 && !(x.resetOption === "WEEKLY" || x.resetOption === "MONTHLY" || x.resetOption === "YEARLY") && !(m & 2 && typeof x.resetOption === "string") && own(x, "resetOption") !== void 0 && haltAt(
      e,
      m,
      "resetOption",
      typeof x.resetOption !== "string" ? "must be string" : "must be one of: WEEKLY, MONTHLY, YEARLY"
    ))
      return false;
    if (x.type !== void 0 && !(x.type === "AUTO" || x.type === "MANUAL") && !(m & 2 && typeof x.type === "string") && own(x, "type") !== void 0 && haltAt(e, m, "type", typeof x.type !== "string" ? "must be string" : "must be one of: AUTO, MANUAL"))
      return false;
  }
  return e === null || e.length === n0;
}
function s94(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateExpenseCategoryDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateExpenseCategoriesWithCountDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.categories !== void 0 && !s94(x.categories, e, m) && (own(x, "categories") !== void 0 ? haltChild(e, m, n, "categories") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.count !== void 0 && !s19(x.count, e, m) && (own(x, "count") !== void 0 ? haltChild(e, m, n, "count") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateExpenseCategoryArchiveV1Request(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && own(x, "archived") !== void 0 && haltAt(e, m, "archived", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateExpenseCategoryDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.archived !== void 0 && !(typeof x.archived === "boolean" || x.archived === null) && haltAt(e, m, "archived", "must be boolean or null"))
      return false;
    if (x.hasUnitPrice !== void 0 && !(typeof x.hasUnitPrice === "boolean" || x.hasUnitPrice === null) && haltAt(e, m, "hasUnitPrice", "must be boolean or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    n = mark(e);
    if (x.priceInCents !== void 0 && !s19(x.priceInCents, e, m) && haltChild(e, m, n, "priceInCents")) return false;
    if (x.unit !== void 0 && !(typeof x.unit === "string" || x.unit === null) && haltAt(e, m, "unit", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateExpenseCategoryDtoV1 = validateExpenseCategoryDto;
function s95(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 0 || x.length < 0 && len(x) < 0) && halt(e, m, "must have at least 0 characters")) return false;
    if (x.length > 250 && len(x) > 250 && halt(e, m, "must have at most 250 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateExpenseCategoryV1Request(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.name === void 0 && haltAt(e, m, "name", "is required")) return false;
    if (x.hasUnitPrice !== void 0 && typeof x.hasUnitPrice !== "boolean" && haltAt(e, m, "hasUnitPrice", "must be boolean"))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s95(x.name, e, m) && haltChild(e, m, n, "name")) return false;
    n = mark(e);
    if (x.priceInCents !== void 0 && !s83(x.priceInCents, e, m) && haltChild(e, m, n, "priceInCents")) return false;
    if (x.unit !== void 0 && typeof x.unit !== "string" && haltAt(e, m, "unit", "must be string")) return false;
  }
  return e === null || e.length === n0;
}
function validateExpenseDailyTotalsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.date !== void 0 && !(typeof x.date === "string" || x.date === null) && own(x, "date") !== void 0 && haltAt(e, m, "date", "must be string or null"))
      return false;
    n = mark(e);
    if (x.dateAsInstant !== void 0 && !s13(x.dateAsInstant, e, m) && (own(x, "dateAsInstant") !== void 0 ? haltChild(e, m, n, "dateAsInstant") : drop(e, n)))
      return false;
    if (x.total !== void 0 && !(Number.isFinite(x.total) || x.total === null) && own(x, "total") !== void 0 && haltAt(e, m, "total", "must be number or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateExpenseDeletedWebhookEvent(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", x.projectId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.expenseId === "string" || x.expenseId === null) && haltAt(e, m, "expenseId", x.expenseId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.categoryId === "string" || x.categoryId === null) && haltAt(e, m, "categoryId", x.categoryId === void 0 ? "is required" : "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s96(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateExpenseReportDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s97(x, e, m) {
  const n0 = mark(e);
  if (!(validateExpenseTotalsDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateExpenseDetailedReportDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.expenses !== void 0 && !s96(x.expenses, e, m) && (own(x, "expenses") !== void 0 ? haltChild(e, m, n, "expenses") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.totals !== void 0 && !s97(x.totals, e, m) && (own(x, "totals") !== void 0 ? haltChild(e, m, n, "totals") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateExpenseDtoV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.billable !== "boolean" && haltAt(e, m, "billable", x.billable === void 0 ? "is required" : "must be boolean"))
      return false;
    if (!(typeof x.categoryId === "string" || x.categoryId === null) && haltAt(e, m, "categoryId", x.categoryId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.date === "string" || x.date === null) && haltAt(e, m, "date", x.date === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.fileId === "string" || x.fileId === null) && haltAt(e, m, "fileId", x.fileId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.isLocked !== void 0 && !(typeof x.isLocked === "boolean" || x.isLocked === null) && haltAt(e, m, "isLocked", "must be boolean or null"))
      return false;
    if (x.locked !== void 0 && !(typeof x.locked === "boolean" || x.locked === null) && haltAt(e, m, "locked", "must be boolean or null"))
      return false;
    if (!(typeof x.notes === "string" || x.notes === null) && haltAt(e, m, "notes", x.notes === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", x.projectId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(Number.isFinite(x.quantity) || x.quantity === null) && haltAt(e, m, "quantity", x.quantity === void 0 ? "is required" : "must be number or null"))
      return false;
    if (x.taskId !== void 0 && !(typeof x.taskId === "string" || x.taskId === null) && haltAt(e, m, "taskId", "must be string or null"))
      return false;
    if (!(Number.isFinite(x.total) || x.total === null) && haltAt(e, m, "total", x.total === void 0 ? "is required" : "must be number or null"))
      return false;
    if (!(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateExpenseDtoV1Write = validateExpenseDtoV1;
function s98(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "PENDING" || x === "APPROVED" || x === "UNSUBMITTED") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: PENDING, APPROVED, UNSUBMITTED"))
    return false;
  return e === null || e.length === n0;
}
function s99(x, e, m) {
  const n0 = mark(e);
  if (!(validateExpenseCategoryDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s100(x, e, m) {
  const n0 = mark(e);
  if (!(validateProjectInfoDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s101(x, e, m) {
  const n0 = mark(e);
  if (!(validateTaskInfoDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateExpenseHydratedDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.approvalRequestId !== void 0 && !(typeof x.approvalRequestId === "string" || x.approvalRequestId === null) && haltAt(e, m, "approvalRequestId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.approvalStatus !== void 0 && !s98(x.approvalStatus, e, m) && haltChild(e, m, n, "approvalStatus"))
      return false;
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.category !== void 0 && !s99(x.category, e, m) && haltChild(e, m, n, "category")) return false;
    if (x.currency !== void 0 && !(typeof x.currency === "string" || x.currency === null) && haltAt(e, m, "currency", "must be string or null"))
      return false;
    if (x.date !== void 0 && !(typeof x.date === "string" || x.date === null) && haltAt(e, m, "date", "must be string or null"))
      return false;
    if (x.fileId !== void 0 && !(typeof x.fileId === "string" || x.fileId === null) && haltAt(e, m, "fileId", "must be string or null"))
      return false;
    if (x.fileName !== void 0 && !(typeof x.fileName === "string" || x.fileName === null) && haltAt(e, m, "fileName", "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.isLocked !== void 0 && !(typeof x.isLocked === "boolean" || x.isLocked === null) && haltAt(e, m, "isLocked", "must be boolean or null"))
      return false;
    if (x.locked !== void 0 && !(typeof x.locked === "boolean" || x.locked === null) && haltAt(e, m, "locked", "must be boolean or null"))
      return false;
    if (x.notes !== void 0 && !(typeof x.notes === "string" || x.notes === null) && haltAt(e, m, "notes", "must be string or null"))
      return false;
    n = mark(e);
    if (x.project !== void 0 && !s100(x.project, e, m) && haltChild(e, m, n, "project")) return false;
    if (x.quantity !== void 0 && !(Number.isFinite(x.quantity) || x.quantity === null) && haltAt(e, m, "quantity", "must be number or null"))
      return false;
    n = mark(e);
    if (x.task !== void 0 && !s101(x.task, e, m) && haltChild(e, m, n, "task")) return false;
    if (x.total !== void 0 && !(Number.isFinite(x.total) || x.total === null) && haltAt(e, m, "total", "must be number or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateExpenseHydratedDtoWrite = validateExpenseHydratedDto;
function validateExpenseHydratedDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.category !== void 0 && !s99(x.category, e, m) && haltChild(e, m, n, "category")) return false;
    if (x.date !== void 0 && !(typeof x.date === "string" || x.date === null) && haltAt(e, m, "date", "must be string or null"))
      return false;
    if (x.fileId !== void 0 && !(typeof x.fileId === "string" || x.fileId === null) && haltAt(e, m, "fileId", "must be string or null"))
      return false;
    if (x.fileName !== void 0 && !(typeof x.fileName === "string" || x.fileName === null) && haltAt(e, m, "fileName", "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.isLocked !== void 0 && !(typeof x.isLocked === "boolean" || x.isLocked === null) && haltAt(e, m, "isLocked", "must be boolean or null"))
      return false;
    if (x.locked !== void 0 && !(typeof x.locked === "boolean" || x.locked === null) && haltAt(e, m, "locked", "must be boolean or null"))
      return false;
    if (x.notes !== void 0 && !(typeof x.notes === "string" || x.notes === null) && haltAt(e, m, "notes", "must be string or null"))
      return false;
    n = mark(e);
    if (x.project !== void 0 && !s100(x.project, e, m) && haltChild(e, m, n, "project")) return false;
    if (x.quantity !== void 0 && !(Number.isFinite(x.quantity) || x.quantity === null) && haltAt(e, m, "quantity", "must be number or null"))
      return false;
    n = mark(e);
    if (x.task !== void 0 && !s101(x.task, e, m) && haltChild(e, m, n, "task")) return false;
    if (x.total !== void 0 && !(Number.isFinite(x.total) || x.total === null) && haltAt(e, m, "total", "must be number or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateExpenseHydratedDtoV1Write = validateExpenseHydratedDtoV1;
const values1 = /* @__PURE__ */ new Set([
  "PROJECT",
  "CLIENT",
  "TASK",
  "DESCRIPTION",
  "USER",
  "TAGS",
  "START_DATE",
  "START_TIME",
  "END_TIME",
  "DURATION",
  "BILLABLE_AMOUNT",
  "COST_AMOUNT",
  "PROFIT",
  "EMAIL",
  "BILLABLE",
  "BILLABLE_H",
  "NON_BILLABLE_H",
  "END_DATE",
  "DECIMAL_DURATION",
  "BILLABLE_RATE",
  "COST_RATE",
  "APPROVAL",
  "BAR_CHART",
  "PIE_CHART_1",
  "PIE_CHART_2",
  "PIE_CHART_3",
  "RTL",
  "TOTAL",
  "SUBGROUP",
  "GROUP",
  "DATE",
  "TIME",
  "CATEGORY",
  "NOTE",
  "AMOUNT",
  "INVOICED",
  "INVOICE_ID",
  "CATEGORY_NO_OF_UNITS",
  "CATEGORY_UNIT",
  "KIOSK",
  "TYPE",
  "BREAK",
  "NOTES",
  "BILLABLE_TOTAL",
  "RECEIPTS",
  "EXPENSE_TOTAL",
  "DATE_OF_CREATION",
  "DATE_OF_APPROVAL",
  "NAME",
  "ROLE",
  "PROJECTS",
  "STATUS",
  "WEEK_START",
  "WORKING_DAYS",
  "TEAM_MANAGERS",
  "TEAM_MEMBERS",
  "DAILY_WORK_CAPACITY",
  "VISIBILITY",
  "BILLABILITY",
  "TASKS",
  "TRACKED_H",
  "ESTIMATED_H",
  "REMAINING_H",
  "OVERAGE_H",
  "TRACKED_BUDGET",
  "ESTIMATED_BUDGET",
  "REMAINING_BUDGET",
  "OVERAGE_BUDGET",
  "PROGRESS",
  "RECURRING_ESTIMATE",
  "EXPENSES",
  "BILLABLE_EXPENSES",
  "NON_BILLABLE_EXPENSES",
  "ADDITIONAL_FIELDS",
  "PROJECT_MEMBERS",
  "PROJECT_MANAGER",
  "APPROVED_BY",
  "ISSUE_DATE",
  "DUE_ON",
  "BALANCE"
]);
function s102(x, e, m) {
  const n0 = mark(e);
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      if (!values1.has(x[i]) && !(m & 2 && typeof x[i] === "string") && haltAt(
        e,
        m,
        i,
        typeof x[i] !== "string" ? "must be string" : "must be one of: PROJECT, CLIENT, TASK, DESCRIPTION, USER, TAGS, START_DATE, START_TIME, END_TIME, DURATION, BILLABLE_AMOUNT, COST_AMOUNT, PROFIT, EMAIL, BILLABLE, BILLABLE_H, NON_BILLABLE_H, END_DATE, DECIMAL_DURATION, BILLABLE_RATE, \u2026"
      ))
        return false;
    }
  }
  return e === null || e.length === n0;
}
function s103(x, e, m) {
  const n0 = mark(e);
  if (!(validateInvoicingInfo(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateExpenseReportDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount !== void 0 && !(Number.isFinite(x.amount) || x.amount === null) && haltAt(e, m, "amount", "must be number or null"))
      return false;
    if (x.approvalRequestId !== void 0 && !(typeof x.approvalRequestId === "string" || x.approvalRequestId === null) && haltAt(e, m, "approvalRequestId", "must be string or null"))
      return false;
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    if (x.categoryHasUnitPrice !== void 0 && !(typeof x.categoryHasUnitPrice === "boolean" || x.categoryHasUnitPrice === null) && haltAt(e, m, "categoryHasUnitPrice", "must be boolean or null"))
      return false;
    if (x.categoryId !== void 0 && !(typeof x.categoryId === "string" || x.categoryId === null) && haltAt(e, m, "categoryId", "must be string or null"))
      return false;
    if (x.categoryName !== void 0 && !(typeof x.categoryName === "string" || x.categoryName === null) && haltAt(e, m, "categoryName", "must be string or null"))
      return false;
    if (x.categoryUnit !== void 0 && !(typeof x.categoryUnit === "string" || x.categoryUnit === null) && haltAt(e, m, "categoryUnit", "must be string or null"))
      return false;
    if (x.date !== void 0 && !(typeof x.date === "string" || x.date === null) && haltAt(e, m, "date", "must be string or null"))
      return false;
    n = mark(e);
    if (x.exportFields !== void 0 && !s102(x.exportFields, e, m) && haltChild(e, m, n, "exportFields")) return false;
    if (x.fileId !== void 0 && !(typeof x.fileId === "string" || x.fileId === null) && haltAt(e, m, "fileId", "must be string or null"))
      return false;
    if (x.fileName !== void 0 && !(typeof x.fileName === "string" || x.fileName === null) && haltAt(e, m, "fileName", "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.invoicingInfo !== void 0 && !s103(x.invoicingInfo, e, m) && haltChild(e, m, n, "invoicingInfo"))
      return false;
    if (x.locked !== void 0 && !(typeof x.locked === "boolean" || x.locked === null) && haltAt(e, m, "locked", "must be boolean or null"))
      return false;
    if (x.notes !== void 0 && !(typeof x.notes === "string" || x.notes === null) && haltAt(e, m, "notes", "must be string or null"))
      return false;
    if (x.projectColor !== void 0 && !(typeof x.projectColor === "string" || x.projectColor === null) && haltAt(e, m, "projectColor", "must be string or null"))
      return false;
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    if (x.projectName !== void 0 && !(typeof x.projectName === "string" || x.projectName === null) && haltAt(e, m, "projectName", "must be string or null"))
      return false;
    if (x.quantity !== void 0 && !(Number.isFinite(x.quantity) || x.quantity === null) && haltAt(e, m, "quantity", "must be number or null"))
      return false;
    if (x.reportName !== void 0 && !(typeof x.reportName === "string" || x.reportName === null) && haltAt(e, m, "reportName", "must be string or null"))
      return false;
    if (x.time !== void 0 && !(typeof x.time === "string" || x.time === null) && haltAt(e, m, "time", "must be string or null"))
      return false;
    if (x.userEmail !== void 0 && !(typeof x.userEmail === "string" || x.userEmail === null) && haltAt(e, m, "userEmail", "must be string or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.userName !== void 0 && !(typeof x.userName === "string" || x.userName === null) && haltAt(e, m, "userName", "must be string or null"))
      return false;
    if (x.userStatus !== void 0 && !(typeof x.userStatus === "string" || x.userStatus === null) && haltAt(e, m, "userStatus", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s104(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x < 1 && halt(e, m, "must be >= 1")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function validateExpenseReportFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.dateRangeEnd === void 0 && haltAt(e, m, "dateRangeEnd", "is required")) return false;
    if (x.dateRangeStart === void 0 && haltAt(e, m, "dateRangeStart", "is required")) return false;
    if (x.approvalState !== void 0 && !(x.approvalState === "APPROVED" || x.approvalState === "UNAPPROVED" || x.approvalState === "ALL") && !(m & 2 && typeof x.approvalState === "string") && haltAt(
      e,
      m,
      "approvalState",
      typeof x.approvalState !== "string" ? "must be string" : "must be one of: APPROVED, UNAPPROVED, ALL"
    ))
      return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.categories !== void 0 && !validateContainsArchivedFilterV1(x.categories, e, m) && haltChild(e, m, n, "categories"))
      return false;
    n = mark(e);
    if (x.clients !== void 0 && !validateContainsArchivedFilterV1(x.clients, e, m) && haltChild(e, m, n, "clients"))
      return false;
    n = mark(e);
    if (x.currency !== void 0 && !validateContainsArchivedFilterV1(x.currency, e, m) && haltChild(e, m, n, "currency"))
      return false;
    n = mark(e);
    if (x.dateRangeEnd !== void 0 && !s31(x.dateRangeEnd, e, m) && haltChild(e, m, n, "dateRangeEnd")) return false;
    n = mark(e);
    if (x.dateRangeStart !== void 0 && !s31(x.dateRangeStart, e, m) && haltChild(e, m, n, "dateRangeStart"))
      return false;
    if (x.dateRangeType !== void 0 && !(x.dateRangeType === "ABSOLUTE" || x.dateRangeType === "TODAY" || x.dateRangeType === "YESTERDAY" || x.dateRangeType === "THIS_WEEK" || x.dateRangeType === "LAST_WEEK" || x.dateRangeType === "PAST_TWO_WEEKS" || x.dateRangeType === "THIS_MONTH" || x.dateRangeType === "LAST_MONTH" || x.dateRangeType === "THIS_YEAR" || x.dateRangeType === "LAST_YEAR") && !(m & 2 && typeof x.dateRangeType === "string") && haltAt(
      e,
      m,
      "dateRangeType",
      typeof x.dateRangeType !== "string" ? "must be string" : "must be one of: ABSOLUTE, TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, PAST_TWO_WEEKS, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR"
    ))
      return false;
    if (x.exportType !== void 0 && !(x.exportType === "JSON" || x.exportType === "JSON_V1" || x.exportType === "PDF" || x.exportType === "CSV" || x.exportType === "XLSX" || x.exportType === "ZIP") && !(m & 2 && typeof x.exportType === "string") && haltAt(
      e,
      m,
      "exportType",
      typeof x.exportType !== "string" ? "must be string" : "must be one of: JSON, JSON_V1, PDF, CSV, XLSX, ZIP"
    ))
      return false;
    if (x.invoicingState !== void 0 && !(x.invoicingState === "INVOICED" || x.invoicingState === "UNINVOICED" || x.invoicingState === "ALL") && !(m & 2 && typeof x.invoicingState === "string") && haltAt(
      e,
      m,
      "invoicingState",
      typeof x.invoicingState !== "string" ? "must be string" : "must be one of: INVOICED, UNINVOICED, ALL"
    ))
      return false;
    if (x.note !== void 0 && typeof x.note !== "string" && haltAt(e, m, "note", "must be string")) return false;
    n = mark(e);
    if (x.page !== void 0 && !s104(x.page, e, m) && haltChild(e, m, n, "page")) return false;
    n = mark(e);
    if (x.pageSize !== void 0 && !s104(x.pageSize, e, m) && haltChild(e, m, n, "pageSize")) return false;
    n = mark(e);
    if (x.projects !== void 0 && !validateContainsArchivedFilterV1(x.projects, e, m) && haltChild(e, m, n, "projects"))
      return false;
    if (x.sortColumn !== void 0 && !(x.sortColumn === "ID" || x.sortColumn === "PROJECT" || x.sortColumn === "USER" || x.sortColumn === "CATEGORY" || x.sortColumn === "DATE" || x.sortColumn === "AMOUNT") && !(m & 2 && typeof x.sortColumn === "string") && haltAt(
      e,
      m,
      "sortColumn",
      typeof x.sortColumn !== "string" ? "must be string" : "must be one of: ID, PROJECT, USER, CATEGORY, DATE, AMOUNT"
    ))
      return false;
    if (x.sortOrder !== void 0 && !(x.sortOrder === "ASCENDING" || x.sortOrder === "DESCENDING") && !(m & 2 && typeof x.sortOrder === "string") && haltAt(
      e,
      m,
      "sortOrder",
      typeof x.sortOrder !== "string" ? "must be string" : "must be one of: ASCENDING, DESCENDING"
    ))
      return false;
    n = mark(e);
    if (x.tasks !== void 0 && !validateContainsTaskFilterV1(x.tasks, e, m) && haltChild(e, m, n, "tasks"))
      return false;
    if (x.timeZone !== void 0 && typeof x.timeZone !== "string" && haltAt(e, m, "timeZone", "must be string"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateContainsUsersFilterV1(x.userGroups, e, m) && haltChild(e, m, n, "userGroups"))
      return false;
    if (x.userLocale !== void 0 && typeof x.userLocale !== "string" && haltAt(e, m, "userLocale", "must be string"))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !validateContainsUsersFilterV1(x.users, e, m) && haltChild(e, m, n, "users"))
      return false;
    if (x.weekStart !== void 0 && !(x.weekStart === "MONDAY" || x.weekStart === "TUESDAY" || x.weekStart === "WEDNESDAY" || x.weekStart === "THURSDAY" || x.weekStart === "FRIDAY" || x.weekStart === "SATURDAY" || x.weekStart === "SUNDAY") && !(m & 2 && typeof x.weekStart === "string") && haltAt(
      e,
      m,
      "weekStart",
      typeof x.weekStart !== "string" ? "must be string" : "must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"
    ))
      return false;
    if (x.withoutNote !== void 0 && typeof x.withoutNote !== "boolean" && haltAt(e, m, "withoutNote", "must be boolean"))
      return false;
    if (x.zoomLevel !== void 0 && !(x.zoomLevel === "WEEK" || x.zoomLevel === "MONTH" || x.zoomLevel === "YEAR") && !(m & 2 && typeof x.zoomLevel === "string") && haltAt(
      e,
      m,
      "zoomLevel",
      typeof x.zoomLevel !== "string" ? "must be string" : "must be one of: WEEK, MONTH, YEAR"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function validateExpenseTotalsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.expensesCount !== void 0 && !s19(x.expensesCount, e, m) && (own(x, "expensesCount") !== void 0 ? haltChild(e, m, n, "expensesCount") : drop(e, n)))
      return false;
    if (x.totalAmount !== void 0 && !(Number.isFinite(x.totalAmount) || x.totalAmount === null) && own(x, "totalAmount") !== void 0 && haltAt(e, m, "totalAmount", "must be number or null"))
      return false;
    if (x.totalAmountBillable !== void 0 && !(Number.isFinite(x.totalAmountBillable) || x.totalAmountBillable === null) && own(x, "totalAmountBillable") !== void 0 && haltAt(e, m, "totalAmountBillable", "must be number or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateExpenseWeeklyTotalsDtoV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.date !== void 0 && !(typeof x.date === "string" || x.date === null) && own(x, "date") !== void 0 && haltAt(e, m, "date", "must be string or null"))
      return false;
    if (x.total !== void 0 && !(Number.isFinite(x.total) || x.total === null) && own(x, "total") !== void 0 && haltAt(e, m, "total", "must be number or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s105(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateExpenseDailyTotalsDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s106(x, e, m) {
  const n0 = mark(e);
  if (!(validateExpensesWithCountDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s107(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateExpenseWeeklyTotalsDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateExpensesAndTotalsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.dailyTotals !== void 0 && !s105(x.dailyTotals, e, m) && (own(x, "dailyTotals") !== void 0 ? haltChild(e, m, n, "dailyTotals") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.expenses !== void 0 && !s106(x.expenses, e, m) && (own(x, "expenses") !== void 0 ? haltChild(e, m, n, "expenses") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.weeklyTotals !== void 0 && !s107(x.weeklyTotals, e, m) && (own(x, "weeklyTotals") !== void 0 ? haltChild(e, m, n, "weeklyTotals") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s108(x, e, m) {
  const n0 = mark(e);
  if (!(validateExpensesWithCountDtoV1Write(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateExpensesAndTotalsDtoV1Write(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.dailyTotals !== void 0 && !s105(x.dailyTotals, e, m) && (own(x, "dailyTotals") !== void 0 ? haltChild(e, m, n, "dailyTotals") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.expenses !== void 0 && !s108(x.expenses, e, m) && (own(x, "expenses") !== void 0 ? haltChild(e, m, n, "expenses") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.weeklyTotals !== void 0 && !s107(x.weeklyTotals, e, m) && (own(x, "weeklyTotals") !== void 0 ? haltChild(e, m, n, "weeklyTotals") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s109(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateExpenseHydratedDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateExpensesWithCountDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.count !== void 0 && !s19(x.count, e, m) && (own(x, "count") !== void 0 ? haltChild(e, m, n, "count") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.expenses !== void 0 && !s109(x.expenses, e, m) && (own(x, "expenses") !== void 0 ? haltChild(e, m, n, "expenses") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s110(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateExpenseHydratedDtoV1Write(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateExpensesWithCountDtoV1Write(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.count !== void 0 && !s19(x.count, e, m) && (own(x, "count") !== void 0 ? haltChild(e, m, n, "count") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.expenses !== void 0 && !s110(x.expenses, e, m) && (own(x, "expenses") !== void 0 ? haltChild(e, m, n, "expenses") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
const values2 = /* @__PURE__ */ new Set([
  "ADD_TIME_FOR_OTHERS",
  "ADMIN_PANEL",
  "ALERTS",
  "APPROVAL",
  "AUDIT_LOG",
  "AUTOMATIC_LOCK",
  "BRANDED_REPORTS",
  "BULK_EDIT",
  "CUSTOM_FIELDS",
  "CUSTOM_REPORTING",
  "CUSTOM_SUBDOMAIN",
  "DECIMAL_FORMAT",
  "DISABLE_MANUAL_MODE",
  "EDIT_MEMBER_PROFILE",
  "EXCLUDE_NON_BILLABLE_FROM_ESTIMATE",
  "EXPENSES",
  "FILE_IMPORT",
  "HIDE_PAGES",
  "HISTORIC_RATES",
  "INVOICING",
  "INVOICE_EMAILS",
  "INVOICE_REMINDERS",
  "LABOR_COST",
  "LOCATIONS",
  "MANAGER_ROLE",
  "MULTI_FACTOR_AUTHENTICATION",
  "PROJECT_BUDGET",
  "PROJECT_TEMPLATES",
  "QUICKBOOKS_INTEGRATION",
  "RECURRING_ESTIMATES",
  "RECURRING_INVOICES",
  "REQUIRED_FIELDS",
  "SCHEDULED_REPORTS",
  "SCHEDULING",
  "SCREENSHOTS",
  "SSO",
  "SUMMARY_ESTIMATE",
  "TARGETS_AND_REMINDERS",
  "TASK_RATES",
  "TIME_OFF",
  "UNLIMITED_REPORTS",
  "USER_CUSTOM_FIELDS",
  "WHO_CAN_CHANGE_TIMEENTRY_BILLABILITY",
  "BREAKS",
  "KIOSK_SESSION_DURATION",
  "KIOSK_PIN_REQUIRED",
  "WHO_CAN_SEE_ALL_TIME_ENTRIES",
  "WHO_CAN_SEE_PROJECT_STATUS",
  "WHO_CAN_SEE_PUBLIC_PROJECTS_ENTRIES",
  "WHO_CAN_SEE_TEAMS_DASHBOARD",
  "WORKSPACE_LOCK_TIMEENTRIES",
  "WORKSPACE_TIME_AUDIT",
  "WORKSPACE_TIME_ROUNDING",
  "KIOSK",
  "FORECASTING",
  "TIME_TRACKING",
  "ATTENDANCE_REPORT",
  "WORKSPACE_TRANSFER",
  "FAVORITE_ENTRIES",
  "SPLIT_TIME_ENTRY",
  "CLIENT_CURRENCY",
  "SCHEDULING_FORECASTING"
]);
function validateFeature(x, e, m) {
  const n0 = mark(e);
  if (!values2.has(x) && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: ADD_TIME_FOR_OTHERS, ADMIN_PANEL, ALERTS, APPROVAL, AUDIT_LOG, AUTOMATIC_LOCK, BRANDED_REPORTS, BULK_EDIT, CUSTOM_FIELDS, CUSTOM_REPORTING, CUSTOM_SUBDOMAIN, DECIMAL_FORMAT, DISABLE_MANUAL_MODE, EDIT_MEMBER_PROFILE, EXCLUDE_NON_BILLABLE_FROM_ESTIMATE, EXPENSES, FILE_IMPORT, HIDE_PAGES, HISTORIC_RATES, INVOICING, \u2026"
  ))
    return false;
  return e === null || e.length === n0;
}
const values3 = /* @__PURE__ */ new Set([
  "PREMIUM",
  "PREMIUM_YEAR",
  "SPECIAL",
  "SPECIAL_YEAR",
  "TRIAL",
  "ENTERPRISE",
  "ENTERPRISE_YEAR",
  "BASIC_2021",
  "BASIC_YEAR_2021",
  "STANDARD_2021",
  "STANDARD_YEAR_2021",
  "PRO_2021",
  "PRO_YEAR_2021",
  "ENTERPRISE_2021",
  "ENTERPRISE_YEAR_2021",
  "BUNDLE_2024",
  "BUNDLE_YEAR_2024",
  "SELF_HOSTED",
  "FREE"
]);
function validateFeatureSubscriptionType(x, e, m) {
  const n0 = mark(e);
  if (!values3.has(x) && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: PREMIUM, PREMIUM_YEAR, SPECIAL, SPECIAL_YEAR, TRIAL, ENTERPRISE, ENTERPRISE_YEAR, BASIC_2021, BASIC_YEAR_2021, STANDARD_2021, STANDARD_YEAR_2021, PRO_2021, PRO_YEAR_2021, ENTERPRISE_2021, ENTERPRISE_YEAR_2021, BUNDLE_2024, BUNDLE_YEAR_2024, SELF_HOSTED, FREE"
  ))
    return false;
  return e === null || e.length === n0;
}
function s111(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x > 1e3 && halt(e, m, "must be <= 1000")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function s112(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x < 1 && halt(e, m, "must be >= 1")) return false;
    if (x > 200 && halt(e, m, "must be <= 200")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function s113(x, e, m) {
  const n0 = mark(e);
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    if (!unique(x) && halt(e, m, "must not contain duplicate items")) return false;
    for (let i = 0; i < x.length; i++) {
      if (!(x[i] === "PENDING" || x[i] === "APPROVED" || x[i] === "REJECTED" || x[i] === "ALL") && !(m & 2 && typeof x[i] === "string") && haltAt(
        e,
        m,
        i,
        typeof x[i] !== "string" ? "must be string" : "must be one of: PENDING, APPROVED, REJECTED, ALL"
      ))
        return false;
    }
  }
  return e === null || e.length === n0;
}
function validateGetTimeOffRequestsV1Request(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.end !== void 0 && !s52(x.end, e, m) && (own(x, "end") !== void 0 ? haltChild(e, m, n, "end") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.page !== void 0 && !s111(x.page, e, m) && (own(x, "page") !== void 0 ? haltChild(e, m, n, "page") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.pageSize !== void 0 && !s112(x.pageSize, e, m) && (own(x, "pageSize") !== void 0 ? haltChild(e, m, n, "pageSize") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.start !== void 0 && !s52(x.start, e, m) && (own(x, "start") !== void 0 ? haltChild(e, m, n, "start") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.statuses !== void 0 && !s113(x.statuses, e, m) && (own(x, "statuses") !== void 0 ? haltChild(e, m, n, "statuses") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !s40(x.userGroups, e, m) && (own(x, "userGroups") !== void 0 ? haltChild(e, m, n, "userGroups") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !s40(x.users, e, m) && (own(x, "users") !== void 0 ? haltChild(e, m, n, "users") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s114(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x > 200 && halt(e, m, "must be <= 200")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function validateGetUserTotalsRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.end === void 0 && haltAt(e, m, "end", "is required")) return false;
    if (x.start === void 0 && haltAt(e, m, "start", "is required")) return false;
    n = mark(e);
    if (x.end !== void 0 && !s52(x.end, e, m) && haltChild(e, m, n, "end")) return false;
    n = mark(e);
    if (x.page !== void 0 && !s83(x.page, e, m) && haltChild(e, m, n, "page")) return false;
    n = mark(e);
    if (x.pageSize !== void 0 && !s114(x.pageSize, e, m) && haltChild(e, m, n, "pageSize")) return false;
    if (x.search !== void 0 && typeof x.search !== "string" && haltAt(e, m, "search", "must be string"))
      return false;
    n = mark(e);
    if (x.start !== void 0 && !s52(x.start, e, m) && haltChild(e, m, n, "start")) return false;
    if (x.statusFilter !== void 0 && !(x.statusFilter === "PUBLISHED" || x.statusFilter === "UNPUBLISHED" || x.statusFilter === "ALL") && !(m & 2 && typeof x.statusFilter === "string") && haltAt(
      e,
      m,
      "statusFilter",
      typeof x.statusFilter !== "string" ? "must be string" : "must be one of: PUBLISHED, UNPUBLISHED, ALL"
    ))
      return false;
    n = mark(e);
    if (x.userFilter !== void 0 && !validateContainsUsersFilterRequestV1(x.userFilter, e, m) && haltChild(e, m, n, "userFilter"))
      return false;
    n = mark(e);
    if (x.userGroupFilter !== void 0 && !validateContainsUserGroupFilterRequestV1(x.userGroupFilter, e, m) && haltChild(e, m, n, "userGroupFilter"))
      return false;
  }
  return e === null || e.length === n0;
}
function s115(x, e, m) {
  const n0 = mark(e);
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      if (!(x[i] === "WORKSPACE_ADMIN" || x[i] === "OWNER" || x[i] === "TEAM_MANAGER" || x[i] === "PROJECT_MANAGER") && !(m & 2 && typeof x[i] === "string") && haltAt(
        e,
        m,
        i,
        typeof x[i] !== "string" ? "must be string" : "must be one of: WORKSPACE_ADMIN, OWNER, TEAM_MANAGER, PROJECT_MANAGER"
      ))
        return false;
    }
  }
  return e === null || e.length === n0;
}
function validateGetUsersRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.accountStatuses !== void 0 && !s0(x.accountStatuses, e, m) && (own(x, "accountStatuses") !== void 0 ? haltChild(e, m, n, "accountStatuses") : drop(e, n)))
      return false;
    if (x.email !== void 0 && typeof x.email !== "string" && own(x, "email") !== void 0 && haltAt(e, m, "email", "must be string"))
      return false;
    if (x.includeRoles !== void 0 && typeof x.includeRoles !== "boolean" && own(x, "includeRoles") !== void 0 && haltAt(e, m, "includeRoles", "must be boolean"))
      return false;
    n = mark(e);
    if (x.memberships !== void 0 && !validateMembershipsInclude(x.memberships, e, m) && (own(x, "memberships") !== void 0 ? haltChild(e, m, n, "memberships") : drop(e, n)))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    n = mark(e);
    if (x.page !== void 0 && !s104(x.page, e, m) && (own(x, "page") !== void 0 ? haltChild(e, m, n, "page") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.pageSize !== void 0 && !s104(x.pageSize, e, m) && (own(x, "pageSize") !== void 0 ? haltChild(e, m, n, "pageSize") : drop(e, n)))
      return false;
    if (x.projectId !== void 0 && typeof x.projectId !== "string" && own(x, "projectId") !== void 0 && haltAt(e, m, "projectId", "must be string"))
      return false;
    n = mark(e);
    if (x.roles !== void 0 && !s115(x.roles, e, m) && (own(x, "roles") !== void 0 ? haltChild(e, m, n, "roles") : drop(e, n)))
      return false;
    if (x.sortColumn !== void 0 && !(x.sortColumn === "ID" || x.sortColumn === "EMAIL" || x.sortColumn === "NAME" || x.sortColumn === "NAME_LOWERCASE" || x.sortColumn === "ACCESS" || x.sortColumn === "HOURLYRATE" || x.sortColumn === "COSTRATE") && !(m & 2 && typeof x.sortColumn === "string") && own(x, "sortColumn") !== void 0 && haltAt(
      e,
      m,
      "sortColumn",
      typeof x.sortColumn !== "string" ? "must be string" : "must be one of: ID, EMAIL, NAME, NAME_LOWERCASE, ACCESS, HOURLYRATE, COSTRATE"
    ))
      return false;
    if (x.sortOrder !== void 0 && !(x.sortOrder === "ASCENDING" || x.sortOrder === "DESCENDING") && !(m & 2 && typeof x.sortOrder === "string") && own(x, "sortOrder") !== void 0 && haltAt(
      e,
      m,
      "sortOrder",
      typeof x.sortOrder !== "string" ? "must be string" : "must be one of: ASCENDING, DESCENDING"
    ))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !validateMembershipStatus(x.status, e, m) && (own(x, "status") !== void 0 ? haltChild(e, m, n, "status") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !s0(x.userGroups, e, m) && (own(x, "userGroups") !== void 0 ? haltChild(e, m, n, "userGroups") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s116(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateGroupOneDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s117(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateDailyTotalDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateGroupOneDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount !== void 0 && !(Number.isFinite(x.amount) || x.amount === null) && haltAt(e, m, "amount", "must be number or null"))
      return false;
    n = mark(e);
    if (x.children !== void 0 && !s116(x.children, e, m) && haltChild(e, m, n, "children")) return false;
    if (x.clientName !== void 0 && !(typeof x.clientName === "string" || x.clientName === null) && haltAt(e, m, "clientName", "must be string or null"))
      return false;
    n = mark(e);
    if (x.days !== void 0 && !s117(x.days, e, m) && haltChild(e, m, n, "days")) return false;
    if (x.duration !== void 0 && !(Number.isFinite(x.duration) || x.duration === null) && haltAt(e, m, "duration", "must be number or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    if (x.nameLowerCase !== void 0 && !(typeof x.nameLowerCase === "string" || x.nameLowerCase === null) && haltAt(e, m, "nameLowerCase", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s118(x, e, m) {
  const n0 = mark(e);
  if (!(validateAutomaticTimeEntryCreationDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s119(x, e, m) {
  const n0 = mark(e);
  if (!(validateDatePeriod(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateHolidayDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.automaticTimeEntryCreation !== void 0 && !s118(x.automaticTimeEntryCreation, e, m) && haltChild(e, m, n, "automaticTimeEntryCreation"))
      return false;
    if (x.color !== void 0 && !(typeof x.color === "string" || x.color === null) && haltAt(e, m, "color", "must be string or null"))
      return false;
    n = mark(e);
    if (x.datePeriod !== void 0 && !s119(x.datePeriod, e, m) && haltChild(e, m, n, "datePeriod")) return false;
    if (x.everyoneIncludingNew !== void 0 && !(typeof x.everyoneIncludingNew === "boolean" || x.everyoneIncludingNew === null) && haltAt(e, m, "everyoneIncludingNew", "must be boolean or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    if (x.occursAnnually !== void 0 && !(typeof x.occursAnnually === "boolean" || x.occursAnnually === null) && haltAt(e, m, "occursAnnually", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.userGroupIds !== void 0 && !s14(x.userGroupIds, e, m) && haltChild(e, m, n, "userGroupIds")) return false;
    n = mark(e);
    if (x.userIds !== void 0 && !s14(x.userIds, e, m) && haltChild(e, m, n, "userIds")) return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateHolidayDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.automaticTimeEntryCreation !== void 0 && !(typeof x.automaticTimeEntryCreation === "boolean" || x.automaticTimeEntryCreation === null) && haltAt(e, m, "automaticTimeEntryCreation", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.datePeriod !== void 0 && !s119(x.datePeriod, e, m) && haltChild(e, m, n, "datePeriod")) return false;
    if (x.everyoneIncludingNew !== void 0 && !(typeof x.everyoneIncludingNew === "boolean" || x.everyoneIncludingNew === null) && haltAt(e, m, "everyoneIncludingNew", "must be boolean or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    if (x.occursAnnually !== void 0 && !(typeof x.occursAnnually === "boolean" || x.occursAnnually === null) && haltAt(e, m, "occursAnnually", "must be boolean or null"))
      return false;
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    if (x.taskId !== void 0 && !(typeof x.taskId === "string" || x.taskId === null) && haltAt(e, m, "taskId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.userGroupIds !== void 0 && !s14(x.userGroupIds, e, m) && haltChild(e, m, n, "userGroupIds")) return false;
    n = mark(e);
    if (x.userIds !== void 0 && !s14(x.userIds, e, m) && haltChild(e, m, n, "userIds")) return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateHourlyRateDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.amount !== void 0 && !s19(x.amount, e, m) && (own(x, "amount") !== void 0 ? haltChild(e, m, n, "amount") : drop(e, n)))
      return false;
    if (x.currency !== void 0 && !(typeof x.currency === "string" || x.currency === null) && own(x, "currency") !== void 0 && haltAt(e, m, "currency", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateHourlyRateRequest = validateCostRateRequestV1;
const validateHourlyRateRequestV1 = validateCostRateRequestV1;
function s120(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "COMPOUND" || x === "SIMPLE" || x === "NONE") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: COMPOUND, SIMPLE, NONE"))
    return false;
  return e === null || e.length === n0;
}
function validateInvoiceDefaultSettingsDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.companyId !== void 0 && !(typeof x.companyId === "string" || x.companyId === null) && own(x, "companyId") !== void 0 && haltAt(e, m, "companyId", "must be string or null"))
      return false;
    if (x.defaultImportExpenseItemTypeId !== void 0 && !(typeof x.defaultImportExpenseItemTypeId === "string" || x.defaultImportExpenseItemTypeId === null) && own(x, "defaultImportExpenseItemTypeId") !== void 0 && haltAt(e, m, "defaultImportExpenseItemTypeId", "must be string or null"))
      return false;
    if (x.defaultImportTimeItemTypeId !== void 0 && !(typeof x.defaultImportTimeItemTypeId === "string" || x.defaultImportTimeItemTypeId === null) && own(x, "defaultImportTimeItemTypeId") !== void 0 && haltAt(e, m, "defaultImportTimeItemTypeId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.dueDays !== void 0 && !s19(x.dueDays, e, m) && (own(x, "dueDays") !== void 0 ? haltChild(e, m, n, "dueDays") : drop(e, n)))
      return false;
    if (x.itemType !== void 0 && !(typeof x.itemType === "string" || x.itemType === null) && own(x, "itemType") !== void 0 && haltAt(e, m, "itemType", "must be string or null"))
      return false;
    if (x.itemTypeId !== void 0 && !(typeof x.itemTypeId === "string" || x.itemTypeId === null) && own(x, "itemTypeId") !== void 0 && haltAt(e, m, "itemTypeId", "must be string or null"))
      return false;
    if (x.notes !== void 0 && !(typeof x.notes === "string" || x.notes === null) && own(x, "notes") !== void 0 && haltAt(e, m, "notes", "must be string or null"))
      return false;
    if (x.subject !== void 0 && !(typeof x.subject === "string" || x.subject === null) && own(x, "subject") !== void 0 && haltAt(e, m, "subject", "must be string or null"))
      return false;
    n = mark(e);
    if (x.tax !== void 0 && !s18(x.tax, e, m) && (own(x, "tax") !== void 0 ? haltChild(e, m, n, "tax") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.tax2 !== void 0 && !s18(x.tax2, e, m) && (own(x, "tax2") !== void 0 ? haltChild(e, m, n, "tax2") : drop(e, n)))
      return false;
    if (x.tax2Percent !== void 0 && !(Number.isFinite(x.tax2Percent) || x.tax2Percent === null) && own(x, "tax2Percent") !== void 0 && haltAt(e, m, "tax2Percent", "must be number or null"))
      return false;
    if (x.taxPercent !== void 0 && !(Number.isFinite(x.taxPercent) || x.taxPercent === null) && own(x, "taxPercent") !== void 0 && haltAt(e, m, "taxPercent", "must be number or null"))
      return false;
    n = mark(e);
    if (x.taxType !== void 0 && !s120(x.taxType, e, m) && (own(x, "taxType") !== void 0 ? haltChild(e, m, n, "taxType") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
const validateInvoiceDefaultSettingsDtoWrite = validateInvoiceDefaultSettingsDto;
function validateInvoiceDefaultSettingsRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.companyId !== void 0 && typeof x.companyId !== "string" && haltAt(e, m, "companyId", "must be string"))
      return false;
    n = mark(e);
    if (x.dueDays !== void 0 && !s83(x.dueDays, e, m) && haltChild(e, m, n, "dueDays")) return false;
    if (x.itemTypeId !== void 0 && typeof x.itemTypeId !== "string" && haltAt(e, m, "itemTypeId", "must be string"))
      return false;
    if (typeof x.notes !== "string" && haltAt(e, m, "notes", x.notes === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.subject !== "string" && haltAt(e, m, "subject", x.subject === void 0 ? "is required" : "must be string"))
      return false;
    if (x.tax2Percent !== void 0 && !Number.isFinite(x.tax2Percent) && haltAt(e, m, "tax2Percent", "must be number"))
      return false;
    if (x.taxPercent !== void 0 && !Number.isFinite(x.taxPercent) && haltAt(e, m, "taxPercent", "must be number"))
      return false;
    if (x.taxType !== void 0 && !(x.taxType === "COMPOUND" || x.taxType === "SIMPLE" || x.taxType === "NONE") && !(m & 2 && typeof x.taxType === "string") && haltAt(
      e,
      m,
      "taxType",
      typeof x.taxType !== "string" ? "must be string" : "must be one of: COMPOUND, SIMPLE, NONE"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function s121(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "UNSENT" || x === "SENT" || x === "PAID" || x === "PARTIALLY_PAID" || x === "VOID" || x === "OVERDUE") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: UNSENT, SENT, PAID, PARTIALLY_PAID, VOID, OVERDUE"))
    return false;
  return e === null || e.length === n0;
}
function validateInvoiceDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.amount !== void 0 && !s18(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    n = mark(e);
    if (x.balance !== void 0 && !s18(x.balance, e, m) && haltChild(e, m, n, "balance")) return false;
    if (x.clientId !== void 0 && !(typeof x.clientId === "string" || x.clientId === null) && haltAt(e, m, "clientId", "must be string or null"))
      return false;
    if (x.clientName !== void 0 && !(typeof x.clientName === "string" || x.clientName === null) && haltAt(e, m, "clientName", "must be string or null"))
      return false;
    if (x.currency !== void 0 && !(typeof x.currency === "string" || x.currency === null) && haltAt(e, m, "currency", "must be string or null"))
      return false;
    n = mark(e);
    if (x.dueDate !== void 0 && !s13(x.dueDate, e, m) && haltChild(e, m, n, "dueDate")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.issuedDate !== void 0 && !s13(x.issuedDate, e, m) && haltChild(e, m, n, "issuedDate")) return false;
    if (x.number !== void 0 && !(typeof x.number === "string" || x.number === null) && haltAt(e, m, "number", "must be string or null"))
      return false;
    n = mark(e);
    if (x.paid !== void 0 && !s18(x.paid, e, m) && haltChild(e, m, n, "paid")) return false;
    n = mark(e);
    if (x.status !== void 0 && !s121(x.status, e, m) && haltChild(e, m, n, "status")) return false;
  }
  return e === null || e.length === n0;
}
function validateInvoiceExportFields(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.RTL !== void 0 && !(typeof x.RTL === "boolean" || x.RTL === null) && own(x, "RTL") !== void 0 && haltAt(e, m, "RTL", "must be boolean or null"))
      return false;
    if (x.itemType !== void 0 && !(typeof x.itemType === "boolean" || x.itemType === null) && own(x, "itemType") !== void 0 && haltAt(e, m, "itemType", "must be boolean or null"))
      return false;
    if (x.quantity !== void 0 && !(typeof x.quantity === "boolean" || x.quantity === null) && own(x, "quantity") !== void 0 && haltAt(e, m, "quantity", "must be boolean or null"))
      return false;
    if (x.rtl !== void 0 && !(typeof x.rtl === "boolean" || x.rtl === null) && own(x, "rtl") !== void 0 && haltAt(e, m, "rtl", "must be boolean or null"))
      return false;
    if (x.tax !== void 0 && !(typeof x.tax === "boolean" || x.tax === null) && own(x, "tax") !== void 0 && haltAt(e, m, "tax", "must be boolean or null"))
      return false;
    if (x.tax2 !== void 0 && !(typeof x.tax2 === "boolean" || x.tax2 === null) && own(x, "tax2") !== void 0 && haltAt(e, m, "tax2", "must be boolean or null"))
      return false;
    if (x.unitPrice !== void 0 && !(typeof x.unitPrice === "boolean" || x.unitPrice === null) && own(x, "unitPrice") !== void 0 && haltAt(e, m, "unitPrice", "must be boolean or null"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateInvoiceExportFieldsWrite = validateInvoiceExportFields;
function validateInvoiceExportFieldsRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.itemType !== void 0 && typeof x.itemType !== "boolean" && own(x, "itemType") !== void 0 && haltAt(e, m, "itemType", "must be boolean"))
      return false;
    if (x.quantity !== void 0 && typeof x.quantity !== "boolean" && own(x, "quantity") !== void 0 && haltAt(e, m, "quantity", "must be boolean"))
      return false;
    if (x.rtl !== void 0 && typeof x.rtl !== "boolean" && own(x, "rtl") !== void 0 && haltAt(e, m, "rtl", "must be boolean"))
      return false;
    if (x.tax !== void 0 && typeof x.tax !== "boolean" && own(x, "tax") !== void 0 && haltAt(e, m, "tax", "must be boolean"))
      return false;
    if (x.tax2 !== void 0 && typeof x.tax2 !== "boolean" && own(x, "tax2") !== void 0 && haltAt(e, m, "tax2", "must be boolean"))
      return false;
    if (x.unitPrice !== void 0 && typeof x.unitPrice !== "boolean" && own(x, "unitPrice") !== void 0 && haltAt(e, m, "unitPrice", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function s122(x, e, m) {
  const n0 = mark(e);
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      if (!(x[i] === "UNSENT" || x[i] === "SENT" || x[i] === "PAID" || x[i] === "PARTIALLY_PAID" || x[i] === "VOID" || x[i] === "OVERDUE") && !(m & 2 && typeof x[i] === "string") && haltAt(
        e,
        m,
        i,
        typeof x[i] !== "string" ? "must be string" : "must be one of: UNSENT, SENT, PAID, PARTIALLY_PAID, VOID, OVERDUE"
      ))
        return false;
    }
  }
  return e === null || e.length === n0;
}
function validateInvoiceFilterRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.page === void 0 && haltAt(e, m, "page", "is required")) return false;
    if (x.pageSize === void 0 && haltAt(e, m, "pageSize", "is required")) return false;
    n = mark(e);
    if (x.clients !== void 0 && !validateContainsArchivedFilterRequest(x.clients, e, m) && haltChild(e, m, n, "clients"))
      return false;
    n = mark(e);
    if (x.companies !== void 0 && !validateBaseFilterRequest(x.companies, e, m) && haltChild(e, m, n, "companies"))
      return false;
    n = mark(e);
    if (x.exactAmount !== void 0 && !s84(x.exactAmount, e, m) && haltChild(e, m, n, "exactAmount")) return false;
    n = mark(e);
    if (x.exactBalance !== void 0 && !s84(x.exactBalance, e, m) && haltChild(e, m, n, "exactBalance")) return false;
    n = mark(e);
    if (x.greaterThanAmount !== void 0 && !s84(x.greaterThanAmount, e, m) && haltChild(e, m, n, "greaterThanAmount"))
      return false;
    n = mark(e);
    if (x.greaterThanBalance !== void 0 && !s84(x.greaterThanBalance, e, m) && haltChild(e, m, n, "greaterThanBalance"))
      return false;
    if (x.invoiceNumber !== void 0 && typeof x.invoiceNumber !== "string" && haltAt(e, m, "invoiceNumber", "must be string"))
      return false;
    n = mark(e);
    if (x.issueDate !== void 0 && !validateTimeRangeRequestDtoV1(x.issueDate, e, m) && haltChild(e, m, n, "issueDate"))
      return false;
    n = mark(e);
    if (x.lessThanAmount !== void 0 && !s84(x.lessThanAmount, e, m) && haltChild(e, m, n, "lessThanAmount"))
      return false;
    n = mark(e);
    if (x.lessThanBalance !== void 0 && !s84(x.lessThanBalance, e, m) && haltChild(e, m, n, "lessThanBalance"))
      return false;
    n = mark(e);
    if (x.page !== void 0 && !s83(x.page, e, m) && haltChild(e, m, n, "page")) return false;
    n = mark(e);
    if (x.pageSize !== void 0 && !s83(x.pageSize, e, m) && haltChild(e, m, n, "pageSize")) return false;
    if (x.sortColumn !== void 0 && !(x.sortColumn === "ID" || x.sortColumn === "CLIENT" || x.sortColumn === "DUE_ON" || x.sortColumn === "ISSUE_DATE" || x.sortColumn === "AMOUNT" || x.sortColumn === "BALANCE") && !(m & 2 && typeof x.sortColumn === "string") && haltAt(
      e,
      m,
      "sortColumn",
      typeof x.sortColumn !== "string" ? "must be string" : "must be one of: ID, CLIENT, DUE_ON, ISSUE_DATE, AMOUNT, BALANCE"
    ))
      return false;
    if (x.sortOrder !== void 0 && !(x.sortOrder === "ASCENDING" || x.sortOrder === "DESCENDING") && !(m & 2 && typeof x.sortOrder === "string") && haltAt(
      e,
      m,
      "sortOrder",
      typeof x.sortOrder !== "string" ? "must be string" : "must be one of: ASCENDING, DESCENDING"
    ))
      return false;
    n = mark(e);
    if (x.statuses !== void 0 && !s122(x.statuses, e, m) && haltChild(e, m, n, "statuses")) return false;
    if (x.strictSearch !== void 0 && typeof x.strictSearch !== "boolean" && haltAt(e, m, "strictSearch", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function s123(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateInvoiceInfoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateInvoiceInfoResponseDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.invoices !== void 0 && !s123(x.invoices, e, m) && (own(x, "invoices") !== void 0 ? haltChild(e, m, n, "invoices") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.total !== void 0 && !s18(x.total, e, m) && (own(x, "total") !== void 0 ? haltChild(e, m, n, "total") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s124(x, e, m) {
  const n0 = mark(e);
  if (!(validateVisibleZeroFieldsInvoice(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateInvoiceInfoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.amount !== void 0 && !s18(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    n = mark(e);
    if (x.balance !== void 0 && !s18(x.balance, e, m) && haltChild(e, m, n, "balance")) return false;
    if (x.billFrom !== void 0 && !(typeof x.billFrom === "string" || x.billFrom === null) && haltAt(e, m, "billFrom", "must be string or null"))
      return false;
    if (x.clientId !== void 0 && !(typeof x.clientId === "string" || x.clientId === null) && haltAt(e, m, "clientId", "must be string or null"))
      return false;
    if (x.clientName !== void 0 && !(typeof x.clientName === "string" || x.clientName === null) && haltAt(e, m, "clientName", "must be string or null"))
      return false;
    if (x.currency !== void 0 && !(typeof x.currency === "string" || x.currency === null) && haltAt(e, m, "currency", "must be string or null"))
      return false;
    n = mark(e);
    if (x.daysOverdue !== void 0 && !s18(x.daysOverdue, e, m) && haltChild(e, m, n, "daysOverdue")) return false;
    n = mark(e);
    if (x.dueDate !== void 0 && !s13(x.dueDate, e, m) && haltChild(e, m, n, "dueDate")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.issuedDate !== void 0 && !s13(x.issuedDate, e, m) && haltChild(e, m, n, "issuedDate")) return false;
    if (x.number !== void 0 && !(typeof x.number === "string" || x.number === null) && haltAt(e, m, "number", "must be string or null"))
      return false;
    n = mark(e);
    if (x.paid !== void 0 && !s18(x.paid, e, m) && haltChild(e, m, n, "paid")) return false;
    n = mark(e);
    if (x.status !== void 0 && !s121(x.status, e, m) && haltChild(e, m, n, "status")) return false;
    n = mark(e);
    if (x.visibleZeroFields !== void 0 && !s124(x.visibleZeroFields, e, m) && haltChild(e, m, n, "visibleZeroFields"))
      return false;
  }
  return e === null || e.length === n0;
}
function s125(x, e, m) {
  const n0 = mark(e);
  if (!(validateApplyTaxes(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateInvoiceItemDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount === void 0 && haltAt(e, m, "amount", "is required")) return false;
    if (x.order === void 0 && haltAt(e, m, "order", "is required")) return false;
    if (x.quantity === void 0 && haltAt(e, m, "quantity", "is required")) return false;
    if (x.timeEntryIds === void 0 && haltAt(e, m, "timeEntryIds", "is required")) return false;
    if (x.unitPrice === void 0 && haltAt(e, m, "unitPrice", "is required")) return false;
    n = mark(e);
    if (x.amount !== void 0 && !s18(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    n = mark(e);
    if (x.applyTaxes !== void 0 && !s125(x.applyTaxes, e, m) && haltChild(e, m, n, "applyTaxes")) return false;
    if (!(typeof x.description === "string" || x.description === null) && haltAt(e, m, "description", x.description === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.itemType === "string" || x.itemType === null) && haltAt(e, m, "itemType", x.itemType === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.order !== void 0 && !s19(x.order, e, m) && haltChild(e, m, n, "order")) return false;
    n = mark(e);
    if (x.quantity !== void 0 && !s18(x.quantity, e, m) && haltChild(e, m, n, "quantity")) return false;
    n = mark(e);
    if (x.timeEntryIds !== void 0 && !s45(x.timeEntryIds, e, m) && haltChild(e, m, n, "timeEntryIds")) return false;
    n = mark(e);
    if (x.unitPrice !== void 0 && !s18(x.unitPrice, e, m) && haltChild(e, m, n, "unitPrice")) return false;
  }
  return e === null || e.length === n0;
}
function s126(x, e, m) {
  const n0 = mark(e);
  if (!(validateCalculationType(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s127(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateInvoiceItemDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s128(x, e, m) {
  const n0 = mark(e);
  if (!(validateTaxType(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateInvoiceOverviewDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount === void 0 && haltAt(e, m, "amount", "is required")) return false;
    if (x.discountAmount === void 0 && haltAt(e, m, "discountAmount", "is required")) return false;
    if (x.dueDate === void 0 && haltAt(e, m, "dueDate", "is required")) return false;
    if (x.issuedDate === void 0 && haltAt(e, m, "issuedDate", "is required")) return false;
    if (x.items === void 0 && haltAt(e, m, "items", "is required")) return false;
    if (x.status === void 0 && haltAt(e, m, "status", "is required")) return false;
    if (x.subtotal === void 0 && haltAt(e, m, "subtotal", "is required")) return false;
    if (x.tax2Amount === void 0 && haltAt(e, m, "tax2Amount", "is required")) return false;
    if (x.taxAmount === void 0 && haltAt(e, m, "taxAmount", "is required")) return false;
    n = mark(e);
    if (x.amount !== void 0 && !s18(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    n = mark(e);
    if (x.balance !== void 0 && !s18(x.balance, e, m) && haltChild(e, m, n, "balance")) return false;
    if (x.billFrom !== void 0 && !(typeof x.billFrom === "string" || x.billFrom === null) && haltAt(e, m, "billFrom", "must be string or null"))
      return false;
    n = mark(e);
    if (x.calculationType !== void 0 && !s126(x.calculationType, e, m) && haltChild(e, m, n, "calculationType"))
      return false;
    if (!(typeof x.clientAddress === "string" || x.clientAddress === null) && haltAt(e, m, "clientAddress", x.clientAddress === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.clientId === "string" || x.clientId === null) && haltAt(e, m, "clientId", x.clientId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.clientName === "string" || x.clientName === null) && haltAt(e, m, "clientName", x.clientName === void 0 ? "is required" : "must be string or null"))
      return false;
    if (x.companyId !== void 0 && !(typeof x.companyId === "string" || x.companyId === null) && haltAt(e, m, "companyId", "must be string or null"))
      return false;
    if (x.containsImportedExpenses !== void 0 && !(typeof x.containsImportedExpenses === "boolean" || x.containsImportedExpenses === null) && haltAt(e, m, "containsImportedExpenses", "must be boolean or null"))
      return false;
    if (x.containsImportedTimes !== void 0 && !(typeof x.containsImportedTimes === "boolean" || x.containsImportedTimes === null) && haltAt(e, m, "containsImportedTimes", "must be boolean or null"))
      return false;
    if (!(typeof x.currency === "string" || x.currency === null) && haltAt(e, m, "currency", x.currency === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(Number.isFinite(x.discount) || x.discount === null) && haltAt(e, m, "discount", x.discount === void 0 ? "is required" : "must be number or null"))
      return false;
    n = mark(e);
    if (x.discountAmount !== void 0 && !s18(x.discountAmount, e, m) && haltChild(e, m, n, "discountAmount"))
      return false;
    n = mark(e);
    if (x.dueDate !== void 0 && !s13(x.dueDate, e, m) && haltChild(e, m, n, "dueDate")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.issuedDate !== void 0 && !s13(x.issuedDate, e, m) && haltChild(e, m, n, "issuedDate")) return false;
    n = mark(e);
    if (x.items !== void 0 && !s127(x.items, e, m) && haltChild(e, m, n, "items")) return false;
    if (!(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", x.note === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.number === "string" || x.number === null) && haltAt(e, m, "number", x.number === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.paid !== void 0 && !s18(x.paid, e, m) && haltChild(e, m, n, "paid")) return false;
    n = mark(e);
    if (x.status !== void 0 && !s121(x.status, e, m) && haltChild(e, m, n, "status")) return false;
    if (!(typeof x.subject === "string" || x.subject === null) && haltAt(e, m, "subject", x.subject === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.subtotal !== void 0 && !s18(x.subtotal, e, m) && haltChild(e, m, n, "subtotal")) return false;
    if (!(Number.isFinite(x.tax) || x.tax === null) && haltAt(e, m, "tax", x.tax === void 0 ? "is required" : "must be number or null"))
      return false;
    if (!(Number.isFinite(x.tax2) || x.tax2 === null) && haltAt(e, m, "tax2", x.tax2 === void 0 ? "is required" : "must be number or null"))
      return false;
    n = mark(e);
    if (x.tax2Amount !== void 0 && !s18(x.tax2Amount, e, m) && haltChild(e, m, n, "tax2Amount")) return false;
    n = mark(e);
    if (x.taxAmount !== void 0 && !s18(x.taxAmount, e, m) && haltChild(e, m, n, "taxAmount")) return false;
    n = mark(e);
    if (x.taxType !== void 0 && !s128(x.taxType, e, m) && haltChild(e, m, n, "taxType")) return false;
    if (!(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.visibleZeroFields !== void 0 && !s124(x.visibleZeroFields, e, m) && haltChild(e, m, n, "visibleZeroFields"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateInvoicePaymentDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.amount !== void 0 && !s18(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    if (x.author !== void 0 && !(typeof x.author === "string" || x.author === null) && haltAt(e, m, "author", "must be string or null"))
      return false;
    n = mark(e);
    if (x.date !== void 0 && !s13(x.date, e, m) && haltChild(e, m, n, "date")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.note !== void 0 && !(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s129(x, e, m) {
  const n0 = mark(e);
  if (!(validateInvoiceDefaultSettingsDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s130(x, e, m) {
  const n0 = mark(e);
  if (!(validateInvoiceExportFields(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s131(x, e, m) {
  const n0 = mark(e);
  if (!(validateLabelsCustomization(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateInvoiceSettingsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.defaults !== void 0 && !s129(x.defaults, e, m) && (own(x, "defaults") !== void 0 ? haltChild(e, m, n, "defaults") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.exportFields !== void 0 && !s130(x.exportFields, e, m) && (own(x, "exportFields") !== void 0 ? haltChild(e, m, n, "exportFields") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.labels !== void 0 && !s131(x.labels, e, m) && (own(x, "labels") !== void 0 ? haltChild(e, m, n, "labels") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s132(x, e, m) {
  const n0 = mark(e);
  if (!(validateInvoiceDefaultSettingsDtoWrite(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s133(x, e, m) {
  const n0 = mark(e);
  if (!(validateInvoiceExportFieldsWrite(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateInvoiceSettingsDtoV1Write(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.defaults !== void 0 && !s132(x.defaults, e, m) && (own(x, "defaults") !== void 0 ? haltChild(e, m, n, "defaults") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.exportFields !== void 0 && !s133(x.exportFields, e, m) && (own(x, "exportFields") !== void 0 ? haltChild(e, m, n, "exportFields") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.labels !== void 0 && !s131(x.labels, e, m) && (own(x, "labels") !== void 0 ? haltChild(e, m, n, "labels") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s134(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateInvoiceDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateInvoicesListDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.invoices !== void 0 && !s134(x.invoices, e, m) && (own(x, "invoices") !== void 0 ? haltChild(e, m, n, "invoices") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.total !== void 0 && !s18(x.total, e, m) && (own(x, "total") !== void 0 ? haltChild(e, m, n, "total") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateLabelsCustomization(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.amount !== void 0 && !(typeof x.amount === "string" || x.amount === null) && own(x, "amount") !== void 0 && haltAt(e, m, "amount", "must be string or null"))
      return false;
    if (x.billFrom !== void 0 && !(typeof x.billFrom === "string" || x.billFrom === null) && own(x, "billFrom") !== void 0 && haltAt(e, m, "billFrom", "must be string or null"))
      return false;
    if (x.billTo !== void 0 && !(typeof x.billTo === "string" || x.billTo === null) && own(x, "billTo") !== void 0 && haltAt(e, m, "billTo", "must be string or null"))
      return false;
    if (x.description !== void 0 && !(typeof x.description === "string" || x.description === null) && own(x, "description") !== void 0 && haltAt(e, m, "description", "must be string or null"))
      return false;
    if (x.discount !== void 0 && !(typeof x.discount === "string" || x.discount === null) && own(x, "discount") !== void 0 && haltAt(e, m, "discount", "must be string or null"))
      return false;
    if (x.dueDate !== void 0 && !(typeof x.dueDate === "string" || x.dueDate === null) && own(x, "dueDate") !== void 0 && haltAt(e, m, "dueDate", "must be string or null"))
      return false;
    if (x.issueDate !== void 0 && !(typeof x.issueDate === "string" || x.issueDate === null) && own(x, "issueDate") !== void 0 && haltAt(e, m, "issueDate", "must be string or null"))
      return false;
    if (x.itemType !== void 0 && !(typeof x.itemType === "string" || x.itemType === null) && own(x, "itemType") !== void 0 && haltAt(e, m, "itemType", "must be string or null"))
      return false;
    if (x.notes !== void 0 && !(typeof x.notes === "string" || x.notes === null) && own(x, "notes") !== void 0 && haltAt(e, m, "notes", "must be string or null"))
      return false;
    if (x.paid !== void 0 && !(typeof x.paid === "string" || x.paid === null) && own(x, "paid") !== void 0 && haltAt(e, m, "paid", "must be string or null"))
      return false;
    if (x.quantity !== void 0 && !(typeof x.quantity === "string" || x.quantity === null) && own(x, "quantity") !== void 0 && haltAt(e, m, "quantity", "must be string or null"))
      return false;
    if (x.subtotal !== void 0 && !(typeof x.subtotal === "string" || x.subtotal === null) && own(x, "subtotal") !== void 0 && haltAt(e, m, "subtotal", "must be string or null"))
      return false;
    if (x.tax !== void 0 && !(typeof x.tax === "string" || x.tax === null) && own(x, "tax") !== void 0 && haltAt(e, m, "tax", "must be string or null"))
      return false;
    if (x.tax2 !== void 0 && !(typeof x.tax2 === "string" || x.tax2 === null) && own(x, "tax2") !== void 0 && haltAt(e, m, "tax2", "must be string or null"))
      return false;
    if (x.total !== void 0 && !(typeof x.total === "string" || x.total === null) && own(x, "total") !== void 0 && haltAt(e, m, "total", "must be string or null"))
      return false;
    if (x.totalAmount !== void 0 && !(typeof x.totalAmount === "string" || x.totalAmount === null) && own(x, "totalAmount") !== void 0 && haltAt(e, m, "totalAmount", "must be string or null"))
      return false;
    if (x.unitPrice !== void 0 && !(typeof x.unitPrice === "string" || x.unitPrice === null) && own(x, "unitPrice") !== void 0 && haltAt(e, m, "unitPrice", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s135(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 0 || x.length < 0 && len(x) < 0) && halt(e, m, "must have at least 0 characters")) return false;
    if (x.length > 20 && len(x) > 20 && halt(e, m, "must have at most 20 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateLabelsCustomizationRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount === void 0 && haltAt(e, m, "amount", "is required")) return false;
    if (x.billFrom === void 0 && haltAt(e, m, "billFrom", "is required")) return false;
    if (x.billTo === void 0 && haltAt(e, m, "billTo", "is required")) return false;
    if (x.description === void 0 && haltAt(e, m, "description", "is required")) return false;
    if (x.discount === void 0 && haltAt(e, m, "discount", "is required")) return false;
    if (x.dueDate === void 0 && haltAt(e, m, "dueDate", "is required")) return false;
    if (x.issueDate === void 0 && haltAt(e, m, "issueDate", "is required")) return false;
    if (x.itemType === void 0 && haltAt(e, m, "itemType", "is required")) return false;
    if (x.notes === void 0 && haltAt(e, m, "notes", "is required")) return false;
    if (x.paid === void 0 && haltAt(e, m, "paid", "is required")) return false;
    if (x.quantity === void 0 && haltAt(e, m, "quantity", "is required")) return false;
    if (x.subtotal === void 0 && haltAt(e, m, "subtotal", "is required")) return false;
    if (x.tax === void 0 && haltAt(e, m, "tax", "is required")) return false;
    if (x.tax2 === void 0 && haltAt(e, m, "tax2", "is required")) return false;
    if (x.total === void 0 && haltAt(e, m, "total", "is required")) return false;
    if (x.totalAmountDue === void 0 && haltAt(e, m, "totalAmountDue", "is required")) return false;
    if (x.unitPrice === void 0 && haltAt(e, m, "unitPrice", "is required")) return false;
    n = mark(e);
    if (x.amount !== void 0 && !s135(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    n = mark(e);
    if (x.billFrom !== void 0 && !s135(x.billFrom, e, m) && haltChild(e, m, n, "billFrom")) return false;
    n = mark(e);
    if (x.billTo !== void 0 && !s135(x.billTo, e, m) && haltChild(e, m, n, "billTo")) return false;
    n = mark(e);
    if (x.description !== void 0 && !s135(x.description, e, m) && haltChild(e, m, n, "description")) return false;
    n = mark(e);
    if (x.discount !== void 0 && !s135(x.discount, e, m) && haltChild(e, m, n, "discount")) return false;
    n = mark(e);
    if (x.dueDate !== void 0 && !s135(x.dueDate, e, m) && haltChild(e, m, n, "dueDate")) return false;
    n = mark(e);
    if (x.issueDate !== void 0 && !s135(x.issueDate, e, m) && haltChild(e, m, n, "issueDate")) return false;
    n = mark(e);
    if (x.itemType !== void 0 && !s135(x.itemType, e, m) && haltChild(e, m, n, "itemType")) return false;
    n = mark(e);
    if (x.notes !== void 0 && !s135(x.notes, e, m) && haltChild(e, m, n, "notes")) return false;
    n = mark(e);
    if (x.paid !== void 0 && !s135(x.paid, e, m) && haltChild(e, m, n, "paid")) return false;
    n = mark(e);
    if (x.quantity !== void 0 && !s135(x.quantity, e, m) && haltChild(e, m, n, "quantity")) return false;
    n = mark(e);
    if (x.subtotal !== void 0 && !s135(x.subtotal, e, m) && haltChild(e, m, n, "subtotal")) return false;
    n = mark(e);
    if (x.tax !== void 0 && !s135(x.tax, e, m) && haltChild(e, m, n, "tax")) return false;
    n = mark(e);
    if (x.tax2 !== void 0 && !s135(x.tax2, e, m) && haltChild(e, m, n, "tax2")) return false;
    n = mark(e);
    if (x.total !== void 0 && !s135(x.total, e, m) && haltChild(e, m, n, "total")) return false;
    n = mark(e);
    if (x.totalAmountDue !== void 0 && !s135(x.totalAmountDue, e, m) && haltChild(e, m, n, "totalAmountDue"))
      return false;
    n = mark(e);
    if (x.unitPrice !== void 0 && !s135(x.unitPrice, e, m) && haltChild(e, m, n, "unitPrice")) return false;
  }
  return e === null || e.length === n0;
}
function s136(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
    if (x.email !== void 0 && typeof x.email !== "string" && own(x, "email") !== void 0 && haltAt(e, m, "email", "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.profilePicture !== void 0 && typeof x.profilePicture !== "string" && own(x, "profilePicture") !== void 0 && haltAt(e, m, "profilePicture", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateLimitedUsersAddedToWorkspaceWebhookEvent(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.invitedUserNames === void 0 && haltAt(e, m, "invitedUserNames", "is required")) return false;
    if (x.inviter === void 0 && haltAt(e, m, "inviter", "is required")) return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.inviter !== void 0 && !s136(x.inviter, e, m) && haltChild(e, m, n, "inviter")) return false;
    n = mark(e);
    if (x.invitedUserNames !== void 0 && !s45(x.invitedUserNames, e, m) && haltChild(e, m, n, "invitedUserNames"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateLocalTime(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.hour !== void 0 && !s19(x.hour, e, m) && (own(x, "hour") !== void 0 ? haltChild(e, m, n, "hour") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.minute !== void 0 && !s19(x.minute, e, m) && (own(x, "minute") !== void 0 ? haltChild(e, m, n, "minute") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.nano !== void 0 && !s19(x.nano, e, m) && (own(x, "nano") !== void 0 ? haltChild(e, m, n, "nano") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.second !== void 0 && !s19(x.second, e, m) && (own(x, "second") !== void 0 ? haltChild(e, m, n, "second") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateLogBinDocumentDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.deletedAt !== void 0 && !s13(x.deletedAt, e, m) && haltChild(e, m, n, "deletedAt")) return false;
    if (x.deletionBinId !== void 0 && !(typeof x.deletionBinId === "string" || x.deletionBinId === null) && haltAt(e, m, "deletionBinId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.document !== void 0 && !s67(x.document, e, m) && haltChild(e, m, n, "document")) return false;
    n = mark(e);
    if (x.documentType !== void 0 && !s75(x.documentType, e, m) && haltChild(e, m, n, "documentType")) return false;
    if (x.eligibleForRestore !== void 0 && !(typeof x.eligibleForRestore === "boolean" || x.eligibleForRestore === null) && haltAt(e, m, "eligibleForRestore", "must be boolean or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s137(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateWeekDay(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s138(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateUserCustomFieldValueFullDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateMemberProfileDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.email !== void 0 && typeof x.email !== "string" && own(x, "email") !== void 0 && haltAt(e, m, "email", "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.imageUrl !== void 0 && typeof x.imageUrl !== "string" && own(x, "imageUrl") !== void 0 && haltAt(e, m, "imageUrl", "must be string"))
      return false;
    if (x.hasPassword !== void 0 && typeof x.hasPassword !== "boolean" && own(x, "hasPassword") !== void 0 && haltAt(e, m, "hasPassword", "must be boolean"))
      return false;
    if (x.hasPendingApprovalRequest !== void 0 && typeof x.hasPendingApprovalRequest !== "boolean" && own(x, "hasPendingApprovalRequest") !== void 0 && haltAt(e, m, "hasPendingApprovalRequest", "must be boolean"))
      return false;
    n = mark(e);
    if (x.weekStart !== void 0 && !validateWeekDay(x.weekStart, e, m) && (own(x, "weekStart") !== void 0 ? haltChild(e, m, n, "weekStart") : drop(e, n)))
      return false;
    if (x.workCapacity !== void 0 && typeof x.workCapacity !== "string" && own(x, "workCapacity") !== void 0 && haltAt(e, m, "workCapacity", "must be string"))
      return false;
    n = mark(e);
    if (x.workingDays !== void 0 && !s137(x.workingDays, e, m) && (own(x, "workingDays") !== void 0 ? haltChild(e, m, n, "workingDays") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.workspaceNumber !== void 0 && !s83(x.workspaceNumber, e, m) && (own(x, "workspaceNumber") !== void 0 ? haltChild(e, m, n, "workspaceNumber") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.userCustomFieldValues !== void 0 && !s138(x.userCustomFieldValues, e, m) && (own(x, "userCustomFieldValues") !== void 0 ? haltChild(e, m, n, "userCustomFieldValues") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s139(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 1 || x.length < 2 && len(x) < 1) && halt(e, m, "must have at least 1 characters")) return false;
    if (x.length > 100 && len(x) > 100 && halt(e, m, "must have at most 100 characters")) return false;
  }
  return e === null || e.length === n0;
}
function s140(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateUpsertUserCustomFieldRequest(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateMemberProfileFullRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.imageUrl !== void 0 && typeof x.imageUrl !== "string" && own(x, "imageUrl") !== void 0 && haltAt(e, m, "imageUrl", "must be string"))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s139(x.name, e, m) && (own(x, "name") !== void 0 ? haltChild(e, m, n, "name") : drop(e, n)))
      return false;
    if (x.removeProfileImage !== void 0 && typeof x.removeProfileImage !== "boolean" && own(x, "removeProfileImage") !== void 0 && haltAt(e, m, "removeProfileImage", "must be boolean"))
      return false;
    n = mark(e);
    if (x.userCustomFields !== void 0 && !s140(x.userCustomFields, e, m) && (own(x, "userCustomFields") !== void 0 ? haltChild(e, m, n, "userCustomFields") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.weekStart !== void 0 && !validateWeekDay(x.weekStart, e, m) && (own(x, "weekStart") !== void 0 ? haltChild(e, m, n, "weekStart") : drop(e, n)))
      return false;
    if (x.workCapacity !== void 0 && typeof x.workCapacity !== "string" && own(x, "workCapacity") !== void 0 && haltAt(e, m, "workCapacity", "must be string"))
      return false;
    n = mark(e);
    if (x.workingDays !== void 0 && !s137(x.workingDays, e, m) && (own(x, "workingDays") !== void 0 ? haltChild(e, m, n, "workingDays") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateMembershipDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.userId !== void 0 && typeof x.userId !== "string" && own(x, "userId") !== void 0 && haltAt(e, m, "userId", "must be string"))
      return false;
    if (x.targetId !== void 0 && typeof x.targetId !== "string" && own(x, "targetId") !== void 0 && haltAt(e, m, "targetId", "must be string"))
      return false;
    n = mark(e);
    if (x.membershipType !== void 0 && !validateMembershipType(x.membershipType, e, m) && (own(x, "membershipType") !== void 0 ? haltChild(e, m, n, "membershipType") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.membershipStatus !== void 0 && !validateMembershipStatus(x.membershipStatus, e, m) && (own(x, "membershipStatus") !== void 0 ? haltChild(e, m, n, "membershipStatus") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !validateRateDtoV1(x.hourlyRate, e, m) && (own(x, "hourlyRate") !== void 0 ? haltChild(e, m, n, "hourlyRate") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.costRate !== void 0 && !validateRateDtoV1(x.costRate, e, m) && (own(x, "costRate") !== void 0 ? haltChild(e, m, n, "costRate") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateMembershipRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.hourlyRate !== void 0 && !validateHourlyRateRequest(x.hourlyRate, e, m) && (own(x, "hourlyRate") !== void 0 ? haltChild(e, m, n, "hourlyRate") : drop(e, n)))
      return false;
    if (x.membershipStatus !== void 0 && !(x.membershipStatus === "PENDING" || x.membershipStatus === "ACTIVE" || x.membershipStatus === "DECLINED" || x.membershipStatus === "INACTIVE" || x.membershipStatus === "ALL") && !(m & 2 && typeof x.membershipStatus === "string") && own(x, "membershipStatus") !== void 0 && haltAt(
      e,
      m,
      "membershipStatus",
      typeof x.membershipStatus !== "string" ? "must be string" : "must be one of: PENDING, ACTIVE, DECLINED, INACTIVE, ALL"
    ))
      return false;
    if (x.membershipType !== void 0 && !(x.membershipType === "WORKSPACE" || x.membershipType === "PROJECT" || x.membershipType === "USERGROUP") && !(m & 2 && typeof x.membershipType === "string") && own(x, "membershipType") !== void 0 && haltAt(
      e,
      m,
      "membershipType",
      typeof x.membershipType !== "string" ? "must be string" : "must be one of: WORKSPACE, PROJECT, USERGROUP"
    ))
      return false;
    if (x.userId !== void 0 && typeof x.userId !== "string" && own(x, "userId") !== void 0 && haltAt(e, m, "userId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateMembershipStatus(x, e, m) {
  const n0 = mark(e);
  if (!(x === "PENDING" || x === "ACTIVE" || x === "DECLINED" || x === "INACTIVE" || x === "ALL") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: PENDING, ACTIVE, DECLINED, INACTIVE, ALL"))
    return false;
  return e === null || e.length === n0;
}
function validateMembershipType(x, e, m) {
  const n0 = mark(e);
  if (!(x === "WORKSPACE" || x === "PROJECT" || x === "USERGROUP") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: WORKSPACE, PROJECT, USERGROUP"))
    return false;
  return e === null || e.length === n0;
}
function validateMembershipsInclude(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ALL" || x === "NONE" || x === "WORKSPACE" || x === "PROJECT" || x === "USERGROUP") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: ALL, NONE, WORKSPACE, PROJECT, USERGROUP"))
    return false;
  return e === null || e.length === n0;
}
function validateMilestoneDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.date !== void 0 && !s13(x.date, e, m) && haltChild(e, m, n, "date")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateNegativeBalanceDto(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.amount !== void 0 && !(Number.isFinite(x.amount) || x.amount === null) && own(x, "amount") !== void 0 && haltAt(e, m, "amount", "must be number or null"))
      return false;
    if (x.period !== void 0 && !(typeof x.period === "string" || x.period === null) && own(x, "period") !== void 0 && haltAt(e, m, "period", "must be string or null"))
      return false;
    if (x.timeUnit !== void 0 && !(typeof x.timeUnit === "string" || x.timeUnit === null) && own(x, "timeUnit") !== void 0 && haltAt(e, m, "timeUnit", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateNegativeBalanceRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount === void 0 && haltAt(e, m, "amount", "is required")) return false;
    n = mark(e);
    if (x.amount !== void 0 && !s35(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    if (x.amountValidForTimeUnit !== void 0 && typeof x.amountValidForTimeUnit !== "boolean" && haltAt(e, m, "amountValidForTimeUnit", "must be boolean"))
      return false;
    if (x.period !== void 0 && !(x.period === "MONTH" || x.period === "YEAR") && !(m & 2 && typeof x.period === "string") && haltAt(e, m, "period", typeof x.period !== "string" ? "must be string" : "must be one of: MONTH, YEAR"))
      return false;
    if (x.timeUnit !== void 0 && !(x.timeUnit === "DAYS" || x.timeUnit === "HOURS") && !(m & 2 && typeof x.timeUnit === "string") && haltAt(e, m, "timeUnit", typeof x.timeUnit !== "string" ? "must be string" : "must be one of: DAYS, HOURS"))
      return false;
  }
  return e === null || e.length === n0;
}
function s141(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateLogBinDocumentDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validatePageableCollectionLogBinDocumentDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.response !== void 0 && !s141(x.response, e, m) && (own(x, "response") !== void 0 ? haltChild(e, m, n, "response") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validatePatchProjectTemplateRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.isTemplate !== void 0 && typeof x.isTemplate !== "boolean" && own(x, "isTemplate") !== void 0 && haltAt(e, m, "isTemplate", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function validatePeriod(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.end !== void 0 && !s13(x.end, e, m) && (own(x, "end") !== void 0 ? haltChild(e, m, n, "end") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.start !== void 0 && !s13(x.start, e, m) && (own(x, "start") !== void 0 ? haltChild(e, m, n, "start") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s142(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x < 1 && halt(e, m, "must be >= 1")) return false;
    if (x > 999 && halt(e, m, "must be <= 999")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function validatePeriodV1Request(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.days !== void 0 && !s142(x.days, e, m) && (own(x, "days") !== void 0 ? haltChild(e, m, n, "days") : drop(e, n)))
      return false;
    if (x.end !== void 0 && typeof x.end !== "string" && own(x, "end") !== void 0 && haltAt(e, m, "end", "must be string"))
      return false;
    if (x.start !== void 0 && typeof x.start !== "string" && own(x, "start") !== void 0 && haltAt(e, m, "start", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s143(x, e, m) {
  const n0 = mark(e);
  if (!(validateApproveDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s144(x, e, m) {
  const n0 = mark(e);
  if (!(validateAutomaticAccrualDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s145(x, e, m) {
  const n0 = mark(e);
  if (!(validateNegativeBalanceDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validatePolicyDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.allowHalfDay !== void 0 && !(typeof x.allowHalfDay === "boolean" || x.allowHalfDay === null) && haltAt(e, m, "allowHalfDay", "must be boolean or null"))
      return false;
    if (x.allowNegativeBalance !== void 0 && !(typeof x.allowNegativeBalance === "boolean" || x.allowNegativeBalance === null) && haltAt(e, m, "allowNegativeBalance", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.approve !== void 0 && !s143(x.approve, e, m) && haltChild(e, m, n, "approve")) return false;
    if (x.archived !== void 0 && !(typeof x.archived === "boolean" || x.archived === null) && haltAt(e, m, "archived", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.automaticAccrual !== void 0 && !s144(x.automaticAccrual, e, m) && haltChild(e, m, n, "automaticAccrual"))
      return false;
    n = mark(e);
    if (x.automaticTimeEntryCreation !== void 0 && !s118(x.automaticTimeEntryCreation, e, m) && haltChild(e, m, n, "automaticTimeEntryCreation"))
      return false;
    if (x.everyoneIncludingNew !== void 0 && !(typeof x.everyoneIncludingNew === "boolean" || x.everyoneIncludingNew === null) && haltAt(e, m, "everyoneIncludingNew", "must be boolean or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    n = mark(e);
    if (x.negativeBalance !== void 0 && !s145(x.negativeBalance, e, m) && haltChild(e, m, n, "negativeBalance"))
      return false;
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.timeUnit !== void 0 && !s34(x.timeUnit, e, m) && haltChild(e, m, n, "timeUnit")) return false;
    n = mark(e);
    if (x.userGroupIds !== void 0 && !s14(x.userGroupIds, e, m) && haltChild(e, m, n, "userGroupIds")) return false;
    n = mark(e);
    if (x.userIds !== void 0 && !s14(x.userIds, e, m) && haltChild(e, m, n, "userIds")) return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s146(x, e, m) {
  const n0 = mark(e);
  if (!(validateEstimateWithOptionsDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s147(x, e, m) {
  const n0 = mark(e);
  if (!(validateRateDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s148(x, e, m) {
  const n0 = mark(e);
  if (!(validateEstimateDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s149(x, e, m) {
  const n0 = mark(e);
  if (!(validateEstimateResetDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s150(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateMembershipDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s151(x, e, m) {
  const n0 = mark(e);
  if (!(validateTimeEstimateDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s152(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.projectId !== void 0 && typeof x.projectId !== "string" && own(x, "projectId") !== void 0 && haltAt(e, m, "projectId", "must be string"))
      return false;
    if (x.assigneeId !== void 0 && typeof x.assigneeId !== "string" && own(x, "assigneeId") !== void 0 && haltAt(e, m, "assigneeId", "must be string"))
      return false;
    if (x.assigneeIds !== void 0 && !Array.isArray(x.assigneeIds) && own(x, "assigneeIds") !== void 0 && haltAt(e, m, "assigneeIds", "must be array"))
      return false;
    if (x.userGroupIds !== void 0 && !Array.isArray(x.userGroupIds) && own(x, "userGroupIds") !== void 0 && haltAt(e, m, "userGroupIds", "must be array"))
      return false;
    if (x.estimate !== void 0 && typeof x.estimate !== "string" && own(x, "estimate") !== void 0 && haltAt(e, m, "estimate", "must be string"))
      return false;
    if (x.duration !== void 0 && typeof x.duration !== "string" && own(x, "duration") !== void 0 && haltAt(e, m, "duration", "must be string"))
      return false;
    if (x.status !== void 0 && typeof x.status !== "string" && own(x, "status") !== void 0 && haltAt(e, m, "status", "must be string"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && own(x, "workspaceId") !== void 0 && haltAt(e, m, "workspaceId", "must be string"))
      return false;
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s153(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!s152(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s154(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && own(x, "workspaceId") !== void 0 && haltAt(e, m, "workspaceId", "must be string"))
      return false;
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && own(x, "archived") !== void 0 && haltAt(e, m, "archived", "must be boolean"))
      return false;
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateProjectDtoImplV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.estimate === void 0 && haltAt(e, m, "estimate", "is required")) return false;
    if (x.hourlyRate === void 0 && haltAt(e, m, "hourlyRate", "is required")) return false;
    if (typeof x.archived !== "boolean" && haltAt(e, m, "archived", x.archived === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.billable !== "boolean" && haltAt(e, m, "billable", x.billable === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.budgetEstimate !== void 0 && !s146(x.budgetEstimate, e, m) && haltChild(e, m, n, "budgetEstimate"))
      return false;
    if (!(typeof x.clientId === "string" || x.clientId === null) && haltAt(e, m, "clientId", x.clientId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.clientName === "string" || x.clientName === null) && haltAt(e, m, "clientName", x.clientName === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.color === "string" || x.color === null) && haltAt(e, m, "color", x.color === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.costRate !== void 0 && !s147(x.costRate, e, m) && haltChild(e, m, n, "costRate")) return false;
    if (!(typeof x.duration === "string" || x.duration === null) && haltAt(e, m, "duration", x.duration === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.estimate !== void 0 && !s148(x.estimate, e, m) && haltChild(e, m, n, "estimate")) return false;
    n = mark(e);
    if (x.estimateReset !== void 0 && !s149(x.estimateReset, e, m) && haltChild(e, m, n, "estimateReset"))
      return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !s147(x.hourlyRate, e, m) && haltChild(e, m, n, "hourlyRate")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.isPublic !== void 0 && !(typeof x.isPublic === "boolean" || x.isPublic === null) && haltAt(e, m, "isPublic", "must be boolean or null"))
      return false;
    if (x.isTemplate !== void 0 && !(typeof x.isTemplate === "boolean" || x.isTemplate === null) && haltAt(e, m, "isTemplate", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.memberships !== void 0 && !s150(x.memberships, e, m) && haltChild(e, m, n, "memberships")) return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", x.note === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.public !== "boolean" && haltAt(e, m, "public", x.public === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.template !== "boolean" && haltAt(e, m, "template", x.template === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.timeEstimate !== void 0 && !s151(x.timeEstimate, e, m) && haltChild(e, m, n, "timeEstimate")) return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.tasks !== void 0 && !s153(x.tasks, e, m) && haltChild(e, m, n, "tasks")) return false;
    n = mark(e);
    if (x.client !== void 0 && !s154(x.client, e, m) && haltChild(e, m, n, "client")) return false;
  }
  return e === null || e.length === n0;
}
const validateProjectDtoImplV1Write = validateProjectDtoImplV1;
function validateProjectDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.color !== void 0 && !(typeof x.color === "string" || x.color === null) && haltAt(e, m, "color", "must be string or null"))
      return false;
    if (x.duration !== void 0 && !(typeof x.duration === "string" || x.duration === null) && haltAt(e, m, "duration", "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.memberships !== void 0 && !s150(x.memberships, e, m) && haltChild(e, m, n, "memberships")) return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    if (x.note !== void 0 && !(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", "must be string or null"))
      return false;
    if (x.public !== void 0 && !(typeof x.public === "boolean" || x.public === null) && haltAt(e, m, "public", "must be boolean or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateProjectEstimateRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.budgetEstimate !== void 0 && !validateEstimateWithOptionsRequest(x.budgetEstimate, e, m) && (own(x, "budgetEstimate") !== void 0 ? haltChild(e, m, n, "budgetEstimate") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.estimateReset !== void 0 && !validateEstimateResetRequest(x.estimateReset, e, m) && (own(x, "estimateReset") !== void 0 ? haltChild(e, m, n, "estimateReset") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.timeEstimate !== void 0 && !validateTimeEstimateRequest(x.timeEstimate, e, m) && (own(x, "timeEstimate") !== void 0 ? haltChild(e, m, n, "timeEstimate") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateProjectEstimateRequestWrite(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.budgetEstimate !== void 0 && !validateEstimateWithOptionsRequest(x.budgetEstimate, e, m) && (own(x, "budgetEstimate") !== void 0 ? haltChild(e, m, n, "budgetEstimate") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.estimateReset !== void 0 && !validateEstimateResetRequestWrite(x.estimateReset, e, m) && (own(x, "estimateReset") !== void 0 ? haltChild(e, m, n, "estimateReset") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.timeEstimate !== void 0 && !validateTimeEstimateRequest(x.timeEstimate, e, m) && (own(x, "timeEstimate") !== void 0 ? haltChild(e, m, n, "timeEstimate") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateProjectInfoDto(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.clientId !== void 0 && !(typeof x.clientId === "string" || x.clientId === null) && haltAt(e, m, "clientId", "must be string or null"))
      return false;
    if (x.clientName !== void 0 && !(typeof x.clientName === "string" || x.clientName === null) && haltAt(e, m, "clientName", "must be string or null"))
      return false;
    if (x.color !== void 0 && !(typeof x.color === "string" || x.color === null) && haltAt(e, m, "color", "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
  }
  return e === null || e.length === n0;
}
function s155(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateMembershipRequest(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s156(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 2 || x.length < 4 && len(x) < 2) && halt(e, m, "must have at least 2 characters")) return false;
    if (x.length > 250 && len(x) > 250 && halt(e, m, "must have at most 250 characters")) return false;
  }
  return e === null || e.length === n0;
}
function s157(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if (x.length > 16384 && len(x) > 16384 && halt(e, m, "must have at most 16384 characters")) return false;
  }
  return e === null || e.length === n0;
}
function s158(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTaskRequest(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateProjectRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && own(x, "billable") !== void 0 && haltAt(e, m, "billable", "must be boolean"))
      return false;
    if (x.clientId !== void 0 && typeof x.clientId !== "string" && own(x, "clientId") !== void 0 && haltAt(e, m, "clientId", "must be string"))
      return false;
    n = mark(e);
    if (x.color !== void 0 && !s55(x.color, e, m) && (own(x, "color") !== void 0 ? haltChild(e, m, n, "color") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.costRate !== void 0 && !validateCostRateRequestV1(x.costRate, e, m) && (own(x, "costRate") !== void 0 ? haltChild(e, m, n, "costRate") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.estimate !== void 0 && !validateEstimateRequest(x.estimate, e, m) && (own(x, "estimate") !== void 0 ? haltChild(e, m, n, "estimate") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !validateHourlyRateRequestV1(x.hourlyRate, e, m) && (own(x, "hourlyRate") !== void 0 ? haltChild(e, m, n, "hourlyRate") : drop(e, n)))
      return false;
    if (x.isPublic !== void 0 && typeof x.isPublic !== "boolean" && own(x, "isPublic") !== void 0 && haltAt(e, m, "isPublic", "must be boolean"))
      return false;
    n = mark(e);
    if (x.memberships !== void 0 && !s155(x.memberships, e, m) && (own(x, "memberships") !== void 0 ? haltChild(e, m, n, "memberships") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s156(x.name, e, m) && (own(x, "name") !== void 0 ? haltChild(e, m, n, "name") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s157(x.note, e, m) && (own(x, "note") !== void 0 ? haltChild(e, m, n, "note") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.tasks !== void 0 && !s158(x.tasks, e, m) && (own(x, "tasks") !== void 0 ? haltChild(e, m, n, "tasks") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateProjectTotalsRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.end === void 0 && haltAt(e, m, "end", "is required")) return false;
    if (x.start === void 0 && haltAt(e, m, "start", "is required")) return false;
    n = mark(e);
    if (x.end !== void 0 && !s52(x.end, e, m) && haltChild(e, m, n, "end")) return false;
    n = mark(e);
    if (x.page !== void 0 && !s83(x.page, e, m) && haltChild(e, m, n, "page")) return false;
    n = mark(e);
    if (x.pageSize !== void 0 && !s114(x.pageSize, e, m) && haltChild(e, m, n, "pageSize")) return false;
    if (x.search !== void 0 && typeof x.search !== "string" && haltAt(e, m, "search", "must be string"))
      return false;
    n = mark(e);
    if (x.start !== void 0 && !s52(x.start, e, m) && haltChild(e, m, n, "start")) return false;
    if (x.statusFilter !== void 0 && !(x.statusFilter === "PUBLISHED" || x.statusFilter === "UNPUBLISHED" || x.statusFilter === "ALL") && !(m & 2 && typeof x.statusFilter === "string") && haltAt(
      e,
      m,
      "statusFilter",
      typeof x.statusFilter !== "string" ? "must be string" : "must be one of: PUBLISHED, UNPUBLISHED, ALL"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function validatePublishAssignmentsRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.end !== "string" && haltAt(e, m, "end", x.end === void 0 ? "is required" : "must be string"))
      return false;
    if (x.notifyUsers !== void 0 && typeof x.notifyUsers !== "boolean" && haltAt(e, m, "notifyUsers", "must be boolean"))
      return false;
    if (x.search !== void 0 && typeof x.search !== "string" && haltAt(e, m, "search", "must be string"))
      return false;
    if (typeof x.start !== "string" && haltAt(e, m, "start", x.start === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.userFilter !== void 0 && !validateContainsUsersFilterRequestV1(x.userFilter, e, m) && haltChild(e, m, n, "userFilter"))
      return false;
    n = mark(e);
    if (x.userGroupFilter !== void 0 && !validateContainsUserGroupFilterRequestV1(x.userGroupFilter, e, m) && haltChild(e, m, n, "userGroupFilter"))
      return false;
    if (x.viewType !== void 0 && !(x.viewType === "PROJECTS" || x.viewType === "TEAM" || x.viewType === "ALL") && !(m & 2 && typeof x.viewType === "string") && haltAt(
      e,
      m,
      "viewType",
      typeof x.viewType !== "string" ? "must be string" : "must be one of: PROJECTS, TEAM, ALL"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
const validateRateDto = validateHourlyRateDtoV1;
function validateRateDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount === void 0 && haltAt(e, m, "amount", "is required")) return false;
    n = mark(e);
    if (x.amount !== void 0 && !s83(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    if (x.currency !== void 0 && typeof x.currency !== "string" && haltAt(e, m, "currency", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateRateWithCurrencyRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount === void 0 && haltAt(e, m, "amount", "is required")) return false;
    if (x.currency === void 0 && haltAt(e, m, "currency", "is required")) return false;
    n = mark(e);
    if (x.amount !== void 0 && !s51(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    n = mark(e);
    if (x.currency !== void 0 && !s139(x.currency, e, m) && haltChild(e, m, n, "currency")) return false;
    if (x.since !== void 0 && typeof x.since !== "string" && haltAt(e, m, "since", "must be string")) return false;
  }
  return e === null || e.length === n0;
}
function validateRecurringAssignmentDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.repeat !== void 0 && !(typeof x.repeat === "boolean" || x.repeat === null) && own(x, "repeat") !== void 0 && haltAt(e, m, "repeat", "must be boolean or null"))
      return false;
    if (x.seriesId !== void 0 && !(typeof x.seriesId === "string" || x.seriesId === null) && own(x, "seriesId") !== void 0 && haltAt(e, m, "seriesId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.weeks !== void 0 && !s19(x.weeks, e, m) && (own(x, "weeks") !== void 0 ? haltChild(e, m, n, "weeks") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s159(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x < 1 && halt(e, m, "must be >= 1")) return false;
    if (x > 99 && halt(e, m, "must be <= 99")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function validateRecurringAssignmentRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.weeks === void 0 && haltAt(e, m, "weeks", "is required")) return false;
    if (x.repeat !== void 0 && typeof x.repeat !== "boolean" && haltAt(e, m, "repeat", "must be boolean"))
      return false;
    n = mark(e);
    if (x.weeks !== void 0 && !s159(x.weeks, e, m) && haltChild(e, m, n, "weeks")) return false;
  }
  return e === null || e.length === n0;
}
function s160(x, e, m) {
  const n0 = mark(e);
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      if (!(x[i] === "EARNED" || x[i] === "COST" || x[i] === "PROFIT" || x[i] === "HIDE_AMOUNT" || x[i] === "EXPORT") && !(m & 2 && typeof x[i] === "string") && haltAt(
        e,
        m,
        i,
        typeof x[i] !== "string" ? "must be string" : "must be one of: EARNED, COST, PROFIT, HIDE_AMOUNT, EXPORT"
      ))
        return false;
    }
  }
  return e === null || e.length === n0;
}
function s161(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "APPROVED" || x === "UNAPPROVED" || x === "ALL") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: APPROVED, UNAPPROVED, ALL"))
    return false;
  return e === null || e.length === n0;
}
function s162(x, e, m) {
  const n0 = mark(e);
  if (!(validateAttendanceFilterV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s163(x, e, m) {
  const n0 = mark(e);
  if (!(validateContainsArchivedFilterV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s164(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCustomFieldFilterV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s165(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (typeof x === "string") {
    if ((x.length < 1 || x.length < 2 && len(x) < 1) && halt(e, m, "must have at least 1 characters")) return false;
  }
  return e === null || e.length === n0;
}
function s166(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "ABSOLUTE" || x === "TODAY" || x === "YESTERDAY" || x === "THIS_WEEK" || x === "LAST_WEEK" || x === "PAST_TWO_WEEKS" || x === "THIS_MONTH" || x === "LAST_MONTH" || x === "THIS_YEAR" || x === "LAST_YEAR") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    "must be one of: ABSOLUTE, TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, PAST_TWO_WEEKS, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR"
  ))
    return false;
  return e === null || e.length === n0;
}
function s167(x, e, m) {
  const n0 = mark(e);
  if (!(validateDetailedFilterV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s168(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "JSON" || x === "JSON_V1" || x === "PDF" || x === "CSV" || x === "XLSX" || x === "ZIP") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: JSON, JSON_V1, PDF, CSV, XLSX, ZIP"))
    return false;
  return e === null || e.length === n0;
}
function s169(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "INVOICED" || x === "UNINVOICED" || x === "ALL") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: INVOICED, UNINVOICED, ALL"))
    return false;
  return e === null || e.length === n0;
}
function s170(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "ASCENDING" || x === "DESCENDING") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: ASCENDING, DESCENDING"))
    return false;
  return e === null || e.length === n0;
}
function s171(x, e, m) {
  const n0 = mark(e);
  if (!(validateSummaryFilterV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s172(x, e, m) {
  const n0 = mark(e);
  if (!(validateContainsTagFilterV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s173(x, e, m) {
  const n0 = mark(e);
  if (!(validateContainsTaskFilterV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s174(x, e, m) {
  const n0 = mark(e);
  if (!(validateContainsUsersFilterV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s175(x, e, m) {
  const n0 = mark(e);
  if (!(validateWeeklyFilterV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s176(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "WEEK" || x === "MONTH" || x === "YEAR") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: WEEK, MONTH, YEAR"))
    return false;
  return e === null || e.length === n0;
}
function validateReportFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.dateRangeEnd === void 0 && haltAt(e, m, "dateRangeEnd", "is required")) return false;
    if (x.dateRangeStart === void 0 && haltAt(e, m, "dateRangeStart", "is required")) return false;
    n = mark(e);
    if (x.amountShown !== void 0 && !s1(x.amountShown, e, m) && haltChild(e, m, n, "amountShown")) return false;
    n = mark(e);
    if (x.amounts !== void 0 && !s160(x.amounts, e, m) && haltChild(e, m, n, "amounts")) return false;
    n = mark(e);
    if (x.approvalState !== void 0 && !s161(x.approvalState, e, m) && haltChild(e, m, n, "approvalState"))
      return false;
    if (x.archived !== void 0 && !(typeof x.archived === "boolean" || x.archived === null) && haltAt(e, m, "archived", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.attendanceFilter !== void 0 && !s162(x.attendanceFilter, e, m) && haltChild(e, m, n, "attendanceFilter"))
      return false;
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.clients !== void 0 && !s163(x.clients, e, m) && haltChild(e, m, n, "clients")) return false;
    n = mark(e);
    if (x.currency !== void 0 && !s163(x.currency, e, m) && haltChild(e, m, n, "currency")) return false;
    n = mark(e);
    if (x.customFields !== void 0 && !s164(x.customFields, e, m) && haltChild(e, m, n, "customFields")) return false;
    if (x.dateFormat !== void 0 && !(typeof x.dateFormat === "string" || x.dateFormat === null) && haltAt(e, m, "dateFormat", "must be string or null"))
      return false;
    n = mark(e);
    if (x.dateRangeEnd !== void 0 && !s165(x.dateRangeEnd, e, m) && haltChild(e, m, n, "dateRangeEnd")) return false;
    n = mark(e);
    if (x.dateRangeStart !== void 0 && !s165(x.dateRangeStart, e, m) && haltChild(e, m, n, "dateRangeStart"))
      return false;
    n = mark(e);
    if (x.dateRangeType !== void 0 && !s166(x.dateRangeType, e, m) && haltChild(e, m, n, "dateRangeType"))
      return false;
    if (x.description !== void 0 && !(typeof x.description === "string" || x.description === null) && haltAt(e, m, "description", "must be string or null"))
      return false;
    n = mark(e);
    if (x.detailedFilter !== void 0 && !s167(x.detailedFilter, e, m) && haltChild(e, m, n, "detailedFilter"))
      return false;
    n = mark(e);
    if (x.exportType !== void 0 && !s168(x.exportType, e, m) && haltChild(e, m, n, "exportType")) return false;
    n = mark(e);
    if (x.invoicingState !== void 0 && !s169(x.invoicingState, e, m) && haltChild(e, m, n, "invoicingState"))
      return false;
    n = mark(e);
    if (x.projects !== void 0 && !s163(x.projects, e, m) && haltChild(e, m, n, "projects")) return false;
    if (x.rounding !== void 0 && !(typeof x.rounding === "boolean" || x.rounding === null) && haltAt(e, m, "rounding", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.sortOrder !== void 0 && !s170(x.sortOrder, e, m) && haltChild(e, m, n, "sortOrder")) return false;
    n = mark(e);
    if (x.summaryFilter !== void 0 && !s171(x.summaryFilter, e, m) && haltChild(e, m, n, "summaryFilter"))
      return false;
    n = mark(e);
    if (x.tags !== void 0 && !s172(x.tags, e, m) && haltChild(e, m, n, "tags")) return false;
    n = mark(e);
    if (x.tasks !== void 0 && !s173(x.tasks, e, m) && haltChild(e, m, n, "tasks")) return false;
    if (x.timeFormat !== void 0 && !(typeof x.timeFormat === "string" || x.timeFormat === null) && haltAt(e, m, "timeFormat", "must be string or null"))
      return false;
    if (x.timeZone !== void 0 && !(typeof x.timeZone === "string" || x.timeZone === null) && haltAt(e, m, "timeZone", "must be string or null"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !s174(x.userGroups, e, m) && haltChild(e, m, n, "userGroups")) return false;
    if (x.userLocale !== void 0 && !(typeof x.userLocale === "string" || x.userLocale === null) && haltAt(e, m, "userLocale", "must be string or null"))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !s174(x.users, e, m) && haltChild(e, m, n, "users")) return false;
    n = mark(e);
    if (x.weekStart !== void 0 && !s11(x.weekStart, e, m) && haltChild(e, m, n, "weekStart")) return false;
    n = mark(e);
    if (x.weeklyFilter !== void 0 && !s175(x.weeklyFilter, e, m) && haltChild(e, m, n, "weeklyFilter")) return false;
    if (x.withoutDescription !== void 0 && !(typeof x.withoutDescription === "boolean" || x.withoutDescription === null) && haltAt(e, m, "withoutDescription", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.zoomLevel !== void 0 && !s176(x.zoomLevel, e, m) && haltChild(e, m, n, "zoomLevel")) return false;
  }
  return e === null || e.length === n0;
}
const validateReportTagDto = validateEntityName;
function validateReportTimeIntervalDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.duration !== void 0 && !s19(x.duration, e, m) && (own(x, "duration") !== void 0 ? haltChild(e, m, n, "duration") : drop(e, n)))
      return false;
    if (x.end !== void 0 && !(typeof x.end === "string" || x.end === null) && own(x, "end") !== void 0 && haltAt(e, m, "end", "must be string or null"))
      return false;
    if (x.start !== void 0 && !(typeof x.start === "string" || x.start === null) && own(x, "start") !== void 0 && haltAt(e, m, "start", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s177(x, e, m) {
  const n0 = mark(e);
  if (!(validateRoleDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateRoleDetailsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.role !== void 0 && !s177(x.role, e, m) && (own(x, "role") !== void 0 ? haltChild(e, m, n, "role") : drop(e, n)))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && own(x, "userId") !== void 0 && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && own(x, "workspaceId") !== void 0 && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s178(x, e, m) {
  const n0 = mark(e);
  if (!(validateAuthorizationSourceDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateRoleDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    n = mark(e);
    if (x.source !== void 0 && !s178(x.source, e, m) && haltChild(e, m, n, "source")) return false;
  }
  return e === null || e.length === n0;
}
function validateRoleRequestV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.entityId !== "string" && haltAt(e, m, "entityId", x.entityId === void 0 ? "is required" : "must be string"))
      return false;
    if (!(x.role === "WORKSPACE_ADMIN" || x.role === "TEAM_MANAGER" || x.role === "PROJECT_MANAGER") && !(m & 2 && typeof x.role === "string") && haltAt(
      e,
      m,
      "role",
      x.role === void 0 ? "is required" : typeof x.role !== "string" ? "must be string" : "must be one of: WORKSPACE_ADMIN, TEAM_MANAGER, PROJECT_MANAGER"
    ))
      return false;
    if (!(x.sourceType === "USER_GROUP") && !(m & 2 && typeof x.sourceType === "string") && haltAt(
      e,
      m,
      "sourceType",
      x.sourceType === void 0 ? "is required" : typeof x.sourceType !== "string" ? "must be string" : "must be one of: USER_GROUP"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function validateRoundDto(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.minutes !== void 0 && !(typeof x.minutes === "string" || x.minutes === null) && own(x, "minutes") !== void 0 && haltAt(e, m, "minutes", "must be string or null"))
      return false;
    if (x.round !== void 0 && !(typeof x.round === "string" || x.round === null) && own(x, "round") !== void 0 && haltAt(e, m, "round", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s179(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "WEEKEND" || x === "HOLIDAY" || x === "TIME_OFF") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: WEEKEND, HOLIDAY, TIME_OFF"))
    return false;
  return e === null || e.length === n0;
}
function validateSchedulingExcludeDay(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.date !== void 0 && !s13(x.date, e, m) && (own(x, "date") !== void 0 ? haltChild(e, m, n, "date") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.type !== void 0 && !s179(x.type, e, m) && (own(x, "type") !== void 0 ? haltChild(e, m, n, "type") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s180(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateAssignmentPerDayDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s181(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateMilestoneDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateSchedulingProjectsTotalsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.assignments !== void 0 && !s180(x.assignments, e, m) && (own(x, "assignments") !== void 0 ? haltChild(e, m, n, "assignments") : drop(e, n)))
      return false;
    if (x.clientName !== void 0 && !(typeof x.clientName === "string" || x.clientName === null) && own(x, "clientName") !== void 0 && haltAt(e, m, "clientName", "must be string or null"))
      return false;
    n = mark(e);
    if (x.milestones !== void 0 && !s181(x.milestones, e, m) && (own(x, "milestones") !== void 0 ? haltChild(e, m, n, "milestones") : drop(e, n)))
      return false;
    if (x.projectArchived !== void 0 && !(typeof x.projectArchived === "boolean" || x.projectArchived === null) && own(x, "projectArchived") !== void 0 && haltAt(e, m, "projectArchived", "must be boolean or null"))
      return false;
    if (x.projectBillable !== void 0 && !(typeof x.projectBillable === "boolean" || x.projectBillable === null) && own(x, "projectBillable") !== void 0 && haltAt(e, m, "projectBillable", "must be boolean or null"))
      return false;
    if (x.projectColor !== void 0 && !(typeof x.projectColor === "string" || x.projectColor === null) && own(x, "projectColor") !== void 0 && haltAt(e, m, "projectColor", "must be string or null"))
      return false;
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && own(x, "projectId") !== void 0 && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    if (x.projectName !== void 0 && !(typeof x.projectName === "string" || x.projectName === null) && own(x, "projectName") !== void 0 && haltAt(e, m, "projectName", "must be string or null"))
      return false;
    if (x.totalHours !== void 0 && !(Number.isFinite(x.totalHours) || x.totalHours === null) && own(x, "totalHours") !== void 0 && haltAt(e, m, "totalHours", "must be number or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && own(x, "workspaceId") !== void 0 && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s182(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTotalsPerDayDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateSchedulingUsersTotalsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.capacityPerDay !== void 0 && !(Number.isFinite(x.capacityPerDay) || x.capacityPerDay === null) && own(x, "capacityPerDay") !== void 0 && haltAt(e, m, "capacityPerDay", "must be number or null"))
      return false;
    n = mark(e);
    if (x.totalHoursPerDay !== void 0 && !s182(x.totalHoursPerDay, e, m) && (own(x, "totalHoursPerDay") !== void 0 ? haltChild(e, m, n, "totalHoursPerDay") : drop(e, n)))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && own(x, "userId") !== void 0 && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.userImage !== void 0 && !(typeof x.userImage === "string" || x.userImage === null) && own(x, "userImage") !== void 0 && haltAt(e, m, "userImage", "must be string or null"))
      return false;
    if (x.userName !== void 0 && !(typeof x.userName === "string" || x.userName === null) && own(x, "userName") !== void 0 && haltAt(e, m, "userName", "must be string or null"))
      return false;
    if (x.userStatus !== void 0 && !(typeof x.userStatus === "string" || x.userStatus === null) && own(x, "userStatus") !== void 0 && haltAt(e, m, "userStatus", "must be string or null"))
      return false;
    n = mark(e);
    if (x.workingDays !== void 0 && !s11(x.workingDays, e, m) && (own(x, "workingDays") !== void 0 ? haltChild(e, m, n, "workingDays") : drop(e, n)))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && own(x, "workspaceId") !== void 0 && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s183(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (typeof x === "string") {
    if (!isUriFormat(x) && halt(e, m, "must be a valid uri")) return false;
  }
  return e === null || e.length === n0;
}
function s184(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "DETAILED" || x === "WEEKLY" || x === "SUMMARY" || x === "SCHEDULED" || x === "EXPENSE_DETAILED" || x === "EXPENSE_RECEIPT" || x === "PTO_REQUESTS" || x === "PTO_BALANCE" || x === "ATTENDANCE" || x === "INVOICE_EXPENSE" || x === "PROJECT" || x === "TEAM_FULL" || x === "TEAM_LIMITED" || x === "TEAM_GROUPS" || x === "INVOICES") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    "must be one of: DETAILED, WEEKLY, SUMMARY, SCHEDULED, EXPENSE_DETAILED, EXPENSE_RECEIPT, PTO_REQUESTS, PTO_BALANCE, ATTENDANCE, INVOICE_EXPENSE, PROJECT, TEAM_FULL, TEAM_LIMITED, TEAM_GROUPS, INVOICES"
  ))
    return false;
  return e === null || e.length === n0;
}
function s185(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateEntityName(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateSharedReportDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.fixedDate !== void 0 && !(typeof x.fixedDate === "boolean" || x.fixedDate === null) && haltAt(e, m, "fixedDate", "must be boolean or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.isPublic !== void 0 && !(typeof x.isPublic === "boolean" || x.isPublic === null) && haltAt(e, m, "isPublic", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.link !== void 0 && !s183(x.link, e, m) && haltChild(e, m, n, "link")) return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    if (x.reportAuthor !== void 0 && !(typeof x.reportAuthor === "string" || x.reportAuthor === null) && haltAt(e, m, "reportAuthor", "must be string or null"))
      return false;
    n = mark(e);
    if (x.type !== void 0 && !s184(x.type, e, m) && haltChild(e, m, n, "type")) return false;
    n = mark(e);
    if (x.visibleToUserGroups !== void 0 && !s185(x.visibleToUserGroups, e, m) && haltChild(e, m, n, "visibleToUserGroups"))
      return false;
    n = mark(e);
    if (x.visibleToUsers !== void 0 && !s185(x.visibleToUsers, e, m) && haltChild(e, m, n, "visibleToUsers"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateSharedReportRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.filter !== void 0 && !validateReportFilterV1(x.filter, e, m) && (own(x, "filter") !== void 0 ? haltChild(e, m, n, "filter") : drop(e, n)))
      return false;
    if (x.fixedDate !== void 0 && typeof x.fixedDate !== "boolean" && own(x, "fixedDate") !== void 0 && haltAt(e, m, "fixedDate", "must be boolean"))
      return false;
    if (x.isPublic !== void 0 && typeof x.isPublic !== "boolean" && own(x, "isPublic") !== void 0 && haltAt(e, m, "isPublic", "must be boolean"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.type !== void 0 && !(x.type === "DETAILED" || x.type === "WEEKLY" || x.type === "SUMMARY" || x.type === "SCHEDULED" || x.type === "EXPENSE_DETAILED" || x.type === "EXPENSE_RECEIPT" || x.type === "PTO_REQUESTS" || x.type === "PTO_BALANCE" || x.type === "ATTENDANCE" || x.type === "INVOICE_EXPENSE" || x.type === "PROJECT" || x.type === "TEAM_FULL" || x.type === "TEAM_LIMITED" || x.type === "TEAM_GROUPS" || x.type === "INVOICES") && !(m & 2 && typeof x.type === "string") && own(x, "type") !== void 0 && haltAt(
      e,
      m,
      "type",
      typeof x.type !== "string" ? "must be string" : "must be one of: DETAILED, WEEKLY, SUMMARY, SCHEDULED, EXPENSE_DETAILED, EXPENSE_RECEIPT, PTO_REQUESTS, PTO_BALANCE, ATTENDANCE, INVOICE_EXPENSE, PROJECT, TEAM_FULL, TEAM_LIMITED, TEAM_GROUPS, INVOICES"
    ))
      return false;
    n = mark(e);
    if (x.visibleToUserGroups !== void 0 && !s40(x.visibleToUserGroups, e, m) && (own(x, "visibleToUserGroups") !== void 0 ? haltChild(e, m, n, "visibleToUserGroups") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.visibleToUsers !== void 0 && !s40(x.visibleToUsers, e, m) && (own(x, "visibleToUsers") !== void 0 ? haltChild(e, m, n, "visibleToUsers") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s186(x, e, m) {
  const n0 = mark(e);
  if (!(validateReportFilterV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateSharedReportV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.filter !== void 0 && !s186(x.filter, e, m) && haltChild(e, m, n, "filter")) return false;
    if (x.fixedDate !== void 0 && !(typeof x.fixedDate === "boolean" || x.fixedDate === null) && haltAt(e, m, "fixedDate", "must be boolean or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.isPublic !== void 0 && !(typeof x.isPublic === "boolean" || x.isPublic === null) && haltAt(e, m, "isPublic", "must be boolean or null"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    n = mark(e);
    if (x.type !== void 0 && !s184(x.type, e, m) && haltChild(e, m, n, "type")) return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.visibleToUserGroups !== void 0 && !s14(x.visibleToUserGroups, e, m) && haltChild(e, m, n, "visibleToUserGroups"))
      return false;
    n = mark(e);
    if (x.visibleToUsers !== void 0 && !s14(x.visibleToUsers, e, m) && haltChild(e, m, n, "visibleToUsers"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s187(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateSharedReportDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateSharedReportsAndCountDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.count !== void 0 && !s19(x.count, e, m) && (own(x, "count") !== void 0 ? haltChild(e, m, n, "count") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.reports !== void 0 && !s187(x.reports, e, m) && (own(x, "reports") !== void 0 ? haltChild(e, m, n, "reports") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateStatusTimeOffRequestV1Request(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.note !== void 0 && typeof x.note !== "string" && own(x, "note") !== void 0 && haltAt(e, m, "note", "must be string"))
      return false;
    if (x.status !== void 0 && !(x.status === "APPROVED" || x.status === "REJECTED") && !(m & 2 && typeof x.status === "string") && own(x, "status") !== void 0 && haltAt(e, m, "status", typeof x.status !== "string" ? "must be string" : "must be one of: APPROVED, REJECTED"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateStopTimeEntryRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.end === void 0 && haltAt(e, m, "end", "is required")) return false;
    n = mark(e);
    if (x.end !== void 0 && !s52(x.end, e, m) && haltChild(e, m, n, "end")) return false;
  }
  return e === null || e.length === n0;
}
function s188(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "GROUP" || x === "DURATION" || x === "AMOUNT" || x === "EARNED" || x === "COST" || x === "PROFIT") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: GROUP, DURATION, AMOUNT, EARNED, COST, PROFIT"))
    return false;
  return e === null || e.length === n0;
}
function s189(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "BILLABILITY" || x === "PROJECT") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: BILLABILITY, PROJECT"))
    return false;
  return e === null || e.length === n0;
}
function validateSummaryFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.groups !== void 0 && !s45(x.groups, e, m) && (own(x, "groups") !== void 0 ? haltChild(e, m, n, "groups") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.sortColumn !== void 0 && !s188(x.sortColumn, e, m) && (own(x, "sortColumn") !== void 0 ? haltChild(e, m, n, "sortColumn") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.summaryChartType !== void 0 && !s189(x.summaryChartType, e, m) && (own(x, "summaryChartType") !== void 0 ? haltChild(e, m, n, "summaryChartType") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateSummaryReportChartDto(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.earned !== void 0 && !(Number.isFinite(x.earned) || x.earned === null) && haltAt(e, m, "earned", "must be number or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.totalAmount !== void 0 && !(Number.isFinite(x.totalAmount) || x.totalAmount === null) && haltAt(e, m, "totalAmount", "must be number or null"))
      return false;
    if (x.totalBillableTime !== void 0 && !(Number.isFinite(x.totalBillableTime) || x.totalBillableTime === null) && haltAt(e, m, "totalBillableTime", "must be number or null"))
      return false;
    if (x.totalTime !== void 0 && !(Number.isFinite(x.totalTime) || x.totalTime === null) && haltAt(e, m, "totalTime", "must be number or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateSummaryReportFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.dateRangeEnd === void 0 && haltAt(e, m, "dateRangeEnd", "is required")) return false;
    if (x.dateRangeStart === void 0 && haltAt(e, m, "dateRangeStart", "is required")) return false;
    if (x.summaryFilter === void 0 && haltAt(e, m, "summaryFilter", "is required")) return false;
    if (x.amountShown !== void 0 && !(x.amountShown === "EARNED" || x.amountShown === "COST" || x.amountShown === "PROFIT" || x.amountShown === "HIDE_AMOUNT" || x.amountShown === "EXPORT") && !(m & 2 && typeof x.amountShown === "string") && haltAt(
      e,
      m,
      "amountShown",
      typeof x.amountShown !== "string" ? "must be string" : "must be one of: EARNED, COST, PROFIT, HIDE_AMOUNT, EXPORT"
    ))
      return false;
    n = mark(e);
    if (x.amounts !== void 0 && !s29(x.amounts, e, m) && haltChild(e, m, n, "amounts")) return false;
    if (x.approvalState !== void 0 && !(x.approvalState === "APPROVED" || x.approvalState === "UNAPPROVED" || x.approvalState === "ALL") && !(m & 2 && typeof x.approvalState === "string") && haltAt(
      e,
      m,
      "approvalState",
      typeof x.approvalState !== "string" ? "must be string" : "must be one of: APPROVED, UNAPPROVED, ALL"
    ))
      return false;
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && haltAt(e, m, "archived", "must be boolean"))
      return false;
    n = mark(e);
    if (x.attendanceFilter !== void 0 && !validateAttendanceFilterV1(x.attendanceFilter, e, m) && haltChild(e, m, n, "attendanceFilter"))
      return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.clients !== void 0 && !validateContainsArchivedFilterV1(x.clients, e, m) && haltChild(e, m, n, "clients"))
      return false;
    n = mark(e);
    if (x.currency !== void 0 && !validateContainsArchivedFilterV1(x.currency, e, m) && haltChild(e, m, n, "currency"))
      return false;
    n = mark(e);
    if (x.customFields !== void 0 && !s30(x.customFields, e, m) && haltChild(e, m, n, "customFields")) return false;
    if (x.dateFormat !== void 0 && typeof x.dateFormat !== "string" && haltAt(e, m, "dateFormat", "must be string"))
      return false;
    n = mark(e);
    if (x.dateRangeEnd !== void 0 && !s31(x.dateRangeEnd, e, m) && haltChild(e, m, n, "dateRangeEnd")) return false;
    n = mark(e);
    if (x.dateRangeStart !== void 0 && !s31(x.dateRangeStart, e, m) && haltChild(e, m, n, "dateRangeStart"))
      return false;
    if (x.dateRangeType !== void 0 && !(x.dateRangeType === "ABSOLUTE" || x.dateRangeType === "TODAY" || x.dateRangeType === "YESTERDAY" || x.dateRangeType === "THIS_WEEK" || x.dateRangeType === "LAST_WEEK" || x.dateRangeType === "PAST_TWO_WEEKS" || x.dateRangeType === "THIS_MONTH" || x.dateRangeType === "LAST_MONTH" || x.dateRangeType === "THIS_YEAR" || x.dateRangeType === "LAST_YEAR") && !(m & 2 && typeof x.dateRangeType === "string") && haltAt(
      e,
      m,
      "dateRangeType",
      typeof x.dateRangeType !== "string" ? "must be string" : "must be one of: ABSOLUTE, TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, PAST_TWO_WEEKS, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR"
    ))
      return false;
    if (x.description !== void 0 && typeof x.description !== "string" && haltAt(e, m, "description", "must be string"))
      return false;
    n = mark(e);
    if (x.detailedFilter !== void 0 && !validateDetailedFilterV1(x.detailedFilter, e, m) && haltChild(e, m, n, "detailedFilter"))
      return false;
    if (x.exportType !== void 0 && !(x.exportType === "JSON" || x.exportType === "JSON_V1" || x.exportType === "PDF" || x.exportType === "CSV" || x.exportType === "XLSX" || x.exportType === "ZIP") && !(m & 2 && typeof x.exportType === "string") && haltAt(
      e,
      m,
      "exportType",
      typeof x.exportType !== "string" ? "must be string" : "must be one of: JSON, JSON_V1, PDF, CSV, XLSX, ZIP"
    ))
      return false;
    if (x.invoicingState !== void 0 && !(x.invoicingState === "INVOICED" || x.invoicingState === "UNINVOICED" || x.invoicingState === "ALL") && !(m & 2 && typeof x.invoicingState === "string") && haltAt(
      e,
      m,
      "invoicingState",
      typeof x.invoicingState !== "string" ? "must be string" : "must be one of: INVOICED, UNINVOICED, ALL"
    ))
      return false;
    n = mark(e);
    if (x.projects !== void 0 && !validateContainsArchivedFilterV1(x.projects, e, m) && haltChild(e, m, n, "projects"))
      return false;
    if (x.rounding !== void 0 && typeof x.rounding !== "boolean" && haltAt(e, m, "rounding", "must be boolean"))
      return false;
    if (x.sortOrder !== void 0 && !(x.sortOrder === "ASCENDING" || x.sortOrder === "DESCENDING") && !(m & 2 && typeof x.sortOrder === "string") && haltAt(
      e,
      m,
      "sortOrder",
      typeof x.sortOrder !== "string" ? "must be string" : "must be one of: ASCENDING, DESCENDING"
    ))
      return false;
    n = mark(e);
    if (x.summaryFilter !== void 0 && !validateSummaryFilterV1(x.summaryFilter, e, m) && haltChild(e, m, n, "summaryFilter"))
      return false;
    n = mark(e);
    if (x.tags !== void 0 && !validateContainsTagFilterV1(x.tags, e, m) && haltChild(e, m, n, "tags")) return false;
    n = mark(e);
    if (x.tasks !== void 0 && !validateContainsTaskFilterV1(x.tasks, e, m) && haltChild(e, m, n, "tasks"))
      return false;
    if (x.timeFormat !== void 0 && typeof x.timeFormat !== "string" && haltAt(e, m, "timeFormat", "must be string"))
      return false;
    if (x.timeZone !== void 0 && typeof x.timeZone !== "string" && haltAt(e, m, "timeZone", "must be string"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateContainsUsersFilterV1(x.userGroups, e, m) && haltChild(e, m, n, "userGroups"))
      return false;
    if (x.userLocale !== void 0 && typeof x.userLocale !== "string" && haltAt(e, m, "userLocale", "must be string"))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !validateContainsUsersFilterV1(x.users, e, m) && haltChild(e, m, n, "users"))
      return false;
    if (x.weekStart !== void 0 && !(x.weekStart === "MONDAY" || x.weekStart === "TUESDAY" || x.weekStart === "WEDNESDAY" || x.weekStart === "THURSDAY" || x.weekStart === "FRIDAY" || x.weekStart === "SATURDAY" || x.weekStart === "SUNDAY") && !(m & 2 && typeof x.weekStart === "string") && haltAt(
      e,
      m,
      "weekStart",
      typeof x.weekStart !== "string" ? "must be string" : "must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"
    ))
      return false;
    n = mark(e);
    if (x.weeklyFilter !== void 0 && !validateWeeklyFilterV1(x.weeklyFilter, e, m) && haltChild(e, m, n, "weeklyFilter"))
      return false;
    if (x.withoutDescription !== void 0 && typeof x.withoutDescription !== "boolean" && haltAt(e, m, "withoutDescription", "must be boolean"))
      return false;
    if (x.zoomLevel !== void 0 && !(x.zoomLevel === "WEEK" || x.zoomLevel === "MONTH" || x.zoomLevel === "YEAR") && !(m & 2 && typeof x.zoomLevel === "string") && haltAt(
      e,
      m,
      "zoomLevel",
      typeof x.zoomLevel !== "string" ? "must be string" : "must be one of: WEEK, MONTH, YEAR"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function validateSummaryReportSettingsDtoV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.group !== "string" && haltAt(e, m, "group", x.group === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.subgroup !== "string" && haltAt(e, m, "subgroup", x.subgroup === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTagDto(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.archived !== "boolean" && haltAt(e, m, "archived", x.archived === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTagDtoV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.archived !== void 0 && !(typeof x.archived === "boolean" || x.archived === null) && haltAt(e, m, "archived", "must be boolean or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTagRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.name !== void 0 && !s15(x.name, e, m) && (own(x, "name") !== void 0 ? haltChild(e, m, n, "name") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s190(x, e, m) {
  const n0 = mark(e);
  if (!(validateTaskStatus(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateTaskDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.assigneeIds === void 0 && haltAt(e, m, "assigneeIds", "is required")) return false;
    if (x.status === void 0 && haltAt(e, m, "status", "is required")) return false;
    if (x.userGroupIds === void 0 && haltAt(e, m, "userGroupIds", "is required")) return false;
    if (!(typeof x.assigneeId === "string" || x.assigneeId === null) && haltAt(e, m, "assigneeId", x.assigneeId === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.assigneeIds !== void 0 && !s14(x.assigneeIds, e, m) && haltChild(e, m, n, "assigneeIds")) return false;
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.budgetEstimate !== void 0 && !s18(x.budgetEstimate, e, m) && haltChild(e, m, n, "budgetEstimate"))
      return false;
    n = mark(e);
    if (x.costRate !== void 0 && !s147(x.costRate, e, m) && haltChild(e, m, n, "costRate")) return false;
    if (!(typeof x.duration === "string" || x.duration === null) && haltAt(e, m, "duration", x.duration === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.estimate === "string" || x.estimate === null) && haltAt(e, m, "estimate", x.estimate === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !s147(x.hourlyRate, e, m) && haltChild(e, m, n, "hourlyRate")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", x.projectId === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !s190(x.status, e, m) && haltChild(e, m, n, "status")) return false;
    n = mark(e);
    if (x.userGroupIds !== void 0 && !s14(x.userGroupIds, e, m) && haltChild(e, m, n, "userGroupIds")) return false;
  }
  return e === null || e.length === n0;
}
const validateTaskInfoDto = validateEntityName;
function validateTaskRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.assigneeId !== void 0 && typeof x.assigneeId !== "string" && haltAt(e, m, "assigneeId", "must be string"))
      return false;
    n = mark(e);
    if (x.assigneeIds !== void 0 && !s40(x.assigneeIds, e, m) && haltChild(e, m, n, "assigneeIds")) return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.budgetEstimate !== void 0 && !s93(x.budgetEstimate, e, m) && haltChild(e, m, n, "budgetEstimate"))
      return false;
    n = mark(e);
    if (x.costRate !== void 0 && !validateCostRateRequest(x.costRate, e, m) && haltChild(e, m, n, "costRate"))
      return false;
    if (x.estimate !== void 0 && typeof x.estimate !== "string" && haltAt(e, m, "estimate", "must be string"))
      return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !validateHourlyRateRequest(x.hourlyRate, e, m) && haltChild(e, m, n, "hourlyRate"))
      return false;
    if (x.id !== void 0 && typeof x.id !== "string" && haltAt(e, m, "id", "must be string")) return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    if (x.projectId !== void 0 && typeof x.projectId !== "string" && haltAt(e, m, "projectId", "must be string"))
      return false;
    if (x.status !== void 0 && typeof x.status !== "string" && haltAt(e, m, "status", "must be string"))
      return false;
    n = mark(e);
    if (x.userGroupIds !== void 0 && !s40(x.userGroupIds, e, m) && haltChild(e, m, n, "userGroupIds")) return false;
  }
  return e === null || e.length === n0;
}
function s191(x, e, m) {
  const n0 = mark(e);
  if (typeof x !== "string" && halt(e, m, "must be string")) return false;
  if (typeof x === "string") {
    if ((x.length < 1 || x.length < 2 && len(x) < 1) && halt(e, m, "must have at least 1 characters")) return false;
    if (x.length > 1e3 && len(x) > 1e3 && halt(e, m, "must have at most 1000 characters")) return false;
  }
  return e === null || e.length === n0;
}
function validateTaskRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.name === void 0 && haltAt(e, m, "name", "is required")) return false;
    if (x.assigneeId !== void 0 && typeof x.assigneeId !== "string" && haltAt(e, m, "assigneeId", "must be string"))
      return false;
    n = mark(e);
    if (x.assigneeIds !== void 0 && !s40(x.assigneeIds, e, m) && haltChild(e, m, n, "assigneeIds")) return false;
    n = mark(e);
    if (x.budgetEstimate !== void 0 && !s93(x.budgetEstimate, e, m) && haltChild(e, m, n, "budgetEstimate"))
      return false;
    if (x.estimate !== void 0 && typeof x.estimate !== "string" && haltAt(e, m, "estimate", "must be string"))
      return false;
    if (x.id !== void 0 && typeof x.id !== "string" && haltAt(e, m, "id", "must be string")) return false;
    n = mark(e);
    if (x.name !== void 0 && !s191(x.name, e, m) && haltChild(e, m, n, "name")) return false;
    if (x.status !== void 0 && !(x.status === "ACTIVE" || x.status === "DONE" || x.status === "ALL") && !(m & 2 && typeof x.status === "string") && haltAt(e, m, "status", typeof x.status !== "string" ? "must be string" : "must be one of: ACTIVE, DONE, ALL"))
      return false;
    n = mark(e);
    if (x.userGroupIds !== void 0 && !s40(x.userGroupIds, e, m) && haltChild(e, m, n, "userGroupIds")) return false;
  }
  return e === null || e.length === n0;
}
function validateTaskStatus(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ACTIVE" || x === "DONE" || x === "ALL") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: ACTIVE, DONE, ALL"))
    return false;
  return e === null || e.length === n0;
}
function validateTaxType(x, e, m) {
  const n0 = mark(e);
  if (!(x === "COMPOUND" || x === "SIMPLE" || x === "NONE") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: COMPOUND, SIMPLE, NONE"))
    return false;
  return e === null || e.length === n0;
}
function validateTimeEntryBatchDeletedWebhookEvent(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (!(typeof x._note === "string" || x._note === null) && haltAt(e, m, "_note", x._note === void 0 ? "is required" : "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s192(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTimeEntryDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s193(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTimeEntryReportTotals(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateTimeEntryDetailedReportDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.timeEntries !== void 0 && !s192(x.timeEntries, e, m) && (own(x, "timeEntries") !== void 0 ? haltChild(e, m, n, "timeEntries") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.totals !== void 0 && !s193(x.totals, e, m) && (own(x, "totals") !== void 0 ? haltChild(e, m, n, "totals") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s194(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateReportTagDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s195(x, e, m) {
  const n0 = mark(e);
  if (!(validateReportTimeIntervalDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateTimeEntryDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.approvalRequestId !== void 0 && !(typeof x.approvalRequestId === "string" || x.approvalRequestId === null) && own(x, "approvalRequestId") !== void 0 && haltAt(e, m, "approvalRequestId", "must be string or null"))
      return false;
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && own(x, "billable") !== void 0 && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    if (x.clientId !== void 0 && !(typeof x.clientId === "string" || x.clientId === null) && own(x, "clientId") !== void 0 && haltAt(e, m, "clientId", "must be string or null"))
      return false;
    if (x.clientName !== void 0 && !(typeof x.clientName === "string" || x.clientName === null) && own(x, "clientName") !== void 0 && haltAt(e, m, "clientName", "must be string or null"))
      return false;
    if (x.description !== void 0 && !(typeof x.description === "string" || x.description === null) && own(x, "description") !== void 0 && haltAt(e, m, "description", "must be string or null"))
      return false;
    if (x.get_id !== void 0 && !(typeof x.get_id === "string" || x.get_id === null) && own(x, "get_id") !== void 0 && haltAt(e, m, "get_id", "must be string or null"))
      return false;
    if (x.locked !== void 0 && !(typeof x.locked === "boolean" || x.locked === null) && own(x, "locked") !== void 0 && haltAt(e, m, "locked", "must be boolean or null"))
      return false;
    if (x.projectColor !== void 0 && !(typeof x.projectColor === "string" || x.projectColor === null) && own(x, "projectColor") !== void 0 && haltAt(e, m, "projectColor", "must be string or null"))
      return false;
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && own(x, "projectId") !== void 0 && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    if (x.projectName !== void 0 && !(typeof x.projectName === "string" || x.projectName === null) && own(x, "projectName") !== void 0 && haltAt(e, m, "projectName", "must be string or null"))
      return false;
    n = mark(e);
    if (x.tags !== void 0 && !s194(x.tags, e, m) && (own(x, "tags") !== void 0 ? haltChild(e, m, n, "tags") : drop(e, n)))
      return false;
    if (x.taskId !== void 0 && !(typeof x.taskId === "string" || x.taskId === null) && own(x, "taskId") !== void 0 && haltAt(e, m, "taskId", "must be string or null"))
      return false;
    if (x.taskName !== void 0 && !(typeof x.taskName === "string" || x.taskName === null) && own(x, "taskName") !== void 0 && haltAt(e, m, "taskName", "must be string or null"))
      return false;
    n = mark(e);
    if (x.timeInterval !== void 0 && !s195(x.timeInterval, e, m) && (own(x, "timeInterval") !== void 0 ? haltChild(e, m, n, "timeInterval") : drop(e, n)))
      return false;
    if (x.userEmail !== void 0 && !(typeof x.userEmail === "string" || x.userEmail === null) && own(x, "userEmail") !== void 0 && haltAt(e, m, "userEmail", "must be string or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && own(x, "userId") !== void 0 && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.userName !== void 0 && !(typeof x.userName === "string" || x.userName === null) && own(x, "userName") !== void 0 && haltAt(e, m, "userName", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s196(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCustomFieldValueDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s197(x, e, m) {
  const n0 = mark(e);
  if (!(validateTimeIntervalDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s198(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "REGULAR" || x === "BREAK" || x === "HOLIDAY" || x === "TIME_OFF") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: REGULAR, BREAK, HOLIDAY, TIME_OFF"))
    return false;
  return e === null || e.length === n0;
}
function validateTimeEntryDtoImplV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.customFieldValues !== void 0 && !s196(x.customFieldValues, e, m) && haltChild(e, m, n, "customFieldValues"))
      return false;
    if (x.description !== void 0 && !(typeof x.description === "string" || x.description === null) && haltAt(e, m, "description", "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.isLocked !== void 0 && !(typeof x.isLocked === "boolean" || x.isLocked === null) && haltAt(e, m, "isLocked", "must be boolean or null"))
      return false;
    if (x.kioskId !== void 0 && !(typeof x.kioskId === "string" || x.kioskId === null) && haltAt(e, m, "kioskId", "must be string or null"))
      return false;
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.tagIds !== void 0 && !s45(x.tagIds, e, m) && haltChild(e, m, n, "tagIds")) return false;
    if (x.taskId !== void 0 && !(typeof x.taskId === "string" || x.taskId === null) && haltAt(e, m, "taskId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.timeInterval !== void 0 && !s197(x.timeInterval, e, m) && haltChild(e, m, n, "timeInterval")) return false;
    n = mark(e);
    if (x.type !== void 0 && !s198(x.type, e, m) && haltChild(e, m, n, "type")) return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateTimeEntryDtoV1 = validateTimeEntryDtoImplV1;
function validateTimeEntryId(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.dateOfCreationFromObjectId !== void 0 && !s52(x.dateOfCreationFromObjectId, e, m) && (own(x, "dateOfCreationFromObjectId") !== void 0 ? haltChild(e, m, n, "dateOfCreationFromObjectId") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s199(x, e, m) {
  const n0 = mark(e);
  if (!(validateRateDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s200(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCustomFieldValueDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s201(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTagDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s202(x, e, m) {
  const n0 = mark(e);
  if (!(validateTimeIntervalDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateTimeEntryInfoDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.approvalRequestId !== void 0 && !(typeof x.approvalRequestId === "string" || x.approvalRequestId === null) && haltAt(e, m, "approvalRequestId", "must be string or null"))
      return false;
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.costRate !== void 0 && !s199(x.costRate, e, m) && haltChild(e, m, n, "costRate")) return false;
    n = mark(e);
    if (x.customFieldValues !== void 0 && !s200(x.customFieldValues, e, m) && haltChild(e, m, n, "customFieldValues"))
      return false;
    if (x.description !== void 0 && !(typeof x.description === "string" || x.description === null) && haltAt(e, m, "description", "must be string or null"))
      return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !s199(x.hourlyRate, e, m) && haltChild(e, m, n, "hourlyRate")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.isLocked !== void 0 && !(typeof x.isLocked === "boolean" || x.isLocked === null) && haltAt(e, m, "isLocked", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.project !== void 0 && !s100(x.project, e, m) && haltChild(e, m, n, "project")) return false;
    n = mark(e);
    if (x.tags !== void 0 && !s201(x.tags, e, m) && haltChild(e, m, n, "tags")) return false;
    n = mark(e);
    if (x.task !== void 0 && !s101(x.task, e, m) && haltChild(e, m, n, "task")) return false;
    n = mark(e);
    if (x.timeInterval !== void 0 && !s202(x.timeInterval, e, m) && haltChild(e, m, n, "timeInterval")) return false;
    n = mark(e);
    if (x.type !== void 0 && !s198(x.type, e, m) && haltChild(e, m, n, "type")) return false;
  }
  return e === null || e.length === n0;
}
function s203(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateAmountDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateTimeEntryReportTotals(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.amounts !== void 0 && !s203(x.amounts, e, m) && haltChild(e, m, n, "amounts")) return false;
    n = mark(e);
    if (x.entriesCount !== void 0 && !s19(x.entriesCount, e, m) && haltChild(e, m, n, "entriesCount")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.totalBillableTime !== void 0 && !(Number.isFinite(x.totalBillableTime) || x.totalBillableTime === null) && haltAt(e, m, "totalBillableTime", "must be number or null"))
      return false;
    if (x.totalTime !== void 0 && !(Number.isFinite(x.totalTime) || x.totalTime === null) && haltAt(e, m, "totalTime", "must be number or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s204(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateSummaryReportChartDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateTimeEntrySummaryReportDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.chart !== void 0 && !s204(x.chart, e, m) && (own(x, "chart") !== void 0 ? haltChild(e, m, n, "chart") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.groupOne !== void 0 && !s116(x.groupOne, e, m) && (own(x, "groupOne") !== void 0 ? haltChild(e, m, n, "groupOne") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.totals !== void 0 && !s193(x.totals, e, m) && (own(x, "totals") !== void 0 ? haltChild(e, m, n, "totals") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTimeEntryUpdatedInfoDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.approvalStatus !== void 0 && !s98(x.approvalStatus, e, m) && haltChild(e, m, n, "approvalStatus"))
      return false;
    n = mark(e);
    if (x.auditMetadata !== void 0 && !s74(x.auditMetadata, e, m) && haltChild(e, m, n, "auditMetadata"))
      return false;
    if (x.billable !== void 0 && !(typeof x.billable === "boolean" || x.billable === null) && haltAt(e, m, "billable", "must be boolean or null"))
      return false;
    if (x.description !== void 0 && !(typeof x.description === "string" || x.description === null) && haltAt(e, m, "description", "must be string or null"))
      return false;
    n = mark(e);
    if (x.documentType !== void 0 && !s75(x.documentType, e, m) && haltChild(e, m, n, "documentType")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.kioskId !== void 0 && !(typeof x.kioskId === "string" || x.kioskId === null) && haltAt(e, m, "kioskId", "must be string or null"))
      return false;
    if (x.projectId !== void 0 && !(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.tagIds !== void 0 && !s45(x.tagIds, e, m) && haltChild(e, m, n, "tagIds")) return false;
    if (x.taskId !== void 0 && !(typeof x.taskId === "string" || x.taskId === null) && haltAt(e, m, "taskId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.timeInterval !== void 0 && !s202(x.timeInterval, e, m) && haltChild(e, m, n, "timeInterval")) return false;
    if (x.type !== void 0 && !(typeof x.type === "string" || x.type === null) && haltAt(e, m, "type", "must be string or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s205(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateUserDto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateTimeEntryWeeklyReportDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.decimalFormat !== void 0 && !(typeof x.decimalFormat === "boolean" || x.decimalFormat === null) && own(x, "decimalFormat") !== void 0 && haltAt(e, m, "decimalFormat", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.groupOne !== void 0 && !s116(x.groupOne, e, m) && (own(x, "groupOne") !== void 0 ? haltChild(e, m, n, "groupOne") : drop(e, n)))
      return false;
    if (x.includeUsersWithoutTime !== void 0 && !(typeof x.includeUsersWithoutTime === "boolean" || x.includeUsersWithoutTime === null) && own(x, "includeUsersWithoutTime") !== void 0 && haltAt(e, m, "includeUsersWithoutTime", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.totals !== void 0 && !s193(x.totals, e, m) && (own(x, "totals") !== void 0 ? haltChild(e, m, n, "totals") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.totalsByDay !== void 0 && !s117(x.totalsByDay, e, m) && (own(x, "totalsByDay") !== void 0 ? haltChild(e, m, n, "totalsByDay") : drop(e, n)))
      return false;
    if (x.trackTimeDownToSeconds !== void 0 && !(typeof x.trackTimeDownToSeconds === "boolean" || x.trackTimeDownToSeconds === null) && own(x, "trackTimeDownToSeconds") !== void 0 && haltAt(e, m, "trackTimeDownToSeconds", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.usersWithoutTime !== void 0 && !s205(x.usersWithoutTime, e, m) && (own(x, "usersWithoutTime") !== void 0 ? haltChild(e, m, n, "usersWithoutTime") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s206(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.estimate !== void 0 && typeof x.estimate !== "string" && own(x, "estimate") !== void 0 && haltAt(e, m, "estimate", "must be string"))
      return false;
    if (x.type !== void 0 && typeof x.type !== "string" && own(x, "type") !== void 0 && haltAt(e, m, "type", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s207(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.clientId !== void 0 && typeof x.clientId !== "string" && own(x, "clientId") !== void 0 && haltAt(e, m, "clientId", "must be string"))
      return false;
    if (x.clientName !== void 0 && typeof x.clientName !== "string" && own(x, "clientName") !== void 0 && haltAt(e, m, "clientName", "must be string"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && own(x, "workspaceId") !== void 0 && haltAt(e, m, "workspaceId", "must be string"))
      return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && own(x, "billable") !== void 0 && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.estimate !== void 0 && !s206(x.estimate, e, m) && (own(x, "estimate") !== void 0 ? haltChild(e, m, n, "estimate") : drop(e, n)))
      return false;
    if (x.color !== void 0 && typeof x.color !== "string" && own(x, "color") !== void 0 && haltAt(e, m, "color", "must be string"))
      return false;
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && own(x, "archived") !== void 0 && haltAt(e, m, "archived", "must be boolean"))
      return false;
    if (x.duration !== void 0 && typeof x.duration !== "string" && own(x, "duration") !== void 0 && haltAt(e, m, "duration", "must be string"))
      return false;
    if (x.note !== void 0 && typeof x.note !== "string" && own(x, "note") !== void 0 && haltAt(e, m, "note", "must be string"))
      return false;
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
    if (x.public !== void 0 && typeof x.public !== "boolean" && own(x, "public") !== void 0 && haltAt(e, m, "public", "must be boolean"))
      return false;
    if (x.template !== void 0 && typeof x.template !== "boolean" && own(x, "template") !== void 0 && haltAt(e, m, "template", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function s208(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && own(x, "workspaceId") !== void 0 && haltAt(e, m, "workspaceId", "must be string"))
      return false;
    if (x.projectId !== void 0 && typeof x.projectId !== "string" && own(x, "projectId") !== void 0 && haltAt(e, m, "projectId", "must be string"))
      return false;
    n = mark(e);
    if (x.assigneeIds !== void 0 && !s0(x.assigneeIds, e, m) && (own(x, "assigneeIds") !== void 0 ? haltChild(e, m, n, "assigneeIds") : drop(e, n)))
      return false;
    if (x.assigneeId !== void 0 && typeof x.assigneeId !== "string" && own(x, "assigneeId") !== void 0 && haltAt(e, m, "assigneeId", "must be string"))
      return false;
    if (x.userGroupIds !== void 0 && !Array.isArray(x.userGroupIds) && own(x, "userGroupIds") !== void 0 && haltAt(e, m, "userGroupIds", "must be array"))
      return false;
    if (x.estimate !== void 0 && typeof x.estimate !== "string" && own(x, "estimate") !== void 0 && haltAt(e, m, "estimate", "must be string"))
      return false;
    if (x.status !== void 0 && typeof x.status !== "string" && own(x, "status") !== void 0 && haltAt(e, m, "status", "must be string"))
      return false;
    if (x.duration !== void 0 && typeof x.duration !== "string" && own(x, "duration") !== void 0 && haltAt(e, m, "duration", "must be string"))
      return false;
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s209(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
    if (x.status !== void 0 && typeof x.status !== "string" && own(x, "status") !== void 0 && haltAt(e, m, "status", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s210(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && own(x, "workspaceId") !== void 0 && haltAt(e, m, "workspaceId", "must be string"))
      return false;
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && own(x, "archived") !== void 0 && haltAt(e, m, "archived", "must be boolean"))
      return false;
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s211(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!s210(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateTimeEntryWithRatesDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.costRate === void 0 && haltAt(e, m, "costRate", "is required")) return false;
    if (x.customFieldValues === void 0 && haltAt(e, m, "customFieldValues", "is required")) return false;
    if (x.hourlyRate === void 0 && haltAt(e, m, "hourlyRate", "is required")) return false;
    if (x.tagIds === void 0 && haltAt(e, m, "tagIds", "is required")) return false;
    if (x.timeInterval === void 0 && haltAt(e, m, "timeInterval", "is required")) return false;
    if (typeof x.billable !== "boolean" && haltAt(e, m, "billable", x.billable === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.costRate !== void 0 && !s147(x.costRate, e, m) && haltChild(e, m, n, "costRate")) return false;
    n = mark(e);
    if (x.customFieldValues !== void 0 && !s196(x.customFieldValues, e, m) && haltChild(e, m, n, "customFieldValues"))
      return false;
    if (!(typeof x.description === "string" || x.description === null) && haltAt(e, m, "description", x.description === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !s147(x.hourlyRate, e, m) && haltChild(e, m, n, "hourlyRate")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.isLocked !== "boolean" && haltAt(e, m, "isLocked", x.isLocked === void 0 ? "is required" : "must be boolean"))
      return false;
    if (x.kioskId !== void 0 && !(typeof x.kioskId === "string" || x.kioskId === null) && haltAt(e, m, "kioskId", "must be string or null"))
      return false;
    if (!(typeof x.projectId === "string" || x.projectId === null) && haltAt(e, m, "projectId", x.projectId === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.tagIds !== void 0 && !s45(x.tagIds, e, m) && haltChild(e, m, n, "tagIds")) return false;
    if (!(typeof x.taskId === "string" || x.taskId === null) && haltAt(e, m, "taskId", x.taskId === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.timeInterval !== void 0 && !s197(x.timeInterval, e, m) && haltChild(e, m, n, "timeInterval")) return false;
    n = mark(e);
    if (x.type !== void 0 && !s198(x.type, e, m) && haltChild(e, m, n, "type")) return false;
    if (!(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.project !== void 0 && !s207(x.project, e, m) && haltChild(e, m, n, "project")) return false;
    n = mark(e);
    if (x.task !== void 0 && !s208(x.task, e, m) && haltChild(e, m, n, "task")) return false;
    n = mark(e);
    if (x.user !== void 0 && !s209(x.user, e, m) && haltChild(e, m, n, "user")) return false;
    n = mark(e);
    if (x.tags !== void 0 && !s211(x.tags, e, m) && haltChild(e, m, n, "tags")) return false;
  }
  return e === null || e.length === n0;
}
function validateTimeEstimateDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.active !== void 0 && !(typeof x.active === "boolean" || x.active === null) && own(x, "active") !== void 0 && haltAt(e, m, "active", "must be boolean or null"))
      return false;
    if (x.estimate !== void 0 && !(typeof x.estimate === "string" || x.estimate === null) && own(x, "estimate") !== void 0 && haltAt(e, m, "estimate", "must be string or null"))
      return false;
    if (x.includeNonBillable !== void 0 && !(typeof x.includeNonBillable === "boolean" || x.includeNonBillable === null) && own(x, "includeNonBillable") !== void 0 && haltAt(e, m, "includeNonBillable", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.resetOption !== void 0 && !s89(x.resetOption, e, m) && (own(x, "resetOption") !== void 0 ? haltChild(e, m, n, "resetOption") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.type !== void 0 && !s82(x.type, e, m) && (own(x, "type") !== void 0 ? haltChild(e, m, n, "type") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTimeEstimateRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.active !== void 0 && typeof x.active !== "boolean" && own(x, "active") !== void 0 && haltAt(e, m, "active", "must be boolean"))
      return false;
    if (x.estimate !== void 0 && typeof x.estimate !== "string" && own(x, "estimate") !== void 0 && haltAt(e, m, "estimate", "must be string"))
      return false;
    if (x.includeNonBillable !== void 0 && typeof x.includeNonBillable !== "boolean" && own(x, "includeNonBillable") !== void 0 && haltAt(e, m, "includeNonBillable", "must be boolean"))
      return false;
    if (x.resetOption !== void 0 && !(x.resetOption === "WEEKLY" || x.resetOption === "MONTHLY" || x.resetOption === "YEARLY") && !(m & 2 && typeof x.resetOption === "string") && own(x, "resetOption") !== void 0 && haltAt(
      e,
      m,
      "resetOption",
      typeof x.resetOption !== "string" ? "must be string" : "must be one of: WEEKLY, MONTHLY, YEARLY"
    ))
      return false;
    if (x.type !== void 0 && !(x.type === "AUTO" || x.type === "MANUAL") && !(m & 2 && typeof x.type === "string") && own(x, "type") !== void 0 && haltAt(e, m, "type", typeof x.type !== "string" ? "must be string" : "must be one of: AUTO, MANUAL"))
      return false;
  }
  return e === null || e.length === n0;
}
function s212(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
    n = mark(e);
    if (x.totalSeconds !== void 0 && !s83(x.totalSeconds, e, m) && (own(x, "totalSeconds") !== void 0 ? haltChild(e, m, n, "totalSeconds") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s213(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.dayOfMonthIndicator !== void 0 && !s83(x.dayOfMonthIndicator, e, m) && (own(x, "dayOfMonthIndicator") !== void 0 ? haltChild(e, m, n, "dayOfMonthIndicator") : drop(e, n)))
      return false;
    if (x.dayOfWeek !== void 0 && !(x.dayOfWeek === "MONDAY" || x.dayOfWeek === "TUESDAY" || x.dayOfWeek === "WEDNESDAY" || x.dayOfWeek === "THURSDAY" || x.dayOfWeek === "FRIDAY" || x.dayOfWeek === "SATURDAY" || x.dayOfWeek === "SUNDAY") && !(m & 2 && typeof x.dayOfWeek === "string") && own(x, "dayOfWeek") !== void 0 && haltAt(
      e,
      m,
      "dayOfWeek",
      typeof x.dayOfWeek !== "string" ? "must be string" : "must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"
    ))
      return false;
    n = mark(e);
    if (x.localTime !== void 0 && !validateLocalTime(x.localTime, e, m) && (own(x, "localTime") !== void 0 ? haltChild(e, m, n, "localTime") : drop(e, n)))
      return false;
    if (x.midnightEndOfDay !== void 0 && typeof x.midnightEndOfDay !== "boolean" && own(x, "midnightEndOfDay") !== void 0 && haltAt(e, m, "midnightEndOfDay", "must be boolean"))
      return false;
    if (x.month !== void 0 && !(x.month === "JANUARY" || x.month === "FEBRUARY" || x.month === "MARCH" || x.month === "APRIL" || x.month === "MAY" || x.month === "JUNE" || x.month === "JULY" || x.month === "AUGUST" || x.month === "SEPTEMBER" || x.month === "OCTOBER" || x.month === "NOVEMBER" || x.month === "DECEMBER") && !(m & 2 && typeof x.month === "string") && own(x, "month") !== void 0 && haltAt(
      e,
      m,
      "month",
      typeof x.month !== "string" ? "must be string" : "must be one of: JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER"
    ))
      return false;
    n = mark(e);
    if (x.offsetAfter !== void 0 && !s212(x.offsetAfter, e, m) && (own(x, "offsetAfter") !== void 0 ? haltChild(e, m, n, "offsetAfter") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.offsetBefore !== void 0 && !s212(x.offsetBefore, e, m) && (own(x, "offsetBefore") !== void 0 ? haltChild(e, m, n, "offsetBefore") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.standardOffset !== void 0 && !s212(x.standardOffset, e, m) && (own(x, "standardOffset") !== void 0 ? haltChild(e, m, n, "standardOffset") : drop(e, n)))
      return false;
    if (x.timeDefinition !== void 0 && !(x.timeDefinition === "UTC" || x.timeDefinition === "WALL" || x.timeDefinition === "STANDARD") && !(m & 2 && typeof x.timeDefinition === "string") && own(x, "timeDefinition") !== void 0 && haltAt(
      e,
      m,
      "timeDefinition",
      typeof x.timeDefinition !== "string" ? "must be string" : "must be one of: UTC, WALL, STANDARD"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function s214(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!s213(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s215(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.dateBased !== void 0 && typeof x.dateBased !== "boolean" && own(x, "dateBased") !== void 0 && haltAt(e, m, "dateBased", "must be boolean"))
      return false;
    if (x.durationEstimated !== void 0 && typeof x.durationEstimated !== "boolean" && own(x, "durationEstimated") !== void 0 && haltAt(e, m, "durationEstimated", "must be boolean"))
      return false;
    if (x.timeBased !== void 0 && typeof x.timeBased !== "boolean" && own(x, "timeBased") !== void 0 && haltAt(e, m, "timeBased", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function s216(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!s215(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s217(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.nano !== void 0 && !s83(x.nano, e, m) && (own(x, "nano") !== void 0 ? haltChild(e, m, n, "nano") : drop(e, n)))
      return false;
    if (x.negative !== void 0 && typeof x.negative !== "boolean" && own(x, "negative") !== void 0 && haltAt(e, m, "negative", "must be boolean"))
      return false;
    if (x.positive !== void 0 && typeof x.positive !== "boolean" && own(x, "positive") !== void 0 && haltAt(e, m, "positive", "must be boolean"))
      return false;
    n = mark(e);
    if (x.seconds !== void 0 && !s84(x.seconds, e, m) && (own(x, "seconds") !== void 0 ? haltChild(e, m, n, "seconds") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.units !== void 0 && !s216(x.units, e, m) && (own(x, "units") !== void 0 ? haltChild(e, m, n, "units") : drop(e, n)))
      return false;
    if (x.zero !== void 0 && typeof x.zero !== "boolean" && own(x, "zero") !== void 0 && haltAt(e, m, "zero", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function s218(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.dateTimeAfter !== void 0 && !s52(x.dateTimeAfter, e, m) && (own(x, "dateTimeAfter") !== void 0 ? haltChild(e, m, n, "dateTimeAfter") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.dateTimeBefore !== void 0 && !s52(x.dateTimeBefore, e, m) && (own(x, "dateTimeBefore") !== void 0 ? haltChild(e, m, n, "dateTimeBefore") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.duration !== void 0 && !s217(x.duration, e, m) && (own(x, "duration") !== void 0 ? haltChild(e, m, n, "duration") : drop(e, n)))
      return false;
    if (x.gap !== void 0 && typeof x.gap !== "boolean" && own(x, "gap") !== void 0 && haltAt(e, m, "gap", "must be boolean"))
      return false;
    n = mark(e);
    if (x.instant !== void 0 && !s52(x.instant, e, m) && (own(x, "instant") !== void 0 ? haltChild(e, m, n, "instant") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.offsetAfter !== void 0 && !s212(x.offsetAfter, e, m) && (own(x, "offsetAfter") !== void 0 ? haltChild(e, m, n, "offsetAfter") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.offsetBefore !== void 0 && !s212(x.offsetBefore, e, m) && (own(x, "offsetBefore") !== void 0 ? haltChild(e, m, n, "offsetBefore") : drop(e, n)))
      return false;
    if (x.overlap !== void 0 && typeof x.overlap !== "boolean" && own(x, "overlap") !== void 0 && haltAt(e, m, "overlap", "must be boolean"))
      return false;
  }
  return e === null || e.length === n0;
}
function s219(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!s218(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s220(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.fixedOffset !== void 0 && typeof x.fixedOffset !== "boolean" && own(x, "fixedOffset") !== void 0 && haltAt(e, m, "fixedOffset", "must be boolean"))
      return false;
    n = mark(e);
    if (x.transitionRules !== void 0 && !s214(x.transitionRules, e, m) && (own(x, "transitionRules") !== void 0 ? haltChild(e, m, n, "transitionRules") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.transitions !== void 0 && !s219(x.transitions, e, m) && (own(x, "transitions") !== void 0 ? haltChild(e, m, n, "transitions") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s221(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
    n = mark(e);
    if (x.rules !== void 0 && !s220(x.rules, e, m) && (own(x, "rules") !== void 0 ? haltChild(e, m, n, "rules") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTimeIntervalDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.duration !== void 0 && !(typeof x.duration === "string" || x.duration === null) && own(x, "duration") !== void 0 && haltAt(e, m, "duration", "must be string or null"))
      return false;
    n = mark(e);
    if (x.end !== void 0 && !s13(x.end, e, m) && (own(x, "end") !== void 0 ? haltChild(e, m, n, "end") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.offsetEnd !== void 0 && !s19(x.offsetEnd, e, m) && (own(x, "offsetEnd") !== void 0 ? haltChild(e, m, n, "offsetEnd") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.offsetStart !== void 0 && !s19(x.offsetStart, e, m) && (own(x, "offsetStart") !== void 0 ? haltChild(e, m, n, "offsetStart") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.start !== void 0 && !s13(x.start, e, m) && (own(x, "start") !== void 0 ? haltChild(e, m, n, "start") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.timeZone !== void 0 && !s221(x.timeZone, e, m) && (own(x, "timeZone") !== void 0 ? haltChild(e, m, n, "timeZone") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.zonedEnd !== void 0 && !s13(x.zonedEnd, e, m) && (own(x, "zonedEnd") !== void 0 ? haltChild(e, m, n, "zonedEnd") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.zonedStart !== void 0 && !s13(x.zonedStart, e, m) && (own(x, "zonedStart") !== void 0 ? haltChild(e, m, n, "zonedStart") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTimeIntervalDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.end === void 0 && haltAt(e, m, "end", "is required")) return false;
    if (x.start === void 0 && haltAt(e, m, "start", "is required")) return false;
    if (!(typeof x.duration === "string" || x.duration === null) && haltAt(e, m, "duration", x.duration === void 0 ? "is required" : "must be string or null"))
      return false;
    n = mark(e);
    if (x.end !== void 0 && !s13(x.end, e, m) && haltChild(e, m, n, "end")) return false;
    n = mark(e);
    if (x.start !== void 0 && !s13(x.start, e, m) && haltChild(e, m, n, "start")) return false;
  }
  return e === null || e.length === n0;
}
function s222(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.start !== void 0 && typeof x.start !== "string" && own(x, "start") !== void 0 && haltAt(e, m, "start", "must be string"))
      return false;
    if (x.end !== void 0 && typeof x.end !== "string" && own(x, "end") !== void 0 && haltAt(e, m, "end", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s223(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    n = mark(e);
    if (x.period !== void 0 && !s222(x.period, e, m) && (own(x, "period") !== void 0 ? haltChild(e, m, n, "period") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s224(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.statusType !== void 0 && typeof x.statusType !== "string" && own(x, "statusType") !== void 0 && haltAt(e, m, "statusType", "must be string"))
      return false;
    if (x.changedByUserId !== void 0 && typeof x.changedByUserId !== "string" && own(x, "changedByUserId") !== void 0 && haltAt(e, m, "changedByUserId", "must be string"))
      return false;
    if (x.changedByUserName !== void 0 && typeof x.changedByUserName !== "string" && own(x, "changedByUserName") !== void 0 && haltAt(e, m, "changedByUserName", "must be string"))
      return false;
    if (x.changedAt !== void 0 && typeof x.changedAt !== "string" && own(x, "changedAt") !== void 0 && haltAt(e, m, "changedAt", "must be string"))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s67(x.note, e, m) && (own(x, "note") !== void 0 ? haltChild(e, m, n, "note") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTimeOffRequestApprovedWebhookEvent(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.note === void 0 && haltAt(e, m, "note", "is required")) return false;
    if (x.status === void 0 && haltAt(e, m, "status", "is required")) return false;
    if (x.timeOffPeriod === void 0 && haltAt(e, m, "timeOffPeriod", "is required")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.policyId === "string" || x.policyId === null) && haltAt(e, m, "policyId", x.policyId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.timeZone === "string" || x.timeZone === null) && haltAt(e, m, "timeZone", x.timeZone === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.halfDay !== "boolean" && haltAt(e, m, "halfDay", x.halfDay === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.timeOffPeriod !== void 0 && !s223(x.timeOffPeriod, e, m) && haltChild(e, m, n, "timeOffPeriod"))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s67(x.note, e, m) && haltChild(e, m, n, "note")) return false;
    n = mark(e);
    if (x.status !== void 0 && !s224(x.status, e, m) && haltChild(e, m, n, "status")) return false;
    if (!(Number.isFinite(x.balanceDiff) || x.balanceDiff === null) && haltAt(e, m, "balanceDiff", x.balanceDiff === void 0 ? "is required" : "must be number or null"))
      return false;
    if (!(typeof x.createdAt === "string" || x.createdAt === null) && haltAt(e, m, "createdAt", x.createdAt === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.requesterUserId === "string" || x.requesterUserId === null) && haltAt(e, m, "requesterUserId", x.requesterUserId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(Array.isArray(x.excludeDays) || x.excludeDays === null) && haltAt(e, m, "excludeDays", x.excludeDays === void 0 ? "is required" : "must be array or null"))
      return false;
    if (!(Number.isFinite(x.negativeBalanceUsed) || x.negativeBalanceUsed === null) && haltAt(
      e,
      m,
      "negativeBalanceUsed",
      x.negativeBalanceUsed === void 0 ? "is required" : "must be number or null"
    ))
      return false;
    if (!(Number.isFinite(x.balanceValueAtRequest) || x.balanceValueAtRequest === null) && haltAt(
      e,
      m,
      "balanceValueAtRequest",
      x.balanceValueAtRequest === void 0 ? "is required" : "must be number or null"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function s225(x, e, m) {
  const n0 = mark(e);
  if (!(validateTimeOffRequestStatus(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s226(x, e, m) {
  const n0 = mark(e);
  if (!(validateTimeOffRequestPeriodDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateTimeOffRequestFullV1Dto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.balance !== void 0 && !(Number.isFinite(x.balance) || x.balance === null) && haltAt(e, m, "balance", "must be number or null"))
      return false;
    if (x.balanceDiff !== void 0 && !(Number.isFinite(x.balanceDiff) || x.balanceDiff === null) && haltAt(e, m, "balanceDiff", "must be number or null"))
      return false;
    n = mark(e);
    if (x.createdAt !== void 0 && !s13(x.createdAt, e, m) && haltChild(e, m, n, "createdAt")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.note !== void 0 && !(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", "must be string or null"))
      return false;
    if (x.policyId !== void 0 && !(typeof x.policyId === "string" || x.policyId === null) && haltAt(e, m, "policyId", "must be string or null"))
      return false;
    if (x.policyName !== void 0 && !(typeof x.policyName === "string" || x.policyName === null) && haltAt(e, m, "policyName", "must be string or null"))
      return false;
    if (x.requesterUserId !== void 0 && !(typeof x.requesterUserId === "string" || x.requesterUserId === null) && haltAt(e, m, "requesterUserId", "must be string or null"))
      return false;
    if (x.requesterUserName !== void 0 && !(typeof x.requesterUserName === "string" || x.requesterUserName === null) && haltAt(e, m, "requesterUserName", "must be string or null"))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !s225(x.status, e, m) && haltChild(e, m, n, "status")) return false;
    n = mark(e);
    if (x.timeOffPeriod !== void 0 && !s226(x.timeOffPeriod, e, m) && haltChild(e, m, n, "timeOffPeriod"))
      return false;
    n = mark(e);
    if (x.timeUnit !== void 0 && !s34(x.timeUnit, e, m) && haltChild(e, m, n, "timeUnit")) return false;
    if (x.userEmail !== void 0 && !(typeof x.userEmail === "string" || x.userEmail === null) && haltAt(e, m, "userEmail", "must be string or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.userName !== void 0 && !(typeof x.userName === "string" || x.userName === null) && haltAt(e, m, "userName", "must be string or null"))
      return false;
    if (x.userTimeZone !== void 0 && !(typeof x.userTimeZone === "string" || x.userTimeZone === null) && haltAt(e, m, "userTimeZone", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s227(x, e, m) {
  const n0 = mark(e);
  if (!(validatePeriod(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateTimeOffRequestPeriodDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.halfDay !== void 0 && !(typeof x.halfDay === "boolean" || x.halfDay === null) && own(x, "halfDay") !== void 0 && haltAt(e, m, "halfDay", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.halfDayHours !== void 0 && !s227(x.halfDayHours, e, m) && (own(x, "halfDayHours") !== void 0 ? haltChild(e, m, n, "halfDayHours") : drop(e, n)))
      return false;
    if (x.halfDayPeriod !== void 0 && !(typeof x.halfDayPeriod === "string" || x.halfDayPeriod === null) && own(x, "halfDayPeriod") !== void 0 && haltAt(e, m, "halfDayPeriod", "must be string or null"))
      return false;
    n = mark(e);
    if (x.period !== void 0 && !s227(x.period, e, m) && (own(x, "period") !== void 0 ? haltChild(e, m, n, "period") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTimeOffRequestPeriodV1Request(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.period === void 0 && haltAt(e, m, "period", "is required")) return false;
    if (x.halfDayPeriod !== void 0 && !(x.halfDayPeriod === "FIRST_HALF" || x.halfDayPeriod === "SECOND_HALF" || x.halfDayPeriod === "NOT_DEFINED") && !(m & 2 && typeof x.halfDayPeriod === "string") && haltAt(
      e,
      m,
      "halfDayPeriod",
      typeof x.halfDayPeriod !== "string" ? "must be string" : "must be one of: FIRST_HALF, SECOND_HALF, NOT_DEFINED"
    ))
      return false;
    if (x.isHalfDay !== void 0 && typeof x.isHalfDay !== "boolean" && haltAt(e, m, "isHalfDay", "must be boolean"))
      return false;
    n = mark(e);
    if (x.period !== void 0 && !validatePeriodV1Request(x.period, e, m) && haltChild(e, m, n, "period"))
      return false;
    if (x.timeOffHalfDayPeriod !== void 0 && !(x.timeOffHalfDayPeriod === "FIRST_HALF" || x.timeOffHalfDayPeriod === "SECOND_HALF" || x.timeOffHalfDayPeriod === "NOT_DEFINED") && !(m & 2 && typeof x.timeOffHalfDayPeriod === "string") && haltAt(
      e,
      m,
      "timeOffHalfDayPeriod",
      typeof x.timeOffHalfDayPeriod !== "string" ? "must be string" : "must be one of: FIRST_HALF, SECOND_HALF, NOT_DEFINED"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function s228(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.statusType !== void 0 && typeof x.statusType !== "string" && own(x, "statusType") !== void 0 && haltAt(e, m, "statusType", "must be string"))
      return false;
    if (x.changedByUserId !== void 0 && typeof x.changedByUserId !== "string" && own(x, "changedByUserId") !== void 0 && haltAt(e, m, "changedByUserId", "must be string"))
      return false;
    if (x.changedByUserName !== void 0 && typeof x.changedByUserName !== "string" && own(x, "changedByUserName") !== void 0 && haltAt(e, m, "changedByUserName", "must be string"))
      return false;
    if (x.changedAt !== void 0 && typeof x.changedAt !== "string" && own(x, "changedAt") !== void 0 && haltAt(e, m, "changedAt", "must be string"))
      return false;
    if (x.note !== void 0 && typeof x.note !== "string" && own(x, "note") !== void 0 && haltAt(e, m, "note", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTimeOffRequestRejectedWebhookEvent(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.note === void 0 && haltAt(e, m, "note", "is required")) return false;
    if (x.status === void 0 && haltAt(e, m, "status", "is required")) return false;
    if (x.timeOffPeriod === void 0 && haltAt(e, m, "timeOffPeriod", "is required")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.policyId === "string" || x.policyId === null) && haltAt(e, m, "policyId", x.policyId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.timeZone === "string" || x.timeZone === null) && haltAt(e, m, "timeZone", x.timeZone === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.halfDay !== "boolean" && haltAt(e, m, "halfDay", x.halfDay === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.timeOffPeriod !== void 0 && !s223(x.timeOffPeriod, e, m) && haltChild(e, m, n, "timeOffPeriod"))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s67(x.note, e, m) && haltChild(e, m, n, "note")) return false;
    n = mark(e);
    if (x.status !== void 0 && !s228(x.status, e, m) && haltChild(e, m, n, "status")) return false;
    if (!(Number.isFinite(x.balanceDiff) || x.balanceDiff === null) && haltAt(e, m, "balanceDiff", x.balanceDiff === void 0 ? "is required" : "must be number or null"))
      return false;
    if (!(typeof x.createdAt === "string" || x.createdAt === null) && haltAt(e, m, "createdAt", x.createdAt === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.requesterUserId === "string" || x.requesterUserId === null) && haltAt(e, m, "requesterUserId", x.requesterUserId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(Array.isArray(x.excludeDays) || x.excludeDays === null) && haltAt(e, m, "excludeDays", x.excludeDays === void 0 ? "is required" : "must be array or null"))
      return false;
    if (!(Number.isFinite(x.negativeBalanceUsed) || x.negativeBalanceUsed === null) && haltAt(
      e,
      m,
      "negativeBalanceUsed",
      x.negativeBalanceUsed === void 0 ? "is required" : "must be number or null"
    ))
      return false;
    if (!(Number.isFinite(x.balanceValueAtRequest) || x.balanceValueAtRequest === null) && haltAt(
      e,
      m,
      "balanceValueAtRequest",
      x.balanceValueAtRequest === void 0 ? "is required" : "must be number or null"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function s229(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "PENDING" || x === "APPROVED" || x === "REJECTED" || x === "ALL") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: PENDING, APPROVED, REJECTED, ALL"))
    return false;
  return e === null || e.length === n0;
}
function validateTimeOffRequestStatus(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.changedAt !== void 0 && !s13(x.changedAt, e, m) && (own(x, "changedAt") !== void 0 ? haltChild(e, m, n, "changedAt") : drop(e, n)))
      return false;
    if (x.changedByUserId !== void 0 && !(typeof x.changedByUserId === "string" || x.changedByUserId === null) && own(x, "changedByUserId") !== void 0 && haltAt(e, m, "changedByUserId", "must be string or null"))
      return false;
    if (x.changedByUserName !== void 0 && !(typeof x.changedByUserName === "string" || x.changedByUserName === null) && own(x, "changedByUserName") !== void 0 && haltAt(e, m, "changedByUserName", "must be string or null"))
      return false;
    if (x.changedForUserName !== void 0 && !(typeof x.changedForUserName === "string" || x.changedForUserName === null) && own(x, "changedForUserName") !== void 0 && haltAt(e, m, "changedForUserName", "must be string or null"))
      return false;
    if (x.note !== void 0 && !(typeof x.note === "string" || x.note === null) && own(x, "note") !== void 0 && haltAt(e, m, "note", "must be string or null"))
      return false;
    n = mark(e);
    if (x.statusType !== void 0 && !s229(x.statusType, e, m) && (own(x, "statusType") !== void 0 ? haltChild(e, m, n, "statusType") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTimeOffRequestV1Dto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.balanceDiff !== void 0 && !(Number.isFinite(x.balanceDiff) || x.balanceDiff === null) && haltAt(e, m, "balanceDiff", "must be number or null"))
      return false;
    n = mark(e);
    if (x.createdAt !== void 0 && !s13(x.createdAt, e, m) && haltChild(e, m, n, "createdAt")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.note !== void 0 && !(typeof x.note === "string" || x.note === null) && haltAt(e, m, "note", "must be string or null"))
      return false;
    if (x.policyId !== void 0 && !(typeof x.policyId === "string" || x.policyId === null) && haltAt(e, m, "policyId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !s225(x.status, e, m) && haltChild(e, m, n, "status")) return false;
    n = mark(e);
    if (x.timeOffPeriod !== void 0 && !s226(x.timeOffPeriod, e, m) && haltChild(e, m, n, "timeOffPeriod"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s230(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.statusType !== void 0 && typeof x.statusType !== "string" && own(x, "statusType") !== void 0 && haltAt(e, m, "statusType", "must be string"))
      return false;
    n = mark(e);
    if (x.changedByUserId !== void 0 && !s67(x.changedByUserId, e, m) && (own(x, "changedByUserId") !== void 0 ? haltChild(e, m, n, "changedByUserId") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.changedByUserName !== void 0 && !s67(x.changedByUserName, e, m) && (own(x, "changedByUserName") !== void 0 ? haltChild(e, m, n, "changedByUserName") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.changedAt !== void 0 && !s67(x.changedAt, e, m) && (own(x, "changedAt") !== void 0 ? haltChild(e, m, n, "changedAt") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s67(x.note, e, m) && (own(x, "note") !== void 0 ? haltChild(e, m, n, "note") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTimeOffRequestedWebhookEvent(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.note === void 0 && haltAt(e, m, "note", "is required")) return false;
    if (x.status === void 0 && haltAt(e, m, "status", "is required")) return false;
    if (x.timeOffPeriod === void 0 && haltAt(e, m, "timeOffPeriod", "is required")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.policyId === "string" || x.policyId === null) && haltAt(e, m, "policyId", x.policyId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.timeZone === "string" || x.timeZone === null) && haltAt(e, m, "timeZone", x.timeZone === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.halfDay !== "boolean" && haltAt(e, m, "halfDay", x.halfDay === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.timeOffPeriod !== void 0 && !s223(x.timeOffPeriod, e, m) && haltChild(e, m, n, "timeOffPeriod"))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s67(x.note, e, m) && haltChild(e, m, n, "note")) return false;
    n = mark(e);
    if (x.status !== void 0 && !s230(x.status, e, m) && haltChild(e, m, n, "status")) return false;
    if (!(Number.isFinite(x.balanceDiff) || x.balanceDiff === null) && haltAt(e, m, "balanceDiff", x.balanceDiff === void 0 ? "is required" : "must be number or null"))
      return false;
    if (!(typeof x.createdAt === "string" || x.createdAt === null) && haltAt(e, m, "createdAt", x.createdAt === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(typeof x.requesterUserId === "string" || x.requesterUserId === null) && haltAt(e, m, "requesterUserId", x.requesterUserId === void 0 ? "is required" : "must be string or null"))
      return false;
    if (!(Array.isArray(x.excludeDays) || x.excludeDays === null) && haltAt(e, m, "excludeDays", x.excludeDays === void 0 ? "is required" : "must be array or null"))
      return false;
    if (!(Number.isFinite(x.negativeBalanceUsed) || x.negativeBalanceUsed === null) && haltAt(
      e,
      m,
      "negativeBalanceUsed",
      x.negativeBalanceUsed === void 0 ? "is required" : "must be number or null"
    ))
      return false;
    if (!(Number.isFinite(x.balanceValueAtRequest) || x.balanceValueAtRequest === null) && haltAt(
      e,
      m,
      "balanceValueAtRequest",
      x.balanceValueAtRequest === void 0 ? "is required" : "must be number or null"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function s231(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTimeOffRequestFullV1Dto(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateTimeOffRequestsWithCountV1Dto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.count !== void 0 && !s19(x.count, e, m) && (own(x, "count") !== void 0 ? haltChild(e, m, n, "count") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.requests !== void 0 && !s231(x.requests, e, m) && (own(x, "requests") !== void 0 ? haltChild(e, m, n, "requests") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTimeRangeRequestDtoV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x["issue-date-end"] !== void 0 && typeof x["issue-date-end"] !== "string" && own(x, "issue-date-end") !== void 0 && haltAt(e, m, "issue-date-end", "must be string"))
      return false;
    if (x["issue-date-start"] !== void 0 && typeof x["issue-date-start"] !== "string" && own(x, "issue-date-start") !== void 0 && haltAt(e, m, "issue-date-start", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateTotalsPerDayDto(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.date !== void 0 && !s13(x.date, e, m) && (own(x, "date") !== void 0 ? haltChild(e, m, n, "date") : drop(e, n)))
      return false;
    if (x.totalHours !== void 0 && !(Number.isFinite(x.totalHours) || x.totalHours === null) && own(x, "totalHours") !== void 0 && haltAt(e, m, "totalHours", "must be number or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateApprovalRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.note !== void 0 && typeof x.note !== "string" && haltAt(e, m, "note", "must be string")) return false;
    if (!(x.state === "PENDING" || x.state === "APPROVED" || x.state === "WITHDRAWN_SUBMISSION" || x.state === "WITHDRAWN_APPROVAL" || x.state === "REJECTED") && !(m & 2 && typeof x.state === "string") && haltAt(
      e,
      m,
      "state",
      x.state === void 0 ? "is required" : typeof x.state !== "string" ? "must be string" : "must be one of: PENDING, APPROVED, WITHDRAWN_SUBMISSION, WITHDRAWN_APPROVAL, REJECTED"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function s232(x, e, m) {
  const n0 = mark(e);
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    if (x.length < 0 && halt(e, m, "must have at least 0 items")) return false;
    if (x.length > 3 && halt(e, m, "must have at most 3 items")) return false;
    for (let i = 0; i < x.length; i++) {
      if (typeof x[i] !== "string" && haltAt(e, m, i, "must be string")) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateUpdateClientRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.address !== void 0 && !s53(x.address, e, m) && (own(x, "address") !== void 0 ? haltChild(e, m, n, "address") : drop(e, n)))
      return false;
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && own(x, "archived") !== void 0 && haltAt(e, m, "archived", "must be boolean"))
      return false;
    n = mark(e);
    if (x.ccEmails !== void 0 && !s232(x.ccEmails, e, m) && (own(x, "ccEmails") !== void 0 ? haltChild(e, m, n, "ccEmails") : drop(e, n)))
      return false;
    if (x.currencyId !== void 0 && typeof x.currencyId !== "string" && own(x, "currencyId") !== void 0 && haltAt(e, m, "currencyId", "must be string"))
      return false;
    if (x.email !== void 0 && typeof x.email !== "string" && own(x, "email") !== void 0 && haltAt(e, m, "email", "must be string"))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s15(x.name, e, m) && (own(x, "name") !== void 0 ? haltChild(e, m, n, "name") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s53(x.note, e, m) && (own(x, "note") !== void 0 ? haltChild(e, m, n, "note") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateCustomFieldRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.customFieldId !== "string" && haltAt(e, m, "customFieldId", x.customFieldId === void 0 ? "is required" : "must be string"))
      return false;
    if (x.sourceType !== void 0 && !(x.sourceType === "WORKSPACE" || x.sourceType === "PROJECT" || x.sourceType === "TIMEENTRY") && !(m & 2 && typeof x.sourceType === "string") && haltAt(
      e,
      m,
      "sourceType",
      typeof x.sourceType !== "string" ? "must be string" : "must be one of: WORKSPACE, PROJECT, TIMEENTRY"
    ))
      return false;
    n = mark(e);
    if (x.value !== void 0 && !s67(x.value, e, m) && haltChild(e, m, n, "value")) return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateCustomFieldRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.name === void 0 && haltAt(e, m, "name", "is required")) return false;
    if (x.type === void 0 && haltAt(e, m, "type", "is required")) return false;
    n = mark(e);
    if (x.name !== void 0 && !s156(x.name, e, m) && haltChild(e, m, n, "name")) return false;
    n = mark(e);
    if (x.type !== void 0 && !validateCustomFieldType(x.type, e, m) && haltChild(e, m, n, "type")) return false;
    n = mark(e);
    if (x.allowedValues !== void 0 && !s0(x.allowedValues, e, m) && haltChild(e, m, n, "allowedValues"))
      return false;
    if (x.description !== void 0 && typeof x.description !== "string" && haltAt(e, m, "description", "must be string"))
      return false;
    if (x.onlyAdminCanEdit !== void 0 && typeof x.onlyAdminCanEdit !== "boolean" && haltAt(e, m, "onlyAdminCanEdit", "must be boolean"))
      return false;
    if (x.placeholder !== void 0 && typeof x.placeholder !== "string" && haltAt(e, m, "placeholder", "must be string"))
      return false;
    if (x.required !== void 0 && typeof x.required !== "boolean" && haltAt(e, m, "required", "must be boolean"))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !validateCustomFieldStatus(x.status, e, m) && haltChild(e, m, n, "status"))
      return false;
    n = mark(e);
    if (x.workspaceDefaultValue !== void 0 && !validateCustomFieldValue(x.workspaceDefaultValue, e, m) && haltChild(e, m, n, "workspaceDefaultValue"))
      return false;
  }
  return e === null || e.length === n0;
}
function s233(x, e, m) {
  const n0 = mark(e);
  if (!Number.isFinite(x) && halt(e, m, "must be number")) return false;
  if (typeof x === "number") {
    if (x < 0 && halt(e, m, "must be >= 0")) return false;
    if (x > 92233720368547760 && halt(e, m, "must be <= 92233720368547760")) return false;
  }
  return e === null || e.length === n0;
}
function s234(x, e, m) {
  const n0 = mark(e);
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      if (!(x[i] === "USER" || x[i] === "DATE" || x[i] === "PROJECT" || x[i] === "TASK" || x[i] === "CATEGORY" || x[i] === "NOTES" || x[i] === "AMOUNT" || x[i] === "BILLABLE" || x[i] === "FILE") && !(m & 2 && typeof x[i] === "string") && haltAt(
        e,
        m,
        i,
        typeof x[i] !== "string" ? "must be string" : "must be one of: USER, DATE, PROJECT, TASK, CATEGORY, NOTES, AMOUNT, BILLABLE, FILE"
      ))
        return false;
    }
  }
  return e === null || e.length === n0;
}
function validateUpdateExpenseV1Request(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.amount === void 0 && haltAt(e, m, "amount", "is required")) return false;
    if (x.changeFields === void 0 && haltAt(e, m, "changeFields", "is required")) return false;
    if (x.date === void 0 && haltAt(e, m, "date", "is required")) return false;
    n = mark(e);
    if (x.amount !== void 0 && !s233(x.amount, e, m) && haltChild(e, m, n, "amount")) return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    if (typeof x.categoryId !== "string" && haltAt(e, m, "categoryId", x.categoryId === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.changeFields !== void 0 && !s234(x.changeFields, e, m) && haltChild(e, m, n, "changeFields")) return false;
    n = mark(e);
    if (x.date !== void 0 && !s52(x.date, e, m) && haltChild(e, m, n, "date")) return false;
    if (typeof x.file !== "string" && haltAt(e, m, "file", x.file === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.notes !== void 0 && !s53(x.notes, e, m) && haltChild(e, m, n, "notes")) return false;
    if (x.projectId !== void 0 && typeof x.projectId !== "string" && haltAt(e, m, "projectId", "must be string"))
      return false;
    if (x.taskId !== void 0 && typeof x.taskId !== "string" && haltAt(e, m, "taskId", "must be string"))
      return false;
    if (typeof x.userId !== "string" && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateHolidayRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.datePeriod === void 0 && haltAt(e, m, "datePeriod", "is required")) return false;
    n = mark(e);
    if (x.automaticTimeEntryCreation !== void 0 && !validateAutomaticTimeEntryCreationRequest(x.automaticTimeEntryCreation, e, m) && haltChild(e, m, n, "automaticTimeEntryCreation"))
      return false;
    n = mark(e);
    if (x.color !== void 0 && !s55(x.color, e, m) && haltChild(e, m, n, "color")) return false;
    n = mark(e);
    if (x.datePeriod !== void 0 && !validateDatePeriodRequest(x.datePeriod, e, m) && haltChild(e, m, n, "datePeriod"))
      return false;
    if (x.everyoneIncludingNew !== void 0 && typeof x.everyoneIncludingNew !== "boolean" && haltAt(e, m, "everyoneIncludingNew", "must be boolean"))
      return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.occursAnnually !== "boolean" && haltAt(e, m, "occursAnnually", x.occursAnnually === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateContainsUserGroupFilterRequest(x.userGroups, e, m) && haltChild(e, m, n, "userGroups"))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !validateContainsUsersFilterRequestForHoliday(x.users, e, m) && haltChild(e, m, n, "users"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateInvoiceRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.currency === void 0 && haltAt(e, m, "currency", "is required")) return false;
    if (x.dueDate === void 0 && haltAt(e, m, "dueDate", "is required")) return false;
    if (x.issuedDate === void 0 && haltAt(e, m, "issuedDate", "is required")) return false;
    if (x.clientId !== void 0 && typeof x.clientId !== "string" && haltAt(e, m, "clientId", "must be string"))
      return false;
    if (x.companyId !== void 0 && typeof x.companyId !== "string" && haltAt(e, m, "companyId", "must be string"))
      return false;
    n = mark(e);
    if (x.currency !== void 0 && !s139(x.currency, e, m) && haltChild(e, m, n, "currency")) return false;
    if (!Number.isFinite(x.discountPercent) && haltAt(e, m, "discountPercent", x.discountPercent === void 0 ? "is required" : "must be number"))
      return false;
    n = mark(e);
    if (x.dueDate !== void 0 && !s52(x.dueDate, e, m) && haltChild(e, m, n, "dueDate")) return false;
    n = mark(e);
    if (x.issuedDate !== void 0 && !s52(x.issuedDate, e, m) && haltChild(e, m, n, "issuedDate")) return false;
    if (x.note !== void 0 && typeof x.note !== "string" && haltAt(e, m, "note", "must be string")) return false;
    if (typeof x.number !== "string" && haltAt(e, m, "number", x.number === void 0 ? "is required" : "must be string"))
      return false;
    if (x.subject !== void 0 && typeof x.subject !== "string" && haltAt(e, m, "subject", "must be string"))
      return false;
    if (!Number.isFinite(x.tax2Percent) && haltAt(e, m, "tax2Percent", x.tax2Percent === void 0 ? "is required" : "must be number"))
      return false;
    if (!Number.isFinite(x.taxPercent) && haltAt(e, m, "taxPercent", x.taxPercent === void 0 ? "is required" : "must be number"))
      return false;
    n = mark(e);
    if (x.taxType !== void 0 && !validateTaxType(x.taxType, e, m) && haltChild(e, m, n, "taxType")) return false;
    if (x.visibleZeroFields !== void 0 && !(x.visibleZeroFields === "TAX" || x.visibleZeroFields === "TAX_2" || x.visibleZeroFields === "DISCOUNT") && !(m & 2 && typeof x.visibleZeroFields === "string") && haltAt(
      e,
      m,
      "visibleZeroFields",
      typeof x.visibleZeroFields !== "string" ? "must be string" : "must be one of: TAX, TAX_2, DISCOUNT"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateInvoiceSettingsRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.labels === void 0 && haltAt(e, m, "labels", "is required")) return false;
    n = mark(e);
    if (x.defaults !== void 0 && !validateInvoiceDefaultSettingsRequestV1(x.defaults, e, m) && haltChild(e, m, n, "defaults"))
      return false;
    n = mark(e);
    if (x.exportFields !== void 0 && !validateInvoiceExportFieldsRequest(x.exportFields, e, m) && haltChild(e, m, n, "exportFields"))
      return false;
    n = mark(e);
    if (x.labels !== void 0 && !validateLabelsCustomizationRequest(x.labels, e, m) && haltChild(e, m, n, "labels"))
      return false;
  }
  return e === null || e.length === n0;
}
function s235(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    if (!unique(x) && halt(e, m, "must not contain duplicate items")) return false;
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTimeEntryId(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateUpdateInvoicedStatusRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.timeEntryIds === void 0 && haltAt(e, m, "timeEntryIds", "is required")) return false;
    if (typeof x.invoiced !== "boolean" && haltAt(e, m, "invoiced", x.invoiced === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.timeEntryIds !== void 0 && !s235(x.timeEntryIds, e, m) && haltChild(e, m, n, "timeEntryIds")) return false;
  }
  return e === null || e.length === n0;
}
function validateUpdatePolicyRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.approve === void 0 && haltAt(e, m, "approve", "is required")) return false;
    if (x.name === void 0 && haltAt(e, m, "name", "is required")) return false;
    if (x.userGroups === void 0 && haltAt(e, m, "userGroups", "is required")) return false;
    if (x.users === void 0 && haltAt(e, m, "users", "is required")) return false;
    if (typeof x.allowHalfDay !== "boolean" && haltAt(e, m, "allowHalfDay", x.allowHalfDay === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.allowNegativeBalance !== "boolean" && haltAt(e, m, "allowNegativeBalance", x.allowNegativeBalance === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.approve !== void 0 && !validateApproveDto(x.approve, e, m) && haltChild(e, m, n, "approve")) return false;
    if (typeof x.archived !== "boolean" && haltAt(e, m, "archived", x.archived === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.automaticAccrual !== void 0 && !validateAutomaticAccrualRequest(x.automaticAccrual, e, m) && haltChild(e, m, n, "automaticAccrual"))
      return false;
    n = mark(e);
    if (x.automaticTimeEntryCreation !== void 0 && !validateAutomaticTimeEntryCreationRequest(x.automaticTimeEntryCreation, e, m) && haltChild(e, m, n, "automaticTimeEntryCreation"))
      return false;
    n = mark(e);
    if (x.color !== void 0 && !s55(x.color, e, m) && haltChild(e, m, n, "color")) return false;
    if (typeof x.everyoneIncludingNew !== "boolean" && haltAt(e, m, "everyoneIncludingNew", x.everyoneIncludingNew === void 0 ? "is required" : "must be boolean"))
      return false;
    if (x.icon !== void 0 && !(x.icon === "UMBRELLA" || x.icon === "SNOWFLAKE" || x.icon === "FAMILY" || x.icon === "PLANE" || x.icon === "STETHOSCOPE" || x.icon === "HEALTH_METRICS" || x.icon === "CHILDCARE" || x.icon === "LUGGAGE" || x.icon === "MONETIZATION" || x.icon === "CALENDAR") && !(m & 2 && typeof x.icon === "string") && haltAt(
      e,
      m,
      "icon",
      typeof x.icon !== "string" ? "must be string" : "must be one of: UMBRELLA, SNOWFLAKE, FAMILY, PLANE, STETHOSCOPE, HEALTH_METRICS, CHILDCARE, LUGGAGE, MONETIZATION, CALENDAR"
    ))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s56(x.name, e, m) && haltChild(e, m, n, "name")) return false;
    n = mark(e);
    if (x.negativeBalance !== void 0 && !validateNegativeBalanceRequest(x.negativeBalance, e, m) && haltChild(e, m, n, "negativeBalance"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateUserGroupIdsSchema(x.userGroups, e, m) && haltChild(e, m, n, "userGroups"))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !validateUserIdsSchema(x.users, e, m) && haltChild(e, m, n, "users")) return false;
  }
  return e === null || e.length === n0;
}
function s236(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateUserIdWithRatesRequest(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateUpdateProjectMembershipsRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.memberships === void 0 && haltAt(e, m, "memberships", "is required")) return false;
    n = mark(e);
    if (x.memberships !== void 0 && !s236(x.memberships, e, m) && haltChild(e, m, n, "memberships")) return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateUserGroupIdsSchema(x.userGroups, e, m) && haltChild(e, m, n, "userGroups"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateProjectRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && own(x, "archived") !== void 0 && haltAt(e, m, "archived", "must be boolean"))
      return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && own(x, "billable") !== void 0 && haltAt(e, m, "billable", "must be boolean"))
      return false;
    if (x.clientId !== void 0 && typeof x.clientId !== "string" && own(x, "clientId") !== void 0 && haltAt(e, m, "clientId", "must be string"))
      return false;
    n = mark(e);
    if (x.color !== void 0 && !s55(x.color, e, m) && (own(x, "color") !== void 0 ? haltChild(e, m, n, "color") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.costRate !== void 0 && !validateCostRateRequestV1(x.costRate, e, m) && (own(x, "costRate") !== void 0 ? haltChild(e, m, n, "costRate") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !validateHourlyRateRequestV1(x.hourlyRate, e, m) && (own(x, "hourlyRate") !== void 0 ? haltChild(e, m, n, "hourlyRate") : drop(e, n)))
      return false;
    if (x.isPublic !== void 0 && typeof x.isPublic !== "boolean" && own(x, "isPublic") !== void 0 && haltAt(e, m, "isPublic", "must be boolean"))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s156(x.name, e, m) && (own(x, "name") !== void 0 ? haltChild(e, m, n, "name") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.note !== void 0 && !s157(x.note, e, m) && (own(x, "note") !== void 0 ? haltChild(e, m, n, "note") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateSharedReportRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.fixedDate !== void 0 && typeof x.fixedDate !== "boolean" && haltAt(e, m, "fixedDate", "must be boolean"))
      return false;
    if (x.isPublic !== void 0 && typeof x.isPublic !== "boolean" && haltAt(e, m, "isPublic", "must be boolean"))
      return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.visibleToUserGroups !== void 0 && !s40(x.visibleToUserGroups, e, m) && haltChild(e, m, n, "visibleToUserGroups"))
      return false;
    n = mark(e);
    if (x.visibleToUsers !== void 0 && !s40(x.visibleToUsers, e, m) && haltChild(e, m, n, "visibleToUsers"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateTagRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && own(x, "archived") !== void 0 && haltAt(e, m, "archived", "must be boolean"))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s15(x.name, e, m) && (own(x, "name") !== void 0 ? haltChild(e, m, n, "name") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateTaskRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.name === void 0 && haltAt(e, m, "name", "is required")) return false;
    if (x.assigneeId !== void 0 && typeof x.assigneeId !== "string" && haltAt(e, m, "assigneeId", "must be string"))
      return false;
    n = mark(e);
    if (x.assigneeIds !== void 0 && !s40(x.assigneeIds, e, m) && haltChild(e, m, n, "assigneeIds")) return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.budgetEstimate !== void 0 && !s93(x.budgetEstimate, e, m) && haltChild(e, m, n, "budgetEstimate"))
      return false;
    if (x.estimate !== void 0 && typeof x.estimate !== "string" && haltAt(e, m, "estimate", "must be string"))
      return false;
    n = mark(e);
    if (x.name !== void 0 && !s191(x.name, e, m) && haltChild(e, m, n, "name")) return false;
    if (x.status !== void 0 && !(x.status === "ACTIVE" || x.status === "DONE" || x.status === "ALL") && !(m & 2 && typeof x.status === "string") && haltAt(e, m, "status", typeof x.status !== "string" ? "must be string" : "must be one of: ACTIVE, DONE, ALL"))
      return false;
    n = mark(e);
    if (x.userGroupIds !== void 0 && !s40(x.userGroupIds, e, m) && haltChild(e, m, n, "userGroupIds")) return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateTimeEntryBulkRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.customFields !== void 0 && !s60(x.customFields, e, m) && haltChild(e, m, n, "customFields")) return false;
    n = mark(e);
    if (x.description !== void 0 && !s53(x.description, e, m) && haltChild(e, m, n, "description")) return false;
    n = mark(e);
    if (x.end !== void 0 && !s52(x.end, e, m) && haltChild(e, m, n, "end")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.projectId !== void 0 && typeof x.projectId !== "string" && haltAt(e, m, "projectId", "must be string"))
      return false;
    n = mark(e);
    if (x.start !== void 0 && !s52(x.start, e, m) && haltChild(e, m, n, "start")) return false;
    n = mark(e);
    if (x.tagIds !== void 0 && !s0(x.tagIds, e, m) && haltChild(e, m, n, "tagIds")) return false;
    if (x.taskId !== void 0 && typeof x.taskId !== "string" && haltAt(e, m, "taskId", "must be string"))
      return false;
    if (x.type !== void 0 && !(x.type === "REGULAR" || x.type === "BREAK") && !(m & 2 && typeof x.type === "string") && haltAt(e, m, "type", typeof x.type !== "string" ? "must be string" : "must be one of: REGULAR, BREAK"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpdateTimeEntryRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.start === void 0 && haltAt(e, m, "start", "is required")) return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.customFields !== void 0 && !s60(x.customFields, e, m) && haltChild(e, m, n, "customFields")) return false;
    n = mark(e);
    if (x.description !== void 0 && !s53(x.description, e, m) && haltChild(e, m, n, "description")) return false;
    n = mark(e);
    if (x.end !== void 0 && !s52(x.end, e, m) && haltChild(e, m, n, "end")) return false;
    if (x.projectId !== void 0 && typeof x.projectId !== "string" && haltAt(e, m, "projectId", "must be string"))
      return false;
    n = mark(e);
    if (x.start !== void 0 && !s52(x.start, e, m) && haltChild(e, m, n, "start")) return false;
    n = mark(e);
    if (x.tagIds !== void 0 && !s0(x.tagIds, e, m) && haltChild(e, m, n, "tagIds")) return false;
    if (x.taskId !== void 0 && typeof x.taskId !== "string" && haltAt(e, m, "taskId", "must be string"))
      return false;
    if (x.type !== void 0 && !(x.type === "REGULAR" || x.type === "BREAK") && !(m & 2 && typeof x.type === "string") && haltAt(e, m, "type", typeof x.type !== "string" ? "must be string" : "must be one of: REGULAR, BREAK"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateUpdateUserGroupRequest = validateTagRequest;
function validateUpdateUserStatusRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (!(x.status === "ACTIVE" || x.status === "INACTIVE") && !(m & 2 && typeof x.status === "string") && haltAt(
      e,
      m,
      "status",
      x.status === void 0 ? "is required" : typeof x.status !== "string" ? "must be string" : "must be one of: ACTIVE, INACTIVE"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
const validateUpdateWebhookRequestV1 = validateCreateWebhookRequestV1;
function validateUploadFileResponseV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.url !== void 0 && !(typeof x.url === "string" || x.url === null) && own(x, "url") !== void 0 && haltAt(e, m, "url", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUpsertUserCustomFieldRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.customFieldId !== "string" && haltAt(e, m, "customFieldId", x.customFieldId === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.value !== void 0 && !validateCustomFieldValue(x.value, e, m) && haltChild(e, m, n, "value")) return false;
  }
  return e === null || e.length === n0;
}
function validateUpsertUserCustomFieldRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.value !== void 0 && !validateCustomFieldValue(x.value, e, m) && (own(x, "value") !== void 0 ? haltChild(e, m, n, "value") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUserCustomFieldValueDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.customFieldId !== void 0 && typeof x.customFieldId !== "string" && own(x, "customFieldId") !== void 0 && haltAt(e, m, "customFieldId", "must be string"))
      return false;
    if (x.customFieldName !== void 0 && typeof x.customFieldName !== "string" && own(x, "customFieldName") !== void 0 && haltAt(e, m, "customFieldName", "must be string"))
      return false;
    n = mark(e);
    if (x.customFieldType !== void 0 && !validateCustomFieldType(x.customFieldType, e, m) && (own(x, "customFieldType") !== void 0 ? haltChild(e, m, n, "customFieldType") : drop(e, n)))
      return false;
    if (x.userId !== void 0 && typeof x.userId !== "string" && own(x, "userId") !== void 0 && haltAt(e, m, "userId", "must be string"))
      return false;
    n = mark(e);
    if (x.value !== void 0 && !validateCustomFieldValue(x.value, e, m) && (own(x, "value") !== void 0 ? haltChild(e, m, n, "value") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUserCustomFieldValueFullDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.customFieldId !== void 0 && typeof x.customFieldId !== "string" && own(x, "customFieldId") !== void 0 && haltAt(e, m, "customFieldId", "must be string"))
      return false;
    n = mark(e);
    if (x.customField !== void 0 && !validateCustomFieldDtoV1(x.customField, e, m) && (own(x, "customField") !== void 0 ? haltChild(e, m, n, "customField") : drop(e, n)))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    n = mark(e);
    if (x.type !== void 0 && !validateCustomFieldType(x.type, e, m) && (own(x, "type") !== void 0 ? haltChild(e, m, n, "type") : drop(e, n)))
      return false;
    if (x.sourceType !== void 0 && !(x.sourceType === "WORKSPACE" || x.sourceType === "USER") && !(m & 2 && typeof x.sourceType === "string") && own(x, "sourceType") !== void 0 && haltAt(
      e,
      m,
      "sourceType",
      typeof x.sourceType !== "string" ? "must be string" : "must be one of: WORKSPACE, USER"
    ))
      return false;
    if (x.userId !== void 0 && typeof x.userId !== "string" && own(x, "userId") !== void 0 && haltAt(e, m, "userId", "must be string"))
      return false;
    n = mark(e);
    if (x.value !== void 0 && !validateCustomFieldValue(x.value, e, m) && (own(x, "value") !== void 0 ? haltChild(e, m, n, "value") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUserDeletedFromWorkspaceWebhookEvent(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.email === "string" || x.email === null) && haltAt(e, m, "email", x.email === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUserDto(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.dateFormat !== void 0 && !(typeof x.dateFormat === "string" || x.dateFormat === null) && haltAt(e, m, "dateFormat", "must be string or null"))
      return false;
    if (x.email !== void 0 && !(typeof x.email === "string" || x.email === null) && haltAt(e, m, "email", "must be string or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    if (x.timeFormat !== void 0 && !(typeof x.timeFormat === "string" || x.timeFormat === null) && haltAt(e, m, "timeFormat", "must be string or null"))
      return false;
    if (x.timeZone !== void 0 && !(typeof x.timeZone === "string" || x.timeZone === null) && haltAt(e, m, "timeZone", "must be string or null"))
      return false;
    if (x.weekStart !== void 0 && !(typeof x.weekStart === "string" || x.weekStart === null) && haltAt(e, m, "weekStart", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s237(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateMembershipDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s238(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateUserCustomFieldValueDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s239(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s240(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!s239(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s241(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.role !== void 0 && typeof x.role !== "string" && own(x, "role") !== void 0 && haltAt(e, m, "role", "must be string"))
      return false;
    n = mark(e);
    if (x.entities !== void 0 && !s240(x.entities, e, m) && (own(x, "entities") !== void 0 ? haltChild(e, m, n, "entities") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s242(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!s241(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateUserDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.settings === void 0 && haltAt(e, m, "settings", "is required")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.email !== "string" && haltAt(e, m, "email", x.email === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.profilePicture !== "string" && haltAt(e, m, "profilePicture", x.profilePicture === void 0 ? "is required" : "must be string"))
      return false;
    if (x.activeWorkspace !== void 0 && typeof x.activeWorkspace !== "string" && haltAt(e, m, "activeWorkspace", "must be string"))
      return false;
    if (x.defaultWorkspace !== void 0 && typeof x.defaultWorkspace !== "string" && haltAt(e, m, "defaultWorkspace", "must be string"))
      return false;
    n = mark(e);
    if (x.status !== void 0 && !validateAccountStatus(x.status, e, m) && haltChild(e, m, n, "status")) return false;
    n = mark(e);
    if (x.settings !== void 0 && !validateUserSettingsDtoV1(x.settings, e, m) && haltChild(e, m, n, "settings"))
      return false;
    n = mark(e);
    if (x.memberships !== void 0 && !s237(x.memberships, e, m) && haltChild(e, m, n, "memberships")) return false;
    n = mark(e);
    if (x.customFields !== void 0 && !s238(x.customFields, e, m) && haltChild(e, m, n, "customFields")) return false;
    n = mark(e);
    if (x.roles !== void 0 && !s242(x.roles, e, m) && haltChild(e, m, n, "roles")) return false;
  }
  return e === null || e.length === n0;
}
function validateUserEmailChangedWebhookEvent(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.email === "string" || x.email === null) && haltAt(e, m, "email", x.email === void 0 ? "is required" : "must be string or null"))
      return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    if (!(typeof x.oldEmail === "string" || x.oldEmail === null) && haltAt(e, m, "oldEmail", x.oldEmail === void 0 ? "is required" : "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s243(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateUserRedactedDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateUserGroupDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.teamManagers === void 0 && haltAt(e, m, "teamManagers", "is required")) return false;
    if (x.userIds === void 0 && haltAt(e, m, "userIds", "is required")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.name !== "string" && haltAt(e, m, "name", x.name === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.teamManagers !== void 0 && !s243(x.teamManagers, e, m) && haltChild(e, m, n, "teamManagers")) return false;
    n = mark(e);
    if (x.userIds !== void 0 && !s45(x.userIds, e, m) && haltChild(e, m, n, "userIds")) return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUserGroupIdsSchema(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.contains !== void 0 && !(x.contains === "CONTAINS" || x.contains === "DOES_NOT_CONTAIN") && !(m & 2 && typeof x.contains === "string") && own(x, "contains") !== void 0 && haltAt(
      e,
      m,
      "contains",
      typeof x.contains !== "string" ? "must be string" : "must be one of: CONTAINS, DOES_NOT_CONTAIN"
    ))
      return false;
    n = mark(e);
    if (x.ids !== void 0 && !s40(x.ids, e, m) && (own(x, "ids") !== void 0 ? haltChild(e, m, n, "ids") : drop(e, n)))
      return false;
    if (x.status !== void 0 && !(x.status === "ALL" || x.status === "ACTIVE" || x.status === "INACTIVE") && !(m & 2 && typeof x.status === "string") && own(x, "status") !== void 0 && haltAt(e, m, "status", typeof x.status !== "string" ? "must be string" : "must be one of: ALL, ACTIVE, INACTIVE"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateUserGroupRequest = validateTagRequest;
function validateUserGroupUserRequest(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.userId !== "string" && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUserIdWithRatesRequest(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    n = mark(e);
    if (x.costRate !== void 0 && !validateCostRateRequestV1(x.costRate, e, m) && haltChild(e, m, n, "costRate"))
      return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !validateHourlyRateRequestV1(x.hourlyRate, e, m) && haltChild(e, m, n, "hourlyRate"))
      return false;
    if (typeof x.userId !== "string" && haltAt(e, m, "userId", x.userId === void 0 ? "is required" : "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
const validateUserIdsSchema = validateUserGroupIdsSchema;
const validateUserRedactedDtoV1 = validateEntityName;
function validateUserSettingsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.projectListCollapse === void 0 && haltAt(e, m, "projectListCollapse", "is required")) return false;
    if (x.summaryReportSettings === void 0 && haltAt(e, m, "summaryReportSettings", "is required")) return false;
    if (x.weekStart === void 0 && haltAt(e, m, "weekStart", "is required")) return false;
    const keys = Object.keys(x);
    if (typeof x.alerts !== "boolean" && haltAt(e, m, "alerts", x.alerts === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.approval !== "boolean" && haltAt(e, m, "approval", x.approval === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.collapseAllProjectLists !== "boolean" && haltAt(
      e,
      m,
      "collapseAllProjectLists",
      x.collapseAllProjectLists === void 0 ? "is required" : "must be boolean"
    ))
      return false;
    if (typeof x.dashboardPinToTop !== "boolean" && haltAt(e, m, "dashboardPinToTop", x.dashboardPinToTop === void 0 ? "is required" : "must be boolean"))
      return false;
    if (!(x.dashboardSelection === "ME" || x.dashboardSelection === "TEAM") && !(m & 2 && typeof x.dashboardSelection === "string") && haltAt(
      e,
      m,
      "dashboardSelection",
      x.dashboardSelection === void 0 ? "is required" : typeof x.dashboardSelection !== "string" ? "must be string" : "must be one of: ME, TEAM"
    ))
      return false;
    if (!(x.dashboardViewType === "PROJECT" || x.dashboardViewType === "BILLABILITY") && !(m & 2 && typeof x.dashboardViewType === "string") && haltAt(
      e,
      m,
      "dashboardViewType",
      x.dashboardViewType === void 0 ? "is required" : typeof x.dashboardViewType !== "string" ? "must be string" : "must be one of: PROJECT, BILLABILITY"
    ))
      return false;
    if (typeof x.dateFormat !== "string" && haltAt(e, m, "dateFormat", x.dateFormat === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.groupSimilarEntriesDisabled !== "boolean" && haltAt(
      e,
      m,
      "groupSimilarEntriesDisabled",
      x.groupSimilarEntriesDisabled === void 0 ? "is required" : "must be boolean"
    ))
      return false;
    if (x.invoiceReminders !== void 0 && typeof x.invoiceReminders !== "boolean" && haltAt(e, m, "invoiceReminders", "must be boolean"))
      return false;
    if (typeof x.isCompactViewOn !== "boolean" && haltAt(e, m, "isCompactViewOn", x.isCompactViewOn === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.lang !== "string" && haltAt(e, m, "lang", x.lang === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.longRunning !== "boolean" && haltAt(e, m, "longRunning", x.longRunning === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.multiFactorEnabled !== "boolean" && haltAt(e, m, "multiFactorEnabled", x.multiFactorEnabled === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.myStartOfDay !== "string" && haltAt(e, m, "myStartOfDay", x.myStartOfDay === void 0 ? "is required" : "must be string"))
      return false;
    if (typeof x.onboarding !== "boolean" && haltAt(e, m, "onboarding", x.onboarding === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.projectListCollapse !== void 0 && !s19(x.projectListCollapse, e, m) && haltChild(e, m, n, "projectListCollapse"))
      return false;
    if (x.projectPickerTaskFilter !== void 0 && typeof x.projectPickerTaskFilter !== "boolean" && haltAt(e, m, "projectPickerTaskFilter", "must be boolean"))
      return false;
    if (typeof x.pto !== "boolean" && haltAt(e, m, "pto", x.pto === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.reminders !== "boolean" && haltAt(e, m, "reminders", x.reminders === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.scheduledReports !== "boolean" && haltAt(e, m, "scheduledReports", x.scheduledReports === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.scheduling !== "boolean" && haltAt(e, m, "scheduling", x.scheduling === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.sendNewsletter !== "boolean" && haltAt(e, m, "sendNewsletter", x.sendNewsletter === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.showOnlyWorkingDays !== "boolean" && haltAt(e, m, "showOnlyWorkingDays", x.showOnlyWorkingDays === void 0 ? "is required" : "must be boolean"))
      return false;
    n = mark(e);
    if (x.summaryReportSettings !== void 0 && !validateSummaryReportSettingsDtoV1(x.summaryReportSettings, e, m) && haltChild(e, m, n, "summaryReportSettings"))
      return false;
    if (!(x.theme === "DARK" || x.theme === "DEFAULT") && !(m & 2 && typeof x.theme === "string") && haltAt(
      e,
      m,
      "theme",
      x.theme === void 0 ? "is required" : typeof x.theme !== "string" ? "must be string" : "must be one of: DARK, DEFAULT"
    ))
      return false;
    if (!(x.timeFormat === "HOUR12" || x.timeFormat === "HOUR24") && !(m & 2 && typeof x.timeFormat === "string") && haltAt(
      e,
      m,
      "timeFormat",
      x.timeFormat === void 0 ? "is required" : typeof x.timeFormat !== "string" ? "must be string" : "must be one of: HOUR12, HOUR24"
    ))
      return false;
    if (typeof x.timeTrackingManual !== "boolean" && haltAt(e, m, "timeTrackingManual", x.timeTrackingManual === void 0 ? "is required" : "must be boolean"))
      return false;
    if (typeof x.timeZone !== "string" && haltAt(e, m, "timeZone", x.timeZone === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.weekStart !== void 0 && !validateWeekDay(x.weekStart, e, m) && haltChild(e, m, n, "weekStart"))
      return false;
    if (typeof x.weeklyUpdates !== "boolean" && haltAt(e, m, "weeklyUpdates", x.weeklyUpdates === void 0 ? "is required" : "must be boolean"))
      return false;
    if (x.darkTheme !== void 0 && typeof x.darkTheme !== "boolean" && haltAt(e, m, "darkTheme", "must be boolean"))
      return false;
    if (x.projectPickerSpecialFilter !== void 0 && typeof x.projectPickerSpecialFilter !== "boolean" && haltAt(e, m, "projectPickerSpecialFilter", "must be boolean"))
      return false;
    for (const k of keys) {
      switch (k) {
        case "alerts":
        case "approval":
        case "collapseAllProjectLists":
        case "dashboardPinToTop":
        case "dashboardSelection":
        case "dashboardViewType":
        case "dateFormat":
        case "groupSimilarEntriesDisabled":
        case "invoiceReminders":
        case "isCompactViewOn":
        case "lang":
        case "longRunning":
        case "multiFactorEnabled":
        case "myStartOfDay":
        case "onboarding":
        case "projectListCollapse":
        case "projectPickerTaskFilter":
        case "pto":
        case "reminders":
        case "scheduledReports":
        case "scheduling":
        case "sendNewsletter":
        case "showOnlyWorkingDays":
        case "summaryReportSettings":
        case "theme":
        case "timeFormat":
        case "timeTrackingManual":
        case "timeZone":
        case "weekStart":
        case "weeklyUpdates":
        case "darkTheme":
        case "projectPickerSpecialFilter":
          continue;
      }
    }
  }
  return e === null || e.length === n0;
}
function s244(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.group !== void 0 && typeof x.group !== "string" && own(x, "group") !== void 0 && haltAt(e, m, "group", "must be string"))
      return false;
    if (x.subgroup !== void 0 && typeof x.subgroup !== "string" && own(x, "subgroup") !== void 0 && haltAt(e, m, "subgroup", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s245(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.weekStart !== void 0 && typeof x.weekStart !== "string" && own(x, "weekStart") !== void 0 && haltAt(e, m, "weekStart", "must be string"))
      return false;
    if (x.timeZone !== void 0 && typeof x.timeZone !== "string" && own(x, "timeZone") !== void 0 && haltAt(e, m, "timeZone", "must be string"))
      return false;
    if (x.timeFormat !== void 0 && typeof x.timeFormat !== "string" && own(x, "timeFormat") !== void 0 && haltAt(e, m, "timeFormat", "must be string"))
      return false;
    if (x.dateFormat !== void 0 && typeof x.dateFormat !== "string" && own(x, "dateFormat") !== void 0 && haltAt(e, m, "dateFormat", "must be string"))
      return false;
    if (x.sendNewsletter !== void 0 && typeof x.sendNewsletter !== "boolean" && own(x, "sendNewsletter") !== void 0 && haltAt(e, m, "sendNewsletter", "must be boolean"))
      return false;
    if (x.weeklyUpdates !== void 0 && typeof x.weeklyUpdates !== "boolean" && own(x, "weeklyUpdates") !== void 0 && haltAt(e, m, "weeklyUpdates", "must be boolean"))
      return false;
    if (x.longRunning !== void 0 && typeof x.longRunning !== "boolean" && own(x, "longRunning") !== void 0 && haltAt(e, m, "longRunning", "must be boolean"))
      return false;
    if (x.scheduledReports !== void 0 && typeof x.scheduledReports !== "boolean" && own(x, "scheduledReports") !== void 0 && haltAt(e, m, "scheduledReports", "must be boolean"))
      return false;
    if (x.approval !== void 0 && typeof x.approval !== "boolean" && own(x, "approval") !== void 0 && haltAt(e, m, "approval", "must be boolean"))
      return false;
    if (x.pto !== void 0 && typeof x.pto !== "boolean" && own(x, "pto") !== void 0 && haltAt(e, m, "pto", "must be boolean"))
      return false;
    if (x.alerts !== void 0 && typeof x.alerts !== "boolean" && own(x, "alerts") !== void 0 && haltAt(e, m, "alerts", "must be boolean"))
      return false;
    if (x.reminders !== void 0 && typeof x.reminders !== "boolean" && own(x, "reminders") !== void 0 && haltAt(e, m, "reminders", "must be boolean"))
      return false;
    if (x.onboarding !== void 0 && typeof x.onboarding !== "boolean" && own(x, "onboarding") !== void 0 && haltAt(e, m, "onboarding", "must be boolean"))
      return false;
    if (x.timeTrackingManual !== void 0 && typeof x.timeTrackingManual !== "boolean" && own(x, "timeTrackingManual") !== void 0 && haltAt(e, m, "timeTrackingManual", "must be boolean"))
      return false;
    n = mark(e);
    if (x.summaryReportSettings !== void 0 && !s244(x.summaryReportSettings, e, m) && (own(x, "summaryReportSettings") !== void 0 ? haltChild(e, m, n, "summaryReportSettings") : drop(e, n)))
      return false;
    if (x.isCompactViewOn !== void 0 && typeof x.isCompactViewOn !== "boolean" && own(x, "isCompactViewOn") !== void 0 && haltAt(e, m, "isCompactViewOn", "must be boolean"))
      return false;
    if (x.dashboardSelection !== void 0 && typeof x.dashboardSelection !== "string" && own(x, "dashboardSelection") !== void 0 && haltAt(e, m, "dashboardSelection", "must be string"))
      return false;
    if (x.dashboardViewType !== void 0 && typeof x.dashboardViewType !== "string" && own(x, "dashboardViewType") !== void 0 && haltAt(e, m, "dashboardViewType", "must be string"))
      return false;
    if (x.dashboardPinToTop !== void 0 && typeof x.dashboardPinToTop !== "boolean" && own(x, "dashboardPinToTop") !== void 0 && haltAt(e, m, "dashboardPinToTop", "must be boolean"))
      return false;
    n = mark(e);
    if (x.projectListCollapse !== void 0 && !s67(x.projectListCollapse, e, m) && (own(x, "projectListCollapse") !== void 0 ? haltChild(e, m, n, "projectListCollapse") : drop(e, n)))
      return false;
    if (x.collapseAllProjectLists !== void 0 && typeof x.collapseAllProjectLists !== "boolean" && own(x, "collapseAllProjectLists") !== void 0 && haltAt(e, m, "collapseAllProjectLists", "must be boolean"))
      return false;
    if (x.groupSimilarEntriesDisabled !== void 0 && typeof x.groupSimilarEntriesDisabled !== "boolean" && own(x, "groupSimilarEntriesDisabled") !== void 0 && haltAt(e, m, "groupSimilarEntriesDisabled", "must be boolean"))
      return false;
    if (x.myStartOfDay !== void 0 && typeof x.myStartOfDay !== "string" && own(x, "myStartOfDay") !== void 0 && haltAt(e, m, "myStartOfDay", "must be string"))
      return false;
    if (x.darkTheme !== void 0 && typeof x.darkTheme !== "boolean" && own(x, "darkTheme") !== void 0 && haltAt(e, m, "darkTheme", "must be boolean"))
      return false;
    if (x.projectPickerSpecialFilter !== void 0 && typeof x.projectPickerSpecialFilter !== "boolean" && own(x, "projectPickerSpecialFilter") !== void 0 && haltAt(e, m, "projectPickerSpecialFilter", "must be boolean"))
      return false;
    if (x.lang !== void 0 && typeof x.lang !== "string" && own(x, "lang") !== void 0 && haltAt(e, m, "lang", "must be string"))
      return false;
    if (x.multiFactorEnabled !== void 0 && typeof x.multiFactorEnabled !== "boolean" && own(x, "multiFactorEnabled") !== void 0 && haltAt(e, m, "multiFactorEnabled", "must be boolean"))
      return false;
    if (x.scheduling !== void 0 && typeof x.scheduling !== "boolean" && own(x, "scheduling") !== void 0 && haltAt(e, m, "scheduling", "must be boolean"))
      return false;
    if (x.showOnlyWorkingDays !== void 0 && typeof x.showOnlyWorkingDays !== "boolean" && own(x, "showOnlyWorkingDays") !== void 0 && haltAt(e, m, "showOnlyWorkingDays", "must be boolean"))
      return false;
    if (x.theme !== void 0 && typeof x.theme !== "string" && own(x, "theme") !== void 0 && haltAt(e, m, "theme", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function s246(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x) || x === null) && halt(e, m, "must be object or null"))
    return false;
  if (typeof x === "object" && x !== null && !Array.isArray(x)) {
    if (x.id !== void 0 && typeof x.id !== "string" && own(x, "id") !== void 0 && haltAt(e, m, "id", "must be string"))
      return false;
    if (x.email !== void 0 && typeof x.email !== "string" && own(x, "email") !== void 0 && haltAt(e, m, "email", "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
    if (x.profilePicture !== void 0 && typeof x.profilePicture !== "string" && own(x, "profilePicture") !== void 0 && haltAt(e, m, "profilePicture", "must be string"))
      return false;
    n = mark(e);
    if (x.settings !== void 0 && !s245(x.settings, e, m) && (own(x, "settings") !== void 0 ? haltChild(e, m, n, "settings") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateUsersInvitedToWorkspaceWebhookEvent(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.invitedUserEmails === void 0 && haltAt(e, m, "invitedUserEmails", "is required")) return false;
    if (x.inviter === void 0 && haltAt(e, m, "inviter", "is required")) return false;
    if (typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", x.workspaceId === void 0 ? "is required" : "must be string"))
      return false;
    n = mark(e);
    if (x.inviter !== void 0 && !s246(x.inviter, e, m) && haltChild(e, m, n, "inviter")) return false;
    n = mark(e);
    if (x.invitedUserEmails !== void 0 && !s45(x.invitedUserEmails, e, m) && haltChild(e, m, n, "invitedUserEmails"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateVisibleZeroFieldsInvoice(x, e, m) {
  const n0 = mark(e);
  if (!(x === "TAX" || x === "TAX_2" || x === "DISCOUNT") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: TAX, TAX_2, DISCOUNT"))
    return false;
  return e === null || e.length === n0;
}
function s247(x, e, m) {
  const n0 = mark(e);
  if (!(validateWebhookEventTriggerSourceType(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s248(x, e, m) {
  const n0 = mark(e);
  if (!(validateWebhookEventType(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateWebhookDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.authToken !== void 0 && !(typeof x.authToken === "string" || x.authToken === null) && haltAt(e, m, "authToken", "must be string or null"))
      return false;
    if (x.enabled !== void 0 && !(typeof x.enabled === "boolean" || x.enabled === null) && haltAt(e, m, "enabled", "must be boolean or null"))
      return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    n = mark(e);
    if (x.triggerSource !== void 0 && !s45(x.triggerSource, e, m) && haltChild(e, m, n, "triggerSource"))
      return false;
    n = mark(e);
    if (x.triggerSourceType !== void 0 && !s247(x.triggerSourceType, e, m) && haltChild(e, m, n, "triggerSourceType"))
      return false;
    if (x.url !== void 0 && !(typeof x.url === "string" || x.url === null) && haltAt(e, m, "url", "must be string or null"))
      return false;
    if (x.userId !== void 0 && !(typeof x.userId === "string" || x.userId === null) && haltAt(e, m, "userId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.webhookEvent !== void 0 && !s248(x.webhookEvent, e, m) && haltChild(e, m, n, "webhookEvent")) return false;
    if (x.workspaceId !== void 0 && typeof x.workspaceId !== "string" && haltAt(e, m, "workspaceId", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateWebhookEventTriggerSourceType(x, e, m) {
  const n0 = mark(e);
  if (!(x === "PROJECT_ID" || x === "USER_ID" || x === "TAG_ID" || x === "TASK_ID" || x === "WORKSPACE_ID" || x === "ASSIGNMENT_ID" || x === "EXPENSE_ID") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: PROJECT_ID, USER_ID, TAG_ID, TASK_ID, WORKSPACE_ID, ASSIGNMENT_ID, EXPENSE_ID"
  ))
    return false;
  return e === null || e.length === n0;
}
function validateWebhookEventType(x, e, m) {
  const n0 = mark(e);
  if (!values0.has(x) && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: NEW_PROJECT, NEW_TASK, NEW_CLIENT, NEW_TIMER_STARTED, TIMER_STOPPED, TIME_ENTRY_UPDATED, TIME_ENTRY_DELETED, TIME_ENTRY_SPLIT, NEW_TIME_ENTRY, TIME_ENTRY_RESTORED, NEW_TAG, USER_DELETED_FROM_WORKSPACE, USER_JOINED_WORKSPACE, USER_DEACTIVATED_ON_WORKSPACE, USER_ACTIVATED_ON_WORKSPACE, USER_EMAIL_CHANGED, USER_UPDATED, NEW_INVOICE, INVOICE_UPDATED, NEW_APPROVAL_REQUEST, \u2026"
  ))
    return false;
  return e === null || e.length === n0;
}
function validateWebhookLogDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.requestBody !== void 0 && !(typeof x.requestBody === "string" || x.requestBody === null) && haltAt(e, m, "requestBody", "must be string or null"))
      return false;
    if (x.respondedAt !== void 0 && !(typeof x.respondedAt === "string" || x.respondedAt === null) && haltAt(e, m, "respondedAt", "must be string or null"))
      return false;
    if (x.responseBody !== void 0 && !(typeof x.responseBody === "string" || x.responseBody === null) && haltAt(e, m, "responseBody", "must be string or null"))
      return false;
    n = mark(e);
    if (x.statusCode !== void 0 && !s19(x.statusCode, e, m) && haltChild(e, m, n, "statusCode")) return false;
    if (x.webhookId !== void 0 && !(typeof x.webhookId === "string" || x.webhookId === null) && haltAt(e, m, "webhookId", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateWebhookLogSearchRequestV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.from !== void 0 && !s52(x.from, e, m) && (own(x, "from") !== void 0 ? haltChild(e, m, n, "from") : drop(e, n)))
      return false;
    if (x.sortByNewest !== void 0 && typeof x.sortByNewest !== "boolean" && own(x, "sortByNewest") !== void 0 && haltAt(e, m, "sortByNewest", "must be boolean"))
      return false;
    if (x.status !== void 0 && !(x.status === "ALL" || x.status === "SUCCEEDED" || x.status === "FAILED") && !(m & 2 && typeof x.status === "string") && own(x, "status") !== void 0 && haltAt(e, m, "status", typeof x.status !== "string" ? "must be string" : "must be one of: ALL, SUCCEEDED, FAILED"))
      return false;
    n = mark(e);
    if (x.to !== void 0 && !s52(x.to, e, m) && (own(x, "to") !== void 0 ? haltChild(e, m, n, "to") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function s249(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateWebhookDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function validateWebhooksDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    n = mark(e);
    if (x.webhooks !== void 0 && !s249(x.webhooks, e, m) && (own(x, "webhooks") !== void 0 ? haltChild(e, m, n, "webhooks") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.workspaceWebhookCount !== void 0 && !s19(x.workspaceWebhookCount, e, m) && (own(x, "workspaceWebhookCount") !== void 0 ? haltChild(e, m, n, "workspaceWebhookCount") : drop(e, n)))
      return false;
  }
  return e === null || e.length === n0;
}
function validateWeekDay(x, e, m) {
  const n0 = mark(e);
  if (!(x === "MONDAY" || x === "TUESDAY" || x === "WEDNESDAY" || x === "THURSDAY" || x === "FRIDAY" || x === "SATURDAY" || x === "SUNDAY") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"
  ))
    return false;
  return e === null || e.length === n0;
}
function validateWeeklyFilterV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.group !== void 0 && !(typeof x.group === "string" || x.group === null) && own(x, "group") !== void 0 && haltAt(e, m, "group", "must be string or null"))
      return false;
    if (x.subgroup !== void 0 && !(typeof x.subgroup === "string" || x.subgroup === null) && own(x, "subgroup") !== void 0 && haltAt(e, m, "subgroup", "must be string or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateWeeklyReportFilterV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.dateRangeEnd === void 0 && haltAt(e, m, "dateRangeEnd", "is required")) return false;
    if (x.dateRangeStart === void 0 && haltAt(e, m, "dateRangeStart", "is required")) return false;
    if (x.weeklyFilter === void 0 && haltAt(e, m, "weeklyFilter", "is required")) return false;
    if (x.amountShown !== void 0 && !(x.amountShown === "EARNED" || x.amountShown === "COST" || x.amountShown === "PROFIT" || x.amountShown === "HIDE_AMOUNT" || x.amountShown === "EXPORT") && !(m & 2 && typeof x.amountShown === "string") && haltAt(
      e,
      m,
      "amountShown",
      typeof x.amountShown !== "string" ? "must be string" : "must be one of: EARNED, COST, PROFIT, HIDE_AMOUNT, EXPORT"
    ))
      return false;
    n = mark(e);
    if (x.amounts !== void 0 && !s29(x.amounts, e, m) && haltChild(e, m, n, "amounts")) return false;
    if (x.approvalState !== void 0 && !(x.approvalState === "APPROVED" || x.approvalState === "UNAPPROVED" || x.approvalState === "ALL") && !(m & 2 && typeof x.approvalState === "string") && haltAt(
      e,
      m,
      "approvalState",
      typeof x.approvalState !== "string" ? "must be string" : "must be one of: APPROVED, UNAPPROVED, ALL"
    ))
      return false;
    if (x.archived !== void 0 && typeof x.archived !== "boolean" && haltAt(e, m, "archived", "must be boolean"))
      return false;
    n = mark(e);
    if (x.attendanceFilter !== void 0 && !validateAttendanceFilterV1(x.attendanceFilter, e, m) && haltChild(e, m, n, "attendanceFilter"))
      return false;
    if (x.billable !== void 0 && typeof x.billable !== "boolean" && haltAt(e, m, "billable", "must be boolean"))
      return false;
    n = mark(e);
    if (x.clients !== void 0 && !validateContainsArchivedFilterV1(x.clients, e, m) && haltChild(e, m, n, "clients"))
      return false;
    n = mark(e);
    if (x.currency !== void 0 && !validateContainsArchivedFilterV1(x.currency, e, m) && haltChild(e, m, n, "currency"))
      return false;
    n = mark(e);
    if (x.customFields !== void 0 && !s30(x.customFields, e, m) && haltChild(e, m, n, "customFields")) return false;
    if (x.dateFormat !== void 0 && typeof x.dateFormat !== "string" && haltAt(e, m, "dateFormat", "must be string"))
      return false;
    n = mark(e);
    if (x.dateRangeEnd !== void 0 && !s31(x.dateRangeEnd, e, m) && haltChild(e, m, n, "dateRangeEnd")) return false;
    n = mark(e);
    if (x.dateRangeStart !== void 0 && !s31(x.dateRangeStart, e, m) && haltChild(e, m, n, "dateRangeStart"))
      return false;
    if (x.dateRangeType !== void 0 && !(x.dateRangeType === "ABSOLUTE" || x.dateRangeType === "TODAY" || x.dateRangeType === "YESTERDAY" || x.dateRangeType === "THIS_WEEK" || x.dateRangeType === "LAST_WEEK" || x.dateRangeType === "PAST_TWO_WEEKS" || x.dateRangeType === "THIS_MONTH" || x.dateRangeType === "LAST_MONTH" || x.dateRangeType === "THIS_YEAR" || x.dateRangeType === "LAST_YEAR") && !(m & 2 && typeof x.dateRangeType === "string") && haltAt(
      e,
      m,
      "dateRangeType",
      typeof x.dateRangeType !== "string" ? "must be string" : "must be one of: ABSOLUTE, TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, PAST_TWO_WEEKS, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR"
    ))
      return false;
    if (x.description !== void 0 && typeof x.description !== "string" && haltAt(e, m, "description", "must be string"))
      return false;
    n = mark(e);
    if (x.detailedFilter !== void 0 && !validateDetailedFilterV1(x.detailedFilter, e, m) && haltChild(e, m, n, "detailedFilter"))
      return false;
    if (x.exportType !== void 0 && !(x.exportType === "JSON" || x.exportType === "JSON_V1" || x.exportType === "PDF" || x.exportType === "CSV" || x.exportType === "XLSX" || x.exportType === "ZIP") && !(m & 2 && typeof x.exportType === "string") && haltAt(
      e,
      m,
      "exportType",
      typeof x.exportType !== "string" ? "must be string" : "must be one of: JSON, JSON_V1, PDF, CSV, XLSX, ZIP"
    ))
      return false;
    if (x.invoicingState !== void 0 && !(x.invoicingState === "INVOICED" || x.invoicingState === "UNINVOICED" || x.invoicingState === "ALL") && !(m & 2 && typeof x.invoicingState === "string") && haltAt(
      e,
      m,
      "invoicingState",
      typeof x.invoicingState !== "string" ? "must be string" : "must be one of: INVOICED, UNINVOICED, ALL"
    ))
      return false;
    n = mark(e);
    if (x.projects !== void 0 && !validateContainsArchivedFilterV1(x.projects, e, m) && haltChild(e, m, n, "projects"))
      return false;
    if (x.rounding !== void 0 && typeof x.rounding !== "boolean" && haltAt(e, m, "rounding", "must be boolean"))
      return false;
    if (x.sortOrder !== void 0 && !(x.sortOrder === "ASCENDING" || x.sortOrder === "DESCENDING") && !(m & 2 && typeof x.sortOrder === "string") && haltAt(
      e,
      m,
      "sortOrder",
      typeof x.sortOrder !== "string" ? "must be string" : "must be one of: ASCENDING, DESCENDING"
    ))
      return false;
    n = mark(e);
    if (x.summaryFilter !== void 0 && !validateSummaryFilterV1(x.summaryFilter, e, m) && haltChild(e, m, n, "summaryFilter"))
      return false;
    n = mark(e);
    if (x.tags !== void 0 && !validateContainsTagFilterV1(x.tags, e, m) && haltChild(e, m, n, "tags")) return false;
    n = mark(e);
    if (x.tasks !== void 0 && !validateContainsTaskFilterV1(x.tasks, e, m) && haltChild(e, m, n, "tasks"))
      return false;
    if (x.timeFormat !== void 0 && typeof x.timeFormat !== "string" && haltAt(e, m, "timeFormat", "must be string"))
      return false;
    if (x.timeZone !== void 0 && typeof x.timeZone !== "string" && haltAt(e, m, "timeZone", "must be string"))
      return false;
    n = mark(e);
    if (x.userGroups !== void 0 && !validateContainsUsersFilterV1(x.userGroups, e, m) && haltChild(e, m, n, "userGroups"))
      return false;
    if (x.userLocale !== void 0 && typeof x.userLocale !== "string" && haltAt(e, m, "userLocale", "must be string"))
      return false;
    n = mark(e);
    if (x.users !== void 0 && !validateContainsUsersFilterV1(x.users, e, m) && haltChild(e, m, n, "users"))
      return false;
    if (x.weekStart !== void 0 && !(x.weekStart === "MONDAY" || x.weekStart === "TUESDAY" || x.weekStart === "WEDNESDAY" || x.weekStart === "THURSDAY" || x.weekStart === "FRIDAY" || x.weekStart === "SATURDAY" || x.weekStart === "SUNDAY") && !(m & 2 && typeof x.weekStart === "string") && haltAt(
      e,
      m,
      "weekStart",
      typeof x.weekStart !== "string" ? "must be string" : "must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"
    ))
      return false;
    n = mark(e);
    if (x.weeklyFilter !== void 0 && !validateWeeklyFilterV1(x.weeklyFilter, e, m) && haltChild(e, m, n, "weeklyFilter"))
      return false;
    if (x.withoutDescription !== void 0 && typeof x.withoutDescription !== "boolean" && haltAt(e, m, "withoutDescription", "must be boolean"))
      return false;
    if (x.zoomLevel !== void 0 && !(x.zoomLevel === "WEEK" || x.zoomLevel === "MONTH" || x.zoomLevel === "YEAR") && !(m & 2 && typeof x.zoomLevel === "string") && haltAt(
      e,
      m,
      "zoomLevel",
      typeof x.zoomLevel !== "string" ? "must be string" : "must be one of: WEEK, MONTH, YEAR"
    ))
      return false;
  }
  return e === null || e.length === n0;
}
function s250(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(Array.isArray(x) || x === null) && halt(e, m, "must be array or null")) return false;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCurrencyWithDefaultInfoDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s251(x, e, m) {
  const n0 = mark(e);
  if (!(validateFeatureSubscriptionType(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s252(x, e, m) {
  const n0 = mark(e);
  if (!(validateFeature(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s253(x, e, m) {
  const n0 = mark(e);
  if (!(validateHourlyRateDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s254(x, e, m) {
  const n0 = mark(e);
  if (!(validateWorkspaceSubdomainDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s255(x, e, m) {
  const n0 = mark(e);
  if (!(validateWorkspaceSettingsDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function validateWorkspaceDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    x = ownView(x);
    if (x.cakeOrganizationId !== void 0 && !(typeof x.cakeOrganizationId === "string" || x.cakeOrganizationId === null) && haltAt(e, m, "cakeOrganizationId", "must be string or null"))
      return false;
    n = mark(e);
    if (x.costRate !== void 0 && !s147(x.costRate, e, m) && haltChild(e, m, n, "costRate")) return false;
    n = mark(e);
    if (x.currencies !== void 0 && !s250(x.currencies, e, m) && haltChild(e, m, n, "currencies")) return false;
    n = mark(e);
    if (x.featureSubscriptionType !== void 0 && !s251(x.featureSubscriptionType, e, m) && haltChild(e, m, n, "featureSubscriptionType"))
      return false;
    n = mark(e);
    if (x.features !== void 0 && !s252(x.features, e, m) && haltChild(e, m, n, "features")) return false;
    n = mark(e);
    if (x.hourlyRate !== void 0 && !s253(x.hourlyRate, e, m) && haltChild(e, m, n, "hourlyRate")) return false;
    if (typeof x.id !== "string" && haltAt(e, m, "id", x.id === void 0 ? "is required" : "must be string"))
      return false;
    if (x.imageUrl !== void 0 && !(typeof x.imageUrl === "string" || x.imageUrl === null) && haltAt(e, m, "imageUrl", "must be string or null"))
      return false;
    n = mark(e);
    if (x.memberships !== void 0 && !s150(x.memberships, e, m) && haltChild(e, m, n, "memberships")) return false;
    if (x.name !== void 0 && typeof x.name !== "string" && haltAt(e, m, "name", "must be string")) return false;
    n = mark(e);
    if (x.subdomain !== void 0 && !s254(x.subdomain, e, m) && haltChild(e, m, n, "subdomain")) return false;
    n = mark(e);
    if (x.workspaceSettings !== void 0 && !s255(x.workspaceSettings, e, m) && haltChild(e, m, n, "workspaceSettings"))
      return false;
  }
  return e === null || e.length === n0;
}
function s256(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "PROJECT" || x === "TEAM" || x === "REPORTS") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: PROJECT, TEAM, REPORTS"))
    return false;
  return e === null || e.length === n0;
}
function s257(x, e, m) {
  const n0 = mark(e);
  if (!(validateAutomaticLockDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s258(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "CURRENCY_SPACE_VALUE" || x === "VALUE_SPACE_CURRENCY" || x === "CURRENCY_VALUE" || x === "VALUE_CURRENCY") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: CURRENCY_SPACE_VALUE, VALUE_SPACE_CURRENCY, CURRENCY_VALUE, VALUE_CURRENCY"))
    return false;
  return e === null || e.length === n0;
}
function s259(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "FULL" || x === "COMPACT" || x === "DECIMAL") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: FULL, COMPACT, DECIMAL"))
    return false;
  return e === null || e.length === n0;
}
function s260(x, e, m) {
  const n0 = mark(e);
  if (!(validateEntityCreationPermissionsDtoV1(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s261(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "COMMA_PERIOD" || x === "PERIOD_COMMA" || x === "QUOTATION_MARK_PERIOD" || x === "SPACE_COMMA") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: COMMA_PERIOD, PERIOD_COMMA, QUOTATION_MARK_PERIOD, SPACE_COMMA"))
    return false;
  return e === null || e.length === n0;
}
function s262(x, e, m) {
  const n0 = mark(e);
  if (!(validateRoundDto(x, null, m) || s2(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s263(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "string" || x === null) && halt(e, m, "must be string or null")) return false;
  if (!(x === "DEFAULT" || x === "STOPWATCH_ONLY") && !(m & 2 && typeof x === "string") && halt(e, m, "must be one of: DEFAULT, STOPWATCH_ONLY"))
    return false;
  return e === null || e.length === n0;
}
function validateWorkspaceSettingsDtoV1(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.activeBillableHours !== void 0 && !(typeof x.activeBillableHours === "boolean" || x.activeBillableHours === null) && own(x, "activeBillableHours") !== void 0 && haltAt(e, m, "activeBillableHours", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.adminOnlyPages !== void 0 && !s256(x.adminOnlyPages, e, m) && (own(x, "adminOnlyPages") !== void 0 ? haltChild(e, m, n, "adminOnlyPages") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.automaticLock !== void 0 && !s257(x.automaticLock, e, m) && (own(x, "automaticLock") !== void 0 ? haltChild(e, m, n, "automaticLock") : drop(e, n)))
      return false;
    if (x.canSeeTimeSheet !== void 0 && !(typeof x.canSeeTimeSheet === "boolean" || x.canSeeTimeSheet === null) && own(x, "canSeeTimeSheet") !== void 0 && haltAt(e, m, "canSeeTimeSheet", "must be boolean or null"))
      return false;
    if (x.canSeeTracker !== void 0 && !(typeof x.canSeeTracker === "boolean" || x.canSeeTracker === null) && own(x, "canSeeTracker") !== void 0 && haltAt(e, m, "canSeeTracker", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.currencyFormat !== void 0 && !s258(x.currencyFormat, e, m) && (own(x, "currencyFormat") !== void 0 ? haltChild(e, m, n, "currencyFormat") : drop(e, n)))
      return false;
    if (x.defaultBillableProjects !== void 0 && !(typeof x.defaultBillableProjects === "boolean" || x.defaultBillableProjects === null) && own(x, "defaultBillableProjects") !== void 0 && haltAt(e, m, "defaultBillableProjects", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.durationFormat !== void 0 && !s259(x.durationFormat, e, m) && (own(x, "durationFormat") !== void 0 ? haltChild(e, m, n, "durationFormat") : drop(e, n)))
      return false;
    n = mark(e);
    if (x.entityCreationPermissions !== void 0 && !s260(x.entityCreationPermissions, e, m) && (own(x, "entityCreationPermissions") !== void 0 ? haltChild(e, m, n, "entityCreationPermissions") : drop(e, n)))
      return false;
    if (x.forceDescription !== void 0 && !(typeof x.forceDescription === "boolean" || x.forceDescription === null) && own(x, "forceDescription") !== void 0 && haltAt(e, m, "forceDescription", "must be boolean or null"))
      return false;
    if (x.forceProjects !== void 0 && !(typeof x.forceProjects === "boolean" || x.forceProjects === null) && own(x, "forceProjects") !== void 0 && haltAt(e, m, "forceProjects", "must be boolean or null"))
      return false;
    if (x.forceTags !== void 0 && !(typeof x.forceTags === "boolean" || x.forceTags === null) && own(x, "forceTags") !== void 0 && haltAt(e, m, "forceTags", "must be boolean or null"))
      return false;
    if (x.forceTasks !== void 0 && !(typeof x.forceTasks === "boolean" || x.forceTasks === null) && own(x, "forceTasks") !== void 0 && haltAt(e, m, "forceTasks", "must be boolean or null"))
      return false;
    if (x.isProjectPublicByDefault !== void 0 && !(typeof x.isProjectPublicByDefault === "boolean" || x.isProjectPublicByDefault === null) && own(x, "isProjectPublicByDefault") !== void 0 && haltAt(e, m, "isProjectPublicByDefault", "must be boolean or null"))
      return false;
    if (x.lockTimeEntries !== void 0 && !(typeof x.lockTimeEntries === "string" || x.lockTimeEntries === null) && own(x, "lockTimeEntries") !== void 0 && haltAt(e, m, "lockTimeEntries", "must be string or null"))
      return false;
    if (x.lockTimeZone !== void 0 && !(typeof x.lockTimeZone === "string" || x.lockTimeZone === null) && own(x, "lockTimeZone") !== void 0 && haltAt(e, m, "lockTimeZone", "must be string or null"))
      return false;
    if (x.multiFactorEnabled !== void 0 && !(typeof x.multiFactorEnabled === "boolean" || x.multiFactorEnabled === null) && own(x, "multiFactorEnabled") !== void 0 && haltAt(e, m, "multiFactorEnabled", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.numberFormat !== void 0 && !s261(x.numberFormat, e, m) && (own(x, "numberFormat") !== void 0 ? haltChild(e, m, n, "numberFormat") : drop(e, n)))
      return false;
    if (x.onlyAdminsCanChangeBillableStatus !== void 0 && !(typeof x.onlyAdminsCanChangeBillableStatus === "boolean" || x.onlyAdminsCanChangeBillableStatus === null) && own(x, "onlyAdminsCanChangeBillableStatus") !== void 0 && haltAt(e, m, "onlyAdminsCanChangeBillableStatus", "must be boolean or null"))
      return false;
    if (x.onlyAdminsCreateProject !== void 0 && !(typeof x.onlyAdminsCreateProject === "boolean" || x.onlyAdminsCreateProject === null) && own(x, "onlyAdminsCreateProject") !== void 0 && haltAt(e, m, "onlyAdminsCreateProject", "must be boolean or null"))
      return false;
    if (x.onlyAdminsCreateTag !== void 0 && !(typeof x.onlyAdminsCreateTag === "boolean" || x.onlyAdminsCreateTag === null) && own(x, "onlyAdminsCreateTag") !== void 0 && haltAt(e, m, "onlyAdminsCreateTag", "must be boolean or null"))
      return false;
    if (x.onlyAdminsCreateTask !== void 0 && !(typeof x.onlyAdminsCreateTask === "boolean" || x.onlyAdminsCreateTask === null) && own(x, "onlyAdminsCreateTask") !== void 0 && haltAt(e, m, "onlyAdminsCreateTask", "must be boolean or null"))
      return false;
    if (x.onlyAdminsSeeAllTimeEntries !== void 0 && !(typeof x.onlyAdminsSeeAllTimeEntries === "boolean" || x.onlyAdminsSeeAllTimeEntries === null) && own(x, "onlyAdminsSeeAllTimeEntries") !== void 0 && haltAt(e, m, "onlyAdminsSeeAllTimeEntries", "must be boolean or null"))
      return false;
    if (x.onlyAdminsSeeBillableRates !== void 0 && !(typeof x.onlyAdminsSeeBillableRates === "boolean" || x.onlyAdminsSeeBillableRates === null) && own(x, "onlyAdminsSeeBillableRates") !== void 0 && haltAt(e, m, "onlyAdminsSeeBillableRates", "must be boolean or null"))
      return false;
    if (x.onlyAdminsSeeDashboard !== void 0 && !(typeof x.onlyAdminsSeeDashboard === "boolean" || x.onlyAdminsSeeDashboard === null) && own(x, "onlyAdminsSeeDashboard") !== void 0 && haltAt(e, m, "onlyAdminsSeeDashboard", "must be boolean or null"))
      return false;
    if (x.onlyAdminsSeePublicProjectsEntries !== void 0 && !(typeof x.onlyAdminsSeePublicProjectsEntries === "boolean" || x.onlyAdminsSeePublicProjectsEntries === null) && own(x, "onlyAdminsSeePublicProjectsEntries") !== void 0 && haltAt(e, m, "onlyAdminsSeePublicProjectsEntries", "must be boolean or null"))
      return false;
    if (x.projectFavorites !== void 0 && !(typeof x.projectFavorites === "boolean" || x.projectFavorites === null) && own(x, "projectFavorites") !== void 0 && haltAt(e, m, "projectFavorites", "must be boolean or null"))
      return false;
    if (x.projectGroupingLabel !== void 0 && !(typeof x.projectGroupingLabel === "string" || x.projectGroupingLabel === null) && own(x, "projectGroupingLabel") !== void 0 && haltAt(e, m, "projectGroupingLabel", "must be string or null"))
      return false;
    if (x.projectPickerSpecialFilter !== void 0 && !(typeof x.projectPickerSpecialFilter === "boolean" || x.projectPickerSpecialFilter === null) && own(x, "projectPickerSpecialFilter") !== void 0 && haltAt(e, m, "projectPickerSpecialFilter", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.round !== void 0 && !s262(x.round, e, m) && (own(x, "round") !== void 0 ? haltChild(e, m, n, "round") : drop(e, n)))
      return false;
    if (x.timeRoundingInReports !== void 0 && !(typeof x.timeRoundingInReports === "boolean" || x.timeRoundingInReports === null) && own(x, "timeRoundingInReports") !== void 0 && haltAt(e, m, "timeRoundingInReports", "must be boolean or null"))
      return false;
    n = mark(e);
    if (x.timeTrackingMode !== void 0 && !s263(x.timeTrackingMode, e, m) && (own(x, "timeTrackingMode") !== void 0 ? haltChild(e, m, n, "timeTrackingMode") : drop(e, n)))
      return false;
    if (x.trackTimeDownToSecond !== void 0 && !(typeof x.trackTimeDownToSecond === "boolean" || x.trackTimeDownToSecond === null) && own(x, "trackTimeDownToSecond") !== void 0 && haltAt(e, m, "trackTimeDownToSecond", "must be boolean or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateWorkspaceSubdomainDtoV1(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.enabled !== void 0 && !(typeof x.enabled === "boolean" || x.enabled === null) && own(x, "enabled") !== void 0 && haltAt(e, m, "enabled", "must be boolean or null"))
      return false;
    if (x.name !== void 0 && typeof x.name !== "string" && own(x, "name") !== void 0 && haltAt(e, m, "name", "must be string"))
      return false;
  }
  return e === null || e.length === n0;
}
function validateInvoicingInfo(x, e, m) {
  const n0 = mark(e);
  if (!(typeof x === "object" && x !== null && !Array.isArray(x))) {
    if (halt(e, m, "must be object")) return false;
  } else {
    if (x.invoiceId !== void 0 && !(typeof x.invoiceId === "string" || x.invoiceId === null) && own(x, "invoiceId") !== void 0 && haltAt(e, m, "invoiceId", "must be string or null"))
      return false;
    if (x.manuallyInvoiced !== void 0 && !(typeof x.manuallyInvoiced === "boolean" || x.manuallyInvoiced === null) && own(x, "manuallyInvoiced") !== void 0 && haltAt(e, m, "manuallyInvoiced", "must be boolean or null"))
      return false;
  }
  return e === null || e.length === n0;
}
function s264(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCustomFieldEntityType(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s265(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateCustomFieldDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s266(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ID" || x === "EMAIL" || x === "NAME" || x === "NAME_LOWERCASE" || x === "ACCESS" || x === "HOURLYRATE" || x === "COSTRATE") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: ID, EMAIL, NAME, NAME_LOWERCASE, ACCESS, HOURLYRATE, COSTRATE"
  ))
    return false;
  return e === null || e.length === n0;
}
function s267(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ASCENDING" || x === "DESCENDING") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: ASCENDING, DESCENDING"))
    return false;
  return e === null || e.length === n0;
}
function s268(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateUserDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s269(x, e, m) {
  const n0 = mark(e);
  if (!(x === "WORKSPACE_ADMIN" || x === "OWNER" || x === "TEAM_MANAGER" || x === "PROJECT_MANAGER") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: WORKSPACE_ADMIN, OWNER, TEAM_MANAGER, PROJECT_MANAGER"
  ))
    return false;
  return e === null || e.length === n0;
}
function s270(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateWorkspaceDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s271(x, e, m) {
  const n0 = mark(e);
  if (!(x === "PENDING" || x === "APPROVED" || x === "WITHDRAWN_APPROVAL") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: PENDING, APPROVED, WITHDRAWN_APPROVAL"))
    return false;
  return e === null || e.length === n0;
}
function s272(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ID" || x === "USER_ID" || x === "START" || x === "UPDATED_AT") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: ID, USER_ID, START, UPDATED_AT"))
    return false;
  return e === null || e.length === n0;
}
function s273(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateApprovalDetailsDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s274(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateClientWithCurrencyDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s275(x, e, m) {
  const n0 = mark(e);
  if (!(validateTimeEntryUpdatedInfoDto(x, null, m) || validateCustomFieldValueUpdatedInfoDto(x, null, m)) && halt(e, m, "must match at least one schema in anyOf"))
    return false;
  return e === null || e.length === n0;
}
function s276(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!s275(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s277(x, e, m) {
  const n0 = mark(e);
  if (!(x === "NAME") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: NAME"))
    return false;
  return e === null || e.length === n0;
}
function s278(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateHolidayDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s279(x, e, m) {
  const n0 = mark(e);
  if (!(x === "UNSENT" || x === "SENT" || x === "PAID" || x === "PARTIALLY_PAID" || x === "VOID" || x === "OVERDUE") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: UNSENT, SENT, PAID, PARTIALLY_PAID, VOID, OVERDUE"
  ))
    return false;
  return e === null || e.length === n0;
}
function s280(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ID" || x === "CLIENT" || x === "DUE_ON" || x === "ISSUE_DATE" || x === "AMOUNT" || x === "BALANCE") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: ID, CLIENT, DUE_ON, ISSUE_DATE, AMOUNT, BALANCE"
  ))
    return false;
  return e === null || e.length === n0;
}
function s281(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateInvoicePaymentDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s282(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ACTIVE" || x === "ARCHIVED" || x === "ALL") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: ACTIVE, ARCHIVED, ALL"))
    return false;
  return e === null || e.length === n0;
}
function s283(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ID" || x === "NAME" || x === "CLIENT_NAME" || x === "DURATION" || x === "BUDGET" || x === "PROGRESS") && !(m & 2 && typeof x === "string") && halt(
    e,
    m,
    typeof x !== "string" ? "must be string" : "must be one of: ID, NAME, CLIENT_NAME, DURATION, BUDGET, PROGRESS"
  ))
    return false;
  return e === null || e.length === n0;
}
function s284(x, e, m) {
  const n0 = mark(e);
  if (!(x === "PUBLIC" || x === "PRIVATE") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: PUBLIC, PRIVATE"))
    return false;
  return e === null || e.length === n0;
}
function s285(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateProjectDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s286(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ID" || x === "NAME") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: ID, NAME"))
    return false;
  return e === null || e.length === n0;
}
function s287(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTaskDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s288(x, e, m) {
  const n0 = mark(e);
  if (!(x === "PROJECT" || x === "USER" || x === "ID") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: PROJECT, USER, ID"))
    return false;
  return e === null || e.length === n0;
}
function s289(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateAssignmentHydratedDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s290(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateSchedulingProjectsTotalsDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s291(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateAssignmentDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s292(x, e, m) {
  const n0 = mark(e);
  if (!(x === "THIS_ONE" || x === "THIS_AND_FOLLOWING" || x === "ALL") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: THIS_ONE, THIS_AND_FOLLOWING, ALL"))
    return false;
  return e === null || e.length === n0;
}
function s293(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateSchedulingUsersTotalsDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s294(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTagDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s295(x, e, m) {
  const n0 = mark(e);
  if (!Number.isInteger(x) && halt(e, m, "must be integer")) return false;
  if (typeof x === "number") {
    if (x < 1 && halt(e, m, "must be >= 1")) return false;
    if (x > 1e3 && halt(e, m, "must be <= 1000")) return false;
    if (!isInt32Format(x) && halt(e, m, "must be a valid int32")) return false;
  }
  return e === null || e.length === n0;
}
function s296(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTimeEntryWithRatesDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s297(x, e, m) {
  const n0 = mark(e);
  if (!(x === "USER" || x === "POLICY" || x === "USED" || x === "BALANCE" || x === "TOTAL") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: USER, POLICY, USED, BALANCE, TOTAL"))
    return false;
  return e === null || e.length === n0;
}
function s298(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validatePolicyDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s299(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateUserGroupDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s300(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    if (x.length < 1 && halt(e, m, "must have at least 1 items")) return false;
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateUpdateTimeEntryBulkRequest(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s301(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTimeEntryDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s302(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateTimeEntryDtoImplV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s303(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateRoleDetailsDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s304(x, e, m) {
  const n0 = mark(e);
  if (!(x === "USER_CREATED" || x === "SYSTEM" || x === "ADDON") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: USER_CREATED, SYSTEM, ADDON"))
    return false;
  return e === null || e.length === n0;
}
function s305(x, e, m) {
  const n0 = mark(e);
  let n = n0;
  if (!Array.isArray(x)) {
    if (halt(e, m, "must be array")) return false;
  } else {
    for (let i = 0; i < x.length; i++) {
      n = mark(e);
      if (!validateWebhookLogDtoV1(x[i], e, m) && haltChild(e, m, n, i)) return false;
    }
  }
  return e === null || e.length === n0;
}
function s306(x, e, m) {
  const n0 = mark(e);
  if (!(x === "ALL" || x === "CREATED_BY_ME" || x === "SHARED_WITH_ME") && !(m & 2 && typeof x === "string") && halt(e, m, typeof x !== "string" ? "must be string" : "must be one of: ALL, CREATED_BY_ME, SHARED_WITH_ME"))
    return false;
  return e === null || e.length === n0;
}
const schemas = {
  AccountStatus: /* @__PURE__ */ validator(
    "AccountStatus",
    validateAccountStatus
  ),
  AddUserToWorkspaceRequest: /* @__PURE__ */ validator(
    "AddUserToWorkspaceRequest",
    validateAddUserToWorkspaceRequest
  ),
  AddUsersToProjectRequestV1: /* @__PURE__ */ validator(
    "AddUsersToProjectRequestV1",
    validateAddUsersToProjectRequestV1
  ),
  AmountDto: /* @__PURE__ */ validator("AmountDto", validateAmountDto),
  ApplyTaxes: /* @__PURE__ */ validator(
    "ApplyTaxes",
    validateApplyTaxes
  ),
  ApprovalDetailsDtoV1: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("ApprovalDetailsDtoV1", validateApprovalDetailsDtoV1),
    {
      write: /* @__PURE__ */ validator(
        "ApprovalDetailsDtoV1",
        validateApprovalDetailsDtoV1Write
      )
    }
  ),
  ApprovalRequestCreatorDtoV1: /* @__PURE__ */ validator(
    "ApprovalRequestCreatorDtoV1",
    validateApprovalRequestCreatorDtoV1
  ),
  ApprovalRequestDtoV1: /* @__PURE__ */ validator(
    "ApprovalRequestDtoV1",
    validateApprovalRequestDtoV1
  ),
  ApprovalRequestOwnerDtoV1: /* @__PURE__ */ validator(
    "ApprovalRequestOwnerDtoV1",
    validateApprovalRequestOwnerDtoV1
  ),
  ApprovalRequestStatusDtoV1: /* @__PURE__ */ validator(
    "ApprovalRequestStatusDtoV1",
    validateApprovalRequestStatusDtoV1
  ),
  ApproveDto: /* @__PURE__ */ validator(
    "ApproveDto",
    validateApproveDto
  ),
  AssignmentCreateRequestV1: /* @__PURE__ */ validator(
    "AssignmentCreateRequestV1",
    validateAssignmentCreateRequestV1
  ),
  AssignmentCreatedWebhookEvent: /* @__PURE__ */ validator(
    "AssignmentCreatedWebhookEvent",
    validateAssignmentCreatedWebhookEvent
  ),
  AssignmentDtoV1: /* @__PURE__ */ validator(
    "AssignmentDtoV1",
    validateAssignmentDtoV1
  ),
  AssignmentHydratedDtoV1: /* @__PURE__ */ validator(
    "AssignmentHydratedDtoV1",
    validateAssignmentHydratedDtoV1
  ),
  AssignmentPerDayDto: /* @__PURE__ */ validator(
    "AssignmentPerDayDto",
    validateAssignmentPerDayDto
  ),
  AssignmentUpdateRequestV1: /* @__PURE__ */ validator(
    "AssignmentUpdateRequestV1",
    validateAssignmentUpdateRequestV1
  ),
  AttendanceDto: /* @__PURE__ */ validator(
    "AttendanceDto",
    validateAttendanceDto
  ),
  AttendanceFilterV1: /* @__PURE__ */ validator(
    "AttendanceFilterV1",
    validateAttendanceFilterV1
  ),
  AttendanceReportDtoV1: /* @__PURE__ */ validator(
    "AttendanceReportDtoV1",
    validateAttendanceReportDtoV1
  ),
  AttendanceReportFilterV1: /* @__PURE__ */ validator(
    "AttendanceReportFilterV1",
    validateAttendanceReportFilterV1
  ),
  AuditFilterV1: /* @__PURE__ */ validator(
    "AuditFilterV1",
    validateAuditFilterV1
  ),
  AuditMetadataDto: /* @__PURE__ */ validator(
    "AuditMetadataDto",
    validateAuditMetadataDto
  ),
  AuthorizationSourceDtoV1: /* @__PURE__ */ validator(
    "AuthorizationSourceDtoV1",
    validateAuthorizationSourceDtoV1
  ),
  AutomaticAccrualDto: /* @__PURE__ */ validator(
    "AutomaticAccrualDto",
    validateAutomaticAccrualDto
  ),
  AutomaticAccrualRequest: /* @__PURE__ */ validator(
    "AutomaticAccrualRequest",
    validateAutomaticAccrualRequest
  ),
  AutomaticLockDtoV1: /* @__PURE__ */ validator(
    "AutomaticLockDtoV1",
    validateAutomaticLockDtoV1
  ),
  AutomaticTimeEntryCreationDto: /* @__PURE__ */ validator(
    "AutomaticTimeEntryCreationDto",
    validateAutomaticTimeEntryCreationDto
  ),
  AutomaticTimeEntryCreationRequest: /* @__PURE__ */ validator(
    "AutomaticTimeEntryCreationRequest",
    validateAutomaticTimeEntryCreationRequest
  ),
  BalanceDtoV1: /* @__PURE__ */ validator(
    "BalanceDtoV1",
    validateBalanceDtoV1
  ),
  BalanceUpdatedWebhookEvent: /* @__PURE__ */ validator(
    "BalanceUpdatedWebhookEvent",
    validateBalanceUpdatedWebhookEvent
  ),
  BalancesWithCountDtoV1: /* @__PURE__ */ validator(
    "BalancesWithCountDtoV1",
    validateBalancesWithCountDtoV1
  ),
  BaseFilterRequest: /* @__PURE__ */ validator(
    "BaseFilterRequest",
    validateBaseFilterRequest
  ),
  BillableRateUpdatedWebhookEvent: /* @__PURE__ */ validator(
    "BillableRateUpdatedWebhookEvent",
    validateBillableRateUpdatedWebhookEvent
  ),
  CalculationType: /* @__PURE__ */ validator(
    "CalculationType",
    validateCalculationType
  ),
  ChangeBalanceRequestV1: /* @__PURE__ */ validator(
    "ChangeBalanceRequestV1",
    validateChangeBalanceRequestV1
  ),
  ChangeInvoiceStatusRequestV1: /* @__PURE__ */ validator(
    "ChangeInvoiceStatusRequestV1",
    validateChangeInvoiceStatusRequestV1
  ),
  ChangePolicyStatusRequestV1: /* @__PURE__ */ validator(
    "ChangePolicyStatusRequestV1",
    validateChangePolicyStatusRequestV1
  ),
  ClientDtoV1: /* @__PURE__ */ validator(
    "ClientDtoV1",
    validateClientDtoV1
  ),
  ClientWithCurrencyDtoV1: /* @__PURE__ */ validator(
    "ClientWithCurrencyDtoV1",
    validateClientWithCurrencyDtoV1
  ),
  CompareBreakFilter: /* @__PURE__ */ validator(
    "CompareBreakFilter",
    validateCompareBreakFilter
  ),
  CompareCapacityFilter: /* @__PURE__ */ validator(
    "CompareCapacityFilter",
    validateCompareCapacityFilter
  ),
  CompareEndFilter: /* @__PURE__ */ validator(
    "CompareEndFilter",
    validateCompareEndFilter
  ),
  CompareOvertimeFilter: /* @__PURE__ */ validator(
    "CompareOvertimeFilter",
    validateCompareOvertimeFilter
  ),
  CompareStartFilter: /* @__PURE__ */ validator(
    "CompareStartFilter",
    validateCompareStartFilter
  ),
  CompareWorkFilter: /* @__PURE__ */ validator(
    "CompareWorkFilter",
    validateCompareWorkFilter
  ),
  ContainsArchivedFilterRequest: /* @__PURE__ */ validator(
    "ContainsArchivedFilterRequest",
    validateContainsArchivedFilterRequest
  ),
  ContainsArchivedFilterV1: /* @__PURE__ */ validator(
    "ContainsArchivedFilterV1",
    validateContainsArchivedFilterV1
  ),
  ContainsTagFilterV1: /* @__PURE__ */ validator(
    "ContainsTagFilterV1",
    validateContainsTagFilterV1
  ),
  ContainsTaskFilterV1: /* @__PURE__ */ validator(
    "ContainsTaskFilterV1",
    validateContainsTaskFilterV1
  ),
  ContainsUserGroupFilterRequest: /* @__PURE__ */ validator(
    "ContainsUserGroupFilterRequest",
    validateContainsUserGroupFilterRequest
  ),
  ContainsUserGroupFilterRequestV1: /* @__PURE__ */ validator(
    "ContainsUserGroupFilterRequestV1",
    validateContainsUserGroupFilterRequestV1
  ),
  ContainsUsersFilterRequestForHoliday: /* @__PURE__ */ validator(
    "ContainsUsersFilterRequestForHoliday",
    validateContainsUsersFilterRequestForHoliday
  ),
  ContainsUsersFilterRequestV1: /* @__PURE__ */ validator(
    "ContainsUsersFilterRequestV1",
    validateContainsUsersFilterRequestV1
  ),
  ContainsUsersFilterV1: /* @__PURE__ */ validator(
    "ContainsUsersFilterV1",
    validateContainsUsersFilterV1
  ),
  CopyAssignmentRequestV1: /* @__PURE__ */ validator(
    "CopyAssignmentRequestV1",
    validateCopyAssignmentRequestV1
  ),
  CostRateRequest: /* @__PURE__ */ validator(
    "CostRateRequest",
    validateCostRateRequest
  ),
  CostRateRequestV1: /* @__PURE__ */ validator(
    "CostRateRequestV1",
    validateCostRateRequestV1
  ),
  CreateApprovalRequest: /* @__PURE__ */ validator(
    "CreateApprovalRequest",
    validateCreateApprovalRequest
  ),
  CreateClientRequestV1: /* @__PURE__ */ validator(
    "CreateClientRequestV1",
    validateCreateClientRequestV1
  ),
  CreateCustomAttributeRequest: /* @__PURE__ */ validator(
    "CreateCustomAttributeRequest",
    validateCreateCustomAttributeRequest
  ),
  CreateExpenseV1Request: /* @__PURE__ */ validator(
    "CreateExpenseV1Request",
    validateCreateExpenseV1Request
  ),
  CreateHolidayRequestV1: /* @__PURE__ */ validator(
    "CreateHolidayRequestV1",
    validateCreateHolidayRequestV1
  ),
  CreateInvoiceDtoV1: /* @__PURE__ */ validator(
    "CreateInvoiceDtoV1",
    validateCreateInvoiceDtoV1
  ),
  CreateInvoicePaymentRequest: /* @__PURE__ */ validator(
    "CreateInvoicePaymentRequest",
    validateCreateInvoicePaymentRequest
  ),
  CreateInvoiceRequest: /* @__PURE__ */ validator(
    "CreateInvoiceRequest",
    validateCreateInvoiceRequest
  ),
  CreatePolicyRequestV1: /* @__PURE__ */ validator(
    "CreatePolicyRequestV1",
    validateCreatePolicyRequestV1
  ),
  CreateTimeEntryRequest: /* @__PURE__ */ validator(
    "CreateTimeEntryRequest",
    validateCreateTimeEntryRequest
  ),
  CreateTimeOffRequestV1Request: /* @__PURE__ */ validator(
    "CreateTimeOffRequestV1Request",
    validateCreateTimeOffRequestV1Request
  ),
  CreateWebhookRequestV1: /* @__PURE__ */ validator(
    "CreateWebhookRequestV1",
    validateCreateWebhookRequestV1
  ),
  CreateWorkspaceRequestV1: /* @__PURE__ */ validator(
    "CreateWorkspaceRequestV1",
    validateCreateWorkspaceRequestV1
  ),
  CurrencyWithDefaultInfoDtoV1: /* @__PURE__ */ validator(
    "CurrencyWithDefaultInfoDtoV1",
    validateCurrencyWithDefaultInfoDtoV1
  ),
  CustomFieldDefaultValuesDtoV1: /* @__PURE__ */ validator(
    "CustomFieldDefaultValuesDtoV1",
    validateCustomFieldDefaultValuesDtoV1
  ),
  CustomFieldDtoV1: /* @__PURE__ */ validator(
    "CustomFieldDtoV1",
    validateCustomFieldDtoV1
  ),
  CustomFieldEntityType: /* @__PURE__ */ validator(
    "CustomFieldEntityType",
    validateCustomFieldEntityType
  ),
  CustomFieldFilterV1: /* @__PURE__ */ validator(
    "CustomFieldFilterV1",
    validateCustomFieldFilterV1
  ),
  CustomFieldProjectDefaultValuesRequestV1: /* @__PURE__ */ validator(
    "CustomFieldProjectDefaultValuesRequestV1",
    validateCustomFieldProjectDefaultValuesRequestV1
  ),
  CustomFieldRequestV1: /* @__PURE__ */ validator(
    "CustomFieldRequestV1",
    validateCustomFieldRequestV1
  ),
  CustomFieldStatus: /* @__PURE__ */ validator(
    "CustomFieldStatus",
    validateCustomFieldStatus
  ),
  CustomFieldType: /* @__PURE__ */ validator(
    "CustomFieldType",
    validateCustomFieldType
  ),
  CustomFieldValue: /* @__PURE__ */ validator(
    "CustomFieldValue",
    validateCustomFieldValue
  ),
  CustomFieldValueDto: /* @__PURE__ */ validator(
    "CustomFieldValueDto",
    validateCustomFieldValueDto
  ),
  CustomFieldValueDtoV1: /* @__PURE__ */ validator(
    "CustomFieldValueDtoV1",
    validateCustomFieldValueDtoV1
  ),
  CustomFieldValueUpdatedInfoDto: /* @__PURE__ */ validator(
    "CustomFieldValueUpdatedInfoDto",
    validateCustomFieldValueUpdatedInfoDto
  ),
  DailyTotalDto: /* @__PURE__ */ validator(
    "DailyTotalDto",
    validateDailyTotalDto
  ),
  DatePeriod: /* @__PURE__ */ validator(
    "DatePeriod",
    validateDatePeriod
  ),
  DatePeriodRequest: /* @__PURE__ */ validator(
    "DatePeriodRequest",
    validateDatePeriodRequest
  ),
  DateRangeDto: /* @__PURE__ */ validator(
    "DateRangeDto",
    validateDateRangeDto
  ),
  DefaultEntitiesDto: /* @__PURE__ */ validator(
    "DefaultEntitiesDto",
    validateDefaultEntitiesDto
  ),
  DefaultEntitiesRequest: /* @__PURE__ */ validator(
    "DefaultEntitiesRequest",
    validateDefaultEntitiesRequest
  ),
  DetailedFilterV1: /* @__PURE__ */ validator(
    "DetailedFilterV1",
    validateDetailedFilterV1
  ),
  DetailedOptionsV1: /* @__PURE__ */ validator(
    "DetailedOptionsV1",
    validateDetailedOptionsV1
  ),
  DetailedReportFilterV1: /* @__PURE__ */ validator(
    "DetailedReportFilterV1",
    validateDetailedReportFilterV1
  ),
  EntityCreationPermission: /* @__PURE__ */ validator(
    "EntityCreationPermission",
    validateEntityCreationPermission
  ),
  EntityCreationPermissionsDtoV1: /* @__PURE__ */ validator(
    "EntityCreationPermissionsDtoV1",
    validateEntityCreationPermissionsDtoV1
  ),
  EntityName: /* @__PURE__ */ validator(
    "EntityName",
    validateEntityName
  ),
  ErrorResponse: /* @__PURE__ */ validator(
    "ErrorResponse",
    validateErrorResponse
  ),
  EstimateDtoV1: /* @__PURE__ */ validator(
    "EstimateDtoV1",
    validateEstimateDtoV1
  ),
  EstimateRequest: /* @__PURE__ */ validator(
    "EstimateRequest",
    validateEstimateRequest
  ),
  EstimateResetDto: /* @__PURE__ */ validator(
    "EstimateResetDto",
    validateEstimateResetDto
  ),
  EstimateResetRequest: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("EstimateResetRequest", validateEstimateResetRequest),
    {
      write: /* @__PURE__ */ validator(
        "EstimateResetRequest",
        validateEstimateResetRequestWrite
      )
    }
  ),
  EstimateWithOptionsDto: /* @__PURE__ */ validator(
    "EstimateWithOptionsDto",
    validateEstimateWithOptionsDto
  ),
  EstimateWithOptionsRequest: /* @__PURE__ */ validator(
    "EstimateWithOptionsRequest",
    validateEstimateWithOptionsRequest
  ),
  ExpenseCategoriesWithCountDtoV1: /* @__PURE__ */ validator(
    "ExpenseCategoriesWithCountDtoV1",
    validateExpenseCategoriesWithCountDtoV1
  ),
  ExpenseCategoryArchiveV1Request: /* @__PURE__ */ validator(
    "ExpenseCategoryArchiveV1Request",
    validateExpenseCategoryArchiveV1Request
  ),
  ExpenseCategoryDto: /* @__PURE__ */ validator(
    "ExpenseCategoryDto",
    validateExpenseCategoryDto
  ),
  ExpenseCategoryDtoV1: /* @__PURE__ */ validator(
    "ExpenseCategoryDtoV1",
    validateExpenseCategoryDtoV1
  ),
  ExpenseCategoryV1Request: /* @__PURE__ */ validator(
    "ExpenseCategoryV1Request",
    validateExpenseCategoryV1Request
  ),
  ExpenseDailyTotalsDtoV1: /* @__PURE__ */ validator(
    "ExpenseDailyTotalsDtoV1",
    validateExpenseDailyTotalsDtoV1
  ),
  ExpenseDeletedWebhookEvent: /* @__PURE__ */ validator(
    "ExpenseDeletedWebhookEvent",
    validateExpenseDeletedWebhookEvent
  ),
  ExpenseDetailedReportDtoV1: /* @__PURE__ */ validator(
    "ExpenseDetailedReportDtoV1",
    validateExpenseDetailedReportDtoV1
  ),
  ExpenseDtoV1: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("ExpenseDtoV1", validateExpenseDtoV1),
    { write: /* @__PURE__ */ validator("ExpenseDtoV1", validateExpenseDtoV1Write) }
  ),
  ExpenseHydratedDto: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("ExpenseHydratedDto", validateExpenseHydratedDto),
    {
      write: /* @__PURE__ */ validator(
        "ExpenseHydratedDto",
        validateExpenseHydratedDtoWrite
      )
    }
  ),
  ExpenseHydratedDtoV1: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("ExpenseHydratedDtoV1", validateExpenseHydratedDtoV1),
    {
      write: /* @__PURE__ */ validator(
        "ExpenseHydratedDtoV1",
        validateExpenseHydratedDtoV1Write
      )
    }
  ),
  ExpenseReportDtoV1: /* @__PURE__ */ validator(
    "ExpenseReportDtoV1",
    validateExpenseReportDtoV1
  ),
  ExpenseReportFilterV1: /* @__PURE__ */ validator(
    "ExpenseReportFilterV1",
    validateExpenseReportFilterV1
  ),
  ExpenseTotalsDtoV1: /* @__PURE__ */ validator(
    "ExpenseTotalsDtoV1",
    validateExpenseTotalsDtoV1
  ),
  ExpenseWeeklyTotalsDtoV1: /* @__PURE__ */ validator(
    "ExpenseWeeklyTotalsDtoV1",
    validateExpenseWeeklyTotalsDtoV1
  ),
  ExpensesAndTotalsDtoV1: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("ExpensesAndTotalsDtoV1", validateExpensesAndTotalsDtoV1),
    {
      write: /* @__PURE__ */ validator(
        "ExpensesAndTotalsDtoV1",
        validateExpensesAndTotalsDtoV1Write
      )
    }
  ),
  ExpensesWithCountDtoV1: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("ExpensesWithCountDtoV1", validateExpensesWithCountDtoV1),
    {
      write: /* @__PURE__ */ validator(
        "ExpensesWithCountDtoV1",
        validateExpensesWithCountDtoV1Write
      )
    }
  ),
  Feature: /* @__PURE__ */ validator("Feature", validateFeature),
  FeatureSubscriptionType: /* @__PURE__ */ validator(
    "FeatureSubscriptionType",
    validateFeatureSubscriptionType
  ),
  GetTimeOffRequestsV1Request: /* @__PURE__ */ validator(
    "GetTimeOffRequestsV1Request",
    validateGetTimeOffRequestsV1Request
  ),
  GetUserTotalsRequestV1: /* @__PURE__ */ validator(
    "GetUserTotalsRequestV1",
    validateGetUserTotalsRequestV1
  ),
  GetUsersRequestV1: /* @__PURE__ */ validator(
    "GetUsersRequestV1",
    validateGetUsersRequestV1
  ),
  GroupOneDto: /* @__PURE__ */ validator(
    "GroupOneDto",
    validateGroupOneDto
  ),
  HolidayDto: /* @__PURE__ */ validator(
    "HolidayDto",
    validateHolidayDto
  ),
  HolidayDtoV1: /* @__PURE__ */ validator(
    "HolidayDtoV1",
    validateHolidayDtoV1
  ),
  HourlyRateDtoV1: /* @__PURE__ */ validator(
    "HourlyRateDtoV1",
    validateHourlyRateDtoV1
  ),
  HourlyRateRequest: /* @__PURE__ */ validator(
    "HourlyRateRequest",
    validateHourlyRateRequest
  ),
  HourlyRateRequestV1: /* @__PURE__ */ validator(
    "HourlyRateRequestV1",
    validateHourlyRateRequestV1
  ),
  InvoiceDefaultSettingsDto: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator(
      "InvoiceDefaultSettingsDto",
      validateInvoiceDefaultSettingsDto
    ),
    {
      write: /* @__PURE__ */ validator(
        "InvoiceDefaultSettingsDto",
        validateInvoiceDefaultSettingsDtoWrite
      )
    }
  ),
  InvoiceDefaultSettingsRequestV1: /* @__PURE__ */ validator(
    "InvoiceDefaultSettingsRequestV1",
    validateInvoiceDefaultSettingsRequestV1
  ),
  InvoiceDtoV1: /* @__PURE__ */ validator(
    "InvoiceDtoV1",
    validateInvoiceDtoV1
  ),
  InvoiceExportFields: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("InvoiceExportFields", validateInvoiceExportFields),
    {
      write: /* @__PURE__ */ validator(
        "InvoiceExportFields",
        validateInvoiceExportFieldsWrite
      )
    }
  ),
  InvoiceExportFieldsRequest: /* @__PURE__ */ validator(
    "InvoiceExportFieldsRequest",
    validateInvoiceExportFieldsRequest
  ),
  InvoiceFilterRequestV1: /* @__PURE__ */ validator(
    "InvoiceFilterRequestV1",
    validateInvoiceFilterRequestV1
  ),
  InvoiceInfoResponseDtoV1: /* @__PURE__ */ validator(
    "InvoiceInfoResponseDtoV1",
    validateInvoiceInfoResponseDtoV1
  ),
  InvoiceInfoV1: /* @__PURE__ */ validator(
    "InvoiceInfoV1",
    validateInvoiceInfoV1
  ),
  InvoiceItemDto: /* @__PURE__ */ validator(
    "InvoiceItemDto",
    validateInvoiceItemDto
  ),
  InvoiceOverviewDtoV1: /* @__PURE__ */ validator(
    "InvoiceOverviewDtoV1",
    validateInvoiceOverviewDtoV1
  ),
  InvoicePaymentDtoV1: /* @__PURE__ */ validator(
    "InvoicePaymentDtoV1",
    validateInvoicePaymentDtoV1
  ),
  InvoiceSettingsDtoV1: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("InvoiceSettingsDtoV1", validateInvoiceSettingsDtoV1),
    {
      write: /* @__PURE__ */ validator(
        "InvoiceSettingsDtoV1",
        validateInvoiceSettingsDtoV1Write
      )
    }
  ),
  InvoicesListDtoV1: /* @__PURE__ */ validator(
    "InvoicesListDtoV1",
    validateInvoicesListDtoV1
  ),
  LabelsCustomization: /* @__PURE__ */ validator(
    "LabelsCustomization",
    validateLabelsCustomization
  ),
  LabelsCustomizationRequest: /* @__PURE__ */ validator(
    "LabelsCustomizationRequest",
    validateLabelsCustomizationRequest
  ),
  LimitedUsersAddedToWorkspaceWebhookEvent: /* @__PURE__ */ validator(
    "LimitedUsersAddedToWorkspaceWebhookEvent",
    validateLimitedUsersAddedToWorkspaceWebhookEvent
  ),
  LocalTime: /* @__PURE__ */ validator("LocalTime", validateLocalTime),
  LogBinDocumentDto: /* @__PURE__ */ validator(
    "LogBinDocumentDto",
    validateLogBinDocumentDto
  ),
  MemberProfileDtoV1: /* @__PURE__ */ validator(
    "MemberProfileDtoV1",
    validateMemberProfileDtoV1
  ),
  MemberProfileFullRequestV1: /* @__PURE__ */ validator(
    "MemberProfileFullRequestV1",
    validateMemberProfileFullRequestV1
  ),
  MembershipDtoV1: /* @__PURE__ */ validator(
    "MembershipDtoV1",
    validateMembershipDtoV1
  ),
  MembershipRequest: /* @__PURE__ */ validator(
    "MembershipRequest",
    validateMembershipRequest
  ),
  MembershipStatus: /* @__PURE__ */ validator(
    "MembershipStatus",
    validateMembershipStatus
  ),
  MembershipType: /* @__PURE__ */ validator(
    "MembershipType",
    validateMembershipType
  ),
  MembershipsInclude: /* @__PURE__ */ validator(
    "MembershipsInclude",
    validateMembershipsInclude
  ),
  MilestoneDto: /* @__PURE__ */ validator(
    "MilestoneDto",
    validateMilestoneDto
  ),
  NegativeBalanceDto: /* @__PURE__ */ validator(
    "NegativeBalanceDto",
    validateNegativeBalanceDto
  ),
  NegativeBalanceRequest: /* @__PURE__ */ validator(
    "NegativeBalanceRequest",
    validateNegativeBalanceRequest
  ),
  PageableCollectionLogBinDocumentDto: /* @__PURE__ */ validator(
    "PageableCollectionLogBinDocumentDto",
    validatePageableCollectionLogBinDocumentDto
  ),
  PatchProjectTemplateRequest: /* @__PURE__ */ validator(
    "PatchProjectTemplateRequest",
    validatePatchProjectTemplateRequest
  ),
  Period: /* @__PURE__ */ validator("Period", validatePeriod),
  PeriodV1Request: /* @__PURE__ */ validator(
    "PeriodV1Request",
    validatePeriodV1Request
  ),
  PolicyDtoV1: /* @__PURE__ */ validator(
    "PolicyDtoV1",
    validatePolicyDtoV1
  ),
  ProjectDtoImplV1: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("ProjectDtoImplV1", validateProjectDtoImplV1),
    {
      write: /* @__PURE__ */ validator("ProjectDtoImplV1", validateProjectDtoImplV1Write)
    }
  ),
  ProjectDtoV1: /* @__PURE__ */ validator(
    "ProjectDtoV1",
    validateProjectDtoV1
  ),
  ProjectEstimateRequest: /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ validator("ProjectEstimateRequest", validateProjectEstimateRequest),
    {
      write: /* @__PURE__ */ validator(
        "ProjectEstimateRequest",
        validateProjectEstimateRequestWrite
      )
    }
  ),
  ProjectInfoDto: /* @__PURE__ */ validator(
    "ProjectInfoDto",
    validateProjectInfoDto
  ),
  ProjectRequest: /* @__PURE__ */ validator(
    "ProjectRequest",
    validateProjectRequest
  ),
  ProjectTotalsRequestV1: /* @__PURE__ */ validator(
    "ProjectTotalsRequestV1",
    validateProjectTotalsRequestV1
  ),
  PublishAssignmentsRequestV1: /* @__PURE__ */ validator(
    "PublishAssignmentsRequestV1",
    validatePublishAssignmentsRequestV1
  ),
  RateDto: /* @__PURE__ */ validator("RateDto", validateRateDto),
  RateDtoV1: /* @__PURE__ */ validator("RateDtoV1", validateRateDtoV1),
  RateWithCurrencyRequestV1: /* @__PURE__ */ validator(
    "RateWithCurrencyRequestV1",
    validateRateWithCurrencyRequestV1
  ),
  RecurringAssignmentDto: /* @__PURE__ */ validator(
    "RecurringAssignmentDto",
    validateRecurringAssignmentDto
  ),
  RecurringAssignmentRequestV1: /* @__PURE__ */ validator(
    "RecurringAssignmentRequestV1",
    validateRecurringAssignmentRequestV1
  ),
  ReportFilterV1: /* @__PURE__ */ validator(
    "ReportFilterV1",
    validateReportFilterV1
  ),
  ReportTagDto: /* @__PURE__ */ validator(
    "ReportTagDto",
    validateReportTagDto
  ),
  ReportTimeIntervalDto: /* @__PURE__ */ validator(
    "ReportTimeIntervalDto",
    validateReportTimeIntervalDto
  ),
  RoleDetailsDtoV1: /* @__PURE__ */ validator(
    "RoleDetailsDtoV1",
    validateRoleDetailsDtoV1
  ),
  RoleDtoV1: /* @__PURE__ */ validator("RoleDtoV1", validateRoleDtoV1),
  RoleRequestV1: /* @__PURE__ */ validator(
    "RoleRequestV1",
    validateRoleRequestV1
  ),
  RoundDto: /* @__PURE__ */ validator("RoundDto", validateRoundDto),
  SchedulingExcludeDay: /* @__PURE__ */ validator(
    "SchedulingExcludeDay",
    validateSchedulingExcludeDay
  ),
  SchedulingProjectsTotalsDtoV1: /* @__PURE__ */ validator(
    "SchedulingProjectsTotalsDtoV1",
    validateSchedulingProjectsTotalsDtoV1
  ),
  SchedulingUsersTotalsDtoV1: /* @__PURE__ */ validator(
    "SchedulingUsersTotalsDtoV1",
    validateSchedulingUsersTotalsDtoV1
  ),
  SharedReportDtoV1: /* @__PURE__ */ validator(
    "SharedReportDtoV1",
    validateSharedReportDtoV1
  ),
  SharedReportRequestV1: /* @__PURE__ */ validator(
    "SharedReportRequestV1",
    validateSharedReportRequestV1
  ),
  SharedReportV1: /* @__PURE__ */ validator(
    "SharedReportV1",
    validateSharedReportV1
  ),
  SharedReportsAndCountDtoV1: /* @__PURE__ */ validator(
    "SharedReportsAndCountDtoV1",
    validateSharedReportsAndCountDtoV1
  ),
  StatusTimeOffRequestV1Request: /* @__PURE__ */ validator(
    "StatusTimeOffRequestV1Request",
    validateStatusTimeOffRequestV1Request
  ),
  StopTimeEntryRequest: /* @__PURE__ */ validator(
    "StopTimeEntryRequest",
    validateStopTimeEntryRequest
  ),
  SummaryFilterV1: /* @__PURE__ */ validator(
    "SummaryFilterV1",
    validateSummaryFilterV1
  ),
  SummaryReportChartDto: /* @__PURE__ */ validator(
    "SummaryReportChartDto",
    validateSummaryReportChartDto
  ),
  SummaryReportFilterV1: /* @__PURE__ */ validator(
    "SummaryReportFilterV1",
    validateSummaryReportFilterV1
  ),
  SummaryReportSettingsDtoV1: /* @__PURE__ */ validator(
    "SummaryReportSettingsDtoV1",
    validateSummaryReportSettingsDtoV1
  ),
  TagDto: /* @__PURE__ */ validator("TagDto", validateTagDto),
  TagDtoV1: /* @__PURE__ */ validator("TagDtoV1", validateTagDtoV1),
  TagRequest: /* @__PURE__ */ validator(
    "TagRequest",
    validateTagRequest
  ),
  TaskDtoV1: /* @__PURE__ */ validator("TaskDtoV1", validateTaskDtoV1),
  TaskInfoDto: /* @__PURE__ */ validator(
    "TaskInfoDto",
    validateTaskInfoDto
  ),
  TaskRequest: /* @__PURE__ */ validator(
    "TaskRequest",
    validateTaskRequest
  ),
  TaskRequestV1: /* @__PURE__ */ validator(
    "TaskRequestV1",
    validateTaskRequestV1
  ),
  TaskStatus: /* @__PURE__ */ validator(
    "TaskStatus",
    validateTaskStatus
  ),
  TaxType: /* @__PURE__ */ validator("TaxType", validateTaxType),
  TimeEntryBatchDeletedWebhookEvent: /* @__PURE__ */ validator(
    "TimeEntryBatchDeletedWebhookEvent",
    validateTimeEntryBatchDeletedWebhookEvent
  ),
  TimeEntryDetailedReportDto: /* @__PURE__ */ validator(
    "TimeEntryDetailedReportDto",
    validateTimeEntryDetailedReportDto
  ),
  TimeEntryDto: /* @__PURE__ */ validator(
    "TimeEntryDto",
    validateTimeEntryDto
  ),
  TimeEntryDtoImplV1: /* @__PURE__ */ validator(
    "TimeEntryDtoImplV1",
    validateTimeEntryDtoImplV1
  ),
  TimeEntryDtoV1: /* @__PURE__ */ validator(
    "TimeEntryDtoV1",
    validateTimeEntryDtoV1
  ),
  TimeEntryId: /* @__PURE__ */ validator(
    "TimeEntryId",
    validateTimeEntryId
  ),
  TimeEntryInfoDto: /* @__PURE__ */ validator(
    "TimeEntryInfoDto",
    validateTimeEntryInfoDto
  ),
  TimeEntryReportTotals: /* @__PURE__ */ validator(
    "TimeEntryReportTotals",
    validateTimeEntryReportTotals
  ),
  TimeEntrySummaryReportDto: /* @__PURE__ */ validator(
    "TimeEntrySummaryReportDto",
    validateTimeEntrySummaryReportDto
  ),
  TimeEntryUpdatedInfoDto: /* @__PURE__ */ validator(
    "TimeEntryUpdatedInfoDto",
    validateTimeEntryUpdatedInfoDto
  ),
  TimeEntryWeeklyReportDto: /* @__PURE__ */ validator(
    "TimeEntryWeeklyReportDto",
    validateTimeEntryWeeklyReportDto
  ),
  TimeEntryWithRatesDtoV1: /* @__PURE__ */ validator(
    "TimeEntryWithRatesDtoV1",
    validateTimeEntryWithRatesDtoV1
  ),
  TimeEstimateDto: /* @__PURE__ */ validator(
    "TimeEstimateDto",
    validateTimeEstimateDto
  ),
  TimeEstimateRequest: /* @__PURE__ */ validator(
    "TimeEstimateRequest",
    validateTimeEstimateRequest
  ),
  TimeIntervalDto: /* @__PURE__ */ validator(
    "TimeIntervalDto",
    validateTimeIntervalDto
  ),
  TimeIntervalDtoV1: /* @__PURE__ */ validator(
    "TimeIntervalDtoV1",
    validateTimeIntervalDtoV1
  ),
  TimeOffRequestApprovedWebhookEvent: /* @__PURE__ */ validator(
    "TimeOffRequestApprovedWebhookEvent",
    validateTimeOffRequestApprovedWebhookEvent
  ),
  TimeOffRequestFullV1Dto: /* @__PURE__ */ validator(
    "TimeOffRequestFullV1Dto",
    validateTimeOffRequestFullV1Dto
  ),
  TimeOffRequestPeriodDto: /* @__PURE__ */ validator(
    "TimeOffRequestPeriodDto",
    validateTimeOffRequestPeriodDto
  ),
  TimeOffRequestPeriodV1Request: /* @__PURE__ */ validator(
    "TimeOffRequestPeriodV1Request",
    validateTimeOffRequestPeriodV1Request
  ),
  TimeOffRequestRejectedWebhookEvent: /* @__PURE__ */ validator(
    "TimeOffRequestRejectedWebhookEvent",
    validateTimeOffRequestRejectedWebhookEvent
  ),
  TimeOffRequestStatus: /* @__PURE__ */ validator(
    "TimeOffRequestStatus",
    validateTimeOffRequestStatus
  ),
  TimeOffRequestV1Dto: /* @__PURE__ */ validator(
    "TimeOffRequestV1Dto",
    validateTimeOffRequestV1Dto
  ),
  TimeOffRequestedWebhookEvent: /* @__PURE__ */ validator(
    "TimeOffRequestedWebhookEvent",
    validateTimeOffRequestedWebhookEvent
  ),
  TimeOffRequestsWithCountV1Dto: /* @__PURE__ */ validator(
    "TimeOffRequestsWithCountV1Dto",
    validateTimeOffRequestsWithCountV1Dto
  ),
  TimeRangeRequestDtoV1: /* @__PURE__ */ validator(
    "TimeRangeRequestDtoV1",
    validateTimeRangeRequestDtoV1
  ),
  TotalsPerDayDto: /* @__PURE__ */ validator(
    "TotalsPerDayDto",
    validateTotalsPerDayDto
  ),
  UpdateApprovalRequest: /* @__PURE__ */ validator(
    "UpdateApprovalRequest",
    validateUpdateApprovalRequest
  ),
  UpdateClientRequestV1: /* @__PURE__ */ validator(
    "UpdateClientRequestV1",
    validateUpdateClientRequestV1
  ),
  UpdateCustomFieldRequest: /* @__PURE__ */ validator(
    "UpdateCustomFieldRequest",
    validateUpdateCustomFieldRequest
  ),
  UpdateCustomFieldRequestV1: /* @__PURE__ */ validator(
    "UpdateCustomFieldRequestV1",
    validateUpdateCustomFieldRequestV1
  ),
  UpdateExpenseV1Request: /* @__PURE__ */ validator(
    "UpdateExpenseV1Request",
    validateUpdateExpenseV1Request
  ),
  UpdateHolidayRequestV1: /* @__PURE__ */ validator(
    "UpdateHolidayRequestV1",
    validateUpdateHolidayRequestV1
  ),
  UpdateInvoiceRequestV1: /* @__PURE__ */ validator(
    "UpdateInvoiceRequestV1",
    validateUpdateInvoiceRequestV1
  ),
  UpdateInvoiceSettingsRequestV1: /* @__PURE__ */ validator(
    "UpdateInvoiceSettingsRequestV1",
    validateUpdateInvoiceSettingsRequestV1
  ),
  UpdateInvoicedStatusRequest: /* @__PURE__ */ validator(
    "UpdateInvoicedStatusRequest",
    validateUpdateInvoicedStatusRequest
  ),
  UpdatePolicyRequestV1: /* @__PURE__ */ validator(
    "UpdatePolicyRequestV1",
    validateUpdatePolicyRequestV1
  ),
  UpdateProjectMembershipsRequest: /* @__PURE__ */ validator(
    "UpdateProjectMembershipsRequest",
    validateUpdateProjectMembershipsRequest
  ),
  UpdateProjectRequest: /* @__PURE__ */ validator(
    "UpdateProjectRequest",
    validateUpdateProjectRequest
  ),
  UpdateSharedReportRequestV1: /* @__PURE__ */ validator(
    "UpdateSharedReportRequestV1",
    validateUpdateSharedReportRequestV1
  ),
  UpdateTagRequest: /* @__PURE__ */ validator(
    "UpdateTagRequest",
    validateUpdateTagRequest
  ),
  UpdateTaskRequest: /* @__PURE__ */ validator(
    "UpdateTaskRequest",
    validateUpdateTaskRequest
  ),
  UpdateTimeEntryBulkRequest: /* @__PURE__ */ validator(
    "UpdateTimeEntryBulkRequest",
    validateUpdateTimeEntryBulkRequest
  ),
  UpdateTimeEntryRequest: /* @__PURE__ */ validator(
    "UpdateTimeEntryRequest",
    validateUpdateTimeEntryRequest
  ),
  UpdateUserGroupRequest: /* @__PURE__ */ validator(
    "UpdateUserGroupRequest",
    validateUpdateUserGroupRequest
  ),
  UpdateUserStatusRequest: /* @__PURE__ */ validator(
    "UpdateUserStatusRequest",
    validateUpdateUserStatusRequest
  ),
  UpdateWebhookRequestV1: /* @__PURE__ */ validator(
    "UpdateWebhookRequestV1",
    validateUpdateWebhookRequestV1
  ),
  UploadFileResponseV1: /* @__PURE__ */ validator(
    "UploadFileResponseV1",
    validateUploadFileResponseV1
  ),
  UpsertUserCustomFieldRequest: /* @__PURE__ */ validator(
    "UpsertUserCustomFieldRequest",
    validateUpsertUserCustomFieldRequest
  ),
  UpsertUserCustomFieldRequestV1: /* @__PURE__ */ validator(
    "UpsertUserCustomFieldRequestV1",
    validateUpsertUserCustomFieldRequestV1
  ),
  UserCustomFieldValueDtoV1: /* @__PURE__ */ validator(
    "UserCustomFieldValueDtoV1",
    validateUserCustomFieldValueDtoV1
  ),
  UserCustomFieldValueFullDtoV1: /* @__PURE__ */ validator(
    "UserCustomFieldValueFullDtoV1",
    validateUserCustomFieldValueFullDtoV1
  ),
  UserDeletedFromWorkspaceWebhookEvent: /* @__PURE__ */ validator(
    "UserDeletedFromWorkspaceWebhookEvent",
    validateUserDeletedFromWorkspaceWebhookEvent
  ),
  UserDto: /* @__PURE__ */ validator("UserDto", validateUserDto),
  UserDtoV1: /* @__PURE__ */ validator("UserDtoV1", validateUserDtoV1),
  UserEmailChangedWebhookEvent: /* @__PURE__ */ validator(
    "UserEmailChangedWebhookEvent",
    validateUserEmailChangedWebhookEvent
  ),
  UserGroupDtoV1: /* @__PURE__ */ validator(
    "UserGroupDtoV1",
    validateUserGroupDtoV1
  ),
  UserGroupIdsSchema: /* @__PURE__ */ validator(
    "UserGroupIdsSchema",
    validateUserGroupIdsSchema
  ),
  UserGroupRequest: /* @__PURE__ */ validator(
    "UserGroupRequest",
    validateUserGroupRequest
  ),
  UserGroupUserRequest: /* @__PURE__ */ validator(
    "UserGroupUserRequest",
    validateUserGroupUserRequest
  ),
  UserIdWithRatesRequest: /* @__PURE__ */ validator(
    "UserIdWithRatesRequest",
    validateUserIdWithRatesRequest
  ),
  UserIdsSchema: /* @__PURE__ */ validator(
    "UserIdsSchema",
    validateUserIdsSchema
  ),
  UserRedactedDtoV1: /* @__PURE__ */ validator(
    "UserRedactedDtoV1",
    validateUserRedactedDtoV1
  ),
  UserSettingsDtoV1: /* @__PURE__ */ validator(
    "UserSettingsDtoV1",
    validateUserSettingsDtoV1
  ),
  UsersInvitedToWorkspaceWebhookEvent: /* @__PURE__ */ validator(
    "UsersInvitedToWorkspaceWebhookEvent",
    validateUsersInvitedToWorkspaceWebhookEvent
  ),
  VisibleZeroFieldsInvoice: /* @__PURE__ */ validator(
    "VisibleZeroFieldsInvoice",
    validateVisibleZeroFieldsInvoice
  ),
  WebhookDtoV1: /* @__PURE__ */ validator(
    "WebhookDtoV1",
    validateWebhookDtoV1
  ),
  WebhookEventTriggerSourceType: /* @__PURE__ */ validator(
    "WebhookEventTriggerSourceType",
    validateWebhookEventTriggerSourceType
  ),
  WebhookEventType: /* @__PURE__ */ validator(
    "WebhookEventType",
    validateWebhookEventType
  ),
  WebhookLogDtoV1: /* @__PURE__ */ validator(
    "WebhookLogDtoV1",
    validateWebhookLogDtoV1
  ),
  WebhookLogSearchRequestV1: /* @__PURE__ */ validator(
    "WebhookLogSearchRequestV1",
    validateWebhookLogSearchRequestV1
  ),
  WebhooksDtoV1: /* @__PURE__ */ validator(
    "WebhooksDtoV1",
    validateWebhooksDtoV1
  ),
  WeekDay: /* @__PURE__ */ validator("WeekDay", validateWeekDay),
  WeeklyFilterV1: /* @__PURE__ */ validator(
    "WeeklyFilterV1",
    validateWeeklyFilterV1
  ),
  WeeklyReportFilterV1: /* @__PURE__ */ validator(
    "WeeklyReportFilterV1",
    validateWeeklyReportFilterV1
  ),
  WorkspaceDtoV1: /* @__PURE__ */ validator(
    "WorkspaceDtoV1",
    validateWorkspaceDtoV1
  ),
  WorkspaceSettingsDtoV1: /* @__PURE__ */ validator(
    "WorkspaceSettingsDtoV1",
    validateWorkspaceSettingsDtoV1
  ),
  WorkspaceSubdomainDtoV1: /* @__PURE__ */ validator(
    "WorkspaceSubdomainDtoV1",
    validateWorkspaceSubdomainDtoV1
  ),
  invoicingInfo: /* @__PURE__ */ validator(
    "invoicingInfo",
    validateInvoicingInfo
  )
};
const webhooks = {
  APPROVAL_REQUEST_STATUS_UPDATED: /* @__PURE__ */ validator(
    "APPROVAL_REQUEST_STATUS_UPDATED",
    validateApprovalRequestDtoV1
  ),
  ASSIGNMENT_CREATED: /* @__PURE__ */ validator(
    "ASSIGNMENT_CREATED",
    validateAssignmentCreatedWebhookEvent
  ),
  ASSIGNMENT_DELETED: /* @__PURE__ */ validator(
    "ASSIGNMENT_DELETED",
    validateAssignmentCreatedWebhookEvent
  ),
  ASSIGNMENT_PUBLISHED: /* @__PURE__ */ validator(
    "ASSIGNMENT_PUBLISHED",
    validateAssignmentCreatedWebhookEvent
  ),
  ASSIGNMENT_UPDATED: /* @__PURE__ */ validator(
    "ASSIGNMENT_UPDATED",
    validateAssignmentCreatedWebhookEvent
  ),
  BALANCE_UPDATED: /* @__PURE__ */ validator(
    "BALANCE_UPDATED",
    validateBalanceUpdatedWebhookEvent
  ),
  BILLABLE_RATE_UPDATED: /* @__PURE__ */ validator(
    "BILLABLE_RATE_UPDATED",
    validateBillableRateUpdatedWebhookEvent
  ),
  CLIENT_DELETED: /* @__PURE__ */ validator(
    "CLIENT_DELETED",
    validateTagDto
  ),
  CLIENT_UPDATED: /* @__PURE__ */ validator(
    "CLIENT_UPDATED",
    validateTagDto
  ),
  COST_RATE_UPDATED: /* @__PURE__ */ validator(
    "COST_RATE_UPDATED",
    validateBillableRateUpdatedWebhookEvent
  ),
  EXPENSE_CREATED: /* @__PURE__ */ validator(
    "EXPENSE_CREATED",
    validateExpenseDtoV1
  ),
  EXPENSE_DELETED: /* @__PURE__ */ validator(
    "EXPENSE_DELETED",
    validateExpenseDeletedWebhookEvent
  ),
  EXPENSE_RESTORED: /* @__PURE__ */ validator(
    "EXPENSE_RESTORED",
    validateExpenseDtoV1
  ),
  EXPENSE_UPDATED: /* @__PURE__ */ validator(
    "EXPENSE_UPDATED",
    validateExpenseDeletedWebhookEvent
  ),
  INVOICE_UPDATED: /* @__PURE__ */ validator(
    "INVOICE_UPDATED",
    validateInvoiceOverviewDtoV1
  ),
  LIMITED_USERS_ADDED_TO_WORKSPACE: /* @__PURE__ */ validator(
    "LIMITED_USERS_ADDED_TO_WORKSPACE",
    validateLimitedUsersAddedToWorkspaceWebhookEvent
  ),
  NEW_APPROVAL_REQUEST: /* @__PURE__ */ validator(
    "NEW_APPROVAL_REQUEST",
    validateApprovalRequestDtoV1
  ),
  NEW_CLIENT: /* @__PURE__ */ validator(
    "NEW_CLIENT",
    validateTagDto
  ),
  NEW_INVOICE: /* @__PURE__ */ validator(
    "NEW_INVOICE",
    validateInvoiceOverviewDtoV1
  ),
  NEW_PROJECT: /* @__PURE__ */ validator(
    "NEW_PROJECT",
    validateProjectDtoImplV1
  ),
  NEW_TAG: /* @__PURE__ */ validator(
    "NEW_TAG",
    validateTagDto
  ),
  NEW_TASK: /* @__PURE__ */ validator(
    "NEW_TASK",
    validateTaskDtoV1
  ),
  NEW_TIMER_STARTED: /* @__PURE__ */ validator(
    "NEW_TIMER_STARTED",
    validateTimeEntryWithRatesDtoV1
  ),
  NEW_TIME_ENTRY: /* @__PURE__ */ validator(
    "NEW_TIME_ENTRY",
    validateTimeEntryWithRatesDtoV1
  ),
  PROJECT_DELETED: /* @__PURE__ */ validator(
    "PROJECT_DELETED",
    validateProjectDtoImplV1
  ),
  PROJECT_UPDATED: /* @__PURE__ */ validator(
    "PROJECT_UPDATED",
    validateProjectDtoImplV1
  ),
  TAG_DELETED: /* @__PURE__ */ validator(
    "TAG_DELETED",
    validateTagDto
  ),
  TAG_UPDATED: /* @__PURE__ */ validator(
    "TAG_UPDATED",
    validateTagDto
  ),
  TASK_DELETED: /* @__PURE__ */ validator(
    "TASK_DELETED",
    validateTaskDtoV1
  ),
  TASK_UPDATED: /* @__PURE__ */ validator(
    "TASK_UPDATED",
    validateTaskDtoV1
  ),
  TIMER_STOPPED: /* @__PURE__ */ validator(
    "TIMER_STOPPED",
    validateTimeEntryWithRatesDtoV1
  ),
  TIME_ENTRY_BATCH_DELETED: /* @__PURE__ */ validator(
    "TIME_ENTRY_BATCH_DELETED",
    validateTimeEntryBatchDeletedWebhookEvent
  ),
  TIME_ENTRY_DELETED: /* @__PURE__ */ validator(
    "TIME_ENTRY_DELETED",
    validateTimeEntryWithRatesDtoV1
  ),
  TIME_ENTRY_RESTORED: /* @__PURE__ */ validator(
    "TIME_ENTRY_RESTORED",
    validateTimeEntryWithRatesDtoV1
  ),
  TIME_ENTRY_SPLIT: /* @__PURE__ */ validator(
    "TIME_ENTRY_SPLIT",
    validateTimeEntryWithRatesDtoV1
  ),
  TIME_ENTRY_UPDATED: /* @__PURE__ */ validator(
    "TIME_ENTRY_UPDATED",
    validateTimeEntryWithRatesDtoV1
  ),
  TIME_OFF_REQUESTED: /* @__PURE__ */ validator(
    "TIME_OFF_REQUESTED",
    validateTimeOffRequestedWebhookEvent
  ),
  TIME_OFF_REQUEST_APPROVED: /* @__PURE__ */ validator(
    "TIME_OFF_REQUEST_APPROVED",
    validateTimeOffRequestApprovedWebhookEvent
  ),
  TIME_OFF_REQUEST_REJECTED: /* @__PURE__ */ validator(
    "TIME_OFF_REQUEST_REJECTED",
    validateTimeOffRequestRejectedWebhookEvent
  ),
  TIME_OFF_REQUEST_WITHDRAWN: /* @__PURE__ */ validator(
    "TIME_OFF_REQUEST_WITHDRAWN",
    validateTimeOffRequestedWebhookEvent
  ),
  USERS_INVITED_TO_WORKSPACE: /* @__PURE__ */ validator(
    "USERS_INVITED_TO_WORKSPACE",
    validateUsersInvitedToWorkspaceWebhookEvent
  ),
  USER_ACTIVATED_ON_WORKSPACE: /* @__PURE__ */ validator(
    "USER_ACTIVATED_ON_WORKSPACE",
    validateUserDtoV1
  ),
  USER_DEACTIVATED_ON_WORKSPACE: /* @__PURE__ */ validator(
    "USER_DEACTIVATED_ON_WORKSPACE",
    validateUserDtoV1
  ),
  USER_DELETED_FROM_WORKSPACE: /* @__PURE__ */ validator(
    "USER_DELETED_FROM_WORKSPACE",
    validateUserDeletedFromWorkspaceWebhookEvent
  ),
  USER_EMAIL_CHANGED: /* @__PURE__ */ validator(
    "USER_EMAIL_CHANGED",
    validateUserEmailChangedWebhookEvent
  ),
  USER_GROUP_CREATED: /* @__PURE__ */ validator(
    "USER_GROUP_CREATED",
    validateUserGroupDtoV1
  ),
  USER_GROUP_DELETED: /* @__PURE__ */ validator(
    "USER_GROUP_DELETED",
    validateUserGroupDtoV1
  ),
  USER_GROUP_UPDATED: /* @__PURE__ */ validator(
    "USER_GROUP_UPDATED",
    validateUserGroupDtoV1
  ),
  USER_JOINED_WORKSPACE: /* @__PURE__ */ validator(
    "USER_JOINED_WORKSPACE",
    validateUserDtoV1
  ),
  USER_UPDATED: /* @__PURE__ */ validator(
    "USER_UPDATED",
    validateUserDeletedFromWorkspaceWebhookEvent
  )
};
const upsertUserCustomFieldValue$validators = {
  request: /* @__PURE__ */ checker(validateUpsertUserCustomFieldRequestV1),
  responses: {
    "201": /* @__PURE__ */ checker(validateUserCustomFieldValueDtoV1)
  }
};
const listCustomFields$validators = {
  params: {
    query: {
      status: /* @__PURE__ */ checker(validateCustomFieldStatus),
      "entity-type": /* @__PURE__ */ checker(s264)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s265)
  }
};
const createCustomField$validators = {
  request: /* @__PURE__ */ checker(validateCustomFieldRequestV1),
  responses: {
    "201": /* @__PURE__ */ checker(validateCustomFieldDtoV1)
  }
};
const updateCustomField$validators = {
  request: /* @__PURE__ */ checker(validateUpdateCustomFieldRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateCustomFieldDtoV1)
  }
};
const listProjectCustomFields$validators = {
  params: {
    query: {
      status: /* @__PURE__ */ checker(validateCustomFieldStatus),
      "entity-type": /* @__PURE__ */ checker(s264)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s265)
  }
};
const removeProjectCustomField$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateCustomFieldDtoV1)
  }
};
const updateProjectCustomField$validators = {
  request: /* @__PURE__ */ checker(validateCustomFieldProjectDefaultValuesRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateCustomFieldDtoV1)
  }
};
const listUsersOfWorkspace$validators = {
  params: {
    query: {
      status: /* @__PURE__ */ checker(validateMembershipStatus),
      "sort-column": /* @__PURE__ */ checker(s266),
      "sort-order": /* @__PURE__ */ checker(s267),
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104),
      memberships: /* @__PURE__ */ checker(validateMembershipsInclude)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s268)
  }
};
const addUserToWorkspace$validators = {
  request: /* @__PURE__ */ checker(validateAddUserToWorkspaceRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateWorkspaceDtoV1)
  }
};
const filterUsersOfWorkspace$validators = {
  request: /* @__PURE__ */ checker(validateGetUsersRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(s268)
  }
};
const getMemberProfile$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateMemberProfileDtoV1)
  }
};
const updateMemberProfile$validators = {
  request: /* @__PURE__ */ checker(validateMemberProfileFullRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateMemberProfileDtoV1)
  }
};
const uploadUserImage$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateUploadFileResponseV1)
  }
};
const getLoggedUser$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateUserDtoV1)
  }
};
const listWorkspaces$validators = {
  params: {
    query: {
      roles: /* @__PURE__ */ checker(s269)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s270)
  }
};
const createWorkspace$validators = {
  request: /* @__PURE__ */ checker(validateCreateWorkspaceRequestV1),
  responses: {
    "201": /* @__PURE__ */ checker(validateWorkspaceDtoV1)
  }
};
const getWorkspace$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateWorkspaceDtoV1)
  }
};
const listAddonWebhooks$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateWebhooksDtoV1)
  }
};
const listApprovalRequests$validators = {
  params: {
    query: {
      status: /* @__PURE__ */ checker(s271),
      "sort-column": /* @__PURE__ */ checker(s272),
      "sort-order": /* @__PURE__ */ checker(s267),
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s273)
  }
};
const createApprovalRequest$validators = {
  request: /* @__PURE__ */ checker(validateCreateApprovalRequest),
  responses: {
    "201": /* @__PURE__ */ checker(validateApprovalRequestDtoV1)
  }
};
const resubmitEntriesForApproval$validators = {
  request: /* @__PURE__ */ checker(validateCreateApprovalRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateApprovalRequestDtoV1)
  }
};
const createApprovalRequestForUser$validators = {
  request: /* @__PURE__ */ checker(validateCreateApprovalRequest),
  responses: {
    "201": /* @__PURE__ */ checker(validateApprovalRequestDtoV1)
  }
};
const resubmitEntriesForApprovalOfUser$validators = {
  request: /* @__PURE__ */ checker(validateCreateApprovalRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateApprovalRequestDtoV1)
  }
};
const updateApprovalRequestStatus$validators = {
  request: /* @__PURE__ */ checker(validateUpdateApprovalRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateApprovalRequestDtoV1)
  }
};
const listClients$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s274)
  }
};
const createClient$validators = {
  request: /* @__PURE__ */ checker(validateCreateClientRequestV1),
  responses: {
    "201": /* @__PURE__ */ checker(validateClientWithCurrencyDtoV1)
  }
};
const getClient$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateClientWithCurrencyDtoV1)
  }
};
const updateClient$validators = {
  request: /* @__PURE__ */ checker(validateUpdateClientRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateClientDtoV1)
  }
};
const deleteClient$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateClientDtoV1)
  }
};
const setWorkspaceCostRate$validators = {
  request: /* @__PURE__ */ checker(validateCostRateRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateWorkspaceDtoV1)
  }
};
const listCreatedEntities$validators = {
  params: {
    query: {
      type: /* @__PURE__ */ checker(s0),
      page: /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s276)
  }
};
const listDeletedEntities$validators = {
  params: {
    query: {
      type: /* @__PURE__ */ checker(s0),
      page: /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validatePageableCollectionLogBinDocumentDto)
  }
};
const listUpdatedEntities$validators = {
  params: {
    query: {
      type: /* @__PURE__ */ checker(s0),
      page: /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s276)
  }
};
const listExpenses$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validateExpensesAndTotalsDtoV1)
  }
};
const createExpense$validators = {
  responses: {
    "201": /* @__PURE__ */ checker(validateExpenseDtoV1)
  }
};
const listExpenseCategories$validators = {
  params: {
    query: {
      "sort-column": /* @__PURE__ */ checker(s277),
      "sort-order": /* @__PURE__ */ checker(s267),
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validateExpenseCategoriesWithCountDtoV1)
  }
};
const createExpenseCategory$validators = {
  request: /* @__PURE__ */ checker(validateExpenseCategoryV1Request),
  responses: {
    "201": /* @__PURE__ */ checker(validateExpenseCategoryDtoV1)
  }
};
const updateExpenseCategory$validators = {
  request: /* @__PURE__ */ checker(validateExpenseCategoryV1Request),
  responses: {
    "200": /* @__PURE__ */ checker(validateExpenseCategoryDtoV1)
  }
};
const updateExpenseCategoryStatus$validators = {
  request: /* @__PURE__ */ checker(validateExpenseCategoryArchiveV1Request),
  responses: {
    "200": /* @__PURE__ */ checker(validateExpenseCategoryDtoV1)
  }
};
const getExpense$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateExpenseDtoV1)
  }
};
const updateExpense$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateExpenseDtoV1)
  }
};
const listHolidays$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(s278)
  }
};
const createHoliday$validators = {
  request: /* @__PURE__ */ checker(validateCreateHolidayRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateHolidayDtoV1)
  }
};
const listHolidaysInPeriod$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(s278)
  }
};
const updateHoliday$validators = {
  request: /* @__PURE__ */ checker(validateUpdateHolidayRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateHolidayDtoV1)
  }
};
const deleteHoliday$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateHolidayDto)
  }
};
const setWorkspaceHourlyRate$validators = {
  request: /* @__PURE__ */ checker(validateRateWithCurrencyRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateWorkspaceDtoV1)
  }
};
const listInvoices$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104),
      statuses: /* @__PURE__ */ checker(s279),
      "sort-column": /* @__PURE__ */ checker(s280),
      "sort-order": /* @__PURE__ */ checker(s267)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validateInvoicesListDtoV1)
  }
};
const createInvoice$validators = {
  request: /* @__PURE__ */ checker(validateCreateInvoiceRequest),
  responses: {
    "201": /* @__PURE__ */ checker(validateCreateInvoiceDtoV1)
  }
};
const filterInvoices$validators = {
  request: /* @__PURE__ */ checker(validateInvoiceFilterRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateInvoiceInfoResponseDtoV1)
  }
};
const getInvoiceSettings$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateInvoiceSettingsDtoV1)
  }
};
const updateInvoiceSettings$validators = {
  request: /* @__PURE__ */ checker(validateUpdateInvoiceSettingsRequestV1)
};
const getInvoice$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateInvoiceOverviewDtoV1)
  }
};
const updateInvoice$validators = {
  request: /* @__PURE__ */ checker(validateUpdateInvoiceRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateInvoiceOverviewDtoV1)
  }
};
const duplicateInvoice$validators = {
  responses: {
    "201": /* @__PURE__ */ checker(validateInvoiceOverviewDtoV1)
  }
};
const listInvoicePayments$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s281)
  }
};
const createInvoicePayment$validators = {
  request: /* @__PURE__ */ checker(validateCreateInvoicePaymentRequest),
  responses: {
    "201": /* @__PURE__ */ checker(validateInvoiceOverviewDtoV1)
  }
};
const deleteInvoicePayment$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateInvoiceOverviewDtoV1)
  }
};
const updateInvoiceStatus$validators = {
  request: /* @__PURE__ */ checker(validateChangeInvoiceStatusRequestV1)
};
const listProjects$validators = {
  params: {
    query: {
      clients: /* @__PURE__ */ checker(s40),
      "client-status": /* @__PURE__ */ checker(s282),
      users: /* @__PURE__ */ checker(s40),
      "user-status": /* @__PURE__ */ checker(validateMembershipStatus),
      "sort-column": /* @__PURE__ */ checker(s283),
      "sort-order": /* @__PURE__ */ checker(s267),
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104),
      access: /* @__PURE__ */ checker(s284),
      "expense-limit": /* @__PURE__ */ checker(s83),
      userGroups: /* @__PURE__ */ checker(s40)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s285)
  }
};
const createProject$validators = {
  request: /* @__PURE__ */ checker(validateProjectRequest),
  responses: {
    "201": /* @__PURE__ */ checker(validateProjectDtoImplV1)
  }
};
const getProject$validators = {
  params: {
    query: {
      "expense-limit": /* @__PURE__ */ checker(s83)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validateProjectDtoV1)
  }
};
const updateProject$validators = {
  request: /* @__PURE__ */ checker(validateUpdateProjectRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateProjectDtoImplV1)
  }
};
const deleteProject$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateProjectDtoImplV1)
  }
};
const updateProjectEstimate$validators = {
  request: /* @__PURE__ */ checker(validateProjectEstimateRequestWrite),
  responses: {
    "200": /* @__PURE__ */ checker(validateProjectDtoImplV1)
  }
};
const addUsersToProject$validators = {
  request: /* @__PURE__ */ checker(validateAddUsersToProjectRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateProjectDtoImplV1)
  }
};
const updateProjectMemberships$validators = {
  request: /* @__PURE__ */ checker(validateUpdateProjectMembershipsRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateProjectDtoImplV1)
  }
};
const listTasks$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104),
      "sort-column": /* @__PURE__ */ checker(s286),
      "sort-order": /* @__PURE__ */ checker(s267)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s287)
  }
};
const createTask$validators = {
  request: /* @__PURE__ */ checker(validateTaskRequestV1),
  responses: {
    "201": /* @__PURE__ */ checker(validateTaskDtoV1)
  }
};
const setTaskCostRate$validators = {
  request: /* @__PURE__ */ checker(validateCostRateRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateTaskDtoV1)
  }
};
const setTaskHourlyRate$validators = {
  request: /* @__PURE__ */ checker(validateHourlyRateRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateTaskDtoV1)
  }
};
const getTask$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateTaskDtoV1)
  }
};
const updateTask$validators = {
  params: {
    query: {
      "membership-status": /* @__PURE__ */ checker(validateMembershipStatus)
    }
  },
  request: /* @__PURE__ */ checker(validateUpdateTaskRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateTaskDtoV1)
  }
};
const deleteTask$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateTaskDtoV1)
  }
};
const updateProjectTemplate$validators = {
  request: /* @__PURE__ */ checker(validatePatchProjectTemplateRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateProjectDtoImplV1)
  }
};
const setProjectUserCostRate$validators = {
  request: /* @__PURE__ */ checker(validateCostRateRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateProjectDtoImplV1)
  }
};
const setProjectUserHourlyRate$validators = {
  request: /* @__PURE__ */ checker(validateCostRateRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateProjectDtoImplV1)
  }
};
const listAssignments$validators = {
  params: {
    query: {
      "sort-column": /* @__PURE__ */ checker(s288),
      "sort-order": /* @__PURE__ */ checker(s267),
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s289)
  }
};
const filterProjectScheduleTotals$validators = {
  request: /* @__PURE__ */ checker(validateProjectTotalsRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(s290)
  }
};
const getProjectScheduleTotals$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateSchedulingProjectsTotalsDtoV1)
  }
};
const publishAssignments$validators = {
  request: /* @__PURE__ */ checker(validatePublishAssignmentsRequestV1)
};
const createRecurringAssignment$validators = {
  request: /* @__PURE__ */ checker(validateAssignmentCreateRequestV1),
  responses: {
    "201": /* @__PURE__ */ checker(s291)
  }
};
const deleteRecurringAssignment$validators = {
  params: {
    query: {
      seriesUpdateOption: /* @__PURE__ */ checker(s292)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s291)
  }
};
const updateRecurringAssignment$validators = {
  request: /* @__PURE__ */ checker(validateAssignmentUpdateRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(s291)
  }
};
const updateRecurringAssignmentSeries$validators = {
  request: /* @__PURE__ */ checker(validateRecurringAssignmentRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(s291)
  }
};
const filterUserScheduleTotals$validators = {
  request: /* @__PURE__ */ checker(validateGetUserTotalsRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(s293)
  }
};
const getUserScheduleTotals$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validateSchedulingUsersTotalsDtoV1)
  }
};
const copyAssignment$validators = {
  request: /* @__PURE__ */ checker(validateCopyAssignmentRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(s291)
  }
};
const listTags$validators = {
  params: {
    query: {
      "sort-column": /* @__PURE__ */ checker(s286),
      "sort-order": /* @__PURE__ */ checker(s267),
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s294)
  }
};
const createTag$validators = {
  request: /* @__PURE__ */ checker(validateTagRequest),
  responses: {
    "201": /* @__PURE__ */ checker(validateTagDtoV1)
  }
};
const getTag$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateTagDtoV1)
  }
};
const updateTag$validators = {
  request: /* @__PURE__ */ checker(validateUpdateTagRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateTagDtoV1)
  }
};
const deleteTag$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateTagDtoV1)
  }
};
const createTimeEntry$validators = {
  request: /* @__PURE__ */ checker(validateCreateTimeEntryRequest),
  responses: {
    "201": /* @__PURE__ */ checker(validateTimeEntryDtoImplV1)
  }
};
const markTimeEntriesInvoiced$validators = {
  request: /* @__PURE__ */ checker(validateUpdateInvoicedStatusRequest)
};
const listInProgressTimeEntries$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s295)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s296)
  }
};
const getTimeEntry$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeEntryWithRatesDtoV1)
  }
};
const updateTimeEntry$validators = {
  request: /* @__PURE__ */ checker(validateUpdateTimeEntryRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeEntryDtoImplV1)
  }
};
const listBalancesOfPolicy$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s111),
      "page-size": /* @__PURE__ */ checker(s112),
      sort: /* @__PURE__ */ checker(s297),
      "sort-order": /* @__PURE__ */ checker(s267)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validateBalancesWithCountDtoV1)
  }
};
const updateBalancesOfPolicy$validators = {
  request: /* @__PURE__ */ checker(validateChangeBalanceRequestV1)
};
const listBalancesOfUser$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s111),
      "page-size": /* @__PURE__ */ checker(s112),
      sort: /* @__PURE__ */ checker(s297),
      "sort-order": /* @__PURE__ */ checker(s267)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validateBalancesWithCountDtoV1)
  }
};
const listPolicies$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s111),
      "page-size": /* @__PURE__ */ checker(s112),
      status: /* @__PURE__ */ checker(s282)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s298)
  }
};
const createPolicy$validators = {
  request: /* @__PURE__ */ checker(validateCreatePolicyRequestV1),
  responses: {
    "201": /* @__PURE__ */ checker(validatePolicyDtoV1)
  }
};
const getPolicy$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validatePolicyDtoV1)
  }
};
const updatePolicy$validators = {
  request: /* @__PURE__ */ checker(validateUpdatePolicyRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validatePolicyDtoV1)
  }
};
const updatePolicyStatus$validators = {
  request: /* @__PURE__ */ checker(validateChangePolicyStatusRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validatePolicyDtoV1)
  }
};
const createTimeOffRequest$validators = {
  request: /* @__PURE__ */ checker(validateCreateTimeOffRequestV1Request),
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeOffRequestFullV1Dto)
  }
};
const deleteTimeOffRequest$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeOffRequestV1Dto)
  }
};
const updateTimeOffRequestStatus$validators = {
  request: /* @__PURE__ */ checker(validateStatusTimeOffRequestV1Request),
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeOffRequestV1Dto)
  }
};
const createTimeOffRequestForUser$validators = {
  request: /* @__PURE__ */ checker(validateCreateTimeOffRequestV1Request),
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeOffRequestFullV1Dto)
  }
};
const filterTimeOffRequests$validators = {
  request: /* @__PURE__ */ checker(validateGetTimeOffRequestsV1Request),
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeOffRequestsWithCountV1Dto)
  }
};
const listUserGroups$validators = {
  params: {
    query: {
      "sort-column": /* @__PURE__ */ checker(s286),
      "sort-order": /* @__PURE__ */ checker(s267),
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s299)
  }
};
const createUserGroup$validators = {
  request: /* @__PURE__ */ checker(validateUserGroupRequest),
  responses: {
    "201": /* @__PURE__ */ checker(validateUserGroupDtoV1)
  }
};
const updateUserGroup$validators = {
  request: /* @__PURE__ */ checker(validateUpdateUserGroupRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateUserGroupDtoV1)
  }
};
const deleteUserGroup$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateUserGroupDtoV1)
  }
};
const addUserToGroup$validators = {
  request: /* @__PURE__ */ checker(validateUserGroupUserRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateUserGroupDtoV1)
  }
};
const removeUserFromGroup$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateUserGroupDtoV1)
  }
};
const listTimeEntriesOfUser$validators = {
  params: {
    query: {
      tags: /* @__PURE__ */ checker(s40),
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s296)
  }
};
const replaceTimeEntriesOfUser$validators = {
  request: /* @__PURE__ */ checker(s300),
  responses: {
    "200": /* @__PURE__ */ checker(s301)
  }
};
const createTimeEntryForUser$validators = {
  request: /* @__PURE__ */ checker(validateCreateTimeEntryRequest),
  responses: {
    "201": /* @__PURE__ */ checker(validateTimeEntryDtoImplV1)
  }
};
const deleteTimeEntriesOfUser$validators = {
  params: {
    query: {
      "time-entry-ids": /* @__PURE__ */ checker(s0)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s302)
  }
};
const stopTimerOfUser$validators = {
  request: /* @__PURE__ */ checker(validateStopTimeEntryRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeEntryDtoImplV1)
  }
};
const duplicateTimeEntry$validators = {
  responses: {
    "201": /* @__PURE__ */ checker(validateTimeEntryDtoImplV1)
  }
};
const updateUserStatusInWorkspace$validators = {
  request: /* @__PURE__ */ checker(validateUpdateUserStatusRequest),
  responses: {
    "200": /* @__PURE__ */ checker(validateWorkspaceDtoV1)
  }
};
const setUserCostRate$validators = {
  request: /* @__PURE__ */ checker(validateCostRateRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateWorkspaceDtoV1)
  }
};
const setUserHourlyRate$validators = {
  request: /* @__PURE__ */ checker(validateHourlyRateRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateWorkspaceDtoV1)
  }
};
const listManagersOfUser$validators = {
  params: {
    query: {
      "sort-column": /* @__PURE__ */ checker(s266),
      "sort-order": /* @__PURE__ */ checker(s267),
      page: /* @__PURE__ */ checker(s104),
      "page-size": /* @__PURE__ */ checker(s104)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(s268)
  }
};
const addUserRole$validators = {
  request: /* @__PURE__ */ checker(validateRoleRequestV1),
  responses: {
    "201": /* @__PURE__ */ checker(s303)
  }
};
const removeUserRole$validators = {
  request: /* @__PURE__ */ checker(validateRoleRequestV1)
};
const listWebhooks$validators = {
  params: {
    query: {
      type: /* @__PURE__ */ checker(s304)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validateWebhooksDtoV1)
  }
};
const createWebhook$validators = {
  request: /* @__PURE__ */ checker(validateCreateWebhookRequestV1),
  responses: {
    "201": /* @__PURE__ */ checker(validateWebhookDtoV1)
  }
};
const getWebhook$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateWebhookDtoV1)
  }
};
const updateWebhook$validators = {
  request: /* @__PURE__ */ checker(validateUpdateWebhookRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateWebhookDtoV1)
  }
};
const listWebhookLogs$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s104),
      size: /* @__PURE__ */ checker(s104)
    }
  },
  request: /* @__PURE__ */ checker(validateWebhookLogSearchRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(s305)
  }
};
const regenerateWebhookToken$validators = {
  responses: {
    "200": /* @__PURE__ */ checker(validateWebhookDtoV1)
  }
};
const getSharedReport$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s104),
      pageSize: /* @__PURE__ */ checker(s83)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeEntrySummaryReportDto)
  }
};
const generateAttendanceReport$validators = {
  request: /* @__PURE__ */ checker(validateAttendanceReportFilterV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateAttendanceReportDtoV1)
  }
};
const generateDetailedTimeReport$validators = {
  request: /* @__PURE__ */ checker(validateDetailedReportFilterV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeEntryDetailedReportDto)
  }
};
const generateDetailedExpenseReport$validators = {
  request: /* @__PURE__ */ checker(validateExpenseReportFilterV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateExpenseDetailedReportDtoV1)
  }
};
const generateSummaryTimeReport$validators = {
  request: /* @__PURE__ */ checker(validateSummaryReportFilterV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeEntrySummaryReportDto)
  }
};
const generateWeeklyTimeReport$validators = {
  request: /* @__PURE__ */ checker(validateWeeklyReportFilterV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateTimeEntryWeeklyReportDto)
  }
};
const listSharedReports$validators = {
  params: {
    query: {
      page: /* @__PURE__ */ checker(s104),
      pageSize: /* @__PURE__ */ checker(s104),
      sharedReportsFilter: /* @__PURE__ */ checker(s306)
    }
  },
  responses: {
    "200": /* @__PURE__ */ checker(validateSharedReportsAndCountDtoV1)
  }
};
const createSharedReport$validators = {
  request: /* @__PURE__ */ checker(validateSharedReportRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateSharedReportV1)
  }
};
const updateSharedReport$validators = {
  request: /* @__PURE__ */ checker(validateUpdateSharedReportRequestV1),
  responses: {
    "200": /* @__PURE__ */ checker(validateSharedReportV1)
  }
};
const operationValidators = {
  upsertUserCustomFieldValue: upsertUserCustomFieldValue$validators,
  listCustomFields: listCustomFields$validators,
  createCustomField: createCustomField$validators,
  updateCustomField: updateCustomField$validators,
  listProjectCustomFields: listProjectCustomFields$validators,
  removeProjectCustomField: removeProjectCustomField$validators,
  updateProjectCustomField: updateProjectCustomField$validators,
  listUsersOfWorkspace: listUsersOfWorkspace$validators,
  addUserToWorkspace: addUserToWorkspace$validators,
  filterUsersOfWorkspace: filterUsersOfWorkspace$validators,
  getMemberProfile: getMemberProfile$validators,
  updateMemberProfile: updateMemberProfile$validators,
  uploadUserImage: uploadUserImage$validators,
  getLoggedUser: getLoggedUser$validators,
  listWorkspaces: listWorkspaces$validators,
  createWorkspace: createWorkspace$validators,
  getWorkspace: getWorkspace$validators,
  listAddonWebhooks: listAddonWebhooks$validators,
  listApprovalRequests: listApprovalRequests$validators,
  createApprovalRequest: createApprovalRequest$validators,
  resubmitEntriesForApproval: resubmitEntriesForApproval$validators,
  createApprovalRequestForUser: createApprovalRequestForUser$validators,
  resubmitEntriesForApprovalOfUser: resubmitEntriesForApprovalOfUser$validators,
  updateApprovalRequestStatus: updateApprovalRequestStatus$validators,
  listClients: listClients$validators,
  createClient: createClient$validators,
  getClient: getClient$validators,
  updateClient: updateClient$validators,
  deleteClient: deleteClient$validators,
  setWorkspaceCostRate: setWorkspaceCostRate$validators,
  listCreatedEntities: listCreatedEntities$validators,
  listDeletedEntities: listDeletedEntities$validators,
  listUpdatedEntities: listUpdatedEntities$validators,
  listExpenses: listExpenses$validators,
  createExpense: createExpense$validators,
  listExpenseCategories: listExpenseCategories$validators,
  createExpenseCategory: createExpenseCategory$validators,
  updateExpenseCategory: updateExpenseCategory$validators,
  updateExpenseCategoryStatus: updateExpenseCategoryStatus$validators,
  getExpense: getExpense$validators,
  updateExpense: updateExpense$validators,
  listHolidays: listHolidays$validators,
  createHoliday: createHoliday$validators,
  listHolidaysInPeriod: listHolidaysInPeriod$validators,
  updateHoliday: updateHoliday$validators,
  deleteHoliday: deleteHoliday$validators,
  setWorkspaceHourlyRate: setWorkspaceHourlyRate$validators,
  listInvoices: listInvoices$validators,
  createInvoice: createInvoice$validators,
  filterInvoices: filterInvoices$validators,
  getInvoiceSettings: getInvoiceSettings$validators,
  updateInvoiceSettings: updateInvoiceSettings$validators,
  getInvoice: getInvoice$validators,
  updateInvoice: updateInvoice$validators,
  duplicateInvoice: duplicateInvoice$validators,
  listInvoicePayments: listInvoicePayments$validators,
  createInvoicePayment: createInvoicePayment$validators,
  deleteInvoicePayment: deleteInvoicePayment$validators,
  updateInvoiceStatus: updateInvoiceStatus$validators,
  listProjects: listProjects$validators,
  createProject: createProject$validators,
  getProject: getProject$validators,
  updateProject: updateProject$validators,
  deleteProject: deleteProject$validators,
  updateProjectEstimate: updateProjectEstimate$validators,
  addUsersToProject: addUsersToProject$validators,
  updateProjectMemberships: updateProjectMemberships$validators,
  listTasks: listTasks$validators,
  createTask: createTask$validators,
  setTaskCostRate: setTaskCostRate$validators,
  setTaskHourlyRate: setTaskHourlyRate$validators,
  getTask: getTask$validators,
  updateTask: updateTask$validators,
  deleteTask: deleteTask$validators,
  updateProjectTemplate: updateProjectTemplate$validators,
  setProjectUserCostRate: setProjectUserCostRate$validators,
  setProjectUserHourlyRate: setProjectUserHourlyRate$validators,
  listAssignments: listAssignments$validators,
  filterProjectScheduleTotals: filterProjectScheduleTotals$validators,
  getProjectScheduleTotals: getProjectScheduleTotals$validators,
  publishAssignments: publishAssignments$validators,
  createRecurringAssignment: createRecurringAssignment$validators,
  deleteRecurringAssignment: deleteRecurringAssignment$validators,
  updateRecurringAssignment: updateRecurringAssignment$validators,
  updateRecurringAssignmentSeries: updateRecurringAssignmentSeries$validators,
  filterUserScheduleTotals: filterUserScheduleTotals$validators,
  getUserScheduleTotals: getUserScheduleTotals$validators,
  copyAssignment: copyAssignment$validators,
  listTags: listTags$validators,
  createTag: createTag$validators,
  getTag: getTag$validators,
  updateTag: updateTag$validators,
  deleteTag: deleteTag$validators,
  createTimeEntry: createTimeEntry$validators,
  markTimeEntriesInvoiced: markTimeEntriesInvoiced$validators,
  listInProgressTimeEntries: listInProgressTimeEntries$validators,
  getTimeEntry: getTimeEntry$validators,
  updateTimeEntry: updateTimeEntry$validators,
  listBalancesOfPolicy: listBalancesOfPolicy$validators,
  updateBalancesOfPolicy: updateBalancesOfPolicy$validators,
  listBalancesOfUser: listBalancesOfUser$validators,
  listPolicies: listPolicies$validators,
  createPolicy: createPolicy$validators,
  getPolicy: getPolicy$validators,
  updatePolicy: updatePolicy$validators,
  updatePolicyStatus: updatePolicyStatus$validators,
  createTimeOffRequest: createTimeOffRequest$validators,
  deleteTimeOffRequest: deleteTimeOffRequest$validators,
  updateTimeOffRequestStatus: updateTimeOffRequestStatus$validators,
  createTimeOffRequestForUser: createTimeOffRequestForUser$validators,
  filterTimeOffRequests: filterTimeOffRequests$validators,
  listUserGroups: listUserGroups$validators,
  createUserGroup: createUserGroup$validators,
  updateUserGroup: updateUserGroup$validators,
  deleteUserGroup: deleteUserGroup$validators,
  addUserToGroup: addUserToGroup$validators,
  removeUserFromGroup: removeUserFromGroup$validators,
  listTimeEntriesOfUser: listTimeEntriesOfUser$validators,
  replaceTimeEntriesOfUser: replaceTimeEntriesOfUser$validators,
  createTimeEntryForUser: createTimeEntryForUser$validators,
  deleteTimeEntriesOfUser: deleteTimeEntriesOfUser$validators,
  stopTimerOfUser: stopTimerOfUser$validators,
  duplicateTimeEntry: duplicateTimeEntry$validators,
  updateUserStatusInWorkspace: updateUserStatusInWorkspace$validators,
  setUserCostRate: setUserCostRate$validators,
  setUserHourlyRate: setUserHourlyRate$validators,
  listManagersOfUser: listManagersOfUser$validators,
  addUserRole: addUserRole$validators,
  removeUserRole: removeUserRole$validators,
  listWebhooks: listWebhooks$validators,
  createWebhook: createWebhook$validators,
  getWebhook: getWebhook$validators,
  updateWebhook: updateWebhook$validators,
  listWebhookLogs: listWebhookLogs$validators,
  regenerateWebhookToken: regenerateWebhookToken$validators,
  getSharedReport: getSharedReport$validators,
  generateAttendanceReport: generateAttendanceReport$validators,
  generateDetailedTimeReport: generateDetailedTimeReport$validators,
  generateDetailedExpenseReport: generateDetailedExpenseReport$validators,
  generateSummaryTimeReport: generateSummaryTimeReport$validators,
  generateWeeklyTimeReport: generateWeeklyTimeReport$validators,
  listSharedReports: listSharedReports$validators,
  createSharedReport: createSharedReport$validators,
  updateSharedReport: updateSharedReport$validators
};
export {
  SpecforgeValidationError,
  addUserRole$validators,
  addUserToGroup$validators,
  addUserToWorkspace$validators,
  addUsersToProject$validators,
  copyAssignment$validators,
  createApprovalRequest$validators,
  createApprovalRequestForUser$validators,
  createClient$validators,
  createCustomField$validators,
  createExpense$validators,
  createExpenseCategory$validators,
  createHoliday$validators,
  createInvoice$validators,
  createInvoicePayment$validators,
  createPolicy$validators,
  createProject$validators,
  createRecurringAssignment$validators,
  createSharedReport$validators,
  createTag$validators,
  createTask$validators,
  createTimeEntry$validators,
  createTimeEntryForUser$validators,
  createTimeOffRequest$validators,
  createTimeOffRequestForUser$validators,
  createUserGroup$validators,
  createWebhook$validators,
  createWorkspace$validators,
  deleteClient$validators,
  deleteHoliday$validators,
  deleteInvoicePayment$validators,
  deleteProject$validators,
  deleteRecurringAssignment$validators,
  deleteTag$validators,
  deleteTask$validators,
  deleteTimeEntriesOfUser$validators,
  deleteTimeOffRequest$validators,
  deleteUserGroup$validators,
  duplicateInvoice$validators,
  duplicateTimeEntry$validators,
  filterInvoices$validators,
  filterProjectScheduleTotals$validators,
  filterTimeOffRequests$validators,
  filterUserScheduleTotals$validators,
  filterUsersOfWorkspace$validators,
  generateAttendanceReport$validators,
  generateDetailedExpenseReport$validators,
  generateDetailedTimeReport$validators,
  generateSummaryTimeReport$validators,
  generateWeeklyTimeReport$validators,
  getClient$validators,
  getExpense$validators,
  getInvoice$validators,
  getInvoiceSettings$validators,
  getLoggedUser$validators,
  getMemberProfile$validators,
  getPolicy$validators,
  getProject$validators,
  getProjectScheduleTotals$validators,
  getSharedReport$validators,
  getTag$validators,
  getTask$validators,
  getTimeEntry$validators,
  getUserScheduleTotals$validators,
  getWebhook$validators,
  getWorkspace$validators,
  listAddonWebhooks$validators,
  listApprovalRequests$validators,
  listAssignments$validators,
  listBalancesOfPolicy$validators,
  listBalancesOfUser$validators,
  listClients$validators,
  listCreatedEntities$validators,
  listCustomFields$validators,
  listDeletedEntities$validators,
  listExpenseCategories$validators,
  listExpenses$validators,
  listHolidays$validators,
  listHolidaysInPeriod$validators,
  listInProgressTimeEntries$validators,
  listInvoicePayments$validators,
  listInvoices$validators,
  listManagersOfUser$validators,
  listPolicies$validators,
  listProjectCustomFields$validators,
  listProjects$validators,
  listSharedReports$validators,
  listTags$validators,
  listTasks$validators,
  listTimeEntriesOfUser$validators,
  listUpdatedEntities$validators,
  listUserGroups$validators,
  listUsersOfWorkspace$validators,
  listWebhookLogs$validators,
  listWebhooks$validators,
  listWorkspaces$validators,
  markTimeEntriesInvoiced$validators,
  operationValidators,
  publishAssignments$validators,
  regenerateWebhookToken$validators,
  removeProjectCustomField$validators,
  removeUserFromGroup$validators,
  removeUserRole$validators,
  replaceTimeEntriesOfUser$validators,
  resubmitEntriesForApproval$validators,
  resubmitEntriesForApprovalOfUser$validators,
  schemas,
  setProjectUserCostRate$validators,
  setProjectUserHourlyRate$validators,
  setTaskCostRate$validators,
  setTaskHourlyRate$validators,
  setUserCostRate$validators,
  setUserHourlyRate$validators,
  setWorkspaceCostRate$validators,
  setWorkspaceHourlyRate$validators,
  stopTimerOfUser$validators,
  updateApprovalRequestStatus$validators,
  updateBalancesOfPolicy$validators,
  updateClient$validators,
  updateCustomField$validators,
  updateExpense$validators,
  updateExpenseCategory$validators,
  updateExpenseCategoryStatus$validators,
  updateHoliday$validators,
  updateInvoice$validators,
  updateInvoiceSettings$validators,
  updateInvoiceStatus$validators,
  updateMemberProfile$validators,
  updatePolicy$validators,
  updatePolicyStatus$validators,
  updateProject$validators,
  updateProjectCustomField$validators,
  updateProjectEstimate$validators,
  updateProjectMemberships$validators,
  updateProjectTemplate$validators,
  updateRecurringAssignment$validators,
  updateRecurringAssignmentSeries$validators,
  updateSharedReport$validators,
  updateTag$validators,
  updateTask$validators,
  updateTimeEntry$validators,
  updateTimeOffRequestStatus$validators,
  updateUserGroup$validators,
  updateUserStatusInWorkspace$validators,
  updateWebhook$validators,
  uploadUserImage$validators,
  upsertUserCustomFieldValue$validators,
  webhooks
};

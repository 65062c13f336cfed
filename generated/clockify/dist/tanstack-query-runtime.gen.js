import { SpecforgeHttpError } from "./client-runtime.gen.js";
import { fieldAt, itemsOf, nextLinkOf } from "./client-runtime.gen.js";
/**
* The success body of a result, or a thrown `SpecforgeHttpError` for an error response, or for any
* status outside 2xx that came without a body (a 304, a redirect not followed).
*/
export function dataOf(operation, result) {
	if (result.error !== undefined || result.status < 200 || result.status > 299) throw new SpecforgeHttpError(operation, result.status, result.error);
	return result.data;
}
/** As `dataOf`, with `null` for a success without a body (TanStack keeps no `undefined` data). */
export function queryDataOf(operation, result) {
	const data = dataOf(operation, result);
	return data === undefined ? null : data;
}
/**
* A streamed query's data, as TanStack's `streamedQuery` makes it without needing its version of
* query-core: the query succeeds with the first event and its data grows until the stream ends; a
* refetch starts the list again. A body that does not stream is the data as it is.
*/
export async function streamedData(operation, result, context) {
	const data = queryDataOf(operation, result);
	if (!isAsyncIterable(data)) return data;
	const events = [];
	for await (const event of data) {
		events.push(event);
		// A copy per event: TanStack compares data by reference to tell observers it changed.
		if (context.client && context.queryKey) context.client.setQueryData(context.queryKey, [...events]);
	}
	return events;
}
function isAsyncIterable(value) {
	return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}
function inBody(paging) {
	return paging.kind !== "nextLink" && paging.kind !== "linkHeader" && paging.in === "body";
}
/** The request's own paging fields: the query or the body of a POST search. */
function pagingFields(paging, request) {
	const fields = inBody(paging) ? request?.body : request?.query;
	return typeof fields === "object" && fields !== null ? { ...fields } : {};
}
/** The first page's parameter: the request's fields, with the page counter and size made explicit. */
export function firstPageParam(paging, request) {
	const fields = pagingFields(paging, request);
	if (paging.kind === "page" || paging.kind === "offset") {
		const counter = paging.kind === "page" ? paging.page : paging.offset;
		fields[counter] = Number(fields[counter] ?? (paging.kind === "page" ? 1 : 0));
		fields[paging.size] = Number(fields[paging.size] ?? paging.defaultSize);
	}
	return fields;
}
/** The request of one page: the caller's request with the page's fields in place of its own. */
export function pageRequest(paging, request, param) {
	const parts = { ...request ?? {} };
	parts[inBody(paging) ? "body" : "query"] = { ...param };
	return parts;
}
/**
* Next links seen by `Link`-header paging, by the page parameter that fetched them: the header is
* not part of the page body TanStack keeps. Per client, so two servers never share an entry; at
* most `LINKS_KEPT` per client, oldest dropped first.
*/
const linkStore = new WeakMap();
const LINKS_KEPT = 500;
/** Records the next page of a `Link`-header page (call from the page's queryFn). */
export function recordLinkHeader(client, paging, param, result) {
	if (paging.kind !== "linkHeader") return;
	let links = linkStore.get(client);
	if (!links) linkStore.set(client, links = new Map());
	const next = nextLinkOf(result.response.headers.get("link"));
	const empty = itemsOf(result.data, paging.items).length === 0;
	links.set(paramKey(param), next === undefined || empty ? undefined : linkQuery(next, param));
	if (links.size > LINKS_KEPT) links.delete(links.keys().next().value);
}
/**
* The next page's parameter, or undefined on the last page. A next page whose parameter is the
* one just fetched, or any fetched before, ends the walk: a server that repeats itself would
* otherwise loop for ever.
*/
export function nextPageParam(client, paging, page, param, earlier = []) {
	const next = nextOf(client, paging, page, param);
	if (next === undefined) return undefined;
	const key = paramKey(next);
	return key === paramKey(param) || earlier.some((p) => paramKey(p) === key) ? undefined : next;
}
function nextOf(client, paging, page, param) {
	const items = itemsOf(page, paging.items);
	switch (paging.kind) {
		case "linkHeader": return linkStore.get(client)?.get(paramKey(param));
		case "page":
		case "offset": {
			const size = Number(param[paging.size]);
			if (items.length === 0 || items.length < size) return undefined;
			const counter = paging.kind === "page" ? paging.page : paging.offset;
			const step = paging.kind === "page" ? 1 : items.length;
			return {
				...param,
				[counter]: Number(param[counter]) + step
			};
		}
		case "token": return tokenParam(param, paging.param, fieldAt(page, paging.next));
		case "after": {
			if (fieldAt(page, [paging.more]) !== true) return undefined;
			const back = paging.before !== undefined && param[paging.before] !== undefined;
			const token = fieldAt(back ? items[0] : items[items.length - 1], [paging.id]);
			return tokenParam(param, back ? paging.before : paging.param, token);
		}
		case "nextLink": {
			const next = fieldAt(page, paging.next);
			return typeof next === "string" && next !== "" && items.length > 0 ? linkQuery(next, param) : undefined;
		}
	}
}
function tokenParam(param, name, token) {
	if (typeof token !== "string" && typeof token !== "number" || token === "") return undefined;
	return {
		...param,
		[name]: token
	};
}
/**
* A next link's query as the page parameter: only the query is taken, and the request still goes
* to the client's base URL (a link naming another host never receives credentials). Parameters
* the link leaves out keep their values.
*/
function linkQuery(next, previous) {
	const link = new URL(next, "http://next.invalid/");
	const query = {};
	for (const [k, v] of Object.entries(previous)) if (!link.searchParams.has(k)) query[k] = v;
	link.searchParams.forEach((v, k) => {
		query[k] = v;
	});
	return query;
}
/** A page parameter as one text: the same fields in any order give the same key. */
function paramKey(param) {
	return JSON.stringify(Object.keys(param).filter((k) => param[k] !== undefined).sort().map((k) => [k, String(param[k])]));
}

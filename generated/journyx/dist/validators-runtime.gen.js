/** Adopts a passing subschema's annotations. */
export function mergeEv(into, from) {
	if (!into || !from) return;
	for (const k of from.p) into.p.add(k);
	if (from.a) into.a = true;
	if (from.i > into.i) into.i = from.i;
	if (from.ai) into.ai = true;
	for (const i of from.c) into.c.add(i);
}
/**
* A check as the client's `validate` option calls it: `(value, mode)` gives all the issues, strict
* or lenient. A call rather than an arrow in the generated table, whose keys are spec names: an
* arrow keyed `constructor` gets no contextual type from a `Record` (TS7006).
*/
export function checker(check) {
	return (value, mode) => {
		const e = [];
		try {
			enter();
			check(value, e, ALL | (mode === "lenient" ? LENIENT : 0));
		} catch (error) {
			// The same clean issue as `schemas.X.validate` gives (a response nested 100,000 deep).
			e.push(unvalidated(error));
		}
		return e;
	};
}
export const ALL = 1;
export const LENIENT = 2;
/**
* Prefixes the path of the issues added since index `from` with `key` (done once, on failure). The
* keys are moved up by hand: V8's `unshift` on these small arrays took a quarter of the time of a
* refused value's `validate`.
*/
export function at(e, from, key) {
	for (let i = from; i < e.length; i++) {
		const path = e[i].path;
		for (let j = path.push(key) - 1; j > 0; j--) path[j] = path[j - 1];
		path[0] = key;
	}
}
/**
* Records a failure of the current value. Returns true when the check must stop: silent mode
* (`e` null: only the answer matters) or first-issue mode.
*/
export function halt(e, m, message) {
	if (e === null) return true;
	e.push({
		message,
		path: []
	});
	return !(m & ALL);
}
/**
* A union refused `x`: none of its alternatives took it (`matched` 0), or more than one of a
* oneOf's did. With none, when exactly one alternative failed on more than the value's type (an
* object with a bad field, where the others wanted a string or null), that alternative's issues are
* the answer (`metadata.plan: must be string`), as a discriminator's dispatch gives; otherwise the
* union's own message. The alternatives run again only here, on the failure path with issues wanted,
* and only those that admit `x`'s type (`types`: a bit set per alternative, `typeBit`'s bits).
*/
export function haltUnion(e, m, x, matched, message, types, ...alternatives) {
	if (e === null) return true;
	const near = matched === 0 && rerunning < MAX_RERUNS ? closestIssues(x, m, types, alternatives) : undefined;
	if (near) e.push(...near);
	else e.push({
		message,
		path: []
	});
	return !(m & ALL);
}
/**
* How many `haltUnion`s are re-running their alternatives, one inside another. Each re-run checks
* the value again, so a chain of nested unions (a nullable `next` 1,000 deep) would cost quadratic
* time; past this many, a union says its own message (reports stay precise for any real nesting).
*/
let rerunning = 0;
const MAX_RERUNS = 16;
/** A failure about the value's type alone, as the checks word it: `must be object`, `must be string or null`. */
const WRONG_TYPE = /^must be (?:object|array|string|number|integer|boolean|null)(?: or [a-z]+)*$/;
/**
* Whether a message is WRONG_TYPE's, remembered: the messages are the generated code's constants,
* few and asked again on every refused union, where the regular expression was a tenth of the time.
*/
const wrongTypeMessages = new Map();
function isWrongType(message) {
	let known = wrongTypeMessages.get(message);
	if (known === undefined) {
		known = WRONG_TYPE.test(message);
		if (wrongTypeMessages.size < 4096) wrongTypeMessages.set(message, known);
	}
	return known;
}
/**
* `x`'s JSON type as one bit, as the generator's `admittedTypes` numbers them (a number is one type,
* integer or not); every bit for what JSON has no type for, so that no alternative is skipped.
*/
function typeBit(x) {
	switch (typeof x) {
		case "object": return x === null ? 32 : Array.isArray(x) ? 2 : 1;
		case "string": return 4;
		case "number": return 8;
		case "boolean": return 16;
		default: return 63;
	}
}
/**
* The issues of the one alternative that got past `x`'s type, if exactly one did; else of the one
* that `x` has every required property of, if exactly one has: `{ meows: 'loud' }` refused by
* `oneOf [Cat, Dog]` is a Cat with a bad `meows`, not a Dog without `barks` (required properties are
* checked first, so an alternative missing one says so first). An alternative whose types rule out
* `x`'s is not run: it could only say the value has the wrong type.
*/
function closestIssues(x, m, types, alternatives) {
	const bit = types === undefined ? 0 : typeBit(x);
	let near;
	let nearCount = 0;
	let complete;
	let completeCount = 0;
	rerunning++;
	try {
		for (let i = 0; i < alternatives.length; i++) {
			if (types !== undefined && (types[i] & bit) === 0) continue;
			const issues = [];
			if (alternatives[i](x, issues, m) || !issues.length) return undefined;
			if (issues.length === 1 && issues[0].path.length === 0 && isWrongType(issues[0].message)) continue;
			if (nearCount++ === 0) near = issues;
			if (!missesProperty(issues[0]) && completeCount++ === 0) complete = issues;
		}
		if (nearCount === 1) return near;
		return completeCount === 1 ? complete : undefined;
	} finally {
		rerunning--;
	}
}
/** Whether an issue is a required property of the value itself that it lacks. */
function missesProperty(issue) {
	return issue.path.length === 1 && issue.message === "is required";
}
/** Records a failure of the child value at `key`; same answer as `halt`. */
export function haltAt(e, m, key, message) {
	if (e === null) return true;
	e.push({
		message,
		path: [key]
	});
	return !(m & ALL);
}
/**
* A required property's inlined test failed: "is required" when it is absent, `message` when it is
* there; same answer as `halt`. One call where the generated code had a conditional per property.
*/
export function haltProperty(e, m, key, value, message) {
	return haltAt(e, m, key, value === undefined ? "is required" : message);
}
/**
* `value` is none of an enum whose values all have the schema's one type (`type: string` with
* string values). Lenient mode (responses) lets a value of that type through, one the server added
* since; otherwise the issue says "is required" (a required property, absent), "must be string" or
* the list, at `key` when given. Same answer as `halt`; the generated test is only `!(x === …)`.
*/
export function haltEnum(e, m, key, value, type, list, required) {
	if (m & LENIENT && typeof value === type) return false;
	// A JSON number is finite: NaN is "must be number", as the type test says.
	const typed = type === "string" ? typeof value === "string" : Number.isFinite(value);
	const message = required && value === undefined ? "is required" : typed ? list : `must be ${type}`;
	return key === undefined ? halt(e, m, message) : haltAt(e, m, key, message);
}
/**
* The current value fails the type test every other check of its schema needs: an issue, and the
* check ends in every mode, since nothing else of that schema could say more. False.
*/
export function fail(e, message) {
	if (e !== null) e.push({
		message,
		path: []
	});
	return false;
}
/**
* A check's answer at its end: valid when no issue was added since `from` (silent and first-issue
* modes return false at the first failure, so only ALL mode gets here with issues).
*/
export function passed(e, from) {
	return e === null || e.length === from;
}
/** A JSON object: not null, not an array. */
export function isObject(x) {
	return typeof x === "object" && x !== null && !Array.isArray(x);
}
/** The issue count before a child check, to prefix the child's issues if it fails. */
export function mark(e) {
	return e === null ? 0 : e.length;
}
/** A child check at `key` failed: prefix its issues' paths; same answer as `halt`. */
export function haltChild(e, m, from, key) {
	if (e === null) return true;
	at(e, from, key);
	return !(m & ALL);
}
/** JSON deep equality (numbers by value: 1 and 1.0 are equal). Never reads inherited properties. */
export function eq(a, b) {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
		return true;
	}
	if (Array.isArray(b)) return false;
	const ka = Object.keys(a);
	if (ka.length !== Object.keys(b).length) return false;
	for (const k of ka) {
		if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
		if (!eq(a[k], b[k])) return false;
	}
	return true;
}
/**
* Whether all items are distinct (deep), in linear time: primitives by a `Set` (SameValueZero: `0`
* and `-0` are one number, as in JSON), arrays and objects by a canonical text (keys sorted, strings
* quoted), which is equal exactly when the values are. Comparing every pair took 7 s on 20,000 items.
*/
export function unique(items) {
	const primitives = new Set();
	let structured;
	for (const item of items) {
		if (typeof item === "object" && item !== null) {
			structured ??= new Set();
			const key = canonical(item);
			if (structured.has(key)) return false;
			structured.add(key);
		} else {
			if (primitives.has(item)) return false;
			primitives.add(item);
		}
	}
	return true;
}
/** A JSON value as text that is the same for equal values: object keys sorted, own properties only. */
function canonical(x) {
	if (typeof x !== "object" || x === null) return typeof x === "string" ? JSON.stringify(x) : String(x);
	if (Array.isArray(x)) {
		let out = "[";
		for (let i = 0; i < x.length; i++) out += (i > 0 ? "," : "") + canonical(x[i]);
		return out + "]";
	}
	const keys = Object.keys(x).sort();
	let out = "{";
	for (let i = 0; i < keys.length; i++) {
		out += (i > 0 ? "," : "") + JSON.stringify(keys[i]) + ":" + canonical(x[keys[i]]);
	}
	return out + "}";
}
/**
* A pattern matched in time linear in the input: a Thompson NFA run one code point at a time (as
* a lazily built DFA, or Pike's VM where it has word boundaries), used for patterns a backtracking
* engine could take super-linear time on (generator/ir/pattern-program.ts writes `program`).
* Instructions: `[0, class]` reads one code point of `classes[class]`, `[1, a, b]` forks, `[2, a]` jumps,
* `[3, kind]` asserts (0 start, 1 end, 2 word boundary, 3 not one), `[4]` matches. Like `RegExp#test`,
* a match may start anywhere.
*/
export function linearPattern(program, classes) {
	const ascii = classes.map(() => new Int8Array(128));
	const inClass = (k, c) => {
		if (c < 128) {
			const known = ascii[k][c];
			if (known !== 0) return known > 0;
			const yes = classes[k].test(String.fromCharCode(c));
			ascii[k][c] = yes ? 1 : -1;
			return yes;
		}
		return classes[k].test(String.fromCodePoint(c));
	};
	// Word boundaries look at both neighbours of a position: such programs are simulated directly.
	if (program.some((ins) => ins[0] === 3 && ins[1] >= 2)) return { test: (s) => simulate(program, inClass, s) };
	return cachedAutomaton(program, inClass);
}
/**
* The NFA run as a lazily built DFA: each set of threads is a state, and its move on a code point is
* worked out once (O(program)), then looked up (O(1)). A counted repetition (`(\w+\s?){1,1000}`)
* keeps thousands of threads alive; stepping each of them on every character took seconds on 50 KB.
* `$` is decided at the end: a thread waiting on it is kept aside (`pending`).
*/
function cachedAutomaton(program, inClass) {
	const closure = threadClosure(program);
	const intern = stateTable();
	const step = (state, c) => {
		const cached = state.next.get(c);
		if (cached) return cached;
		const seeds = [];
		for (const t of state.threads) if (inClass(program[t][1], c)) seeds.push(t + 1);
		seeds.push(0);
		const next = intern(closure(seeds, false, false));
		if (state.next.size < 256) state.next.set(c, next);
		return next;
	};
	let start;
	return { test(s) {
		if (s.length === 0) return closure([0], true, true).matched;
		start ??= intern(closure([0], true, false));
		let state = start;
		for (let i = 0; i < s.length;) {
			if (state.matched) return true;
			const c = s.codePointAt(i);
			i += c > 65535 ? 2 : 1;
			state = step(state, c);
		}
		if (state.matched) return true;
		// The end of the input: the threads waiting on `$` go on.
		const waiting = Array.from(state.pending, (p) => p + 1);
		return waiting.length > 0 && closure(waiting, false, true).matched;
	} };
}
/** The threads reachable from `seeds` without reading a code point; a thread waiting on `$` is `pending`. */
function threadClosure(program) {
	const n = program.length;
	const mark = new Int32Array(n);
	const stack = new Int32Array(2 * n + 2);
	const buffer = new Int32Array(n);
	let generation = 0;
	return (seeds, atStart, atEnd) => {
		generation++;
		let length = 0;
		let matched = false;
		const pending = [];
		for (const seed of seeds) {
			let top = 0;
			stack[top++] = seed;
			while (top > 0) {
				const p = stack[--top];
				if (mark[p] === generation) continue;
				mark[p] = generation;
				const ins = program[p];
				const op = ins[0];
				if (op === 0) buffer[length++] = p;
				else if (op === 4) matched = true;
				else if (op === 1) {
					stack[top++] = ins[2];
					stack[top++] = ins[1];
				} else if (op === 2) stack[top++] = ins[1];
				else if (ins[1] === 0 ? atStart : atEnd) stack[top++] = p + 1;
				else if (ins[1] === 1) pending.push(p);
			}
		}
		return {
			threads: buffer.slice(0, length),
			pending: Int32Array.from(pending),
			matched
		};
	};
}
/**
* One state per set of threads. States are found by a hash of their threads (FNV-1a) and compared in
* full within a bucket: a text key of thousands of thread numbers cost more than the step it saved.
* The table is bounded; past the bound it starts again, which costs time, never answers.
*/
function stateTable() {
	let states = new Map();
	let stored = 0;
	const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
	return (found) => {
		let hash = found.matched ? 2166136261 : 16777619;
		for (const v of found.threads) hash = Math.imul(hash ^ v, 16777619);
		hash = Math.imul(hash ^ 65535, 16777619);
		for (const v of found.pending) hash = Math.imul(hash ^ v, 16777619);
		const bucket = states.get(hash);
		const known = bucket?.find((k) => k.matched === found.matched && same(k.threads, found.threads) && same(k.pending, found.pending));
		if (known) return known;
		if (stored > 2e6) {
			states = new Map();
			stored = 0;
		}
		const state = {
			...found,
			next: new Map()
		};
		if (bucket && states.get(hash) === bucket) bucket.push(state);
		else states.set(hash, [state]);
		stored += found.threads.length + 16;
		return state;
	};
}
/** Pike's VM: every thread stepped on every code point; word boundaries read both neighbours. */
function simulate(program, inClass, s) {
	const n = program.length;
	const word = (i) => {
		const c = i >= 0 && i < s.length ? s.charCodeAt(i) : 0;
		return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
	};
	let current = new Int32Array(n);
	let next = new Int32Array(n);
	const mark = new Int32Array(n);
	const stack = new Int32Array(2 * n + 2);
	let generation = 1;
	let matched = false;
	// Adds the threads `pc` leads to at position `at` without reading: the epsilon closure.
	const add = (list, length, pc, at) => {
		let top = 0;
		stack[top++] = pc;
		while (top > 0) {
			const p = stack[--top];
			if (mark[p] === generation) continue;
			mark[p] = generation;
			const ins = program[p];
			const op = ins[0];
			if (op === 0) list[length++] = p;
			else if (op === 4) matched = true;
			else if (op === 1) {
				stack[top++] = ins[2];
				stack[top++] = ins[1];
			} else if (op === 2) stack[top++] = ins[1];
			else {
				const kind = ins[1];
				const holds = kind === 0 ? at === 0 : kind === 1 ? at === s.length : word(at - 1) !== word(at) === (kind === 2);
				if (holds) stack[top++] = p + 1;
			}
		}
		return length;
	};
	let count = add(current, 0, 0, 0);
	for (let i = 0; !matched && i < s.length;) {
		const c = s.codePointAt(i);
		const width = c > 65535 ? 2 : 1;
		generation++;
		let size = 0;
		for (let t = 0; t < count && !matched; t++) {
			const ins = program[current[t]];
			if (inClass(ins[1], c)) size = add(next, size, current[t] + 1, i + width);
		}
		i += width;
		size = add(next, size, 0, i);
		[current, next] = [next, current];
		count = size;
	}
	return matched;
}
/** Length in Unicode code points (JSON Schema's string length), not UTF-16 units. */
export function len(s) {
	let n = s.length;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
			const d = s.charCodeAt(i + 1);
			if (d >= 56320 && d <= 57343) {
				n--;
				i++;
			}
		}
	}
	return n;
}
/** `x` is a multiple of `m`, tolerating binary floating-point error (0.0075 is a multiple of 0.0001). */
export function multipleOf(x, m) {
	const q = x / m;
	// 1e308 / 0.5 overflows; the remainder, which floating point computes exactly, does not.
	if (!Number.isFinite(q)) return Number.isFinite(x) && x % m === 0;
	return Math.abs(q - Math.round(q)) <= 1e-9 * Math.max(1, Math.abs(q));
}
/**
* The check a `$dynamicRef` runs: that of the outermost schema resource on `scope` (the resources
* entered so far, outermost first) that declares its anchor, `resources[i]` with `checks[i]`;
* `fallback`, the static target, when none of them was entered.
*/
export function dynamicCheck(scope, resources, checks, fallback) {
	for (const r of scope) {
		const i = resources.indexOf(r);
		if (i !== -1) return checks[i];
	}
	return fallback;
}
/** Whether `Object.prototype` has no enumerable property (no pollution): read once per validation. */
let prototypeClean = true;
/** Called by every entry point (`validator`, `checker`) before a value is walked. */
function enter() {
	prototypeClean = true;
	for (const _ in Object.prototype) {
		prototypeClean = false;
		break;
	}
}
/**
* An object as validation reads it: its own properties only. A plain object (JSON's) is itself while
* `Object.prototype` is clean; one with another prototype (`Object.create({ a: 'x' })`), or any
* object once the prototype is polluted (`Object.prototype.a = 'x'`), becomes a copy of its own
* enumerable properties without a prototype, so nothing inherited satisfies `required`.
*/
export function ownView(x) {
	const proto = Object.getPrototypeOf(x);
	if (proto === null || proto === Object.prototype && prototypeClean) return x;
	return Object.assign(Object.create(null), x);
}
/** Drops the issues added since `from` (a check of an inherited value, which counts as absent); false. */
export function drop(e, from) {
	if (e !== null) e.length = from;
	return false;
}
/**
* Own-property read: a key like `__proto__` or `constructor` is data, never the prototype chain, and
* a property inherited from a polluted `Object.prototype` is absent. `any`, as the value it reads.
*/
export function own(x, k) {
	return Object.prototype.hasOwnProperty.call(x, k) ? x[k] : undefined;
}
// The asserted formats. Each is checked by its own function, which the generated code calls by name
// at the call site (no table lookup per value), and which reads the string in place: the valid path
// builds no match array, slice or URL. The answers are those of the RFC grammars the JSON Schema
// Test Suite holds them to; `test/validators/formats.test.ts` also pins them to the regular
// expressions they replace.
/** The digit at `s[i]` (0–9), or -1. */
function digitAt(s, i) {
	const c = s.charCodeAt(i) - 48;
	return c >= 0 && c <= 9 ? c : -1;
}
/** Two digits at `s[i]`, as a number, or -1. */
function twoDigits(s, i) {
	const a = digitAt(s, i);
	const b = digitAt(s, i + 1);
	return a < 0 || b < 0 ? -1 : a * 10 + b;
}
const DAYS = [
	0,
	31,
	29,
	31,
	30,
	31,
	30,
	31,
	31,
	30,
	31,
	30,
	31
];
/** RFC 3339 `full-date` at `s[i..i+10)`. */
function dateAt(s, i) {
	const y1 = twoDigits(s, i);
	const y2 = twoDigits(s, i + 2);
	const mo = twoDigits(s, i + 5);
	const d = twoDigits(s, i + 8);
	if (y1 < 0 || y2 < 0 || mo < 1 || d < 1 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return false;
	const y = y1 * 100 + y2;
	const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
	return mo <= 12 && d <= (mo === 2 && !leap ? 28 : DAYS[mo]);
}
/** RFC 3339 `full-time` from `s[i]` to the end: `HH:MM:SS[.frac](Z|±HH:MM)`, leap seconds at 23:59:60 UTC. */
function timeAt(s, i) {
	const h = twoDigits(s, i);
	const min = twoDigits(s, i + 3);
	const sec = twoDigits(s, i + 6);
	if (h < 0 || min < 0 || sec < 0 || s.charCodeAt(i + 2) !== 58 || s.charCodeAt(i + 5) !== 58) return false;
	let j = i + 8;
	if (s.charCodeAt(j) === 46) {
		const first = ++j;
		while (digitAt(s, j) >= 0) j++;
		if (j === first) return false;
	}
	const zone = s.charCodeAt(j);
	let sign = 1;
	let oh = 0;
	let om = 0;
	if (zone === 90 || zone === 122) j++;
	else if (zone === 43 || zone === 45) {
		sign = zone === 45 ? -1 : 1;
		oh = twoDigits(s, j + 1);
		om = twoDigits(s, j + 4);
		if (oh < 0 || om < 0 || s.charCodeAt(j + 3) !== 58) return false;
		j += 6;
	} else return false;
	if (j !== s.length || h > 23 || min > 59 || sec > 60 || oh > 23 || om > 59) return false;
	if (sec < 60) return true;
	// A leap second exists only at 23:59:60 UTC: shift the local time back by the offset.
	const utcMin = min - om * sign;
	const utcHour = h - oh * sign - (utcMin < 0 ? 1 : 0);
	return (utcHour === 23 || utcHour === -1) && (utcMin === 59 || utcMin === -1);
}
/** `format: date`. */
export function isDateFormat(s) {
	return s.length === 10 && dateAt(s, 0);
}
/** `format: time`. */
export function isTimeFormat(s) {
	return timeAt(s, 0);
}
/** `format: date-time`: a full-date, `T` (either case), a full-time. */
export function isDateTimeFormat(s) {
	const t = s.charCodeAt(10);
	return (t === 84 || t === 116) && dateAt(s, 0) && timeAt(s, 11);
}
/** Whether `c` is a hexadecimal digit's code. */
function isHex(c) {
	return c >= 48 && c <= 57 || (c | 32) >= 97 && (c | 32) <= 102;
}
/** `format: uuid`: 8-4-4-4-12 hexadecimal digits. */
export function isUuidFormat(s) {
	if (s.length !== 36) return false;
	for (let i = 0; i < 36; i++) {
		const c = s.charCodeAt(i);
		if (i === 8 || i === 13 || i === 18 || i === 23 ? c !== 45 : !isHex(c)) return false;
	}
	return true;
}
/** A dotted-quad IPv4 address at `s[start..end)`: four 0–255 without leading zeros. */
function ipv4At(s, start, end) {
	let parts = 0;
	let i = start;
	while (parts < 4) {
		const first = i;
		let value = 0;
		while (i < end && digitAt(s, i) >= 0) value = value * 10 + digitAt(s, i++);
		const length = i - first;
		if (length === 0 || length > 3 || value > 255 || length > 1 && s.charCodeAt(first) === 48) return false;
		if (++parts < 4) {
			if (s.charCodeAt(i) !== 46 || i >= end) return false;
			i++;
		}
	}
	return i === end;
}
/** `format: ipv4`. */
export function isIpv4Format(s) {
	return ipv4At(s, 0, s.length);
}
/**
* An IPv6 address at `s[start..end)`, as the WHATWG URL standard's IPv6 parser reads one (eight
* 16-bit pieces, one `::`, an IPv4 tail), without zone identifiers.
*/
function ipv6At(s, start, end) {
	let piece = 0;
	let compressed = false;
	let i = start;
	if (i < end && s.charCodeAt(i) === 58) {
		if (s.charCodeAt(i + 1) !== 58 || i + 1 >= end) return false;
		i += 2;
		piece++;
		compressed = true;
	}
	while (i < end) {
		if (piece === 8) return false;
		if (s.charCodeAt(i) === 58) {
			if (compressed) return false;
			i++;
			piece++;
			compressed = true;
			continue;
		}
		let length = 0;
		while (length < 4 && i < end && isHex(s.charCodeAt(i))) {
			i++;
			length++;
		}
		const c = i < end ? s.charCodeAt(i) : -1;
		if (c === 46) {
			// An IPv4 tail fills the last two pieces.
			if (length === 0 || piece > 6) return false;
			return ipv4At(s, i - length, end) && (compressed || piece === 6);
		}
		if (c === 58) {
			i++;
			if (i >= end) return false;
		} else if (c !== -1) return false;
		piece++;
	}
	return compressed ? piece <= 8 : piece === 8;
}
/** `format: ipv6`. */
export function isIpv6Format(s) {
	return s.length > 0 && ipv6At(s, 0, s.length);
}
// RFC 5321 Mailbox: a dot-string of atext or a quoted string, then a host name or an IPv4/IPv6
// address literal. ASCII only (non-ASCII addresses are the `idn-email` format).
const ATEXT = "!#$%&'*+-/=?^_`{|}~";
const QUOTED_LOCAL_PART = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$/;
/** Whether `c` is an ASCII letter or digit's code. */
function isAlnum(c) {
	return c >= 48 && c <= 57 || (c | 32) >= 97 && (c | 32) <= 122;
}
/** RFC 5321 `Dot-string` at `s[start..end)`: atext runs joined by single dots. */
function dotStringAt(s, start, end) {
	let previousDot = true;
	for (let i = start; i < end; i++) {
		const c = s.charCodeAt(i);
		if (c === 46) {
			if (previousDot) return false;
			previousDot = true;
		} else if (isAlnum(c) || c < 127 && ATEXT.includes(s[i])) previousDot = false;
		else return false;
	}
	return !previousDot;
}
/** A host name at `s[start..end)`: labels of letters, digits and inner hyphens, joined by dots. */
function hostNameAt(s, start, end) {
	let labelStart = start;
	for (let i = start; i <= end; i++) {
		const c = i < end ? s.charCodeAt(i) : 46;
		if (c === 46) {
			if (i === labelStart || s.charCodeAt(labelStart) === 45 || s.charCodeAt(i - 1) === 45) return false;
			labelStart = i + 1;
		} else if (!isAlnum(c) && c !== 45) return false;
	}
	return true;
}
/** `format: email`. */
export function isEmailFormat(s) {
	const at = s.lastIndexOf("@");
	if (at <= 0) return false;
	const local = s.charCodeAt(0) === 34 ? QUOTED_LOCAL_PART.test(s.slice(0, at)) : dotStringAt(s, 0, at);
	if (!local) return false;
	if (s.charCodeAt(at + 1) !== 91) return hostNameAt(s, at + 1, s.length);
	if (s.charCodeAt(s.length - 1) !== 93) return false;
	// An address literal: [IPv4] or [IPv6:…].
	const open = at + 2;
	const close = s.length - 1;
	if (close - open > 5 && s.slice(open, open + 5).toLowerCase() === "ipv6:") return ipv6Literal(s, open + 5, close);
	return ipv4At(s, open, close);
}
/** An IPv6 literal at `s[start..end)` (no zone: `%` and characters outside hex, `:` and `.` fail). */
function ipv6Literal(s, start, end) {
	return end > start && ipv6At(s, start, end);
}
// RFC 3986 `URI` (absolute, fragment allowed), by its grammar: the WHATWG URL parser is both
// looser (it fixes up spaces and backslashes) and stricter (it rejects `http://:80`) than the RFC.
const PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})";
const USERINFO = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*";
const REG_NAME = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*";
const AUTHORITY = `//(?:${USERINFO}@)?(\\[[^\\]]*\\]|${REG_NAME})(?::[0-9]*)?`;
const HIER_PART = `(?:${AUTHORITY}(?:/${PCHAR}*)*|/?(?:${PCHAR}+(?:/${PCHAR}*)*)?)`;
const URI = new RegExp(`^[A-Za-z][A-Za-z0-9+.-]*:${HIER_PART}(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?$`);
const IP_FUTURE = /^v[0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+$/;
/** `format: uri`. */
export function isUriFormat(s) {
	if (!URI.test(s)) return false;
	// Only an IP literal host (`[…]`, the one place `[` may appear) needs a second look.
	if (!s.includes("[")) return true;
	const host = URI.exec(s)[1];
	return !host?.startsWith("[") || ipv6Literal(host, 1, host.length - 1) || IP_FUTURE.test(host.slice(1, -1));
}
/** `format: int32` (a number that is not an integer in range fails). */
export function isInt32Format(x) {
	return Number.isInteger(x) && x >= -2147483648 && x <= 2147483647;
}
/** `format: int64`, as far as a JavaScript number holds one exactly. */
export function isInt64Format(x) {
	return Number.isInteger(x) && x <= 9007199254740991 && x >= -9007199254740991;
}
/** The asserted format checks by name, for code that looks one up; generated code calls each directly. */
export const formats = {
	"date-time": (x) => typeof x !== "string" || isDateTimeFormat(x),
	date: (x) => typeof x !== "string" || isDateFormat(x),
	time: (x) => typeof x !== "string" || isTimeFormat(x),
	email: (x) => typeof x !== "string" || isEmailFormat(x),
	uuid: (x) => typeof x !== "string" || isUuidFormat(x),
	uri: (x) => typeof x !== "string" || isUriFormat(x),
	ipv4: (x) => typeof x !== "string" || isIpv4Format(x),
	ipv6: (x) => typeof x !== "string" || isIpv6Format(x),
	int32: (x) => typeof x !== "number" || isInt32Format(x),
	int64: (x) => typeof x !== "number" || isInt64Format(x)
};
/** Where an issue is, as a message says it: `items.0.name`, or `(root)`. */
function issuePlace(issue) {
	return issue.path.length ? issue.path.map(String).join(".") : "(root)";
}
/** Thrown by `parse`. */
export class SpecforgeValidationError extends Error {
	name = "SpecforgeValidationError";
	schema;
	issues;
	constructor(schema, issues) {
		super(`${schema}: ${issues.map((i) => `${issuePlace(i)} ${i.message}`).join("; ")}`);
		this.schema = schema;
		this.issues = issues;
	}
}
/**
* Wraps a check as a `Validator`. No exception escapes `validate` for any input. `convert` (the
* `dates: 'Date'` transform of the schema) turns a valid value into the output type; it changes
* what it is given, so it gets a copy.
*/
export function validator(name, check, convert) {
	const issues = (value, options) => {
		const e = [];
		try {
			enter();
			check(value, e, (options?.all ? ALL : 0) | (options?.lenient ? LENIENT : 0));
		} catch (error) {
			e.push(unvalidated(error));
		}
		return e;
	};
	// The valid value as the output type: itself, or a converted copy.
	const output = (value, e) => {
		if (e.length) return { issues: e };
		if (!convert) return { value };
		try {
			return { value: convert(copyJson(value)) };
		} catch (error) {
			return { issues: [unvalidated(error)] };
		}
	};
	return {
		"~standard": {
			version: 1,
			vendor: "specforge",
			validate: (value) => output(value, issues(value))
		},
		is(value) {
			try {
				enter();
				return check(value, null, 0);
			} catch {
				return false;
			}
		},
		parse(value) {
			const result = output(value, issues(value, { all: true }));
			if (result.issues) throw new SpecforgeValidationError(name, result.issues);
			return result.value;
		},
		issues
	};
}
/**
* The issue of a value that could not be walked: a stack overflow on a pathologically deep value, or
* a getter of the caller's object that threw. What it threw may itself refuse to become text (an
* `Object.create(null)`), so it is never made text unguarded.
*/
function unvalidated(error) {
	let why = "an exception that cannot be shown";
	if (error instanceof RangeError) why = "nested too deeply";
	else {
		try {
			why = String(error);
		} catch {}
	}
	return {
		message: `could not be validated: ${why}`,
		path: []
	};
}
/**
* A copy of the arrays and plain objects of a JSON value, for a conversion to change; anything else
* (strings, numbers, a class instance a loose schema let through) is shared. `__proto__` stays data.
*/
function copyJson(value) {
	if (Array.isArray(value)) return value.map(copyJson);
	if (typeof value !== "object" || value === null) return value;
	const proto = Object.getPrototypeOf(value);
	if (proto !== Object.prototype && proto !== null) return value;
	const out = {};
	for (const k of Object.keys(value)) {
		const v = copyJson(value[k]);
		if (k === "__proto__") Object.defineProperty(out, k, {
			value: v,
			writable: true,
			enumerable: true,
			configurable: true
		});
		else out[k] = v;
	}
	return out;
}

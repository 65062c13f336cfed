/**
 * A spec whose operations stream: an event stream of JSON data, of text, of named events; JSON
 * lines; and a POST that answers JSON or streams, as its body's `stream` asks (OpenAI's chat
 * completions). Read by the msw and tanstack-query tests.
 */
const streamed = (operationId: string, media: string, schema: string, extra = '') => `
    get:
      operationId: ${operationId}
      responses:
        '200':
          description: a stream
          content:
            ${media}:
              ${schema}${extra}`;

export const STREAMS_SPEC = `openapi: 3.2.0
info: { title: streams, version: '1' }
servers: [{ url: 'http://mock.test' }]
paths:
  /ticks:${streamed('watchTicks', 'text/event-stream', 'itemSchema: { $ref: "#/components/schemas/TickEvent" }')}
  /log:${streamed('tailLog', 'text/event-stream', 'itemSchema: { properties: { data: { type: string } } }')}
  /rows:${streamed('exportRows', 'application/jsonl', "itemSchema: { $ref: '#/components/schemas/Tick' }")}
  /named:${streamed(
    'watchNamed',
    'text/event-stream',
    `itemSchema:
                oneOf:
                  - { type: object, required: [event, data], properties: { event: { const: tick }, data: { $ref: '#/components/schemas/Tick' } } }
                  - { type: object, required: [event, data], properties: { event: { const: note }, data: { type: string } } }`,
    `
              x-json-events: [tick]`,
  )}
  /chat:
    post:
      operationId: chat
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, properties: { stream: { type: boolean } } }
      responses:
        '200':
          description: the answer whole, or streamed
          content:
            application/json:
              schema: { type: object, required: [answer], properties: { answer: { type: string, minLength: 1 } } }
            text/event-stream:
              itemSchema: { $ref: '#/components/schemas/TickEvent' }
components:
  schemas:
    # OpenAPI 3.2: an event stream's itemSchema is the event's; its data, here, JSON.
    TickEvent: { type: object, required: [data], properties: { data: { $ref: '#/components/schemas/Tick' } } }
    Tick:
      type: object
      required: [seq, at]
      properties: { seq: { type: integer, minimum: 1, maximum: 9 }, at: { type: string, format: date-time } }
`;

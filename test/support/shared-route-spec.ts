/**
 * A spec whose operations share routes, as real ones do: Elasticsearch's `PUT /_inference/{task}/{…_id}`
 * (paths equal but for their parameters' names; a generic operation declared first), Box's fragments in
 * path keys (`/files/{file_id}#add_link`) and a query in a path key (`/search?type=user`).
 */
const endpoint = (operationId: string, id: string, tasks: string, service: string, response: string) => `
  /endpoints/{task}/{${id}}:
    put:
      operationId: ${operationId}
      parameters:
        - { name: task, in: path, required: true, schema: ${tasks} }
        - { name: ${id}, in: path, required: true, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [service], properties: { service: ${service} } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/${response}' } } } }`;

const tagged = (property: string, value: string, more = '') =>
  `{ type: object, required: [${property}], properties: { ${property}: { const: ${value} }${more} } }`;

export const SHARED_ROUTE_SPEC = `openapi: 3.1.0
info: { title: shared routes, version: '1' }
servers: [{ url: 'http://mock.test' }]
paths:${endpoint('putEndpoint', 'id', "{ $ref: '#/components/schemas/AnyTask' }", '{ type: string }', 'Endpoint')}${endpoint(
  'putOpenai',
  'openai_id',
  '{ enum: [completion, embedding] }',
  '{ const: openai }',
  'OpenaiEndpoint',
)}${endpoint('putCohere', 'cohere_id', '{ enum: [rerank, embedding] }', '{ const: cohere }', 'CohereEndpoint')}
  /files/{file_id}:
    put:
      operationId: updateFile
      parameters: [{ name: file_id, in: path, required: true, schema: { type: string } }]
      requestBody: { content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: ${tagged('kind', 'file')} } } }
  /files/{file_id}#add_link:
    put:
      operationId: addFileLink
      parameters:
        - { name: file_id, in: path, required: true, schema: { type: string } }
        - { name: fields, in: query, required: true, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [link], properties: { link: { type: object } } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: ${tagged('kind', 'linked_file', ', link: { type: object, required: [url], properties: { url: { type: string } } }')}
  /search?type=user:
    get:
      operationId: searchUsers
      responses:
        '200': { description: ok, content: { application/json: { schema: ${tagged('type', 'user')} } } }
  /search?type=team:
    get:
      operationId: searchTeams
      responses:
        '200': { description: ok, content: { application/json: { schema: ${tagged('type', 'team')} } } }
  /search/recent:
    get:
      operationId: recentSearches
      responses: { '204': { description: none } }
components:
  schemas:
    AnyTask: { enum: [completion, embedding, rerank] }
    Endpoint: { type: object, required: [service, task], properties: { service: { type: string }, task: { $ref: '#/components/schemas/AnyTask' } } }
    OpenaiEndpoint: ${tagged('service', 'openai')}
    CohereEndpoint: ${tagged('service', 'cohere')}
`;

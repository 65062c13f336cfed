/** A small spec for the targets' unit tests: a paged list, a get, a delete, a nested route and a date-time. */
export const PAGED_SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
components:
  schemas:
    User:
      type: object
      required: [id]
      properties:
        id: { type: string }
        createdAt: { type: string, format: date-time }
        tags: { type: array, items: { type: string } }
    Problem: { type: object, properties: { message: { type: string } } }
paths:
  /users:
    get:
      operationId: listUsers
      parameters:
        - { name: page, in: query, schema: { type: integer } }
        - { name: page-size, in: query, schema: { type: integer } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/User' } } } }
  /users/{id}:
    get:
      operationId: getUser
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/User' } } } }
        '404':
          description: missing
          content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } }
    delete:
      operationId: deleteUser
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: gone } }
  /users/{id}/avatar:
    get:
      operationId: getAvatar
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { image/png: { schema: { type: string, contentMediaType: image/png } } } }
`;

import { describe, expect, it } from 'vitest';
import { createOpenApiDocument } from '../src/openapi-document.ts';

/**
 * Every input the REST API documents must say how big it may be: strings a maxLength, numbers a
 * minimum and a maximum, arrays a maxItems. The document is generated from the same zod schemas that
 * validate, so a bound here is a bound the server enforces, and a missing one is an input that can
 * reach the database unchecked (an int4 overflow, a megabyte where 200 characters were meant).
 *
 * The one exception: a string limited to listed values (`enum`, `const`) needs no maxLength, since
 * nothing but those values is accepted and each is as long as it is. Formats and patterns are NOT
 * enough (uuid, date, keys): few clients read a pattern, so those carry an explicit maxLength too.
 */

type Schema = Record<string, unknown>;
type Document = ReturnType<typeof createOpenApiDocument>;

interface Tally {
  strings: number;
  numbers: number;
  arrays: number;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typesOf = (schema: Schema): string[] =>
  Array.isArray(schema.type) ? schema.type.map(String) : typeof schema.type === 'string' ? [schema.type] : [];

const has = (schema: Schema, ...keys: string[]) => keys.some((key) => typeof schema[key] === 'number');

/** Walks every input of every operation, resolving $refs; returns what lacks a bound, and what it saw. */
function unboundedInputs(document: Document): { problems: string[]; tally: Tally } {
  const problems: string[] = [];
  const tally: Tally = { strings: 0, numbers: 0, arrays: 0 };
  const components = (document.components?.schemas ?? {}) as Record<string, unknown>;

  function resolve(schema: Schema, where: string, seen: ReadonlySet<string>): Schema | undefined {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return schema;
    const name = ref.replace('#/components/schemas/', '');
    const target = components[name];
    if (!ref.startsWith('#/components/schemas/') || !isSchema(target)) {
      problems.push(`${where}: unresolvable $ref ${ref}`);
      return undefined;
    }
    // A recursive schema is checked once along each path.
    return seen.has(name) ? undefined : target;
  }

  function walk(node: unknown, where: string, seen: ReadonlySet<string>): void {
    if (!isSchema(node)) return;
    const ref = typeof node.$ref === 'string' ? node.$ref.replace('#/components/schemas/', '') : undefined;
    const schema = resolve(node, where, seen);
    if (!schema) return;
    const inside = ref ? new Set([...seen, ref]) : seen;

    const types = typesOf(schema);
    const closedSet = Array.isArray(schema.enum) || 'const' in schema;
    if (types.includes('string')) {
      tally.strings++;
      if (!closedSet && !has(schema, 'maxLength')) problems.push(`${where}: string without maxLength`);
    }
    if (types.includes('integer') || types.includes('number')) {
      tally.numbers++;
      if (!closedSet && !has(schema, 'minimum', 'exclusiveMinimum')) problems.push(`${where}: number without minimum`);
      if (!closedSet && !has(schema, 'maximum', 'exclusiveMaximum')) problems.push(`${where}: number without maximum`);
    }
    if (types.includes('array')) {
      tally.arrays++;
      if (!has(schema, 'maxItems')) problems.push(`${where}: array without maxItems`);
    }

    walk(schema.items, `${where}[]`, inside);
    if (Array.isArray(schema.prefixItems)) {
      for (const [index, item] of schema.prefixItems.entries()) walk(item, `${where}[${index}]`, inside);
    }
    if (isSchema(schema.properties)) {
      for (const [key, property] of Object.entries(schema.properties)) walk(property, `${where}.${key}`, inside);
    }
    walk(schema.additionalProperties, `${where}.*`, inside);
    for (const combinator of ['anyOf', 'oneOf', 'allOf'] as const) {
      const options = schema[combinator];
      if (!Array.isArray(options)) continue;
      for (const [index, option] of options.entries()) walk(option, `${where}|${index}`, inside);
    }
  }

  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const name = `${method.toUpperCase()} ${path}`;
      for (const parameter of operation.parameters ?? []) {
        if (!('name' in parameter)) {
          problems.push(`${name}: a parameter given by $ref (not expected from the generator)`);
          continue;
        }
        walk(parameter.schema, `${name} ${parameter.in}:${parameter.name}`, new Set());
      }
      const body = operation.requestBody;
      if (body && 'content' in body) {
        for (const [mediaType, content] of Object.entries(body.content)) {
          walk(content.schema, `${name} body(${mediaType})`, new Set());
        }
      }
    }
  }
  return { problems, tally };
}

describe('bounds of every input in the OpenAPI document', () => {
  it('gives every string a maxLength, every number a minimum and maximum, every array a maxItems', () => {
    const { problems, tally } = unboundedInputs(createOpenApiDocument());
    expect(problems).toEqual([]);
    // The walk really reached the inputs (a walker that saw nothing would pass the line above).
    expect(tally.strings).toBeGreaterThan(60);
    expect(tally.numbers).toBeGreaterThan(5);
    expect(tally.arrays).toBeGreaterThan(8);
  });

  it('bounds integers by the int4 columns they are stored in', () => {
    const document = createOpenApiDocument();
    const body = document.paths?.['/tickets/{key}']?.patch?.requestBody;
    const schema = body && 'content' in body ? body.content['application/json']?.schema : undefined;
    expect(schema).toMatchObject({ properties: { version: { type: 'integer', minimum: 1, maximum: 2_147_483_647 } } });
  });

  it('reports each kind of missing bound, through $refs and combinators', () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'walker check', version: '0' },
      components: {
        schemas: {
          Loose: {
            type: 'object',
            properties: { note: { type: 'string' }, tags: { type: 'array', items: { type: 'string', maxLength: 5 } } },
          },
        },
      },
      paths: {
        '/things/{id}': {
          post: {
            parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string', format: 'uuid' } }],
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      count: { type: 'integer', minimum: 0 },
                      kind: { type: 'string', enum: ['a', 'b'] },
                      loose: { $ref: '#/components/schemas/Loose' },
                      either: { anyOf: [{ type: 'number', minimum: 0, maximum: 1 }, { type: 'string' }] },
                    },
                  },
                },
              },
            },
            responses: {},
          },
        },
      },
    } as unknown as Document;
    expect(unboundedInputs(document).problems).toEqual([
      'POST /things/{id} path:id: string without maxLength',
      'POST /things/{id} body(application/json).count: number without maximum',
      'POST /things/{id} body(application/json).loose.note: string without maxLength',
      'POST /things/{id} body(application/json).loose.tags: array without maxItems',
      'POST /things/{id} body(application/json).either|1: string without maxLength',
    ]);
  });
});

/** The parts of an OpenAPI 3.1 document this package reads; everything else passes through. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, PathItem>;
  webhooks?: Record<string, PathItem>;
  components: { schemas: Record<string, unknown> } & Record<string, unknown>;
  [key: string]: unknown;
}

export interface PathItem {
  parameters?: unknown[];
  [methodOrKey: string]: unknown;
}

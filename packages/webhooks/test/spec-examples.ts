/** The spec's own example bodies of each webhook event: what PAVE sends before a payload is merged. */
import { spec } from '@pave-kit/contract';

interface Example {
  value?: Record<string, unknown>;
  $ref?: string;
}
interface WebhookItem {
  post?: { requestBody?: { content?: Record<string, { examples?: Record<string, Example> }> } };
}

/** Every example body of `event`, `$ref`s to the spec's shared examples resolved. */
export function webhookExamples(event: string): Record<string, unknown>[] {
  const item = spec.webhooks?.[event] as WebhookItem | undefined;
  const examples = item?.post?.requestBody?.content?.['application/json']?.examples ?? {};
  const shared = spec.components.examples as Record<string, Example>;
  return Object.values(examples).map((example) => {
    const value =
      example.$ref === undefined
        ? example.value
        : shared[example.$ref.split('/').pop() ?? '']?.value;
    if (value === undefined) throw new Error(`an example of ${event} has no value`);
    return value;
  });
}

/** The first example body of `event`. */
export function webhookExample(event: string): Record<string, unknown> {
  const [first] = webhookExamples(event);
  if (!first) throw new Error(`the spec has no example of ${event}`);
  return first;
}

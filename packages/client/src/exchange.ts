/** Which request a response answered, for errors built later from openapi-fetch's result. */

export interface Exchange {
  method: string;
  url: string;
}

// openapi-fetch returns the Response but not the Request; remember the pair without keeping
// either alive longer than the caller does.
const exchanges = new WeakMap<Response, Exchange>();

export function rememberExchange(response: Response, exchange: Exchange): void {
  exchanges.set(response, exchange);
}

export function exchangeOf(response: Response): Exchange | undefined {
  return exchanges.get(response);
}

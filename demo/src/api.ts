import { createBylineClient, type Schemas } from "@byline/client";

/** The API of the origin that serves the demo (Byline itself, or Vite's proxy in development). */
export const byline = createBylineClient(window.location.origin);

/** An answer's data, or an error carrying the problem's detail (404 pages, bad searches…). */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined) {
    const problem = error as Partial<Schemas["Problem"]> | undefined;
    throw new ApiError(response.status, problem?.detail ?? problem?.title ?? response.statusText);
  }
  return data;
}

export class ApiError extends Error {
  constructor(readonly status: number, detail: string) {
    super(detail);
  }
}

// The REST API client: JSON over fetch, errors as ApiError carrying the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function url(path, params) {
  const target = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value != null && value !== "") target.searchParams.set(key, value);
  }
  return target;
}

/** GET a JSON resource; `params` (an object) becomes the query string, empty values left out. */
export async function getJSON(path, params) {
  const response = await fetch(url(path, params), { headers: { accept: "application/json" } });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      message = body.message ?? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail));
    } catch {
      /* not JSON: keep the status line */
    }
    throw new ApiError(response.status, message);
  }
  return response.json();
}

/** Every page of a keyset-paginated list, following `next_cursor`, up to `max` items. */
export async function getAll(path, params, max = 5000) {
  const items = [];
  let cursor = null;
  do {
    const page = await getJSON(path, { ...params, limit: Math.min(500, max - items.length), cursor });
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && items.length < max);
  return items;
}

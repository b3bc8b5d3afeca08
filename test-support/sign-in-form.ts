// Signs in over plain HTTP exactly as a browser without JavaScript would: fetch the sign-in page,
// post its form (the hidden fields name the server action) with the credentials. For tests and the
// benchmark, which need the real sign-in path without a browser.
const ENTITIES: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", "#x27": "'" };
const unescapeHtml = (text: string) =>
  text.replace(/&(quot|amp|lt|gt|#x27);/g, (_, name: string) => ENTITIES[name] ?? "");

/** The sign-in form's hidden fields as `from` renders them. */
export async function signInFormFields(from: string): Promise<FormData> {
  const html = await (await fetch(`${from}/sign-in`)).text();
  const form = new FormData();
  for (const [, name, value] of html.matchAll(
    /<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g,
  )) {
    form.append(name ?? "", unescapeHtml(value ?? ""));
  }
  return form;
}

export type TSignInReply = {
  status: number;
  location: string | null;
  cookie: string | null;
  /** The page sent back when the sign-in did not redirect (it carries the form's message). */
  body: string;
  ms: number;
};

/** Posts a sign-in form (fields from signInFormFields) to `to`; times only the post. */
export async function postSignIn(
  to: string,
  fields: FormData,
  identifier: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<TSignInReply> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append("identifier", identifier);
  form.append("password", password);
  const start = performance.now();
  const response = await fetch(`${to}/sign-in`, {
    method: "POST",
    body: form,
    headers: { origin: to, ...headers },
    redirect: "manual",
  });
  const body = await response.text();
  return {
    status: response.status,
    body,
    location: response.headers.get("location"),
    cookie: response.headers.get("set-cookie"),
    ms: performance.now() - start,
  };
}

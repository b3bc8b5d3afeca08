import { scriptValue } from "@/app/lib/lti/html";

// The LTI Client Side postMessage storage, as both ends of a login use it: the login page puts
// the state into the LMS's page (lti.put_data), the launch page reads it back (lti.get_data). One
// request, answered by the platform's origin only, within ten seconds; anything else fails.

type TStorageRequest = {
  /** The frame the LMS named (`lti_storage_target`): "_parent" or a frame of the parent. */
  target: string;
  platformOrigin: string;
  state: string;
  /** put: keep the state; get: read it back and check it. */
  kind: "put" | "get";
  /** What the page does when the LMS answers as expected (script). */
  onSuccess: string;
  /** What the page says otherwise. */
  failure: string;
};

export function storageScript(request: TStorageRequest): string {
  const subject = `lti.${request.kind}_data`;
  const message = {
    subject,
    key: `state_${request.state}`,
    ...(request.kind === "put" ? { value: request.state } : {}),
  };
  const answered =
    request.kind === "put"
      ? "!event.data.error"
      : `event.data.value === ${scriptValue(request.state)}`;
  return `
const frame = ${scriptValue(request.target)} === "_parent" ? window.parent : window.parent.frames[${scriptValue(request.target)}];
const id = crypto.randomUUID();
const fail = () => { document.getElementById("status").textContent = ${scriptValue(request.failure)}; };
const timer = setTimeout(fail, 10000);
window.addEventListener("message", (event) => {
  if (event.origin !== ${scriptValue(request.platformOrigin)} || event.data?.message_id !== id) return;
  clearTimeout(timer);
  if (event.data.subject === ${scriptValue(`${subject}.response`)} && ${answered}) ${request.onSuccess};
  else fail();
});
if (frame) frame.postMessage({ ...${scriptValue(message)}, message_id: id }, ${scriptValue(request.platformOrigin)});
else fail();`;
}

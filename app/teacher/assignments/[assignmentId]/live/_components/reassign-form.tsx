import { endOfDayLocal } from "@/app/lib/time";
import { reassignBelowAction } from "@/app/teacher/assignments/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TimeZoneField } from "@/components/ui/time-zone";

/** "Give another attempt to students below N%": one more attempt each, and a new due date. */
export function ReassignForm({
  assignmentId,
  timeZone,
}: {
  assignmentId: string;
  timeZone: string;
}) {
  return (
    <ActionForm
      action={reassignBelowAction}
      className="mt-3 max-w-md space-y-4"
      label="Give another attempt"
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Field
        label="To students whose graded score is below (%)"
        name="below"
        type="number"
        min={1}
        max={100}
        defaultValue="50"
        required
      />
      <Field
        label="Due"
        name="dueAt"
        type="datetime-local"
        defaultValue={endOfDayLocal(2, timeZone)}
        hint="Each of them gets one more attempt and this due date; work awaiting grading is left out."
        required
      />
      <TimeZoneField fallback={timeZone} />
      <SubmitButton>Give another attempt</SubmitButton>
    </ActionForm>
  );
}

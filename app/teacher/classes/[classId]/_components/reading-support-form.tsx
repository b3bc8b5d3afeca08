import { READING_LEVELS, type TReadingLevel } from "@/app/lib/article/schema";
import { LEVEL_NAMES } from "@/app/lib/reading/support";
import { setStudentReadingSupportAction } from "@/app/teacher/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** One student's reading level and read-aloud in the class, on the roster. */
export function ReadingSupportForm({
  classId,
  student,
}: {
  classId: string;
  student: { id: string; displayName: string; readingLevel: TReadingLevel; readAloud: boolean };
}) {
  return (
    <ActionForm
      action={setStudentReadingSupportAction}
      className="space-y-2"
      label={`Reading support for ${student.displayName}`}
    >
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={student.id} />
      <SelectField
        id={`reading-level-${student.id}`}
        label="Reading level"
        name="readingLevel"
        options={READING_LEVELS.map((level) => ({ value: level, label: LEVEL_NAMES[level] }))}
        defaultValue={student.readingLevel}
      />
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name="readAloud"
          defaultChecked={student.readAloud}
          className="size-6"
        />
        Read-aloud
      </label>
      <SubmitButton
        variant="secondary"
        aria-label={`Save reading support for ${student.displayName}`}
      >
        Save
      </SubmitButton>
    </ActionForm>
  );
}

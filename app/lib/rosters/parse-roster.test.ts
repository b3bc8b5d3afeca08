import { describe, expect, it } from "vitest";
import { parseRoster } from "@/app/lib/rosters/parse-roster";
import { planRoster } from "@/app/lib/rosters/plan-roster";

const USERS = [
  "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password",
  "u1,active,2026-09-01,true,org1,student,dlee,,Dana,Lee,,,dana@school.example,,,,09,",
  "t1,active,2026-09-01,true,org1,teacher,mchen,,Mei,Chen,,,mei@school.example,,,,,",
  'u2,active,2026-09-01,true,org1,student,emartin,,"Élodie","Martin, Jr.",,,,,,,09,',
  "u3,active,2026-09-01,true,org1,student,nobody,,,,,,,,,,09,",
  "u4,tobedeleted,2026-09-01,true,org1,student,gone,,Gone,Away,,,,,,,09,",
  "u5,active,2026-09-01,true,org1,student,sam,,Sam,Okafor,,,,,,,10,",
].join("\r\n");

const ENROLLMENTS = [
  "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate",
  "e1,active,,civics-9,org1,u1,student,false,,",
  "e2,active,,civics-9,org1,u2,student,false,,",
  "e3,active,,civics-9,org1,t1,teacher,true,,",
  "e4,active,,history-10,org1,u5,student,false,,",
].join("\n");

describe("parseRoster", () => {
  it("reads OneRoster users.csv: students only, a bad row named by line, a byte-order mark ignored", () => {
    const parsed = parseRoster({ users: `\uFEFF${USERS}` });
    expect(parsed.format).toBe("oneroster");
    expect(parsed.students).toEqual([
      { line: 2, displayName: "Dana Lee", rosterId: "oneroster:u1" },
      { line: 4, displayName: "Élodie Martin, Jr.", rosterId: "oneroster:u2" },
      { line: 7, displayName: "Sam Okafor", rosterId: "oneroster:u5" },
    ]);
    expect(parsed.problems).toEqual([{ file: "users", line: 5, reason: "It has no name." }]);
    // The teacher and the account marked for deletion.
    expect(parsed.leftOut).toBe(2);
  });

  it("takes one class's students through enrollments.csv, and asks which class when there are several", () => {
    const asking = parseRoster({ users: USERS, enrollments: ENROLLMENTS });
    expect(asking.classes).toEqual([
      { id: "civics-9", students: 2 },
      { id: "history-10", students: 1 },
    ]);
    expect(asking.students).toEqual([]);
    const civics = parseRoster({
      users: USERS,
      enrollments: ENROLLMENTS,
      classSourcedId: "civics-9",
    });
    expect(civics.students.map((student) => student.displayName)).toEqual([
      "Dana Lee",
      "Élodie Martin, Jr.",
    ]);
    expect(civics.problems).toEqual([]);
  });

  it("reads a Clever-style students file", () => {
    const parsed = parseRoster({
      users:
        "School_id,Student_id,Student_number,Last_name,First_name,Grade\ns1,c-17,1001,Nguyen,Anh,9\ns1,,1002,Park,Jin,9\n",
    });
    expect(parsed.format).toBe("clever");
    expect(parsed.students).toEqual([
      { line: 2, displayName: "Anh Nguyen", rosterId: "clever:c-17" },
    ]);
    expect(parsed.problems).toEqual([{ file: "users", line: 3, reason: "It has no Student_id." }]);
  });

  it('reads a list of names, one per line or as first/last columns, "Last, First" turned round', () => {
    const lines = parseRoster({ users: "\uFEFFDana Lee\r\n\r\nGarcía, María\n" + "x".repeat(81) });
    expect(lines.format).toBe("names");
    expect(lines.students).toEqual([
      { line: 1, displayName: "Dana Lee", rosterId: null },
      { line: 3, displayName: "María García", rosterId: null },
    ]);
    expect(lines.problems).toEqual([
      { file: "users", line: 4, reason: "The name is longer than 80 characters." },
    ]);
    const columns = parseRoster({ users: "First Name,Last Name\nAnh,Nguyen\n" });
    expect(columns.students).toEqual([{ line: 2, displayName: "Anh Nguyen", rosterId: null }]);
  });

  it("names a file it cannot read, with its line", () => {
    const parsed = parseRoster({ users: 'Student_id,First_name\nc1,"Unclosed\n' });
    expect(parsed.students).toEqual([]);
    expect(parsed.problems[0]?.line).toBeGreaterThanOrEqual(2);
    expect(parsed.problems[0]?.reason).toMatch(/not a CSV file/);
  });

  it("refuses an enrollments file without a OneRoster users file", () => {
    const parsed = parseRoster({ users: "Dana Lee", enrollments: ENROLLMENTS });
    expect(parsed.problems[0]?.reason).toMatch(/goes with a OneRoster users.csv/);
  });
});

describe("planRoster", () => {
  it("creates only who is new: twins in the file, the class and the server are each said", () => {
    const parsed = parseRoster({
      users:
        "Student_id,First_name,Last_name\nc1,Dana,Lee\nc2,Anh,Nguyen\nc1,Dana,Lee\nc3,Jin,Park\nc4,Sam,Okafor\n",
    });
    const plan = planRoster(parsed, {
      classNames: ["ANH  nguyen"],
      takenIds: new Map([
        ["clever:c3", { inClass: true }],
        ["clever:c4", { inClass: false }],
      ]),
    });
    expect(plan.rows.map((row) => [row.line, row.skip])).toEqual([
      [2, null],
      [3, "in-class"],
      [4, "twice"],
      [5, "in-class"],
      [6, "on-server"],
    ]);
    expect(plan.rows[2]?.reason).toBe("The same student as line 2.");
    expect(plan.toCreate.map((row) => row.displayName)).toEqual(["Dana Lee"]);
    const again = planRoster(parsed, { classNames: [], takenIds: new Map() });
    expect(again.fingerprint).not.toBe(plan.fingerprint);
  });
});

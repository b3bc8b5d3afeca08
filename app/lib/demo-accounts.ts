// The demo accounts the seed makes (app/lib/demo/seed.ts), with published passwords: a leaf
// module, because the data layer also asks whether they exist (data/demo.ts).
export const DEMO = {
  teacher: {
    email: "teacher@example.com",
    password: "debrief-demo-teacher",
    displayName: "Ms. Rivera",
  },
  class: { name: "Period 3 — Current Events", joinCode: "DEMO42" },
  studentPassword: "debrief-demo-student",
  students: [
    { username: "ada", displayName: "Ada" },
    { username: "ben", displayName: "Ben" },
    { username: "chloe", displayName: "Chloe" },
    { username: "dev", displayName: "Dev" },
    { username: "elif", displayName: "Elif" },
    { username: "finn", displayName: "Finn" },
    { username: "grace", displayName: "Grace" },
    { username: "hugo", displayName: "Hugo" },
    { username: "ines", displayName: "Ines" },
    { username: "jonah", displayName: "Jonah" },
    { username: "kaia", displayName: "Kaia" },
    { username: "leo", displayName: "Leo" },
    { username: "maya", displayName: "Maya" },
    { username: "nico", displayName: "Nico" },
    { username: "omar", displayName: "Omar" },
    { username: "priya", displayName: "Priya" },
    { username: "quinn", displayName: "Quinn" },
    { username: "rosa", displayName: "Rosa" },
    { username: "sam", displayName: "Sam" },
    { username: "tariq", displayName: "Tariq" },
    { username: "uma", displayName: "Uma" },
    { username: "vera", displayName: "Vera" },
    { username: "wes", displayName: "Wes" },
    { username: "yuki", displayName: "Yuki" },
  ],
} as const;

/** Where the demo accounts are: their sign-in names, which the seed made with published passwords. */
export const DEMO_USERS = {
  OR: [{ email: DEMO.teacher.email }, { username: { in: DEMO.students.map((s) => s.username) } }],
};
